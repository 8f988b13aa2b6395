import { describe, expect, it } from 'vitest';
import { Network, type NetworkSpec } from '../../src/engine/network';
import { Random } from '../../src/engine/random';
import { findPreset } from '../../src/experiment/presets';
import { cloneExperiment } from '../../src/experiment/schema';
import { LANDSCAPE_MULTIPLIERS } from '../../src/experiment/optimizationSettings';
import { OptimizationMeter } from '../../src/run/optimization';
import { ExperimentRun } from '../../src/run/runner';
import { LOADED } from '../helpers/timeouts';

const norm = (v: number[]) => Math.sqrt(v.reduce((s, x) => s + x * x, 0));
const relativeClose = (got: number, want: number, tolerance = 1e-12) =>
  expect(Math.abs(got - want)).toBeLessThanOrEqual(tolerance * Math.max(1, Math.abs(want)));

/** A run of the deep sigmoid preset a few steps in, the meter set up on one twin, one step measured. */
function measuredStep(variant: 'plain' | 'batchNorm', placement: 'before' | 'after' = 'before') {
  const e = cloneExperiment(findPreset('deep-saturating')!.experiment);
  e.batchNorm.placement = placement;
  e.model.hidden = e.model.hidden.slice(0, 4);
  const run = new ExperimentRun(e);
  for (let s = 0; s < 15; s++) run.step();
  const network = run.cohort.networks[variant];
  const meter = new OptimizationMeter(network, e.training.batchSize);
  meter.before();
  const theta = network.parameters.map((p) => Float64Array.from(p.values));
  run.step();
  const rows = e.training.batchSize;
  const x = Float64Array.from(run.sampler.x);
  const y = Float64Array.from(run.sampler.y);
  const lr = run.learningRate;
  const measure = meter.measure(run.stepCount, x, y, rows, lr);
  return { network, theta, measure, x, y, rows, lr };
}

/** The gradient of every parameter of a fresh network of the same spec at the given values. */
function gradientAt(
  spec: NetworkSpec,
  values: Float64Array[],
  x: Float64Array,
  y: Float64Array,
  rows: number,
) {
  const fresh = new Network(spec, rows);
  fresh.parameters.forEach((p, i) => p.values.set(values[i]));
  const loss = fresh.lossAndGradient(x, y, rows);
  return {
    loss,
    gradients: fresh.parameters.map((p) => [...p.gradients]),
    names: fresh.parameters.map((p) => p.name),
  };
}

