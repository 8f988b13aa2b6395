/**
 * The plainest correct implementation of one twin training step, as a second baseline for the
 * engine on tiny nets: each network a list of layers held in Float64Arrays, every operation a
 * plain loop, the platform's Math.exp and Math.tanh, no blocking, no packing. Multilayer
 * perceptrons with one sigmoid output (binary cross-entropy from the logit), any hidden
 * activation, Batch Norm before or after the activation (batch statistics, biased variance,
 * running averages with the unbiased one) or none, and plain SGD: the twins of the worked
 * example and the deep preset. It starts from the engine's own weights, so the bench can check
 * that both compute the same losses.
 */
import type { Activation } from '../src/engine/activations';
import type { Network, Placement } from '../src/engine/network';

interface PlainLayer {
  n: number;
  m: number;
  w: Float64Array;
  b: Float64Array;
  dw: Float64Array;
  db: Float64Array;
  /**
   * Per row (sized for the batch): the input, x·W + b, the activation's input (z, or BN(z) when
   * BN is before it), the activation's output, the block's output (BN of it when BN is after),
   * x̂, and ∂L/∂ of the block's output, then of x·W + b.
   */
  x: Float64Array;
  z: Float64Array;
  pre: Float64Array;
  act: Float64Array;
  a: Float64Array;
  xHat: Float64Array;
  g: Float64Array;

  /** Batch Norm: γ, β, their gradients, running statistics, 1/√(σ² + ε). */
  gamma: Float64Array;
  beta: Float64Array;
  dGamma: Float64Array;
  dBeta: Float64Array;
  runningMean: Float64Array;
  runningVariance: Float64Array;
  invStd: Float64Array;
  mean: Float64Array;
}

export interface PlainNet {
  layers: PlainLayer[];
  activation: Activation;
  placement: Placement;
  rows: number;
}

/** A plain copy of an engine network (weights, biases, γ, β) with buffers for `rows` rows. */
export function plainCopy(network: Network, rows: number): PlainNet {
  const widths = [network.spec.inputSize, ...network.spec.hidden.map((h) => h.units), 1];
  const dense = [...network.blocks.map((b) => b.dense), network.output];
  const layers = dense.map((d, i): PlainLayer => {
    const n = widths[i];
    const m = widths[i + 1];
    const bn = network.blocks[i]?.batchNorm;
    return {
      n,
      m,
      w: Float64Array.from(d.kernel.values),
      b: Float64Array.from(d.bias.values),
      dw: new Float64Array(n * m),
      db: new Float64Array(m),
      x: new Float64Array(rows * n),
      z: new Float64Array(rows * m),
      pre: new Float64Array(rows * m),
      act: new Float64Array(rows * m),
      a: new Float64Array(rows * m),
      xHat: new Float64Array(rows * m),
      g: new Float64Array(rows * m),
      gamma: bn ? Float64Array.from(bn.gamma.values) : new Float64Array(m).fill(1),
      beta: bn ? Float64Array.from(bn.beta.values) : new Float64Array(m),
      dGamma: new Float64Array(m),
      dBeta: new Float64Array(m),
      runningMean: new Float64Array(m),
      runningVariance: new Float64Array(m).fill(1),
      invStd: new Float64Array(m),
      mean: new Float64Array(m),
    };
  });
  return {
    layers,
    activation: network.spec.hidden[0].activation,
    placement: network.spec.placement,
    rows,
  };
}

function act(kind: Activation, v: number): number {
  if (kind === 'relu') return v > 0 ? v : 0;
  if (kind === 'tanh') return Math.tanh(v);
  if (kind === 'sigmoid') return 1 / (1 + Math.exp(-v));
  if (kind === 'leakyRelu') return v > 0 ? v : 0.01 * v;
  return v;
}

/** The activation's derivative from its input v and output a. */
function actGrad(kind: Activation, v: number, a: number): number {
  if (kind === 'relu') return v > 0 ? 1 : 0;
  if (kind === 'tanh') return 1 - a * a;
  if (kind === 'sigmoid') return a * (1 - a);
  if (kind === 'leakyRelu') return v > 0 ? 1 : 0.01;
  return 1;
}

