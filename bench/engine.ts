/**
 * Engine against TensorFlow.js, same networks, same data, same plain SGD, in one run:
 *   npm run bench [-- --seconds 0.4 --rounds 7 --only paper]
 * For each network, our engine and TF.js (cpu backend; wasm backend with SIMD, one thread under
 * Node) train in turn for `seconds`, `rounds` times interleaved (the order rotating); each
 * round's ratios are taken between runs seconds apart, and the medians of those paired ratios
 * are reported with their spread (lowest–highest), so a swing of the machine's load between
 * rounds does not decide a comparison. Steps/s come with nominal GFLOP/s (dense layers: forward
 * 2·B·in·out, backward 4·B·in·out, 2·B·in·out for the first layer, which needs no input gradient)
 * and the share of a scalar multiply-add peak, measured in short chunks (median).
 * Then: the engine's twin step against the plainest loop implementation (bench/plainTwins.ts) on
 * the tiny presets; the dense kernels' GFLOP/s at 100 × 100 and 400 × 400; the cost of
 * Santurkar's optimization measures; and one line per target of issue 17, met or missed.
 */
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import * as tf from '@tensorflow/tfjs';
import { setThreadsCount, setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import { parseMnistAsset } from '../src/data/mnist';
import { buildDataset } from '../src/data/build';
import type { Activation } from '../src/engine/activations';
import type { HeadKind } from '../src/engine/heads';
import { initializeKernel } from '../src/engine/initializers';
import { Network, type Placement } from '../src/engine/network';
import { createOptimizer, DEFAULT_OPTIMIZER } from '../src/engine/optimizers';
import { Random } from '../src/engine/random';
import { ensureMnistAsset } from '../scripts/prepare-mnist';
import { findPreset } from '../src/experiment/presets';
import { ExperimentRun } from '../src/run/runner';
import { DEFAULT_OPTIMIZATION_EVERY } from '../src/experiment/optimizationSettings';
import { cloneExperiment } from '../src/experiment/schema';
import { buildCohort } from '../src/run/cohort';
import { DenseLayer } from '../src/engine/dense';
import { plainCopy, plainStep } from './plainTwins';

interface Case {
  name: string;
  inputSize: number;
  hidden: number[];
  activation: Activation;
  outputs: number;
  head: HeadKind;
  placement: Placement;
  batch: number;
  data: 'placement' | 'circle' | 'mnist' | 'random';
}

const CASES: Case[] = [
  {
    name: 'worked example 2-3-2-1 + BN, batch 32',
    inputSize: 2,
    hidden: [3, 2],
    activation: 'relu',
    outputs: 1,
    head: 'sigmoid',
    placement: 'after',
    batch: 32,
    data: 'placement',
  },
  {
    name: 'worked example, no BN',
    inputSize: 2,
    hidden: [3, 2],
    activation: 'relu',
    outputs: 1,
    head: 'sigmoid',
    placement: 'none',
    batch: 32,
    data: 'placement',
  },
  {
    name: 'deep 2-D 6×8 tanh + BN, batch 32',
    inputSize: 2,
    hidden: [8, 8, 8, 8, 8, 8],
    activation: 'tanh',
    outputs: 1,
    head: 'sigmoid',
    placement: 'before',
    batch: 32,
    data: 'circle',
  },
  {
    name: 'deep 2-D, no BN',
    inputSize: 2,
    hidden: [8, 8, 8, 8, 8, 8],
    activation: 'tanh',
    outputs: 1,
    head: 'sigmoid',
    placement: 'none',
    batch: 32,
    data: 'circle',
  },
  {
    name: 'paper 784-100-100-100-10 sigmoid + BN, batch 60 (MNIST)',
    inputSize: 784,
    hidden: [100, 100, 100],
    activation: 'sigmoid',
    outputs: 10,
    head: 'softmax',
    placement: 'before',
    batch: 60,
    data: 'mnist',
  },
  {
    name: 'paper, no BN (MNIST)',
    inputSize: 784,
    hidden: [100, 100, 100],
    activation: 'sigmoid',
    outputs: 10,
    head: 'softmax',
    placement: 'none',
    batch: 60,
    data: 'mnist',
  },
  {
    name: 'paper + BN, random dense inputs',
    inputSize: 784,
    hidden: [100, 100, 100],
    activation: 'sigmoid',
    outputs: 10,
    head: 'softmax',
    placement: 'before',
    batch: 60,
    data: 'random',
  },
];

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '0.4' },
    rounds: { type: 'string', default: '7' },
    only: { type: 'string' },
  },
});
const SECONDS = Number(values.seconds);
const ROUNDS = Number(values.rounds);
if (!(SECONDS > 0) || !Number.isInteger(ROUNDS) || ROUNDS < 1) {
  console.error('--seconds must be positive and --rounds a whole number ≥ 1');
  process.exit(2);
}
const LEARNING_RATE = 0.01;
const median = (xs: number[]) => [...xs].sort((p, q) => p - q)[Math.floor(xs.length / 2)];
/** "2.61× (2.40–2.85)": a median of paired ratios and their spread. */
const spread = (ratios: number[], digits = 2) =>
  `${median(ratios).toFixed(digits)}× (${Math.min(...ratios).toFixed(digits)}–${Math.max(...ratios).toFixed(digits)})`;
