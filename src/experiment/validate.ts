import { TASKS } from '../data/dataset';
import { MNIST_PIXELS, MNIST_TRAIN } from '../data/mnist';
import { PLACEMENT_ROWS } from '../data/placement';
import { NAMED_DATASETS, type DataSpec } from '../data/registry';
import { ACTIVATIONS } from '../engine/activations';
import { HEADS, type HeadKind } from '../engine/heads';
import { INIT_SCHEMES } from '../engine/initializers';
import { PLACEMENTS } from '../engine/network';
import { OPTIMIZERS } from '../engine/optimizers';
import type { ExplicitDenseWeights } from '../engine/twin';
import { describeValue, FieldReader, join, type FieldError } from './fields';
import { LIMITS } from './limits';
import { DEFAULT_EXPERIMENT, EXPERIMENT_VERSION, outputUnits, type Experiment } from './schema';
import { readInlineData } from './validateInline';

export interface ParsedExperiment {
  /** The description with defaults for missing fields and for every field in error. */
  experiment: Experiment;
  /** Every problem found; empty when the description is valid as given. */
  errors: FieldError[];
}

const TOP_KEYS = [
  'version',
  'name',
  'seed',
  'data',
  'model',
  'batchNorm',
  'init',
  'optimizer',
  'training',
];

/**
 * Reads an experiment description from untrusted JSON. Missing fields take the defaults of
 * `defaults` (DEFAULT_EXPERIMENT unless given); bad fields are reported by path and reason and also replaced by defaults,
 * so callers may reject (`errors.length > 0`) or repair.
 */
export function parseExperiment(
  input: unknown,
  defaults: Experiment = DEFAULT_EXPERIMENT,
): ParsedExperiment {
  const r = new FieldReader();
  const d = defaults;
  const root = r.object(input, '');
  r.onlyKeys(root, '', TOP_KEYS);
  if (root.version !== undefined && root.version !== EXPERIMENT_VERSION) {
    r.error('version', `must be ${EXPERIMENT_VERSION}, got ${describeValue(root.version)}`);
  }
  r.string(root.name, 'name', '');
  const seed = r.number(root.seed, 'seed', d.seed, LIMITS.seed);
  const data = readData(r, root.data, d.data);

  const model = r.object(root.model, 'model');
  r.onlyKeys(model, 'model', ['hidden', 'head']);
  const hidden = readHidden(r, model.hidden, d.model.hidden);
  const defaultHead: HeadKind = sameTask(data, d.data) ? d.model.head : defaultHeadFor(data);
  const head = r.choice(model.head, 'model.head', HEADS, defaultHead);

  const bn = r.object(root.batchNorm, 'batchNorm');
  r.onlyKeys(bn, 'batchNorm', ['placement', 'momentum', 'epsilon']);
  const batchNorm = {
    placement: r.choice(bn.placement, 'batchNorm.placement', PLACEMENTS, d.batchNorm.placement),
    momentum: r.number(bn.momentum, 'batchNorm.momentum', d.batchNorm.momentum, LIMITS.bnMomentum),
    epsilon: r.number(bn.epsilon, 'batchNorm.epsilon', d.batchNorm.epsilon, LIMITS.bnEpsilon),
  };

  const ini = r.object(root.init, 'init');
  r.onlyKeys(ini, 'init', ['scheme', 'scale', 'sigma', 'weights']);
  const init: Experiment['init'] = {
    scheme: r.choice(ini.scheme, 'init.scheme', INIT_SCHEMES, d.init.scheme),
    scale: r.number(ini.scale, 'init.scale', d.init.scale, LIMITS.initScale),
    sigma: r.number(ini.sigma, 'init.sigma', d.init.sigma, LIMITS.sigma),
  };

  const opt = r.object(root.optimizer, 'optimizer');
  r.onlyKeys(opt, 'optimizer', ['kind', 'learningRate', 'momentum', 'beta1', 'beta2', 'epsilon']);
  const o = d.optimizer;
  const optimizer = {
    kind: r.choice(opt.kind, 'optimizer.kind', OPTIMIZERS, o.kind),
    learningRate: r.number(
      opt.learningRate,
      'optimizer.learningRate',
      o.learningRate,
      LIMITS.learningRate,
    ),
    momentum: r.number(opt.momentum, 'optimizer.momentum', o.momentum, LIMITS.momentum),
    beta1: r.number(opt.beta1, 'optimizer.beta1', o.beta1, LIMITS.beta),
    beta2: r.number(opt.beta2, 'optimizer.beta2', o.beta2, LIMITS.beta),
    epsilon: r.number(opt.epsilon, 'optimizer.epsilon', o.epsilon, LIMITS.optimizerEpsilon),
  };

  const tr = r.object(root.training, 'training');
  r.onlyKeys(tr, 'training', ['batchSize', 'steps', 'shuffle', 'evalEvery']);
  const t = d.training;
  const training = {
    batchSize: r.number(tr.batchSize, 'training.batchSize', t.batchSize, LIMITS.batchSize),
    steps: r.number(tr.steps, 'training.steps', t.steps, LIMITS.steps),
    shuffle: r.boolean(tr.shuffle, 'training.shuffle', t.shuffle),
    evalEvery: r.number(tr.evalEvery, 'training.evalEvery', t.evalEvery, LIMITS.evalEvery),
  };

  const experiment: Experiment = {
    version: EXPERIMENT_VERSION,
    seed,
    data,
    model: { hidden, head },
    batchNorm,
    init,
    optimizer,
    training,
  };
  checkConsistency(r, experiment, d);
  if (ini.weights !== undefined) {
    const weights = readWeights(r, ini.weights, experiment);
    if (weights) experiment.init.weights = weights;
  }
  return { experiment, errors: r.errors };
}

