import { describe, expect, it } from 'vitest';
import {
  editableData,
  MAX_GRID_ROWS,
  withInput,
  withoutRow,
  withRowCopied,
  withTarget,
} from '../../src/experiment/editRows';
import { findPreset } from '../../src/experiment/presets';
import type { InlineDataSpec } from '../../src/experiment/schema';

describe('editing a small table’s rows', () => {
  const worked = findPreset('worked-example')!.experiment.data;

  it('offers the worked example’s table as inline rows, and nothing for generated or large sets', () => {
    const data = editableData(worked)!;
    expect(data.featureNames).toEqual(['cgpa', 'iq']);
    expect(data.x).toHaveLength(60);
    expect(data.x[0]).toEqual([6.2, 120]);
    expect(data.y.slice(0, 3)).toEqual([1, 0, 0]);
    expect(editableData(findPreset('deep-relu-xor')!.experiment.data)).toBeNull();
    const big: InlineDataSpec = {
      ...data,
      x: Array.from({ length: MAX_GRID_ROWS + 1 }, (_, i) => [i, i]),
      y: Array.from({ length: MAX_GRID_ROWS + 1 }, (_, i) => i % 2),
    };
    expect(editableData(big)).toBeNull();
  });

  it('changes, copies and removes rows in new arrays, leaving the old ones as they were', () => {
    const data = editableData(worked)!;
    const changed = withInput(data, 0, 1, 150);
    expect(changed.x[0]).toEqual([6.2, 150]);
    expect(data.x[0]).toEqual([6.2, 120]);
    expect(changed.x[1]).toBe(data.x[1]);
    expect(withTarget(data, 1, 1).y.slice(0, 3)).toEqual([1, 1, 0]);
    const copied = withRowCopied(data, 0)!;
    expect(copied.x.slice(0, 3)).toEqual([
      [6.2, 120],
      [6.2, 120],
      [4.9, 88],
    ]);
    expect(copied.y.slice(0, 3)).toEqual([1, 1, 0]);
    const removed = withoutRow(data, 1)!;
    expect(removed.x).toHaveLength(59);
    expect(removed.x[1]).toEqual([4.9, 100]);
    // Too few rows to train: the last four cannot be removed.
    const four = { ...data, x: data.x.slice(0, 4), y: data.y.slice(0, 4) };
    expect(withoutRow(four, 0)).toBeNull();
  });
});
