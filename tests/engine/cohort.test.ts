import { describe, expect, it } from 'vitest';
import { PLACEMENTS, type Placement } from '../../src/engine/network';
import { Random } from '../../src/engine/random';
import { NetworkCohort, type CohortSpec } from '../../src/engine/cohort';
import type { NetworkSpec } from '../../src/engine/network';
import { fillDeterministic, maxRelativeError } from '../helpers/gradientCheck';

type TwinName = 'plain' | 'batchNorm';

const network = (placement: Placement, changes: Partial<NetworkSpec> = {}): NetworkSpec => ({
  inputSize: 2,
  hidden: [
    { units: 5, activation: 'tanh' },
    { units: 4, activation: 'relu' },
  ],
  outputSize: 1,
  head: 'sigmoid',
  placement,
  batchNorm: { momentum: 0.1, epsilon: 1e-5 },
  ...changes,
});

/** The twins: the same network without and with Batch Norm at `placement`. */
function twinSpec(
  placement: Placement,
  overrides: Partial<CohortSpec<TwinName>> = {},
): CohortSpec<TwinName> {
  return {
    members: { plain: network('none'), batchNorm: network(placement) },
    init: { scheme: 'heNormal', scale: 1, sigma: 0.01 },
    optimizer: { kind: 'momentum', momentum: 0.9, beta1: 0.9, beta2: 0.999, epsilon: 1e-8 },
    batchSize: 8,
    ...overrides,
  };
}

const x = fillDeterministic(new Float64Array(16), 1, 2);
const y = Float64Array.from({ length: 8 }, (_, r) => (r * 3) % 2);

