import type { TwoDSet } from '../experiment/catalog';
import { smallTable } from '../experiment/placementTable';
import { packRows } from '../experiment/packed';
import type { DataSpec, InlineDataSpec, NamedDataSpec } from '../experiment/schema';
import { normalizeInputs, splitTrainTest, type Dataset } from './dataset';
import { mnistDataset, type MnistDigits } from './mnist';
import { generateTwoD } from './twoD';

/** Data loaded outside the engine (files, fetches) that named datasets may need. */
export interface DataAssets {
  mnist?: MnistDigits;
}

/** Whether building this spec needs the MNIST asset. */
export function needsMnist(spec: DataSpec): boolean {
  return spec.type === 'named' && spec.name === 'mnist';
}

/**
 * Builds the dataset a spec describes; generation and the split use streams of `seed` (MNIST has
 * its fixed split).
 */
export function buildDataset(spec: DataSpec, seed: number, assets: DataAssets = {}): Dataset {
  if (needsMnist(spec)) {
    if (!assets.mnist) throw new Error('the MNIST digits are not loaded');
    const digits = mnistDataset(assets.mnist);
    return spec.normalizeInputs ? normalizeInputs(digits) : digits;
  }
  const dataset = spec.type === 'named' ? buildNamed(spec, seed) : buildInline(spec, seed);
  return spec.normalizeInputs ? normalizeInputs(dataset) : dataset;
}

function buildNamed(spec: NamedDataSpec, seed: number): Dataset {
  const table = smallTable(spec);
  if (table) {
    const x = new Float64Array(table.x.flat());
    const y = new Float64Array(table.y as number[]);
    return {
      name: spec.name,
      task: 'binary',
      featureNames: table.featureNames,
      inputSize: 2,
      targetSize: 1,
      classes: 2,
      ...splitTrainTest(x, y, table.x.length, table.testFraction, seed),
    };
  }
  const points = generateTwoD(spec.name as TwoDSet, spec.samples, spec.noise, seed);
  return {
    name: spec.name,
    task: 'binary',
    featureNames: ['x1', 'x2'],
    inputSize: 2,
    targetSize: 1,
    classes: 2,
    ...splitTrainTest(points.x, points.y, points.count, spec.testFraction, seed),
  };
}

function buildInline(spec: InlineDataSpec, seed: number): Dataset {
  // Packed (large tables, as workers receive them) or as written: the same numbers.
  const packed = packRows(spec);
  const count = packed.rows;
  const inputSize = packed.width;
  const targetSize = spec.task === 'regression' ? packed.targetWidth : 1;
  // Copies: the splits may be normalized in place, and the packed rows are shared.
  const x = packed.x.slice();
  const y = packed.y.slice();
  const classes =
    spec.task === 'binary'
      ? 2
      : spec.task === 'multiclass'
        ? y.reduce((a, b) => Math.max(a, b), 0) + 1
        : 0;
  return {
    name: 'inline',
    task: spec.task,
    featureNames: spec.featureNames,
    inputSize,
    targetSize,
    classes,
    ...splitTrainTest(x, y, count, spec.testFraction, seed),
  };
}
