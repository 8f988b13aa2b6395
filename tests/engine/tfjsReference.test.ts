import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Activation } from '../../src/engine/activations';
import { NetworkCohort, type CohortSpec } from '../../src/engine/cohort';
import type { HeadKind } from '../../src/engine/heads';
import type { Network, NetworkSpec, Placement } from '../../src/engine/network';
import type { OptimizerSpec } from '../../src/engine/optimizers';
import { Random } from '../../src/engine/random';
import { fillDeterministic } from '../helpers/gradientCheck';
import { LOADED } from '../helpers/timeouts';

/**
 * An independent reference: the same twins written with TensorFlow.js's own operations, its
 * automatic differentiation (tf.variableGrads) and its optimizers (tf.train.momentum, adam),
 * started from our initial weights and fed our batches. TF.js computes in 32-bit floats, so the
 * engine (64-bit) must agree to single precision: every loss, parameter and running statistic
 * within TOLERANCE × (1 + |value|) after each of three steps.
 */
const TOLERANCE = 2e-5;
const ROWS = 8;
const INPUTS = 3;
const STEPS = 3;
const MOMENTUM = 0.1;
const EPSILON = 1e-5;

type TwinName = 'plain' | 'batchNorm';

interface Case {
  placement: Exclude<Placement, 'none'>;
  head: HeadKind;
  optimizer: 'momentum' | 'adam';
  hidden: [Activation, Activation];
  /** Units of the two hidden layers: narrow (5, 4) or where the presets run BN (16 and more). */
  units: [number, number];
}

const ACTIVATION_PAIRS: [Activation, Activation][] = [
  ['tanh', 'relu'],
  ['sigmoid', 'leakyRelu'],
  ['linear', 'tanh'],
];
const CASES: Case[] = (['before', 'after'] as const).flatMap((placement, p) =>
  (['sigmoid', 'softmax', 'linear'] as const).flatMap((head, h) =>
    (['momentum', 'adam'] as const).map((optimizer, o) => ({
      placement,
      head,
      optimizer,
      hidden: ACTIVATION_PAIRS[(p + h + o) % ACTIVATION_PAIRS.length],
      units: [5, 4] as [number, number],
    })),
  ),
);
// BN's row-wise path (16 features and more), at both placements, 16, 20 and 100 units.
for (const placement of ['before', 'after'] as const)
  for (const units of [
    [16, 20],
    [100, 16],
  ] as [number, number][])
    CASES.push({
      placement,
      head: 'softmax',
      optimizer: 'momentum',
      hidden: ['tanh', 'relu'],
      units,
    });

const OUTPUTS: Record<HeadKind, number> = { sigmoid: 1, softmax: 3, linear: 2 };
const LEARNING_RATE = { momentum: 0.1, adam: 0.01 };
const optimizerSpec = (kind: Case['optimizer']): OptimizerSpec => ({
  kind,
  momentum: 0.9,
  beta1: 0.9,
  beta2: 0.999,
  // Larger than Adam's usual 1e-8 so that gradients which are zero in exact arithmetic (the bias
  // of a Dense layer feeding BN) but float noise in either framework move nothing measurable.
  epsilon: 1e-4,
});

function network(c: Case, placement: Placement): NetworkSpec {
  return {
    inputSize: INPUTS,
    hidden: [
      { units: c.units[0], activation: c.hidden[0] },
      { units: c.units[1], activation: c.hidden[1] },
    ],
    outputSize: OUTPUTS[c.head],
    head: c.head,
    placement,
    batchNorm: { momentum: MOMENTUM, epsilon: EPSILON },
  };
}

