import { describe, expect, it } from 'vitest';
import { ACTIVATIONS, ActivationLayer, sigmoid } from '../../src/engine/activations';
import { DenseLayer } from '../../src/engine/dense';
import type { Layer } from '../../src/engine/layer';
import { fillDeterministic, maxRelativeError } from '../helpers/gradientCheck';

/** L = Σ c ⊙ f(x): a loss whose ∂L/∂y is the fixed vector c. */
function weightedSum(
  layer: Layer,
  input: Float64Array,
  rows: number,
  weights: Float64Array,
  isTraining = true,
): number {
  const y = layer.forward(input, rows, isTraining);
  let total = 0;
  for (let k = 0; k < rows * layer.outputSize; k++) total += weights[k] * y[k];
  return total;
}

function checkLayer(
  layer: Layer,
  rows: number,
  seed: number,
  isTraining = true,
): { input: number; parameters: number[] } {
  const input = fillDeterministic(new Float64Array(rows * layer.inputSize), seed, 2);
  const weights = fillDeterministic(new Float64Array(rows * layer.outputSize), seed + 1);
  const loss = () => weightedSum(layer, input, rows, weights, isTraining);
  loss();
  const inputGradient = Float64Array.from(layer.backward(weights, rows));
  const parameterGradients = layer.parameters.map((p) => Float64Array.from(p.gradients));
  return {
    input: maxRelativeError(input, inputGradient, loss),
    parameters: layer.parameters.map((p, i) =>
      maxRelativeError(p.values, parameterGradients[i], loss),
    ),
  };
}

describe('DenseLayer', () => {
  it('computes y = x·W + b for a hand-worked example', () => {
    const dense = new DenseLayer('d', 2, 3, 2);
    dense.kernel.values.set([1, 2, 3, 4, 5, 6]);
    dense.bias.values.set([0.5, -0.5, 1]);
    const y = dense.forward(new Float64Array([1, -1, 2, 0.5]), 2);
    expect([...y]).toEqual([-2.5, -3.5, -2, 4.5, 6, 10]);
  });

  it('has exact gradients for kernel, bias and input (central differences, relative error < 1e-6)', () => {
    const dense = new DenseLayer('d', 4, 3, 5);
    fillDeterministic(dense.kernel.values, 11);
    fillDeterministic(dense.bias.values, 12);
    const errors = checkLayer(dense, 5, 13);
    expect(errors.input).toBeLessThan(1e-6);
    for (const e of errors.parameters) expect(e).toBeLessThan(1e-6);
  });

  it('skips the input gradient of a first layer but still computes the kernel gradient', () => {
    const dense = new DenseLayer('d', 3, 2, 4, false);
    fillDeterministic(dense.kernel.values, 3);
    expect(dense.inputGradient.length).toBe(0);
    const input = fillDeterministic(new Float64Array(12), 4);
    const dy = fillDeterministic(new Float64Array(8), 5);
    dense.forward(input, 4);
    dense.backward(dy, 4);
    // ∂L/∂W[0][0] = Σ_r x[r][0]·dy[r][0]
    const expected = [0, 1, 2, 3].reduce((s, r) => s + input[r * 3] * dy[r * 2], 0);
    expect(dense.kernel.gradients[0]).toBeCloseTo(expected, 14);
  });
});

describe('ActivationLayer', () => {
  it('computes known values of every activation', () => {
    const x = new Float64Array([-2, -0.5, 0, 0.5, 2]);
    const out = (kind: (typeof ACTIVATIONS)[number]) => [
      ...new ActivationLayer('a', kind, 5, 1).forward(x, 1),
    ];
    expect(out('relu')).toEqual([0, 0, 0, 0.5, 2]);
    expect(out('leakyRelu')).toEqual([-0.02, -0.005, 0, 0.5, 2]);
    expect(out('linear')).toEqual([-2, -0.5, 0, 0.5, 2]);
    expect(out('tanh')[4]).toBeCloseTo(0.9640275800758169, 15);
    expect(out('sigmoid')[0]).toBeCloseTo(0.11920292202211755, 15);
  });

  it('evaluates the sigmoid without overflow at extreme inputs', () => {
    expect(sigmoid(-1000)).toBe(0);
    expect(sigmoid(1000)).toBe(1);
    expect(sigmoid(0)).toBe(0.5);
  });

  for (const kind of ACTIVATIONS) {
    it(`has an exact input gradient for ${kind}`, () => {
      const layer = new ActivationLayer('a', kind, 6, 4);
      expect(checkLayer(layer, 4, 21).input).toBeLessThan(1e-6);
    });
  }
});
