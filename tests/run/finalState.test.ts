import { quantileSorted } from 'd3-array';
import { describe, expect, it } from 'vitest';
import { DEFAULT_EXPERIMENT } from '../../src/experiment/defaults';
import { cloneExperiment, type Experiment } from '../../src/experiment/schema';
import { parseExperiment } from '../../src/experiment/validate';
import type { Placement } from '../../src/engine/network';
import { finalState, type FinalState } from '../../src/run/finalState';
import { ExperimentRun } from '../../src/run/runner';
import { LOADED } from '../helpers/timeouts';

/** 12 rows of 3 features in a fixed order, labels for 2 or 3 classes; nothing drawn at random. */
function rows(classes: 2 | 3) {
  const x = Array.from({ length: 12 }, (_, i) => [
    Math.sin(1.3 * i),
    Math.cos(0.7 * i) * 2,
    i / 6 - 1,
  ]);
  const y = x.map((r, i) => (classes === 2 ? (r[0] + r[1] > 0 ? 1 : 0) : i % 3));
  return { x, y };
}

function setup(placement: Placement, classes: 2 | 3, testFraction = 0): Experiment {
  const e = cloneExperiment(DEFAULT_EXPERIMENT);
  e.data = {
    type: 'inline',
    task: classes === 2 ? 'binary' : 'multiclass',
    featureNames: ['a', 'b', 'c'],
    ...rows(classes),
    testFraction,
    normalizeInputs: false,
  };
  e.model = {
    hidden: [
      { units: 5, activation: 'tanh' },
      { units: 4, activation: 'relu' },
    ],
    head: classes === 2 ? 'sigmoid' : 'softmax',
  };
  e.batchNorm.placement = placement;
  e.optimizer = { ...e.optimizer, kind: 'momentum', learningRate: 0.1, momentum: 0.9 };
  e.training = { ...e.training, batchSize: 4, shuffle: false, evalEvery: 10 };
  return e;
}

const dot = (a: readonly number[], kernel: readonly number[][], bias: readonly number[]) =>
  bias.map((b, j) => a.reduce((sum, v, i) => sum + v * kernel[i][j], b));
const act = { tanh: Math.tanh, relu: (v: number) => Math.max(0, v) } as const;

/**
 * Another implementation of inference, written from the exported JSON and the README's format
 * alone, as a user checking the lab in another framework would: returns the input of each hidden
 * layer's activation and the head's outputs.
 */
function reference(state: FinalState, e: Experiment, row: readonly number[]) {
  const eps = e.batchNorm.epsilon;
  const bn = (v: number[], k: number) => {
    const s = state.batchNorm[k];
    return v.map(
      (x, j) =>
        (s.gamma[j] * (x - s.runningMean[j])) / Math.sqrt(s.runningVariance[j] + eps) + s.beta[j],
    );
  };
  let a = [...row];
  const activationInputs: number[][] = [];
  e.model.hidden.forEach((layer, k) => {
    let z = dot(a, state.dense[k].kernel, state.dense[k].bias);
    if (e.batchNorm.placement === 'before') z = bn(z, k);
    activationInputs.push(z);
    a = z.map(act[layer.activation as keyof typeof act]);
    if (e.batchNorm.placement === 'after') a = bn(a, k);
  });
  const out = state.dense[e.model.hidden.length];
  const logits = dot(a, out.kernel, out.bias);
  if (e.model.head === 'sigmoid')
    return { activationInputs, outputs: logits.map((z) => 1 / (1 + Math.exp(-z))) };
  const m = Math.max(...logits);
  const exps = logits.map((z) => Math.exp(z - m));
  const total = exps.reduce((s, v) => s + v, 0);
  return { activationInputs, outputs: exps.map((v) => v / total) };
}

/** Trains `steps` steps and returns the run and each twin's final state after a JSON round trip. */
function trained(e: Experiment, steps: number) {
  const run = new ExperimentRun(e);
  for (let s = 0; s < steps; s++) run.step();
  const json = JSON.stringify({
    plain: finalState(run, 'plain'),
    batchNorm: finalState(run, 'batchNorm'),
  });
  return { run, final: JSON.parse(json) as Record<'plain' | 'batchNorm', FinalState> };
}

