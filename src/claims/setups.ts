import { EVALUATION_TEST_ROWS, evaluationRows, macsPerRow } from '../experiment/cost';
import { findPreset } from '../experiment/presets';
import { cloneExperiment, type Experiment } from '../experiment/schema';
import { logGrid } from '../experiment/sweep';
import { CLAIMS_ENGLISH, type ClaimWords, type Verdict } from './claim';

/** The setups the claims run on: presets of the page, changed as each card says. */

export function fromPreset(id: string, patch: (e: Experiment) => void = () => undefined) {
  const preset = findPreset(id);
  if (!preset) throw new Error(`no preset ${id}`);
  const e = cloneExperiment(preset.experiment);
  patch(e);
  return e;
}

/** Six hidden layers of 8 units on the circle set (the page's deep 2-D presets). */
export function deepCircle(activation: 'relu' | 'tanh' | 'sigmoid', learningRate = 0.1) {
  return fromPreset('high-learning-rate', (e) => {
    e.model.hidden = e.model.hidden.map((h) => ({ ...h, activation }));
    e.init =
      activation === 'relu'
        ? { scheme: 'heNormal', scale: 1, sigma: 0.01 }
        : { scheme: 'glorotUniform', scale: 1, sigma: 0.01 };
    e.optimizer.learningRate = learningRate;
  });
}

/** The BN paper's MNIST net (784-100-100-100-10, sigmoid, SGD, batches of 60). */
export function paperNet(patch: (e: Experiment) => void = () => undefined) {
  return fromPreset('paper', patch);
}

/** The learning rates the rate cards try: 0.01 to 10, half a decade apart. */
export const RATE_GRID = logGrid(0.01, 10, 7);

/** holds / partly / not from how many of the parts hold. */
export function verdictOf(parts: readonly boolean[]): Verdict {
  const held = parts.filter(Boolean).length;
  return held === parts.length ? 'holds' : held > 0 ? 'partly' : 'not';
}

/** How many test rows a run of `e` scores (the first of the test split; see cost.ts). */
export function testRows(e: Experiment, testCount = 10_000): number {
  const { data, model, training } = e;
  const inputs = data.type === 'named' && data.name === 'mnist' ? 784 : 2;
  const outputs = data.type === 'named' && data.name === 'mnist' ? 10 : 1;
  const widths = [inputs, ...model.hidden.map((h) => h.units), outputs];
  return evaluationRows(
    macsPerRow(widths),
    testCount,
    EVALUATION_TEST_ROWS,
    training.batchSize * training.evalEvery,
  );
}

/** "1,800 test digits" */
export const digits = (n: number, t: ClaimWords = CLAIMS_ENGLISH) =>
  t.t('testDigits', { count: n });