/** Batch `step`: inputs, and targets as the engine takes them (class indices for softmax). */
function batch(c: Case, step: number) {
  const x = fillDeterministic(new Float64Array(ROWS * INPUTS), 10 + step, 1.5);
  const outputs = OUTPUTS[c.head];
  const y =
    c.head === 'sigmoid'
      ? Float64Array.from({ length: ROWS }, (_, r) => (r + step) % 2)
      : c.head === 'softmax'
        ? Float64Array.from({ length: ROWS }, (_, r) => (r * 2 + step) % 3)
        : fillDeterministic(new Float64Array(ROWS * outputs), 20 + step, 2);
  return { x, y };
}

const activate = (kind: Activation, z: tf.Tensor): tf.Tensor => {
  switch (kind) {
    case 'relu':
      return tf.relu(z);
    case 'leakyRelu':
      return tf.leakyRelu(z, 0.01);
    case 'tanh':
      return tf.tanh(z);
    case 'sigmoid':
      return tf.sigmoid(z);
    case 'linear':
      return z;
  }
};

/** One network written in TF.js: variables named like the engine's parameters. */
class Reference {
  readonly variables = new Map<string, tf.Variable>();
  readonly running = new Map<string, Float32Array>();
  private readonly optimizer: tf.Optimizer;

  constructor(
    readonly c: Case,
    readonly placement: Placement,
    from: Network,
  ) {
    for (const p of from.parameters) {
      const shape = p.shape.length === 2 ? [p.shape[0], p.shape[1]] : [p.shape[0]];
      this.variables.set(p.name, tf.variable(tf.tensor(Float32Array.from(p.values), shape)));
    }
    for (const [i, block] of from.blocks.entries()) {
      if (!block.batchNorm) continue;
      this.running.set(`bn${i + 1}.mean`, Float32Array.from(block.batchNorm.runningMean));
      this.running.set(`bn${i + 1}.variance`, Float32Array.from(block.batchNorm.runningVariance));
    }
    this.optimizer =
      c.optimizer === 'momentum'
        ? tf.train.momentum(LEARNING_RATE.momentum, 0.9)
        : tf.train.adam(LEARNING_RATE.adam, 0.9, 0.999, 1e-4);
  }

  private v(name: string): tf.Variable {
    return this.variables.get(name)!;
  }

  /** Batch Norm in training mode; records the batch mean and unbiased variance. */
  private batchNorm(i: number, z: tf.Tensor, stats: tf.Tensor[]): tf.Tensor {
    const mean = tf.mean(z, 0);
    const variance = tf.mean(tf.square(tf.sub(z, mean)), 0);
    stats.push(tf.keep(mean), tf.keep(tf.mul(variance, ROWS / (ROWS - 1))));
    const xHat = tf.div(tf.sub(z, mean), tf.sqrt(tf.add(variance, EPSILON)));
    return tf.add(tf.mul(xHat, this.v(`bn${i}.gamma`)), this.v(`bn${i}.beta`));
  }

  private loss(x: tf.Tensor, y: Float64Array, stats: tf.Tensor[]): tf.Scalar {
    let h = x;
    this.c.hidden.forEach((activation, k) => {
      const i = k + 1;
      let z = tf.add(tf.matMul(h, this.v(`dense${i}.kernel`)), this.v(`dense${i}.bias`));
      if (this.placement === 'before') z = this.batchNorm(i, z, stats);
      h = activate(activation, z);
      if (this.placement === 'after') h = this.batchNorm(i, h, stats);
    });
    const logits = tf.add(tf.matMul(h, this.v('output.kernel')), this.v('output.bias'));
    const outputs = OUTPUTS[this.c.head];
    if (this.c.head === 'sigmoid')
      return tf.losses.sigmoidCrossEntropy(tf.tensor2d(Float32Array.from(y), [ROWS, 1]), logits);
    if (this.c.head === 'softmax')
      return tf.losses.softmaxCrossEntropy(
        tf.oneHot(tf.tensor1d(Float32Array.from(y), 'int32'), outputs),
        logits,
      );
    return tf.losses.meanSquaredError(tf.tensor2d(Float32Array.from(y), [ROWS, outputs]), logits);
  }