/**
 * Runs `a` and `b` in `rounds` paired rounds, the order alternating; their rates, and each round's
 * a ÷ b.
 */
function pairedRounds(a: () => number, b: () => number, rounds: number) {
  const rates = { a: [] as number[], b: [] as number[] };
  const ratios: number[] = [];
  for (let round = 0; round < rounds; round++) {
    let x: number;
    let y: number;
    if (round % 2 === 0) {
      x = a();
      y = b();
    } else {
      y = b();
      x = a();
    }
    rates.a.push(x);
    rates.b.push(y);
    ratios.push(x / y);
  }
  return { rates, ratios };
}
/** One line per target: what was asked, what was measured, met or missed. */
const targets: string[] = [];
function target(what: string, met: boolean, shown: string): void {
  targets.push(`${met ? 'met   ' : 'MISSED'} ${what}: ${shown}`);
}
const BATCHES = 16;

/** A fixed pool of batches: inputs rows × inputSize, targets (0/1 or class index). */
function batchesFor(c: Case): { x: Float64Array; y: Float64Array }[] {
  const random = new Random(11, 'data');
  if (c.data === 'random') {
    return Array.from({ length: BATCHES }, () => ({
      x: Float64Array.from({ length: c.batch * c.inputSize }, () => random.uniform()),
      y: Float64Array.from({ length: c.batch }, () => random.integer(c.outputs)),
    }));
  }
  const dataset =
    c.data === 'mnist'
      ? buildDataset(
          {
            type: 'named',
            name: 'mnist',
            samples: 0,
            noise: 0,
            testFraction: 0,
            normalizeInputs: false,
          },
          1,
          {
            mnist: parseMnistAsset(ensureMnistAsset()),
          },
        )
      : buildDataset(
          {
            type: 'named',
            name: c.data,
            samples: 400,
            noise: 0.05,
            testFraction: 0,
            normalizeInputs: true,
          },
          1,
        );
  const { x, y, count } = dataset.train;
  return Array.from({ length: BATCHES }, (_, b) => {
    const rows = Array.from({ length: c.batch }, (_, r) => (b * c.batch + r) % count);
    return {
      x: Float64Array.from(
        rows.flatMap((r) => [...x.subarray(r * c.inputSize, (r + 1) * c.inputSize)]),
      ),
      y: Float64Array.from(rows.map((r) => y[r])),
    };
  });
}

function nominalFlops(c: Case): number {
  const widths = [c.inputSize, ...c.hidden, c.outputs];
  let flops = 0;
  for (let i = 0; i + 1 < widths.length; i++)
    flops += (i === 0 ? 4 : 6) * c.batch * widths[i] * widths[i + 1];
  return flops;
}

/** Calls `step` until `SECONDS` have passed; returns steps per second. */
function timeSteps(step: (i: number) => void, sync: () => void = () => undefined): number {
  for (let i = 0; i < 3; i++) step(i);
  sync();
  let steps = 0;
  const started = performance.now();
  let now = started;
  while (now - started < SECONDS * 1000) {
    for (let k = 0; k < 4; k++) step(steps++);
    sync();
    now = performance.now();
  }
  return (1000 * steps) / (now - started);
}

