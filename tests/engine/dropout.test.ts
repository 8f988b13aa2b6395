import { describe, expect, it } from 'vitest';
import { DropoutLayer } from '../../src/engine/dropout';
import { Network, PLACEMENTS, type NetworkSpec, type Placement } from '../../src/engine/network';
import { Random } from '../../src/engine/random';
import { fillDeterministic, maxRelativeError } from '../helpers/gradientCheck';

const spec = (placement: Placement): NetworkSpec => ({
  inputSize: 3,
  hidden: [
    { units: 5, activation: 'tanh' },
    { units: 4, activation: 'relu' },
  ],
  outputSize: 3,
  head: 'softmax',
  placement,
  batchNorm: { momentum: 0.1, epsilon: 1e-5 },
  dropout: 0.4,
});

describe('inverted dropout', () => {
  it('keeps 1 − rate of the values, scaled by 1/(1 − rate), and passes everything at inference', () => {
    const rows = 400;
    const units = 50;
    const layer = new DropoutLayer('dropout1', units, rows, 0.3);
    layer.drawMask(new Random(7, 'dropout'));
    const x = fillDeterministic(new Float64Array(rows * units), 3);
    const y = Float64Array.from(layer.forward(x, rows, true).subarray(0, rows * units));
    let kept = 0;
    y.forEach((v, k) => {
      const m = layer.mask[k];
      expect(m === 0 || m === 1 / 0.7).toBe(true);
      expect(v).toBe(x[k] * m);
      if (m !== 0) kept++;
    });
    // 20,000 draws of a 0.7 coin: within 4 standard deviations (±0.013) of 0.7.
    expect(Math.abs(kept / (rows * units) - 0.7)).toBeLessThan(0.013);
    expect([...layer.forward(x, rows, false).subarray(0, rows * units)]).toEqual([...x]);
    expect(() => new DropoutLayer('d', 2, 2, 1)).toThrow(RangeError);
  });

  it('draws the same masks from the same seed, and new ones each step', () => {
    const masks = (seed: number) => {
      const layer = new DropoutLayer('d', 8, 4, 0.5);
      const random = new Random(seed, 'dropout');
      layer.drawMask(random);
      const first = Array.from(layer.mask);
      layer.drawMask(random);
      return [first, Array.from(layer.mask)];
    };
    const [a1, a2] = masks(1);
    expect(masks(1)).toEqual([a1, a2]);
    expect(a2).not.toEqual(a1);
    expect(masks(2)[0]).not.toEqual(a1);
  });

  for (const placement of PLACEMENTS) {
    it(`has exact gradients with dropout after every hidden layer (BN ${placement})`, () => {
      const rows = 6;
      const network = new Network(spec(placement), rows);
      expect(network.layers.filter((l) => l.kind === 'dropout').map((l) => l.name)).toEqual([
        'dropout1',
        'dropout2',
      ]);
      for (const [i, p] of network.parameters.entries())
        if (!p.name.endsWith('.gamma')) fillDeterministic(p.values, 200 + i, 0.8);
      for (const block of network.blocks)
        if (block.batchNorm) block.batchNorm.freezeRunningStatistics = true;
      network.drawDropout(new Random(3, 'dropout'));
      const x = fillDeterministic(new Float64Array(rows * 3), 9, 2);
      const y = Float64Array.from({ length: rows }, (_, r) => r % 3);
      network.lossAndGradient(x, y, rows);
      const gradients = network.parameters.map((p) => Float64Array.from(p.gradients));
      const loss = () => network.head.loss(network.forward(x, rows, true), y, rows);
      network.parameters.forEach((p, i) => {
        expect(
          maxRelativeError(p.values, gradients[i], loss, { floor: 1e-4 }),
          p.name,
        ).toBeLessThan(1e-6);
      });
      // A dropped unit passes no gradient back to the weights that made it.
      const dropped = network.blocks[1].dropout!.mask.subarray(0, rows * 4);
      const unit = [0, 1, 2, 3].find((j) =>
        [0, 1, 2, 3, 4, 5].every((r) => dropped[r * 4 + j] === 0),
      );
      if (unit !== undefined) {
        const kernel = network.blocks[1].dense.kernel.gradients;
        for (let i = 0; i < 5; i++) expect(kernel[i * 4 + unit]).toBe(0);
      }
    });
  }
});