describe('a run you can check elsewhere', LOADED.short, () => {
  it('keeps the given row order with testFraction 0, and with shuffle off batch k is rows kB … kB+B−1 (mod n)', () => {
    const e = setup('before', 2);
    const run = new ExperimentRun(e);
    expect([...run.dataset.train.index]).toEqual([...Array(12).keys()]);
    const { x } = rows(2);
    for (let k = 0; k < 7; k++) {
      run.step();
      const batch = Array.from({ length: 4 }, (_, r) => [
        ...run.sampler.x.subarray(3 * r, 3 * r + 3),
      ]);
      expect(batch).toEqual([0, 1, 2, 3].map((r) => x[(4 * k + r) % 12]));
    }
  });

  for (const placement of ['before', 'after'] as const)
    for (const classes of [2, 3] as const)
      it(`exports final weights, BN state and outputs that another implementation reproduces (BN ${placement}, ${classes} classes)`, () => {
        const e = setup(placement, classes);
        const { final } = trained(e, 30);
        const { x } = rows(classes);
        for (const variant of ['plain', 'batchNorm'] as const) {
          const state = final[variant];
          const twin =
            variant === 'plain'
              ? { ...e, batchNorm: { ...e.batchNorm, placement: 'none' as const } }
              : e;
          expect(
            state.dense.map((d) => [d.kernel.length, d.kernel[0].length, d.bias.length]),
          ).toEqual([
            [3, 5, 5],
            [5, 4, 4],
            [4, classes === 2 ? 1 : 3, classes === 2 ? 1 : 3],
          ]);
          expect(state.batchNorm.map((b) => b.gamma.length)).toEqual(
            variant === 'plain' ? [] : [5, 4],
          );
          expect(state.outputs).toHaveLength(12);
          x.forEach((row, i) => {
            const expected = reference(state, twin, row).outputs;
            expect(state.outputs[i]).toHaveLength(expected.length);
            state.outputs[i].forEach((p, j) =>
              expect(Math.abs(p - expected[j])).toBeLessThan(1e-12),
            );
          });
        }
        // Training moved the BN statistics away from their start (mean 0, variance 1).
        expect(final.batchNorm.batchNorm[0].runningMean.some((m) => Math.abs(m) > 1e-3)).toBe(true);
      });

  it('reloads: the exported kernels given back as init.weights reproduce the plain twin bit for bit', () => {
    const e = setup('before', 3);
    const { final } = trained(e, 25);
    const reloaded = parseExperiment(
      JSON.parse(
        JSON.stringify({
          ...e,
          init: { ...e.init, weights: final.plain.dense },
          training: { ...e.training, steps: 0 },
        }),
      ),
    );
    expect(reloaded.errors).toEqual([]);
    const again = finalState(new ExperimentRun(reloaded.experiment), 'plain')!;
    expect(again.dense).toEqual(final.plain.dense);
    expect(again.outputs).toEqual(final.plain.outputs);
  });

  it('follows a unit: the Figure 1 percentiles are those of its sigmoid input over the test rows in inference mode', () => {
    const e = setup('before', 2, 0.5);
    const run = new ExperimentRun(e);
    for (let s = 0; s < 20; s++) run.step();
    const record = run.evaluate({ layer: 1, unit: 2 });
    expect(record.followed).toMatchObject({ layer: 1, unit: 2 });
    const { x } = rows(2);
    const test = run.dataset.test;
    expect(test.count).toBe(6);
    for (const variant of ['plain', 'batchNorm'] as const) {
      const state = finalState(run, variant)!;
      const twin =
        variant === 'plain'
          ? { ...e, batchNorm: { ...e.batchNorm, placement: 'none' as const } }
          : e;
      const inputs = [...test.index]
        .map((i) => reference(state, twin, x[i]).activationInputs[1][2])
        .sort((a, b) => a - b);
      const expected = [0.15, 0.5, 0.85].map((p) => quantileSorted(inputs, p)!);
      const got = record.followed!.percentiles[variant]!;
      got.forEach((v, k) => expect(Math.abs(v - expected[k])).toBeLessThan(1e-12));
    }
  });
});