function ours(c: Case, batches: { x: Float64Array; y: Float64Array }[]): () => number {
  const network = new Network(
    {
      inputSize: c.inputSize,
      hidden: c.hidden.map((units) => ({ units, activation: c.activation })),
      outputSize: c.outputs,
      head: c.head,
      placement: c.placement,
      batchNorm: { momentum: 0.1, epsilon: 1e-5 },
    },
    c.batch,
  );
  const random = new Random(3, 'init');
  for (const block of [...network.blocks.map((b) => b.dense), network.output]) {
    initializeKernel(
      block.kernel.values,
      block.inputSize,
      block.outputSize,
      { scheme: 'glorotUniform', scale: 1, sigma: 0 },
      random,
    );
  }
  const optimizer = createOptimizer({ ...DEFAULT_OPTIMIZER, kind: 'sgd' }, network.parameters);
  return () =>
    timeSteps((i) => {
      const b = batches[i % BATCHES];
      network.lossAndGradient(b.x, b.y, c.batch);
      optimizer.step(LEARNING_RATE);
    });
}

function tfjs(c: Case, batches: { x: Float64Array; y: Float64Array }[]): () => number {
  const widths = [c.inputSize, ...c.hidden, c.outputs];
  const layers = widths.slice(1).map((out, i) => {
    const limit = Math.sqrt(6 / (widths[i] + out));
    return {
      w: tf.variable<tf.Rank.R2>(
        tf.randomUniform([widths[i], out], -limit, limit, 'float32', 3 + i),
      ),
      b: tf.variable<tf.Rank.R1>(tf.zeros([out])),
      gamma: tf.variable<tf.Rank.R1>(tf.ones([out])),
      beta: tf.variable<tf.Rank.R1>(tf.zeros([out])),
    };
  });
  const act = (h: tf.Tensor2D): tf.Tensor2D =>
    c.activation === 'relu' ? tf.relu(h) : c.activation === 'tanh' ? tf.tanh(h) : tf.sigmoid(h);
  const norm = (h: tf.Tensor2D, i: number): tf.Tensor2D => {
    const { mean, variance } = tf.moments(h, 0);
    return tf.batchNorm2d(
      h,
      mean as tf.Tensor1D,
      variance as tf.Tensor1D,
      layers[i].beta,
      layers[i].gamma,
      1e-5,
    );
  };
  const data = batches.map((b) => ({
    x: tf.tensor2d(Float32Array.from(b.x), [c.batch, c.inputSize]),
    y:
      c.head === 'softmax'
        ? tf.oneHot(tf.tensor1d(Array.from(b.y), 'int32'), c.outputs)
        : tf.tensor2d(Float32Array.from(b.y), [c.batch, 1]),
  }));
  const optimizer = tf.train.sgd(LEARNING_RATE);
  const step = (i: number) => {
    const { x, y } = data[i % BATCHES];
    optimizer.minimize(() => {
      let h = x;
      layers.forEach((layer, l) => {
        h = tf.add(tf.matMul(h, layer.w), layer.b);
        if (l === layers.length - 1) return;
        if (c.placement === 'before') h = act(norm(h, l));
        else if (c.placement === 'after') h = norm(act(h), l);
        else h = act(h);
      });
      return c.head === 'softmax'
        ? tf.losses.softmaxCrossEntropy(y, h)
        : tf.losses.sigmoidCrossEntropy(y, h);
    });
  };
  // Read one value back so queued work is finished before the clock stops.
  const sync = () => void layers[0].b.dataSync();
  return () => timeSteps(step, sync);
}

/**
 * Multiply-add throughput of plain JavaScript on doubles: 8 independent chains, in chunks of
 * `n` iterations (a few milliseconds each); GFLOP/s of one chunk.
 */
function scalarChunk(n: number): number {
  let [a, b, c, d, e, f, g, h] = [1, 1.1, 1.2, 1.3, 1.4, 1.5, 1.6, 1.7];
  const m = 0.999999;
  const k = 1e-7;
  const started = performance.now();
  for (let i = 0; i < n; i++) {
    a = a * m + k;
    b = b * m + k;
    c = c * m + k;
    d = d * m + k;
    e = e * m + k;
    f = f * m + k;
    g = g * m + k;
    h = h * m + k;
  }
  const seconds = (performance.now() - started) / 1000;
  if (a + b + c + d + e + f + g + h === 42) console.log('');
  return (16 * n) / seconds / 1e9;
}

