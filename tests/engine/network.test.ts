import { describe, expect, it } from 'vitest';
import { HEADS, type HeadKind } from '../../src/engine/heads';
import { Network, PLACEMENTS, type NetworkSpec, type Placement } from '../../src/engine/network';
import { fillDeterministic, maxRelativeError } from '../helpers/gradientCheck';

function spec(placement: Placement, head: HeadKind): NetworkSpec {
  return {
    inputSize: 3,
    hidden: [
      { units: 4, activation: 'tanh' },
      { units: 3, activation: 'sigmoid' },
      { units: 4, activation: 'leakyRelu' },
    ],
    outputSize: head === 'sigmoid' ? 1 : 3,
    head,
    placement,
    batchNorm: { momentum: 0.1, epsilon: 1e-5 },
  };
}

function targetsFor(head: HeadKind, rows: number): Float64Array {
  if (head === 'sigmoid') return Float64Array.from({ length: rows }, (_, r) => r % 2);
  if (head === 'softmax') return Float64Array.from({ length: rows }, (_, r) => r % 3);
  return fillDeterministic(new Float64Array(rows * 3), 77);
}

describe('Network', () => {
  it('orders each hidden layer as Dense → BN → act (before) or Dense → act → BN (after)', () => {
    const kinds = (placement: Placement) =>
      new Network(spec(placement, 'sigmoid'), 2).layers.slice(0, 3).map((l) => l.kind);
    expect(kinds('none')).toEqual(['dense', 'activation', 'dense']);
    expect(kinds('before')).toEqual(['dense', 'batchNorm', 'activation']);
    expect(kinds('after')).toEqual(['dense', 'activation', 'batchNorm']);
  });

  it('resumes a pass from a later layer and stops the backward pass early with the same numbers', () => {
    const rows = 5;
    const network = new Network(spec('before', 'softmax'), rows);
    network.parameters.forEach((p, i) => fillDeterministic(p.values, 40 + i, 0.7));
    for (const block of network.blocks) block.batchNorm!.gamma.values.fill(1.1);
    for (const block of network.blocks) block.batchNorm!.freezeRunningStatistics = true;
    const x = fillDeterministic(new Float64Array(rows * 3), 9, 2);
    const y = targetsFor('softmax', rows);
    const full = network.lossAndGradient(x, y, rows);
    const gradients = network.parameters.map((p) => Float64Array.from(p.gradients));
    const second = network.blocks[1].dense;
    const at = network.layers.indexOf(second);
    // change the second Dense layer, then pass from there: equal to a full pass
    second.kernel.values[0] += 0.25;
    for (const p of network.parameters) p.gradients.fill(7);
    const resumed = network.lossAndGradient(x, y, rows, at, at);
    const after = network.parameters.map((p) => Float64Array.from(p.gradients));
    const whole = network.lossAndGradient(x, y, rows);
    expect(resumed).toBe(whole);
    expect(resumed).not.toBe(full);
    network.parameters.forEach((p, i) => {
      const owner = network.layers.findIndex((l) => l.parameters.includes(p));
      if (owner >= at) expect(after[i]).toEqual(p.gradients);
      else expect([...after[i]].every((g) => g === 7)).toBe(true);
    });
    expect(gradients[0]).not.toEqual(network.parameters[0].gradients);
  });

  for (const [groups, placement] of [
    [1, 'before'],
    [1, 'after'],
    [2, 'before'],
    [2, 'after'],
  ] as const) {
    it(`has exact gradients with ${groups === 1 ? 'Layer' : 'Group'} Norm ${placement} the activation`, () => {
      const rows = 5;
      const network = new Network(
        {
          ...spec(placement, 'softmax'),
          hidden: [
            { units: 4, activation: 'tanh' },
            { units: 6, activation: 'sigmoid' },
          ],
          batchNorm: { momentum: 0.1, epsilon: 0.01 },
          normalization: { kind: 'group', groups },
        },
        rows,
      );
      expect(network.blocks.map((b) => b.normalization?.name)).toEqual(
        groups === 1 ? ['ln1', 'ln2'] : ['gn1', 'gn2'],
      );
      expect(network.blocks.every((b) => b.batchNorm === null)).toBe(true);
      for (const [i, p] of network.parameters.entries()) fillDeterministic(p.values, 60 + i, 0.9);
      const x = fillDeterministic(new Float64Array(rows * 3), 6, 2);
      const y = targetsFor('softmax', rows);
      network.lossAndGradient(x, y, rows);
      const gradients = network.parameters.map((p) => Float64Array.from(p.gradients));
      const loss = () => network.head.loss(network.forward(x, rows, true), y, rows);
      // With the normalization before the activation, a Dense bias is a shift per feature that
      // LN removes only over the group, so every gradient is a real one here.
      network.parameters.forEach((p, i) => {
        expect(
          maxRelativeError(p.values, gradients[i], loss, { floor: 1e-4 }),
          p.name,
        ).toBeLessThan(1e-6);
      });
      // Per example: a row's logits do not depend on the other rows of the batch.
      const all = Float64Array.from(network.forward(x, rows, true).subarray(0, rows * 3));
      const one = network.forward(x.subarray(6, 9), 1, true);
      expect([...one.subarray(0, 3)]).toEqual([...all.subarray(6, 9)]);
    });
  }

  it('never puts Batch Norm after the output layer', () => {
    for (const placement of PLACEMENTS) {
      const layers = new Network(spec(placement, 'linear'), 2).layers;
      expect(layers[layers.length - 1].kind).toBe('dense');
      expect(layers[layers.length - 1].name).toBe('output');
    }
  });

  for (const placement of PLACEMENTS) {
    for (const head of HEADS) {
      it(`has exact gradients for every parameter with BN ${placement} and a ${head} head`, () => {
        const rows = 6;
        const network = new Network(spec(placement, head), rows);
        for (const [i, p] of network.parameters.entries()) {
          if (!p.name.endsWith('.gamma')) fillDeterministic(p.values, 100 + i, 0.8);
        }
        for (const block of network.blocks) block.batchNorm?.gamma.values.fill(1.3);
        for (const block of network.blocks)
          if (block.batchNorm) block.batchNorm.freezeRunningStatistics = true;
        const x = fillDeterministic(new Float64Array(rows * 3), 5, 2);
        const y = targetsFor(head, rows);
        network.lossAndGradient(x, y, rows);
        const gradients = network.parameters.map((p) => Float64Array.from(p.gradients));
        const loss = () => network.head.loss(network.forward(x, rows, true), y, rows);
        // A bias feeding BN has a true gradient of 0, so finite differences see only rounding
        // noise (~1e-11); the 1e-4 floor keeps such near-zero gradients from counting as errors.
        network.parameters.forEach((p, i) => {
          expect(
            maxRelativeError(p.values, gradients[i], loss, { floor: 1e-4 }),
            p.name,
          ).toBeLessThan(1e-6);
        });
      });
    }
  }

  it('gives the bias of a Dense layer right before BN a zero gradient: BN subtracts the batch mean', () => {
    const network = new Network(spec('before', 'sigmoid'), 6);
    network.parameters.forEach((p, i) => fillDeterministic(p.values, i + 1));
    network.lossAndGradient(
      fillDeterministic(new Float64Array(18), 2),
      targetsFor('sigmoid', 6),
      6,
    );
    for (const block of network.blocks) {
      for (const g of block.dense.bias.gradients) expect(Math.abs(g)).toBeLessThan(1e-15);
      expect(Math.max(...block.dense.kernel.gradients.map(Math.abs))).toBeGreaterThan(1e-4);
    }
  });

  it('exposes pre- and post-activation taps from the forward pass, BN output when BN is before', () => {
    const network = new Network(spec('before', 'sigmoid'), 4);
    network.parameters.forEach((p, i) => fillDeterministic(p.values, i + 1));
    network.forward(fillDeterministic(new Float64Array(12), 3), 4, true);
    const block = network.blocks[0];
    const pre = network.tap(0, 'preActivation');
    const post = network.tap(0, 'postActivation');
    expect(pre.rows).toBe(4);
    expect(pre.units).toBe(4);
    expect([...pre.values]).toEqual([...block.batchNorm!.output.subarray(0, 16)]);
    // The engine's own tanh (identical in every JavaScript engine) agrees with Math.tanh to rounding.
    [...pre.values].forEach((v, i) => expect(post.values[i]).toBeCloseTo(Math.tanh(v), 15));
  });

  it('takes the post-activation tap after BN when BN is after: per-unit batch mean β', () => {
    const network = new Network(spec('after', 'sigmoid'), 8);
    network.parameters.forEach((p, i) => fillDeterministic(p.values, i + 1));
    network.forward(fillDeterministic(new Float64Array(24), 3), 8, true);
    const post = network.tap(1, 'postActivation');
    const beta = network.blocks[1].batchNorm!.beta.values;
    for (let j = 0; j < post.units; j++) {
      let mean = 0;
      for (let r = 0; r < post.rows; r++) mean += post.values[r * post.units + j] / post.rows;
      expect(mean).toBeCloseTo(beta[j], 12);
    }
    const pre = network.tap(1, 'preActivation');
    expect([...pre.values]).toEqual([...network.blocks[1].dense.output.subarray(0, 24)]);
  });
});