describe('NetworkCohort (the twins)', () => {
  it('starts every member from the same shared weights, whichever member comes first', () => {
    const reversed = twinSpec('after');
    reversed.members = { batchNorm: reversed.members.batchNorm, plain: reversed.members.plain };
    const a = new NetworkCohort(twinSpec('after'), new Random(5, 'init'));
    const b = new NetworkCohort(reversed, new Random(5, 'init'));
    expect(b.names).toEqual(['batchNorm', 'plain']);
    for (const p of a.networks.plain.parameters)
      expect([...b.networks.plain.parameter(p.name)!.values]).toEqual([...p.values]);
  });

  it('gives every shared parameter the same initial values in both twins', () => {
    const twins = new NetworkCohort(twinSpec('before'), new Random(5, 'init'));
    const { plain, batchNorm } = twins.networks;
    expect(plain.parameters.map((p) => p.name)).toEqual([
      'dense1.kernel',
      'dense1.bias',
      'dense2.kernel',
      'dense2.bias',
      'output.kernel',
      'output.bias',
    ]);
    for (const p of plain.parameters)
      expect([...batchNorm.parameter(p.name)!.values]).toEqual([...p.values]);
    expect(batchNorm.parameters.filter((p) => p.name.startsWith('bn')).length).toBe(4);
  });

  it('uses explicit initial weights when given', () => {
    const weights = [
      {
        kernel: [
          [1, 2, 3, 4, 5],
          [6, 7, 8, 9, 10],
        ],
        bias: [0, 0, 0, 0, 1],
      },
      { kernel: Array.from({ length: 5 }, () => [0.5, 0.5, 0.5, 0.5]), bias: [1, 2, 3, 4] },
      { kernel: [[1], [-1], [1], [-1]], bias: [0.25] },
    ];
    const twins = new NetworkCohort(twinSpec('after', { explicitWeights: weights }), new Random(1));
    const dense1 = twins.networks.batchNorm.parameter('dense1.kernel')!;
    expect([...dense1.values]).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect([...twins.networks.plain.parameter('output.bias')!.values]).toEqual([0.25]);
  });

  it('with placement none, steps both twins through bitwise-identical trajectories', () => {
    const twins = new NetworkCohort(twinSpec('none'), new Random(9, 'init'));
    for (let s = 0; s < 50; s++) {
      twins.trainStep(x, y, 8, 0.05);
      expect(twins.status.batchNorm.lastLoss).toBe(twins.status.plain.lastLoss);
    }
    const { plain, batchNorm } = twins.networks;
    plain.parameters.forEach((p, i) =>
      expect([...batchNorm.parameters[i].values]).toEqual([...p.values]),
    );
  });

  it('with Batch Norm, the twins’ losses differ from the first step on', () => {
    const twins = new NetworkCohort(twinSpec('before'), new Random(9, 'init'));
    twins.trainStep(x, y, 8, 0.05);
    expect(twins.status.batchNorm.lastLoss).not.toBe(twins.status.plain.lastLoss);
  });

  for (const placement of PLACEMENTS) {
    it(`has exact gradients in both twins of a whole twin pair (BN ${placement})`, () => {
      const twins = new NetworkCohort(twinSpec(placement), new Random(3, 'init'));
      for (const network of Object.values(twins.networks)) {
        for (const block of network.blocks)
          if (block.batchNorm) block.batchNorm.freezeRunningStatistics = true;
        network.lossAndGradient(x, y, 8);
        const gradients = network.parameters.map((p) => Float64Array.from(p.gradients));
        const loss = () => network.head.loss(network.forward(x, 8, true), y, 8);
        network.parameters.forEach((p, i) =>
          expect(
            maxRelativeError(p.values, gradients[i], loss, { floor: 1e-4 }),
            p.name,
          ).toBeLessThan(1e-6),
        );
      }
    });
  }

  it('stops a twin whose loss goes non-finite, records the step, and lets the other twin go on', () => {
    const linear = { head: 'linear', hidden: [{ units: 4, activation: 'linear' }] } as const;
    const spec = twinSpec('before', {
      members: { plain: network('none', linear), batchNorm: network('before', linear) },
      optimizer: { kind: 'sgd', momentum: 0, beta1: 0.9, beta2: 0.999, epsilon: 1e-8 },
    });
    const twins = new NetworkCohort(spec, new Random(2, 'init'));
    const targets = Float64Array.from({ length: 8 }, (_, r) => r * 10);
    for (let s = 0; s < 200; s++) twins.trainStep(x, targets, 8, 5);
    expect(twins.status.plain.diverged).toBe(true);
    expect(twins.status.plain.divergedAtStep).toBeGreaterThan(1);
    expect(Number.isFinite(twins.status.plain.lastLoss)).toBe(true);
    expect(twins.step).toBe(200);
    const stoppedAt = twins.status.plain.divergedAtStep;
    twins.trainStep(x, targets, 8, 5);
    expect(twins.status.plain.divergedAtStep).toBe(stoppedAt);
  });

  it('noisy BN with zero noise trains bit for bit as BN; with noise it differs, reproducibly', () => {
    const bn = network('before');
    const noisy = (scale: number, shift: number) =>
      network('before', { batchNorm: { momentum: 0.1, epsilon: 1e-5, noise: { scale, shift } } });
    const cohort = (members: Record<string, NetworkSpec>) => {
      const c = new NetworkCohort(
        {
          members,
          init: { scheme: 'heNormal', scale: 1, sigma: 0.01 },
          optimizer: { kind: 'momentum', momentum: 0.9, beta1: 0.9, beta2: 0.999, epsilon: 1e-8 },
          batchSize: 8,
          noiseSeed: 5,
        },
        new Random(3, 'init'),
      );
      const losses: number[][] = [];
      for (let step = 0; step < 25; step++) {
        c.trainStep(x, y, 8, 0.2);
        losses.push(c.names.map((n) => c.status[n].lastLoss));
      }
      return { c, losses };
    };
    const { c, losses } = cohort({ bn, zero: noisy(0, 0), noisy: noisy(0.5, 1) });
    expect(losses.map((l) => l[1])).toEqual(losses.map((l) => l[0]));
    for (const p of c.networks.bn.parameters)
      expect(c.networks.zero.parameter(p.name)!.values).toEqual(p.values);
    expect(losses.map((l) => l[2])).not.toEqual(losses.map((l) => l[0]));
    expect(losses.every((l) => Number.isFinite(l[2]))).toBe(true);
    // the noisy member alone, in another cohort: the same numbers (its own noise stream)
    const alone = cohort({ noisy: noisy(0.5, 1) });
    expect(alone.losses.map((l) => l[0])).toEqual(losses.map((l) => l[2]));
  });

  it('has exact gradients through noisy BN in a whole network (this step’s noise held fixed)', () => {
    const spec = network('after', {
      batchNorm: { momentum: 0.1, epsilon: 1e-5, noise: { scale: 0.4, shift: 0.8 } },
    });
    const c = new NetworkCohort(
      { ...twinSpec('after'), members: { noisy: spec }, noiseSeed: 9 },
      new Random(4, 'init'),
    );
    const net = c.networks.noisy;
    net.drawNoise(new Random(9, 'noise'));
    for (const b of net.blocks) b.batchNorm!.freezeRunningStatistics = true;
    net.lossAndGradient(x, y, 8);
    const loss = () => net.head.loss(net.forward(x, 8, true), y, 8);
    for (const p of net.parameters) {
      if (p.name.endsWith('.bias') && p.name !== 'output.bias') continue;
      expect(maxRelativeError(p.values, Float64Array.from(p.gradients), loss), p.name).toBeLessThan(
        1e-5,
      );
    }
  });
});