/**
 * The scalar peak: the median of 41 chunks of about 3 ms, so time lost to other work on the
 * machine lands in a few chunks instead of lowering the whole measurement.
 */
function scalarPeak(): number {
  for (let i = 0; i < 5; i++) scalarChunk(1_000_000);
  return median(Array.from({ length: 41 }, () => scalarChunk(1_000_000)));
}

const require = createRequire(import.meta.url);
setWasmPaths(
  `${dirname(require.resolve('@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm'))}/`,
);
setThreadsCount(1);

const peak = scalarPeak();
console.log(
  `Node ${process.version}; scalar multiply-add peak ${peak.toFixed(2)} GFLOP/s (8 chains, f64, median of 41 chunks); ${ROUNDS} rounds × ${SECONDS} s, interleaved; ratios: median of the rounds' paired ratios (lowest–highest)`,
);
console.log('');
console.log(
  '| network | ours steps/s | GFLOP/s | % of peak | TF.js cpu | ours ÷ cpu | TF.js wasm | ours ÷ wasm |',
);
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
const ratiosOf: Record<string, { cpu: number[]; wasm: number[] }> = {};
for (const c of CASES.filter((k) => !values.only || k.name.includes(values.only))) {
  const batches = batchesFor(c);
  const runOurs = ours(c, batches);
  await tf.setBackend('cpu');
  const runCpu = tfjs(c, batches);
  const results = { ours: [] as number[], cpu: [] as number[], wasm: [] as number[] };
  await tf.setBackend('wasm');
  const runWasm = tfjs(c, batches);
  const ratios = { cpu: [] as number[], wasm: [] as number[] };
  const runners = {
    ours: () => Promise.resolve(runOurs()),
    cpu: async () => (await tf.setBackend('cpu'), runCpu()),
    wasm: async () => (await tf.setBackend('wasm'), runWasm()),
  };
  const order = ['ours', 'cpu', 'wasm'] as const;
  for (let round = 0; round < ROUNDS; round++) {
    const rate = { ours: 0, cpu: 0, wasm: 0 };
    // The order rotates, so none of the three always runs first (or last) in a round.
    for (let k = 0; k < 3; k++) {
      const which = order[(round + k) % 3];
      rate[which] = await runners[which]();
    }
    results.ours.push(rate.ours);
    results.cpu.push(rate.cpu);
    results.wasm.push(rate.wasm);
    ratios.cpu.push(rate.ours / rate.cpu);
    ratios.wasm.push(rate.ours / rate.wasm);
  }
  ratiosOf[c.name] = ratios;
  const [o, cpu, wasm] = [median(results.ours), median(results.cpu), median(results.wasm)];
  const gflops = (o * nominalFlops(c)) / 1e9;
  console.log(
    `| ${c.name} | ${Math.round(o).toLocaleString('en')} | ${gflops.toFixed(2)} | ${((100 * gflops) / peak).toFixed(0)}% | ${Math.round(cpu).toLocaleString('en')} | ${spread(ratios.cpu, 1)} | ${Math.round(wasm).toLocaleString('en')} | ${spread(ratios.wasm)} |`,
  );
}
const caseRatio = (name: string, peer: 'cpu' | 'wasm') =>
  ratiosOf[name] ? median(ratiosOf[name][peer]) : null;
const checks: [string, string, 'cpu' | 'wasm', number][] = [
  ['paper + BN on MNIST ≥ 2.5× TF.js-wasm', CASES[4].name, 'wasm', 2.5],
  ['paper + BN on dense inputs ≥ 1.8× TF.js-wasm', CASES[6].name, 'wasm', 1.8],
  ['worked example + BN ≥ 150× TF.js-cpu', CASES[0].name, 'cpu', 150],
];
for (const [what, name, peer, goal] of checks) {
  const r = caseRatio(name, peer);
  if (r !== null) target(what, r >= goal, spread(ratiosOf[name][peer], peer === 'cpu' ? 0 : 2));
}

/**
 * The engine's twin step (both networks of a preset, as the runner trains them) against the
 * plain loops of bench/plainTwins.ts, from the same weights on the same batches.
 */
