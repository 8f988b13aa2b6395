import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BatchNormLayer } from '../../src/engine/batchNorm';
import { HEADS, type HeadKind } from '../../src/engine/heads';
import { Network, type NetworkSpec, type Placement } from '../../src/engine/network';
import { errorRelativeToLargest, fillDeterministic } from '../helpers/gradientCheck';

/**
 * Batch Norm where the presets run it: layers of 16 features and more take the row-wise path
 * (narrower ones go feature by feature). Exact gradients at 16, 20 and 100 features, in the layer
 * and in whole networks with BN before and after the activation; and the two paths giving the
 * same bits on random shapes around the threshold.
 */

const WIDTHS = [16, 20, 100];

/** A deterministic stream for noisy BN's draws. */
function draws(seed: number) {
  let state = seed;
  return {
    uniformIn: (low: number, high: number) => {
      state = (state * 48271) % 2147483647;
      return low + ((high - low) * state) / 2147483647;
    },
    fillUint32: (target: Uint32Array, count = target.length) => {
      for (let i = 0; i < count; i++) {
        state = (state * 48271) % 2147483647;
        target[i] = state * 2;
      }
    },
  };
}

describe('Batch Norm’s row-wise path (16 features and more)', () => {
  for (const features of WIDTHS)
    for (const mode of ['training', 'evaluation', 'noisy training'] as const) {
      it(`has exact gradients for x, γ and β at ${features} features in ${mode}`, () => {
        const rows = 7;
        const noise = mode === 'noisy training' ? { scale: 0.4, shift: 1 } : undefined;
        const bn = new BatchNormLayer('bn', features, rows, {
          momentum: 0.1,
          epsilon: 1e-5,
          noise,
        });
        expect(features).toBeGreaterThanOrEqual(bn.narrowBelow);
        bn.freezeRunningStatistics = true;
        if (noise) bn.drawNoise(draws(features));
        fillDeterministic(bn.gamma.values, 1, 2);
        fillDeterministic(bn.beta.values, 2);
        fillDeterministic(bn.runningMean, 3);
        bn.runningVariance.set(Array.from({ length: features }, (_, j) => 0.5 + (j % 5) / 2));
        const training = mode !== 'evaluation';
        const x = fillDeterministic(new Float64Array(rows * features), 4, 3);
        const c = fillDeterministic(new Float64Array(rows * features), 5);
        const loss = () => {
          const y = bn.forward(x, rows, training);
          let total = 0;
          for (let k = 0; k < y.length; k++) total += c[k] * y[k] + 0.5 * y[k] * y[k];
          return total;
        };
        const y = Float64Array.from(bn.forward(x, rows, training));
        const dy = c.map((ck, k) => ck + y[k]);
        const dx = Float64Array.from(bn.backward(dy, rows));
        const dGamma = Float64Array.from(bn.gamma.gradients);
        const dBeta = Float64Array.from(bn.beta.gradients);
        expect(errorRelativeToLargest(x, dx, loss)).toBeLessThan(1e-7);
        expect(errorRelativeToLargest(bn.gamma.values, dGamma, loss)).toBeLessThan(1e-7);
        expect(errorRelativeToLargest(bn.beta.values, dBeta, loss)).toBeLessThan(1e-7);
      });
    }

  it('normalizes with ε in training: variance σ²/(σ² + ε) per feature at 20 features', () => {
    const rows = 4;
    const features = 20;
    const bn = new BatchNormLayer('bn', features, rows, { momentum: 0.1, epsilon: 0.5 });
    const x = Float64Array.from(
      { length: rows * features },
      (_, k) => (k % 3) * (1 + (k % features)),
    );
    const y = bn.forward(x, rows, true);
    for (let j = 0; j < features; j++) {
      const column = Array.from({ length: rows }, (_, r) => x[r * features + j]);
      const mean = column.reduce((a, b) => a + b) / rows;
      const variance = column.reduce((a, b) => a + (b - mean) ** 2, 0) / rows;
      const outputs = Array.from({ length: rows }, (_, r) => y[r * features + j]);
      const outVariance = outputs.reduce((a, b) => a + b * b, 0) / rows;
      expect(outVariance).toBeCloseTo(variance / (variance + 0.5), 12);
    }
  });

  /** The same layer's training step by both paths: outputs, statistics and gradients, as bits. */
  function bothPaths(features: number, rows: number, seed: number, noisy: boolean) {
    const run = (narrowBelow: number) => {
      const noise = noisy ? { scale: 0.3, shift: 0.7 } : undefined;
      const bn = new BatchNormLayer('bn', features, rows, { momentum: 0.1, epsilon: 1e-5, noise });
      bn.narrowBelow = narrowBelow;
      if (noisy) bn.drawNoise(draws(seed));
      fillDeterministic(bn.gamma.values, seed + 1, 2);
      fillDeterministic(bn.beta.values, seed + 2);
      const x = fillDeterministic(new Float64Array(rows * features), seed + 3, 4);
      const dy = fillDeterministic(new Float64Array(rows * features), seed + 4);
      const y = Float64Array.from(bn.forward(x, rows, true));
      const dx = Float64Array.from(bn.backward(dy, rows));
      return [
        y,
        dx,
        bn.gamma.gradients,
        bn.beta.gradients,
        bn.batchMean,
        bn.batchVariance,
        bn.runningMean,
        bn.runningVariance,
      ].map((values) => Buffer.from(Float64Array.from(values).buffer).toString('hex'));
    };
    // Every layer by features (threshold above it) against every layer by rows (threshold 0).
    return { byFeature: run(Infinity), byRow: run(0) };
  }

  it('gives the same bits by feature and by row, on random shapes around the threshold (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 1, max: 1e6 }),
        fc.boolean(),
        (features, rows, seed, noisy) => {
          const { byFeature, byRow } = bothPaths(features, rows, seed, noisy);
          expect(byFeature).toEqual(byRow);
        },
      ),
      { numRuns: 300 },
    );
  });
});

