import { DEFAULT_EXPERIMENT } from '../experiment/defaults';
import { estimateCost } from '../experiment/cost';
import { cloneExperiment, type Experiment } from '../experiment/schema';
import { sin } from '../math/elementary';
import { ExperimentRun } from './runner';

/** Rows, features and classes of the calibration net's data (64 → 128 → 128 → 10, batch 64). */
const ROWS = 256;
const FEATURES = 64;
const CLASSES = 10;
/** Steps timed at most (about 1.5 s here), so a clock that stands still cannot hold the worker. */
const MAX_STEPS = 200;
const WARMUP_STEPS = 20;

/** The setup the machine's speed is measured on: mid-sized layers, as the estimates' nets. */
export function calibrationExperiment(): Experiment {
  const x: number[][] = [];
  const y: number[] = [];
  for (let r = 0; r < ROWS; r++) {
    // Deterministic, varied inputs (training code never calls Math.random).
    x.push(Array.from({ length: FEATURES }, (_, j) => sin(0.37 * r + 1.3 * j)));
    y.push(r % CLASSES);
  }
  return {
    ...cloneExperiment(DEFAULT_EXPERIMENT),
    data: {
      type: 'inline',
      task: 'multiclass',
      featureNames: Array.from({ length: FEATURES }, (_, j) => `x${j}`),
      x,
      y,
      testFraction: 0,
      normalizeInputs: false,
    },
    model: {
      hidden: [
        { units: 128, activation: 'relu' },
        { units: 128, activation: 'relu' },
      ],
      head: 'softmax',
    },
    training: { ...DEFAULT_EXPERIMENT.training, batchSize: 64 },
  };
}

/**
 * This machine's training speed in FLOPs per second as estimateCost counts them: twin steps of the
 * calibration net, timed in chunks of about `chunkMs` for about `budgetMs` in all; the fastest
 * chunk, since load elsewhere only ever slows a chunk down (the machine's speed, not its load).
 */
export function measureFlopsPerSecond(now: () => number, budgetMs = 60, chunkMs = 10): number {
  const experiment = calibrationExperiment();
  const run = new ExperimentRun(experiment);
  const flopsPerStep = estimateCost(experiment).flopsPerStep;
  // Untimed steps first, so the engine's code is compiled at its best before it is timed.
  for (let i = 0; i < WARMUP_STEPS; i++) run.step();
  const rates: number[] = [];
  const end = now() + budgetMs;
  let total = 0;
  do {
    const start = now();
    let steps = 0;
    let elapsed: number;
    do {
      run.step();
      steps++;
      elapsed = now() - start;
    } while (elapsed < chunkMs && total + steps < MAX_STEPS);
    total += steps;
    rates.push((steps * flopsPerStep) / (Math.max(elapsed, 1e-3) / 1000));
  } while (total < MAX_STEPS && (rates.length < 3 || now() < end));
  return Math.max(...rates);
}