function defaultHeadFor(data: DataSpec): HeadKind {
  const task = taskOf(data);
  if (task === 'binary') return 'sigmoid';
  return task === 'multiclass' ? 'softmax' : 'linear';
}

function taskOf(data: DataSpec): string {
  if (data.type === 'named') return data.name === 'mnist' ? 'multiclass' : 'binary';
  return data.task;
}

function sameTask(a: DataSpec, b: DataSpec): boolean {
  return taskOf(a) === taskOf(b);
}

function readData(r: FieldReader, value: unknown, d: DataSpec): DataSpec {
  const data = r.object(value, 'data');
  const type = r.choice(data.type, 'data.type', ['named', 'inline'] as const, 'named');
  const testFraction = r.number(
    data.testFraction,
    'data.testFraction',
    d.testFraction,
    LIMITS.testFraction,
  );
  const normalizeInputs = r.boolean(
    data.normalizeInputs,
    'data.normalizeInputs',
    d.normalizeInputs,
  );
  if (type === 'inline') {
    r.onlyKeys(data, 'data', [
      'type',
      'task',
      'featureNames',
      'x',
      'y',
      'testFraction',
      'normalizeInputs',
    ]);
    const task = r.choice(data.task, 'data.task', TASKS, d.type === 'inline' ? d.task : 'binary');
    return readInlineData(r, data, { task, testFraction, normalizeInputs }) ?? d;
  }
  r.onlyKeys(data, 'data', ['type', 'name', 'samples', 'noise', 'testFraction', 'normalizeInputs']);
  const fallback = d.type === 'named' ? d : null;
  return {
    type: 'named',
    name: r.choice(data.name, 'data.name', NAMED_DATASETS, fallback?.name ?? 'placement'),
    samples: r.number(data.samples, 'data.samples', fallback?.samples ?? 400, LIMITS.samples),
    noise: r.number(data.noise, 'data.noise', fallback?.noise ?? 0.1, LIMITS.noise),
    testFraction,
    normalizeInputs,
  };
}

function readHidden(
  r: FieldReader,
  value: unknown,
  fallback: Experiment['model']['hidden'],
): Experiment['model']['hidden'] {
  if (value === undefined) return fallback.map((layer) => ({ ...layer }));
  const layers = r.array(value, 'model.hidden');
  if (!layers) return fallback.map((layer) => ({ ...layer }));
  if (layers.length < LIMITS.hiddenLayers.min || layers.length > LIMITS.hiddenLayers.max) {
    r.error(
      'model.hidden',
      `must have ${LIMITS.hiddenLayers.min} to ${LIMITS.hiddenLayers.max} layers, got ${layers.length}`,
    );
    return fallback.map((layer) => ({ ...layer }));
  }
  return layers.map((item, i) => {
    const path = join('model.hidden', i);
    const layer = r.object(item, path);
    r.onlyKeys(layer, path, ['units', 'activation']);
    return {
      units: r.number(layer.units, join(path, 'units'), 8, LIMITS.units),
      activation: r.choice(layer.activation, join(path, 'activation'), ACTIVATIONS, 'relu'),
    };
  });
}

/** Rows available for training once the test split is taken out. */
export function trainingRows(data: DataSpec): number {
  if (data.type === 'named' && data.name === 'mnist') return MNIST_TRAIN;
  const total =
    data.type === 'inline'
      ? data.x.length
      : data.name === 'placement'
        ? PLACEMENT_ROWS.length
        : data.samples;
  return total - Math.round(total * data.testFraction);
}

