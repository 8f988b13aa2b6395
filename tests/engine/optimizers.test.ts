import { describe, expect, it } from 'vitest';
import { createParameter } from '../../src/engine/layer';
import { createOptimizer, DEFAULT_OPTIMIZER } from '../../src/engine/optimizers';

function parameterWith(value: number, gradient: number) {
  const p = createParameter('w', [1]);
  p.values[0] = value;
  p.gradients[0] = gradient;
  return p;
}

describe('optimizers', () => {
  it('SGD steps θ ← θ − η·g, with a learning rate that may change between steps', () => {
    const p = parameterWith(1, 0.5);
    const sgd = createOptimizer({ ...DEFAULT_OPTIMIZER, kind: 'sgd' }, [p]);
    sgd.step(0.1);
    expect(p.values[0]).toBeCloseTo(0.95, 15);
    sgd.step(1);
    expect(p.values[0]).toBeCloseTo(0.45, 15);
  });

  it('momentum keeps b ← μb + g and steps θ ← θ − η·b (hand-computed over two steps)', () => {
    const p = parameterWith(1, 1);
    const momentum = createOptimizer({ ...DEFAULT_OPTIMIZER, kind: 'momentum', momentum: 0.9 }, [
      p,
    ]);
    momentum.step(0.1); // b = 1, θ = 0.9
    p.gradients[0] = 2;
    momentum.step(0.1); // b = 0.9 + 2 = 2.9, θ = 0.9 − 0.29
    expect(p.values[0]).toBeCloseTo(0.61, 14);
  });

  it('Adam takes a first step of −η·sign(g) and follows the bias-corrected moments after', () => {
    const p = parameterWith(0, 4);
    const adam = createOptimizer({ ...DEFAULT_OPTIMIZER, kind: 'adam' }, [p]);
    adam.step(0.01);
    expect(p.values[0]).toBeCloseTo(-0.01, 9);
    expect(p.values[0]).toBe((-0.01 * 4) / (4 + 1e-8));
    p.gradients[0] = -2;
    adam.step(0.01);
    const m = 0.9 * 0.4 + 0.1 * -2;
    const v = 0.999 * 0.016 + 0.001 * 4;
    const first = (-0.01 * 4) / (4 + 1e-8);
    const expected = first - (0.01 * (m / (1 - 0.81))) / (Math.sqrt(v / (1 - 0.999 ** 2)) + 1e-8);
    expect(p.values[0]).toBeCloseTo(expected, 14);
  });
});