/** Batch Norm over `rows` rows of v (rows × m) into out, keeping x̂ and the statistics. */
function normalize(l: PlainLayer, v: Float64Array, out: Float64Array, rows: number): void {
  const m = l.m;
  for (let j = 0; j < m; j++) {
    let mean = 0;
    for (let r = 0; r < rows; r++) mean += v[r * m + j];
    mean /= rows;
    let variance = 0;
    for (let r = 0; r < rows; r++) variance += (v[r * m + j] - mean) ** 2;
    variance /= rows;
    l.mean[j] = mean;
    l.invStd[j] = 1 / Math.sqrt(variance + 1e-5);
    for (let r = 0; r < rows; r++) {
      const h = (v[r * m + j] - mean) * l.invStd[j];
      l.xHat[r * m + j] = h;
      out[r * m + j] = l.gamma[j] * h + l.beta[j];
    }
    l.runningMean[j] = 0.9 * l.runningMean[j] + 0.1 * mean;
    l.runningVariance[j] = 0.9 * l.runningVariance[j] + 0.1 * variance * (rows / (rows - 1));
  }
}

/** Batch Norm's backward pass: ∂L/∂out in g (rows × m) → ∂L/∂v, in place. */
function normalizeBackward(l: PlainLayer, g: Float64Array, rows: number): void {
  const m = l.m;
  for (let j = 0; j < m; j++) {
    let sum = 0;
    let dot = 0;
    for (let r = 0; r < rows; r++) {
      sum += g[r * m + j];
      dot += g[r * m + j] * l.xHat[r * m + j];
    }
    l.dBeta[j] = sum;
    l.dGamma[j] = dot;
    const k = (l.gamma[j] * l.invStd[j]) / rows;
    for (let r = 0; r < rows; r++)
      g[r * m + j] = k * (rows * g[r * m + j] - sum - l.xHat[r * m + j] * dot);
  }
}

/** One SGD step of one network on `input` (rows × inputs) and 0/1 `targets`; returns the loss. */
export function plainStep(
  net: PlainNet,
  input: Float64Array,
  targets: Float64Array,
  learningRate: number,
): number {
  const { layers, activation: kind, placement, rows } = net;
  const last = layers.length - 1;
  let x = input;
  // Forward.
  for (let l = 0; l <= last; l++) {
    const L = layers[l];
    L.x.set(x.subarray(0, rows * L.n));
    for (let r = 0; r < rows; r++)
      for (let j = 0; j < L.m; j++) {
        let s = L.b[j];
        for (let i = 0; i < L.n; i++) s += x[r * L.n + i] * L.w[i * L.m + j];
        L.z[r * L.m + j] = s;
      }
    if (l === last) break;
    if (placement === 'before') normalize(L, L.z, L.pre, rows);
    else L.pre.set(L.z);
    for (let k = 0; k < rows * L.m; k++) L.act[k] = act(kind, L.pre[k]);
    if (placement === 'after') normalize(L, L.act, L.a, rows);
    else L.a.set(L.act);
    x = L.a;
  }
  // Loss and ∂L/∂logit.
  const out = layers[last];
  let g = out.g;
  let loss = 0;
  for (let r = 0; r < rows; r++) {
    const z = out.z[r];
    const y = targets[r];
    loss += (z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z))) - y * z;
    g[r] = (1 / (1 + Math.exp(-z)) - y) / rows;
  }
  loss /= rows;
  // Backward: g holds ∂L/∂(block output), then ∂L/∂(x·W + b).
  for (let l = last; l >= 0; l--) {
    const L = layers[l];
    if (l < last) {
      if (placement === 'after') normalizeBackward(L, g, rows);
      for (let k = 0; k < rows * L.m; k++) g[k] *= actGrad(kind, L.pre[k], L.act[k]);
      if (placement === 'before') normalizeBackward(L, g, rows);
    }
    L.db.fill(0);
    L.dw.fill(0);
    for (let r = 0; r < rows; r++)
      for (let j = 0; j < L.m; j++) {
        L.db[j] += g[r * L.m + j];
        for (let i = 0; i < L.n; i++) L.dw[i * L.m + j] += L.x[r * L.n + i] * g[r * L.m + j];
      }
    if (l > 0) {
      for (let r = 0; r < rows; r++)
        for (let i = 0; i < L.n; i++) {
          let s = 0;
          for (let j = 0; j < L.m; j++) s += g[r * L.m + j] * L.w[i * L.m + j];
          layers[l - 1].g[r * L.n + i] = s;
        }
      g = layers[l - 1].g;
    }
  }
  // SGD.
  for (let l = 0; l <= last; l++) {
    const L = layers[l];
    for (let k = 0; k < L.w.length; k++) L.w[k] -= learningRate * L.dw[k];
    for (let j = 0; j < L.m; j++) L.b[j] -= learningRate * L.db[j];
    if (l < last && placement !== 'none')
      for (let j = 0; j < L.m; j++) {
        L.gamma[j] -= learningRate * L.dGamma[j];
        L.beta[j] -= learningRate * L.dBeta[j];
      }
  }
  return loss;
}
