import type { ExplicitDenseWeights } from '../engine/cohort';
import { DEFAULT_EXPERIMENT } from './defaults';
import { gotOf, FieldReader, join, type FieldError } from './fieldReader';
import { FIELDS, knownKeys, LIMITS, type FieldPath } from './fields';
import { readInlineData } from './inline';
import { EXPERIMENT_VERSION, type DataSpec, type Experiment, type Task } from './schema';
import { defaultHeadFor, headFits, layerWidths, taskOf, trainingRows } from './shape';

export interface ParsedExperiment {
  /** The description with defaults for missing fields and for every field in error. */
  experiment: Experiment;
  /** The problems found (the first MAX_FIELD_ERRORS); empty when the description is valid as given. */
  errors: FieldError[];
  /** Problems found beyond those listed in `errors`. */
  omitted?: number;
}

/**
 * Reads one leaf field as its table entry says (number within limits, boolean, or one of the
 * choices); a missing or bad value gives `fallback`, a bad one also an error at `at` (the concrete
 * path, e.g. `model.hidden[2].units` for the entry `model.hidden[].units`).
 */
function leaf<T>(
  r: FieldReader,
  path: FieldPath,
  value: unknown,
  fallback: T,
  at: string = path,
): T {
  const spec = FIELDS[path];
  switch (spec.kind) {
    case 'number':
      return r.number(value, at, fallback as number, spec.rule) as T;
    case 'boolean':
      return r.boolean(value, at, fallback as boolean) as T;
    case 'choice':
      return r.choice(
        value,
        at,
        spec.choices.map((c) => c.value),
        fallback as string,
      ) as T;
    default:
      throw new Error(`${path} is not a leaf field`);
  }
}

type Section = 'batchNorm' | 'cohort' | 'init' | 'optimizer' | 'training';

/** A section of leaf fields (`batchNorm`, `init`…), each read by its table entry, in table order. */
function section<S extends Section>(
  r: FieldReader,
  root: Record<string, unknown>,
  name: S,
  defaults: Experiment[S],
): Experiment[S] {
  const object = r.object(root[name], name);
  r.onlyKeys(object, name, knownKeys(name));
  const result: Record<string, unknown> = {};
  for (const key of knownKeys(name)) {
    const path = `${name}.${key}` as FieldPath;
    if (FIELDS[path].kind === 'json') continue;
    result[key] = leaf(r, path, object[key], (defaults as Record<string, unknown>)[key]);
  }
  return result as Experiment[S];
}

/**
 * Reads an experiment description from untrusted JSON. Missing fields take the values of
 * `defaults` (DEFAULT_EXPERIMENT unless given); bad fields are reported by path and reason and
 * also replaced by those values, so callers may reject (`errors.length > 0`) or repair.
 */
/** The longest setup name a file may give. */
export const MAX_NAME_LENGTH = 200;