/** Number of classes or targets the data gives the head. */
export function dataShape(data: DataSpec): {
  inputSize: number;
  classes: number;
  targetSize: number;
} {
  if (data.type === 'named') {
    return data.name === 'mnist'
      ? { inputSize: MNIST_PIXELS, classes: 10, targetSize: 1 }
      : { inputSize: 2, classes: 2, targetSize: 1 };
  }
  const first = data.y[0];
  return {
    inputSize: data.x[0]?.length ?? 0,
    classes:
      data.task === 'binary'
        ? 2
        : data.task === 'multiclass'
          ? data.y.reduce<number>((a, v) => Math.max(a, typeof v === 'number' ? v : 0), 0) + 1
          : 0,
    targetSize: Array.isArray(first) ? first.length : 1,
  };
}

/** Units of every layer in order: inputs, each hidden layer, outputs. */
function layerWidths(e: Experiment): number[] {
  const { inputSize, classes, targetSize } = dataShape(e.data);
  return [
    inputSize,
    ...e.model.hidden.map((h) => h.units),
    outputUnits(e.model.head, classes, targetSize),
  ];
}

function checkConsistency(r: FieldReader, e: Experiment, d: Experiment): void {
  const task = taskOf(e.data);
  const head = e.model.head;
  const fits =
    (task === 'binary' && (head === 'sigmoid' || head === 'softmax')) ||
    (task === 'multiclass' && head === 'softmax') ||
    (task === 'regression' && head === 'linear');
  if (!fits) {
    r.error('model.head', `${head} does not fit ${task} data`);
    e.model.head = defaultHeadFor(e.data);
  }
  const rows = trainingRows(e.data);
  if (e.training.batchSize > rows) {
    r.error(
      'training.batchSize',
      `must be at most the ${rows} training rows, got ${e.training.batchSize}`,
    );
    e.training.batchSize = Math.max(1, Math.min(rows, d.training.batchSize));
  }
  if (rows < 1) r.error('data.testFraction', `leaves no training rows`);
  // Sizes each within its limit can still multiply into a network no browser tab can hold.
  const widths = layerWidths(e);
  let weights = 0;
  for (let i = 1; i < widths.length; i++) weights += widths[i - 1] * widths[i];
  if (weights > LIMITS.weights.max) {
    r.error(
      'model.hidden',
      `gives ${weights.toLocaleString('en-US')} weights; at most ${LIMITS.weights.max.toLocaleString('en-US')} train at a useful speed here`,
    );
    e.model.hidden = d.model.hidden.map((h) => ({ ...h }));
  }
  const units = e.model.hidden.reduce((sum, h) => sum + h.units, 0);
  if (e.training.batchSize * units > LIMITS.batchUnits.max) {
    r.error(
      'training.batchSize',
      `× ${units} hidden units is ${(e.training.batchSize * units).toLocaleString('en-US')} activations per step; at most ${LIMITS.batchUnits.max.toLocaleString('en-US')}`,
    );
    e.training.batchSize = Math.max(
      1,
      Math.min(e.training.batchSize, Math.floor(LIMITS.batchUnits.max / units)),
    );
  }
  if (e.batchNorm.placement !== 'none' && e.training.batchSize < 2) {
    r.error(
      'training.batchSize',
      'must be at least 2 with Batch Norm (a batch of 1 has no variance)',
    );
    e.training.batchSize = Math.min(2, rows);
  }
}

function readWeights(
  r: FieldReader,
  value: unknown,
  e: Experiment,
): ExplicitDenseWeights[] | undefined {
  const list = r.array(value, 'init.weights');
  if (!list) return undefined;
  const widths = layerWidths(e);
  if (list.length !== widths.length - 1) {
    r.error(
      'init.weights',
      `must have one entry per Dense layer (${widths.length - 1}), got ${list.length}`,
    );
    return undefined;
  }
  const errorsBefore = r.errors.length;
  const weights = list.map((item, i) => {
    const path = join('init.weights', i);
    const entry = r.object(item, path);
    r.onlyKeys(entry, path, ['kernel', 'bias']);
    const kernel = readMatrix(r, entry.kernel, join(path, 'kernel'), widths[i], widths[i + 1]);
    const bias = readVector(r, entry.bias, join(path, 'bias'), widths[i + 1]);
    return { kernel, bias };
  });
  return r.errors.length === errorsBefore ? weights : undefined;
}

function readMatrix(
  r: FieldReader,
  value: unknown,
  path: string,
  rows: number,
  columns: number,
): number[][] {
  const list = r.array(value, path);
  if (!list) return [];
  if (list.length !== rows) {
    r.error(path, `must have ${rows} rows (inputs of the layer), got ${list.length}`);
    return [];
  }
  return list.map((row, i) => readVector(r, row, join(path, i), columns));
}

function readVector(r: FieldReader, value: unknown, path: string, length: number): number[] {
  const list = r.array(value, path);
  if (!list) return [];
  if (list.length !== length) {
    r.error(path, `must have ${length} numbers, got ${list.length}`);
    return [];
  }
  return list.map((v, i) => r.number(v, join(path, i), 0, LIMITS.weight));
}
