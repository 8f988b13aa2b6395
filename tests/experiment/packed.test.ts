import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../src/data/build';
import { estimateCost } from '../../src/experiment/cost';
import { findPreset } from '../../src/experiment/presets';
import {
  forWorker,
  PACK_CELLS,
  packedData,
  packRows,
  unpackData,
} from '../../src/experiment/packed';
import { cloneExperiment, type InlineDataSpec } from '../../src/experiment/schema';
import { layerWidths } from '../../src/experiment/shape';
import { parseExperiment } from '../../src/experiment/validate';

/** A regression table of `rows` rows of 3 inputs and 2 targets, deterministic. */
function table(rows: number, task: InlineDataSpec['task'] = 'regression'): InlineDataSpec {
  const x = Array.from({ length: rows }, (_, i) => [i / 7, (i % 13) - 6, Math.sqrt(i)]);
  return {
    type: 'inline',
    task,
    featureNames: ['a', 'b', 'c'],
    x,
    y: x.map(([a, b]) => (task === 'regression' ? [a + b, a - b] : a + b > 0 ? 1 : 0)),
    testFraction: 0.2,
    normalizeInputs: true,
  };
}

describe('large tables travel packed', () => {
  it('packs rows and targets once, and unpacks them to the same numbers', async () => {
    const data = table(1000);
    const packed = packRows(data);
    expect(packRows(data)).toBe(packed);
    expect(packed).toMatchObject({ rows: 1000, width: 3, targetWidth: 2 });
    expect(Array.from(packed.x.subarray(3, 6))).toEqual(data.x[1]);
    expect(Array.from(packed.y.subarray(2, 4))).toEqual(data.y[1]);
    let pauses = 0;
    const back = await unpackData(packedData(data), () => Promise.resolve(void pauses++), 300);
    expect(pauses).toBe(3);
    expect(back.x).toEqual(data.x);
    expect(back.y).toEqual(data.y);
    expect(back.packed).toBeUndefined();
    // Unpacked rows remember their packing: sending them again does not pack again.
    expect(packRows(back)).toBe(packRows(packedData(data)));
  });

  it('builds the same dataset, shape and cost from packed rows as from arrays', () => {
    const e = cloneExperiment(findPreset('worked-example')!.experiment);
    e.data = table(PACK_CELLS, 'binary');
    const sent = forWorker(e);
    expect(sent.data.type === 'inline' && sent.data.x).toEqual([]);
    expect(buildDataset(sent.data, 5)).toEqual(buildDataset(e.data, 5));
    expect(layerWidths(sent)).toEqual(layerWidths(e));
    expect(estimateCost(sent)).toEqual(estimateCost(e));
    // Small tables go as they are.
    e.data = table(20, 'binary');
    expect(forWorker(e)).toBe(e);
  });

  it('validates a table once: read again unchanged, the same rows are kept, not copied', () => {
    const e = cloneExperiment(findPreset('worked-example')!.experiment);
    e.data = table(500, 'binary');
    const first = parseExperiment(e, e);
    expect(first.errors).toEqual([]);
    const rows = (first.experiment.data as InlineDataSpec).x;
    expect(rows).toBe(e.data.x);
    const again = parseExperiment(cloneExperiment(first.experiment), first.experiment);
    expect((again.experiment.data as InlineDataSpec).x).toBe(rows);
    // A value out of range is still caught.
    const bad = cloneExperiment(first.experiment);
    (bad.data as InlineDataSpec).x = [...rows.slice(0, 499), [1, Number.NaN, 2]];
    expect(parseExperiment(bad, first.experiment).errors.map((x) => x.path)).toEqual([
      'data.x[499][1]',
    ]);
  });
});
