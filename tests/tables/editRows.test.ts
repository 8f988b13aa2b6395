import { english } from '../../src/i18n/translate';
import { describe, expect, it } from 'vitest';
import {
  editableData,
  MAX_GRID_ROWS,
  withInput,
  withoutRow,
  withRowCopied,
  withTarget,
  whyNoRemoval,
} from '../../src/tables/editRows';
import { DEFAULT_EXPERIMENT } from '../../src/experiment/defaults';
import { parseExperiment } from '../../src/experiment/validate';
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
    expect(english(whyNoRemoval(four, 2)!)).toBe('A table needs at least 4 rows.');
  });

  it('says why no row can be removed when the batch needs the training rows there are', () => {
    const data = editableData(worked)!;
    const rows = (n: number) => ({ ...data, x: data.x.slice(0, n), y: data.y.slice(0, n) });
    // 11 rows, a quarter held out: 10 rows would leave 7 (10 − round(2.5)) to train, under a batch of 8.
    expect(data.testFraction).toBe(0.25);
    expect(english(whyNoRemoval(rows(11), 8)!)).toBe(
      'Rows cannot be removed: with 10 rows, 7 would train, fewer than the batch of 8. Lower the batch size first.',
    );
    expect(whyNoRemoval(rows(12), 8)).toBeNull();
    // What it allows, the setup's own validation accepts; what it refuses, validation refuses.
    for (const n of [11, 12]) {
      const next = withoutRow(rows(n), 0)!;
      const { errors } = parseExperiment({
        ...DEFAULT_EXPERIMENT,
        data: next,
        training: { ...DEFAULT_EXPERIMENT.training, batchSize: 8 },
      });
      expect(errors.length === 0, `${n} rows`).toBe(whyNoRemoval(rows(n), 8) === null);
    }
  });
});