export function parseExperiment(
  input: unknown,
  defaults: Experiment = DEFAULT_EXPERIMENT,
): ParsedExperiment {
  const r = new FieldReader();
  const root = r.object(input, '');
  r.onlyKeys(root, '', knownKeys(''));
  if (root.version !== undefined && root.version !== EXPERIMENT_VERSION) {
    r.error('version', {
      key: 'check.version',
      values: { version: EXPERIMENT_VERSION, got: gotOf(root.version) },
    });
  }
  const name = r.string(root.name, 'name', '');
  if (name.length > MAX_NAME_LENGTH)
    r.error('name', {
      key: 'check.nameLength',
      values: { max: MAX_NAME_LENGTH, length: name.length },
    });
  const seed = leaf(r, 'seed', root.seed, defaults.seed);
  const data = readData(r, root.data, defaults.data);

  const model = r.object(root.model, 'model');
  r.onlyKeys(model, 'model', knownKeys('model'));
  const hidden = readHidden(r, model.hidden, defaults.model.hidden);
  const sameTask = taskOf(data) === taskOf(defaults.data);
  const head = leaf(
    r,
    'model.head',
    model.head,
    sameTask ? defaults.model.head : defaultHeadFor(data),
  );

  const experiment: Experiment = {
    version: EXPERIMENT_VERSION,
    ...(name && name.length <= MAX_NAME_LENGTH ? { name } : {}),
    seed,
    data,
    model: { hidden, head },
    batchNorm: section(r, root, 'batchNorm', defaults.batchNorm),
    cohort: section(r, root, 'cohort', defaults.cohort ?? DEFAULT_EXPERIMENT.cohort),
    init: section(r, root, 'init', defaults.init),
    optimizer: section(r, root, 'optimizer', defaults.optimizer),
    training: section(r, root, 'training', defaults.training),
  };
  checkConsistency(r, experiment, defaults);
  // (A non-object `init` was reported by its section already.)
  const weights = isObject(root.init) ? root.init.weights : undefined;
  if (weights !== undefined) {
    const read = readWeights(r, weights, experiment);
    if (read) experiment.init.weights = read;
  }
  return { experiment, errors: r.errors, omitted: r.omitted };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function readData(r: FieldReader, value: unknown, d: DataSpec): DataSpec {
  const data = r.object(value, 'data');
  const type = leaf<DataSpec['type']>(r, 'data.type', data.type, 'named');
  const testFraction = leaf(r, 'data.testFraction', data.testFraction, d.testFraction);
  const normalizeInputs = leaf(r, 'data.normalizeInputs', data.normalizeInputs, d.normalizeInputs);
  r.onlyKeys(data, 'data', knownKeys('data', type));
  if (type === 'inline') {
    const task = leaf<Task>(r, 'data.task', data.task, d.type === 'inline' ? d.task : 'binary');
    return readInlineData(r, data, { task, testFraction, normalizeInputs }) ?? d;
  }
  const named = d.type === 'named' ? d : null;
  return {
    type: 'named',
    name: leaf(r, 'data.name', data.name, named?.name ?? FIELDS['data.name'].default),
    samples: leaf(
      r,
      'data.samples',
      data.samples,
      named?.samples ?? FIELDS['data.samples'].default,
    ),
    noise: leaf(r, 'data.noise', data.noise, named?.noise ?? FIELDS['data.noise'].default),
    testFraction,
    normalizeInputs,
  };
}

function readHidden(
  r: FieldReader,
  value: unknown,
  fallback: Experiment['model']['hidden'],
): Experiment['model']['hidden'] {
  const copy = () => fallback.map((layer) => ({ ...layer }));
  if (value === undefined) return copy();
  const layers = r.array(value, 'model.hidden');
  if (!layers) return copy();
  const { min, max } = LIMITS.hiddenLayers;
  if (layers.length < min || layers.length > max) {
    r.error('model.hidden', { key: 'check.layers', values: { min, max, count: layers.length } });
    return copy();
  }
  return layers.map((item, i) => {
    const path = join('model.hidden', i);
    const layer = r.object(item, path);
    r.onlyKeys(layer, path, knownKeys('model.hidden[]'));
    const units = FIELDS['model.hidden[].units'];
    const activation = FIELDS['model.hidden[].activation'];
    return {
      units: leaf(r, 'model.hidden[].units', layer.units, units.default, join(path, 'units')),
      activation: leaf(
        r,
        'model.hidden[].activation',
        layer.activation,
        activation.default,
        join(path, 'activation'),
      ),
    };
  });
}

/** Checks across fields: head against task, batch size against rows, sizes against limits. */
function checkConsistency(r: FieldReader, e: Experiment, d: Experiment): void {
  const task = taskOf(e.data);
  if (!headFits(e.model.head, task)) {
    r.error('model.head', { key: 'check.head', values: { head: e.model.head, task } });
    e.model.head = defaultHeadFor(e.data);
  }
  const rows = trainingRows(e.data);
  if (e.training.batchSize > rows) {
    r.error('training.batchSize', {
      key: 'check.batchRows',
      values: { rows, batch: e.training.batchSize },
    });
    e.training.batchSize = Math.max(1, Math.min(rows, d.training.batchSize));
  }
  if (rows < 1) r.error('data.testFraction', { key: 'check.noRows' });
  // Sizes each within its limit can still multiply into a network no browser tab can hold.
  const widths = layerWidths(e);
  let weights = 0;
  for (let i = 1; i < widths.length; i++) weights += widths[i - 1] * widths[i];
  if (weights > LIMITS.weights.max) {
    r.error('model.hidden', {
      key: 'check.weights',
      values: { weights, max: LIMITS.weights.max },
    });
    e.model.hidden = d.model.hidden.map((h) => ({ ...h }));
  }
  const units = e.model.hidden.reduce((sum, h) => sum + h.units, 0);
  if (e.training.batchSize * units > LIMITS.batchUnits.max) {
    r.error('training.batchSize', {
      key: 'check.batchUnits',
      values: {
        units,
        activations: e.training.batchSize * units,
        max: LIMITS.batchUnits.max,
      },
    });
    e.training.batchSize = Math.max(
      1,
      Math.min(e.training.batchSize, Math.floor(LIMITS.batchUnits.max / units)),
    );
  }
  const { cohort } = e;
  if (cohort.fourth !== 'none' && cohort.fourth === cohort.third) {
    r.error('cohort.fourth', { key: 'check.sameNetwork', values: { third: cohort.third } });
    cohort.fourth = 'none';
  }
  const extras = [cohort.third, cohort.fourth];
  const badUnits = e.model.hidden.map((h) => h.units).filter((u) => u % cohort.groups !== 0);
  if (extras.includes('groupNorm') && badUnits.length > 0) {
    r.error('cohort.groups', {
      key: 'check.groups',
      values: { groups: cohort.groups, units: badUnits.join(', ') },
    });
    cohort.groups = 1;
  }
  const batchStatistics = (m: string) =>
    m === 'batchNormBefore' || m === 'batchNormAfter' || m === 'noisyBatchNorm';
  if (
    (e.batchNorm.placement !== 'none' || extras.some(batchStatistics)) &&
    e.training.batchSize < 2
  ) {
    r.error('training.batchSize', { key: 'check.batchTwo' });
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
    r.error('init.weights', {
      key: 'check.weightEntries',
      values: { layers: widths.length - 1, count: list.length },
    });
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
    r.error(path, { key: 'check.matrixRows', values: { rows, count: list.length } });
    return [];
  }
  return list.map((row, i) => readVector(r, row, join(path, i), columns));
}

function readVector(r: FieldReader, value: unknown, path: string, length: number): number[] {
  const list = r.array(value, path);
  if (!list) return [];
  if (list.length !== length) {
    r.error(path, { key: 'check.vectorLength', values: { length, count: list.length } });
    return [];
  }
  return list.map((v, i) => r.number(v, join(path, i), 0, LIMITS.weight));
}