function wideSpec(placement: Placement, head: HeadKind, units: [number, number]): NetworkSpec {
  return {
    inputSize: 3,
    hidden: [
      { units: units[0], activation: 'tanh' },
      { units: units[1], activation: 'leakyRelu' },
    ],
    outputSize: head === 'sigmoid' ? 1 : 3,
    head,
    placement,
    batchNorm: { momentum: 0.1, epsilon: 1e-5 },
  };
}

describe('networks with wide BN layers', () => {
  for (const units of [
    [16, 20],
    [100, 16],
  ] as [number, number][])
    for (const placement of ['before', 'after'] as const)
      for (const head of HEADS) {
        it(`have exact gradients for every parameter: hidden ${units.join(', ')}, BN ${placement}, ${head} head`, () => {
          const rows = 6;
          const network = new Network(wideSpec(placement, head, units), rows);
          for (const [i, p] of network.parameters.entries())
            if (!p.name.endsWith('.gamma')) fillDeterministic(p.values, 300 + i, 0.6);
          for (const block of network.blocks) {
            block.batchNorm?.gamma.values.fill(1.2);
            if (block.batchNorm) block.batchNorm.freezeRunningStatistics = true;
          }
          const x = fillDeterministic(new Float64Array(rows * 3), 9, 2);
          const y =
            head === 'sigmoid'
              ? Float64Array.from({ length: rows }, (_, r) => r % 2)
              : head === 'softmax'
                ? Float64Array.from({ length: rows }, (_, r) => r % 3)
                : fillDeterministic(new Float64Array(rows * 3), 78);
          network.lossAndGradient(x, y, rows);
          const gradients = network.parameters.map((p) => Float64Array.from(p.gradients));
          const loss = () => network.head.loss(network.forward(x, rows, true), y, rows);
          // Errors relative to the network's largest gradient (a bias feeding BN has a true
          // gradient of 0, so its own largest is rounding noise).
          const largest = Math.max(...gradients.flatMap((g) => [...g].map(Math.abs)));
          network.parameters.forEach((p, i) => {
            const own = Math.max(...[...gradients[i]].map(Math.abs));
            const error =
              errorRelativeToLargest(p.values, gradients[i], loss, 1e-6) * (own / largest);
            expect(error, p.name).toBeLessThan(1e-6);
          });
        });
      }
});