  /** One training step: loss and gradients by autodiff, the optimizer, the running statistics. */
  step(x: Float64Array, y: Float64Array): number {
    const stats: tf.Tensor[] = [];
    const input = tf.tensor2d(Float32Array.from(x), [ROWS, INPUTS]);
    const { value, grads } = tf.variableGrads(() => this.loss(input, y, stats));
    this.optimizer.applyGradients(grads);
    stats.forEach((s, k) => {
      const name = `bn${Math.floor(k / 2) + 1}.${k % 2 === 0 ? 'mean' : 'variance'}`;
      const running = this.running.get(name)!;
      const batchValue = s.dataSync();
      for (let j = 0; j < running.length; j++)
        running[j] = (1 - MOMENTUM) * running[j] + MOMENTUM * batchValue[j];
    });
    return value.dataSync()[0];
  }
}

const near = (ours: number, reference: number) =>
  Math.abs(ours - reference) <= TOLERANCE * (1 + Math.abs(reference));

describe('a training step of each twin against TensorFlow.js', LOADED.short, () => {
  beforeAll(async () => {
    await tf.setBackend('cpu');
  });

  it.each(CASES)(
    'agrees to single precision: BN $placement, $head head, $optimizer, hidden $hidden, units $units',
    (c) => {
      const spec: CohortSpec<TwinName> = {
        members: { plain: network(c, 'none'), batchNorm: network(c, c.placement) },
        init: { scheme: 'glorotUniform', scale: 1.5, sigma: 0.01 },
        optimizer: optimizerSpec(c.optimizer),
        batchSize: ROWS,
      };
      const twins = new NetworkCohort(spec, new Random(7, 'init'));
      const references = {
        plain: new Reference(c, 'none', twins.networks.plain),
        batchNorm: new Reference(c, c.placement, twins.networks.batchNorm),
      };
      const worst: number[] = [];
      for (let step = 0; step < STEPS; step++) {
        const { x, y } = batch(c, step);
        twins.trainStep(x, y, ROWS, LEARNING_RATE[c.optimizer]);
        for (const twin of ['plain', 'batchNorm'] as const) {
          const reference = references[twin];
          const loss = reference.step(x, y);
          expect(twins.status[twin].diverged).toBe(false);
          expect(near(twins.status[twin].lastLoss, loss), `${twin} loss at step ${step + 1}`).toBe(
            true,
          );
          for (const p of twins.networks[twin].parameters) {
            const expected = reference.variables.get(p.name)!.dataSync();
            p.values.forEach((value, k) => {
              worst.push(Math.abs(value - expected[k]) / (1 + Math.abs(expected[k])));
              if (!near(value, expected[k]))
                expect(value, `${twin} ${p.name}[${k}] after step ${step + 1}`).toBe(expected[k]);
            });
          }
          twins.networks[twin].blocks.forEach((block, i) => {
            if (!block.batchNorm) return;
            const mean = reference.running.get(`bn${i + 1}.mean`)!;
            const variance = reference.running.get(`bn${i + 1}.variance`)!;
            block.batchNorm.runningMean.forEach((m, j) => expect(near(m, mean[j])).toBe(true));
            block.batchNorm.runningVariance.forEach((v, j) =>
              expect(near(v, variance[j]), `running variance bn${i + 1}[${j}]`).toBe(true),
            );
          });
        }
      }
      // The comparison is not vacuous: the parameters moved, by more than the tolerance.
      const initial = new NetworkCohort(spec, new Random(7, 'init'));
      const moved = twins.networks.batchNorm.parameters.some((p, i) =>
        p.values.some(
          (v, k) =>
            Math.abs(v - initial.networks.batchNorm.parameters[i].values[k]) > 100 * TOLERANCE,
        ),
      );
      expect(moved).toBe(true);
      expect(Math.max(...worst)).toBeLessThan(TOLERANCE);
    },
  );
});