const tinyPresets = ['worked-example', 'deep-saturating'].filter(
  (id) => !values.only || id.includes(values.only),
);
if (tinyPresets.length > 0) {
  console.log('');
  console.log(
    'The engine’s twin step against the plainest loop implementation (bench/plainTwins.ts):',
  );
  console.log('');
  console.log(
    '| preset | engine twin steps/s | plain loops | engine ÷ plain | largest loss difference |',
  );
  console.log('| --- | ---: | ---: | ---: | ---: |');
}
for (const id of tinyPresets) {
  const experiment = findPreset(id)!.experiment;
  const { dataset, cohort } = buildCohort(experiment);
  const rows = experiment.training.batchSize;
  const width = dataset.inputSize;
  const pool = Array.from({ length: BATCHES }, (_, b) => {
    const x = new Float64Array(rows * width);
    const y = new Float64Array(rows);
    for (let r = 0; r < rows; r++) {
      const at = (b * rows + r) % dataset.train.count;
      x.set(dataset.train.x.subarray(at * width, (at + 1) * width), r * width);
      y[r] = dataset.train.y[at];
    }
    return { x, y };
  });
  const plain = [
    plainCopy(cohort.networks.batchNorm, rows),
    plainCopy(cohort.networks.plain, rows),
  ];
  const learningRate = 0.05;
  // Both implementations must compute the same thing: 50 steps from the same weights.
  let largest = 0;
  for (let i = 0; i < 50; i++) {
    const { x, y } = pool[i % BATCHES];
    cohort.trainStep(x, y, rows, learningRate);
    plain.forEach((net, k) => {
      const loss = plainStep(net, x, y, learningRate);
      const engine = cohort.status[k === 0 ? 'batchNorm' : 'plain'].lastLoss;
      largest = Math.max(largest, Math.abs(loss - engine) / Math.max(1e-12, Math.abs(engine)));
    });
  }
  if (!(largest < 1e-9)) {
    console.error(`${id}: the plain loops and the engine disagree (relative ${largest})`);
    process.exit(1);
  }
  const engineRun = () =>
    timeSteps((i) => {
      const { x, y } = pool[i % BATCHES];
      cohort.trainStep(x, y, rows, learningRate);
    });
  const plainRun = () =>
    timeSteps((i) => {
      const { x, y } = pool[i % BATCHES];
      plainStep(plain[0], x, y, learningRate);
      plainStep(plain[1], x, y, learningRate);
    });
  const { rates, ratios } = pairedRounds(engineRun, plainRun, Math.max(ROUNDS, 9));
  console.log(
    `| ${id} | ${Math.round(median(rates.a)).toLocaleString('en')} | ${Math.round(median(rates.b)).toLocaleString('en')} | ${spread(ratios)} | ${largest.toExponential(1)} |`,
  );
  target(`engine ≥ plain loops on ${id}`, median(ratios) >= 1, spread(ratios));
}

/**
 * A Dense layer's kernels (forward, weight gradient, input gradient) at 100 × 100 and 400 × 400,
 * batch 60: the kernels the engine picks at that width (the panel kernels at both).
 */
function kernelRate(width: number): () => number {
  const rows = 60;
  const fill = (length: number) =>
    Float64Array.from({ length }, (_, i) => ((i * 7919) % 997) / 997 - 0.5);
  const layer = new DenseLayer('bench', width, width, rows);
  layer.kernel.values.set(fill(width * width));
  layer.bias.values.set(fill(width));
  const x = fill(rows * width);
  const dy = fill(rows * width);
  const flops = 6 * rows * width * width;
  return () =>
    (flops *
      timeSteps(() => {
        layer.forward(x, rows);
        layer.backward(dy, rows);
      })) /
    1e9;
}
if (!values.only || 'width'.includes(values.only)) {
  const narrow = kernelRate(100);
  const wide = kernelRate(400);
  const { rates, ratios } = pairedRounds(wide, narrow, Math.max(ROUNDS, 9));
  console.log('');
  console.log(
    `Dense kernels, batch 60, forward + both gradients: 100 × 100 ${median(rates.b).toFixed(2)} GFLOP/s, 400 × 400 ${median(rates.a).toFixed(2)} GFLOP/s; 400 ÷ 100 = ${spread(ratios)}`,
  );
  target(
    '400 × 400 kernels ≥ 80% of their 100 × 100 GFLOP/s',
    median(ratios) >= 0.8,
    spread(ratios),
  );
}