describe('Santurkar’s measures of a training step', LOADED.short, () => {
  for (const variant of ['plain', 'batchNorm'] as const)
    it(`takes G and G′ of the ${variant} twin as a direct recomputation does`, () => {
      const { network, theta, measure, x, y, rows } = measuredStep(variant);
      const after = network.parameters.map((p) => Float64Array.from(p.values));
      const names = network.parameters.map((p) => p.name);
      const before = gradientAt(network.spec, theta, x, y, rows);
      const denseNames = ['dense1', 'dense2', 'dense3', 'dense4', 'output'];
      // The layer's own kernel and bias, and every parameter of the blocks before it.
      const ownIndices = (d: number) =>
        names.flatMap((n, i) => (n.startsWith(`${denseNames[d]}.`) ? [i] : []));
      const blockOf = (name: string) => {
        const m = /^(?:dense|bn)(\d+)\./.exec(name);
        return m ? Number(m[1]) - 1 : denseNames.length - 1;
      };
      expect(measure.layers.map((l) => l.layer)).toEqual([1, 2, 3, 4, 5]);
      expect(measure.layers[0].gradientChange).toBeNull();
      expect(measure.layers[0].gradientCosine).toBeNull();
      for (let d = 1; d < denseNames.length; d++) {
        const mixed = theta.map((t, i) => (blockOf(names[i]) < d ? after[i] : t));
        const shifted = gradientAt(network.spec, mixed, x, y, rows);
        const G = ownIndices(d).flatMap((i) => before.gradients[i]);
        const H = ownIndices(d).flatMap((i) => shifted.gradients[i]);
        const change = norm(G.map((g, k) => g - H[k])) / norm(G);
        const cosine = G.reduce((s, g, k) => s + g * H[k], 0) / (norm(G) * norm(H));
        relativeClose(measure.layers[d].gradientChange!, change);
        relativeClose(measure.layers[d].gradientCosine!, cosine);
        // The earlier layers did move, so G′ differs from G.
        expect(change).toBeGreaterThan(0);
      }
      // Norms: ‖∂L/∂W‖ before the step, ‖W‖ after it.
      const kernel = names.indexOf('dense2.kernel');
      relativeClose(measure.layers[1].gradientNorm, norm(before.gradients[kernel]));
      relativeClose(measure.layers[1].weightNorm, norm([...after[kernel]]));
    });

  it('gives the effective learning rate η/‖W‖² exactly where BN directly follows the Dense layer', () => {
    const bn = measuredStep('batchNorm', 'before');
    bn.measure.layers
      .slice(0, 4)
      .forEach((l) => relativeClose(l.effectiveLearningRate!, bn.lr / l.weightNorm ** 2));
    expect(bn.measure.layers[4].effectiveLearningRate).toBeNull();
    expect(
      measuredStep('batchNorm', 'after').measure.layers.map((l) => l.effectiveLearningRate),
    ).toEqual([null, null, null, null, null]);
    expect(
      measuredStep('plain').measure.layers.every((l) => l.effectiveLearningRate === null),
    ).toBe(true);
  });

  it('finds no gradient change when the earlier layers did not move (a step with η = 0)', () => {
    const e = cloneExperiment(findPreset('deep-saturating')!.experiment);
    const run = new ExperimentRun(e);
    for (let s = 0; s < 5; s++) run.step();
    run.learningRate = 0;
    const network = run.cohort.networks.batchNorm;
    const meter = new OptimizationMeter(network, e.training.batchSize);
    meter.before();
    run.step();
    const m = meter.measure(run.stepCount, run.sampler.x, run.sampler.y, e.training.batchSize, 0.1);
    for (const l of m.layers.slice(1)) {
      expect(l.gradientChange).toBe(0);
      relativeClose(l.gradientCosine!, 1);
    }
  });

  it('leaves the measured network untouched: parameters, gradients and BN running statistics', () => {
    const e = cloneExperiment(findPreset('deep-saturating')!.experiment);
    const run = new ExperimentRun(e);
    for (let s = 0; s < 5; s++) run.step();
    const network = run.cohort.networks.batchNorm;
    const meter = new OptimizationMeter(network, e.training.batchSize);
    meter.before();
    run.step();
    const snapshot = () => [
      ...network.parameters.flatMap((p) => [...p.values, ...p.gradients]),
      ...network.blocks.flatMap((b) => [
        ...b.batchNorm!.runningMean,
        ...b.batchNorm!.runningVariance,
      ]),
    ];
    const was = snapshot();
    meter.measure(
      run.stepCount,
      run.sampler.x,
      run.sampler.y,
      e.training.batchSize,
      run.learningRate,
    );
    expect(snapshot()).toEqual(was);
  });

  it('reads the landscape of a quadratic loss as its closed form says', () => {
    // Linear regression: L(θ) = (1/m)‖Aθ − y‖² with A = [X, 1], so ∇L = (2/m)Aᵀ(Aθ − y),
    // H = (2/m)AᵀA, L(θ − η′g) = L − η′‖g‖² + η′²·gᵀHg/2, ∇L(θ − η′g) − ∇L(θ) = −η′Hg and the
    // β-smoothness along g is ‖Hg‖/‖g‖.
    const rows = 16;
    const inputs = 3;
    const random = new Random(7, 'data');
    const X = Array.from({ length: rows }, () =>
      Array.from({ length: inputs }, () => random.normal()),
    );
    const target = X.map((r) => 0.5 * r[0] - r[1] + 0.25 * r[2] + 0.3 + 0.1 * random.normal());
    const spec: NetworkSpec = {
      inputSize: inputs,
      hidden: [],
      outputSize: 1,
      head: 'linear',
      placement: 'none',
      batchNorm: { momentum: 0.1, epsilon: 1e-5 },
    };
    const network = new Network(spec, rows);
    network.output.kernel.values.set([0.2, 0.1, -0.4]);
    network.output.bias.values.set([-0.1]);
    const x = Float64Array.from(X.flat());
    const y = Float64Array.from(target);
    const meter = new OptimizationMeter(network, rows);
    meter.before();
    const loss = network.lossAndGradient(x, y, rows);
    const eta = 0.05;
    const { landscape, layers } = meter.measure(1, x, y, rows, eta);

    const A = X.map((r) => [...r, 1]);
    const theta = [0.2, 0.1, -0.4, -0.1];
    const residual = A.map((a, r) => a.reduce((s, v, j) => s + v * theta[j], 0) - target[r]);
    const g = theta.map((_, j) => (2 / rows) * A.reduce((s, a, r) => s + a[j] * residual[r], 0));
    const Hg = theta.map(
      (_, j) =>
        (2 / rows) * A.reduce((s, a) => s + a[j] * a.reduce((t, v, k) => t + v * g[k], 0), 0),
    );
    const gHg = g.reduce((s, v, j) => s + v * Hg[j], 0);
    const gg = g.reduce((s, v) => s + v * v, 0);
    expect(landscape.rates).toEqual(LANDSCAPE_MULTIPLIERS.map((m) => m * eta));
    landscape.rates.forEach((rate, k) => {
      relativeClose(landscape.losses[k]!, loss - rate * gg + ((rate * rate) / 2) * gHg, 1e-10);
      relativeClose(landscape.gradientChanges[k]!, rate * norm(Hg), 1e-10);
    });
    relativeClose(landscape.smoothness!, norm(Hg) / Math.sqrt(gg), 1e-10);
    // One Dense layer: nothing comes before it, so no gradient change.
    expect(layers).toHaveLength(1);
    expect(layers[0].gradientChange).toBeNull();
  });
});