/**
 * Cohorts: a preset's networks trained by the runner as the twins (2) and as a cohort of four
 * (the twins, Layer Norm and noisy BN); the cost per network of four against that of two, paired
 * rounds with the order alternating.
 */
const cohortPresets = ['deep-saturating', 'paper'].filter(
  (id) => !values.only || 'cohort'.includes(values.only) || id.includes(values.only),
);
if (cohortPresets.length > 0 && (!values.only || 'cohort'.includes(values.only))) {
  const mnist = parseMnistAsset(ensureMnistAsset());
  console.log('');
  console.log(
    'Cohorts: 4 networks (the twins, Layer Norm, noisy BN) against the 2 twins, one thread:',
  );
  console.log('');
  console.log('| preset | twins steps/s | cohort of 4 steps/s | cost of 4 ÷ cost of 2 |');
  console.log('| --- | ---: | ---: | ---: |');
  for (const id of cohortPresets) {
    const four = cloneExperiment(findPreset(id)!.experiment);
    four.cohort = { ...four.cohort, third: 'layerNorm', fourth: 'noisyBatchNorm' };
    const twins = new ExperimentRun(findPreset(id)!.experiment, { mnist });
    const cohort = new ExperimentRun(four, { mnist });
    const rate = (run: ExperimentRun) => () => timeSteps(() => run.step());
    const [a, b] = [rate(twins), rate(cohort)];
    const { rates, ratios } = pairedRounds(a, b, Math.max(ROUNDS, 9));
    console.log(
      `| ${id} | ${Math.round(median(rates.a)).toLocaleString('en')} | ${Math.round(median(rates.b)).toLocaleString('en')} | ${spread(ratios)} |`,
    );
    // Four networks of which two normalize per row (Layer Norm) or draw noise: within 5% of 2×.
    target(
      `a cohort of 4 on ${id} costs ≤ 2× the twins (5% allowed for its extra layers)`,
      median(ratios) <= 2.1,
      spread(ratios),
    );
  }
}

/** Twins of a preset trained by the runner; measures every `every` steps (0: none). */
function presetRun(id: string, every: number, mnist: ReturnType<typeof parseMnistAsset>) {
  const run = new ExperimentRun(findPreset(id)!.experiment, { mnist });
  run.optimizationEvery = every;
  return () => timeSteps(() => run.step());
}

const onlyMeasures = (name: string) => !values.only || name.includes(values.only);
const presets = ['worked-example', 'deep-saturating', 'paper'].filter(onlyMeasures);
if (presets.length > 0) {
  const mnist = parseMnistAsset(ensureMnistAsset());
  const k = DEFAULT_OPTIMIZATION_EVERY;
  const MEASURE_ROUNDS = Math.max(ROUNDS, 9);
  console.log('');
  console.log(
    `Cost of the optimization measures (gradient change, landscape, norms) every ${k} steps, both twins:`,
  );
  console.log('');
  console.log(
    '| preset | twins steps/s | with measures | cost (median of paired rounds) | one measurement ≈ steps |',
  );
  console.log('| --- | ---: | ---: | ---: | ---: |');
  for (const id of presets) {
    const without = presetRun(id, 0, mnist);
    const withMeasures = presetRun(id, k, mnist);
    const every = presetRun(id, 1, mnist);
    const rates = { without: [] as number[], with: [] as number[], every: [] as number[] };
    const costs: number[] = [];
    // Paired rounds, the order alternating, and the cost as the median of each round's ratio:
    // the machine's speed drifts between rounds more than the measures cost.
    for (let round = 0; round < MEASURE_ROUNDS; round++) {
      let a: number;
      let b: number;
      if (round % 2 === 0) {
        a = without();
        b = withMeasures();
      } else {
        b = withMeasures();
        a = without();
      }
      rates.without.push(a);
      rates.with.push(b);
      costs.push(a / b - 1);
      if (round < ROUNDS) rates.every.push(every());
    }
    const [a, b, c] = [median(rates.without), median(rates.with), median(rates.every)];
    console.log(
      `| ${id} | ${Math.round(a).toLocaleString('en')} | ${Math.round(b).toLocaleString('en')} | ${(100 * median(costs)).toFixed(0)}% | ${(a / c - 1).toFixed(1)} |`,
    );
  }
}

console.log('');
console.log('Targets (issue 17):');
for (const line of targets) console.log(`  ${line}`);
