import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_EXPERIMENT } from '../../src/experiment/defaults';
import { mnistAssets, needsMnist, type DataAssets } from '../../src/run/assets';
import { ExperimentRun } from '../../src/run/runner';
import { ensureMnistAsset } from '../../scripts/prepare-mnist';

let mnist: DataAssets | null = null;
const mnistDigits = () => (mnist ??= mnistAssets(ensureMnistAsset()));
import type { Experiment } from '../../src/experiment/schema';
import type { FieldError } from '../../src/experiment/fieldReader';
import { FIELDS } from '../../src/experiment/fields';
import { parseExperiment } from '../../src/experiment/validate';
import { LOADED } from '../helpers/timeouts';

/** Descriptions near valid ones: every field either absent, plausible or junk. */
const junk = fc.oneof(
  fc.constant(null),
  fc.string(),
  fc.double(),
  fc.boolean(),
  fc.array(fc.integer(), { maxLength: 3 }),
  fc.object({ maxDepth: 1 }),
);
const maybe = <T>(arbitrary: fc.Arbitrary<T>) =>
  fc.option(fc.oneof(arbitrary, junk), { nil: undefined });
const description = fc.record(
  {
    seed: maybe(fc.integer({ min: -5, max: 2 ** 32 + 5 })),
    data: maybe(
      fc.record(
        {
          type: maybe(fc.constantFrom('named', 'inline')),
          name: maybe(
            fc.constantFrom(
              'lecture',
              'placement',
              'circle',
              'xor',
              'gaussians',
              'spiral',
              'moons',
              'mnist',
            ),
          ),
          samples: maybe(fc.integer({ min: 0, max: 500 })),
          noise: maybe(fc.double({ min: -1, max: 3, noNaN: true })),
          testFraction: maybe(fc.double({ min: -0.5, max: 1.5, noNaN: true })),
        },
        { requiredKeys: [] },
      ),
    ),
    model: maybe(
      fc.record(
        {
          hidden: maybe(
            fc.array(
              fc.record({
                units: maybe(fc.integer({ min: -1, max: 12 })),
                activation: maybe(fc.constantFrom('relu', 'tanh', 'sigmoid', 'swish')),
              }),
              { maxLength: 5 },
            ),
          ),
          head: maybe(fc.constantFrom('sigmoid', 'softmax', 'linear', 'none')),
        },
        { requiredKeys: [] },
      ),
    ),
    batchNorm: maybe(
      fc.record(
        { placement: maybe(fc.constantFrom('none', 'before', 'after', 'between')) },
        { requiredKeys: [] },
      ),
    ),
    optimizer: maybe(
      fc.record(
        {
          kind: maybe(fc.constantFrom('sgd', 'momentum', 'adam')),
          learningRate: maybe(fc.double({ min: -1, max: 200 })),
        },
        { requiredKeys: [] },
      ),
    ),
    training: maybe(
      fc.record(
        { batchSize: maybe(fc.integer({ min: -2, max: 600 })), shuffle: maybe(fc.boolean()) },
        { requiredKeys: [] },
      ),
    ),
  },
  { requiredKeys: [] },
);

/** The objects of a description that hold fields (list elements written `[]`). */
const OBJECTS = [
  '',
  'data',
  'model',
  'batchNorm',
  'init',
  'optimizer',
  'training',
  'model.hidden[]',
  'init.weights[]',
];

/**
 * An error names a field of the table or an object holding fields (list indices written `[]`),
 * or an unknown key (quoted when it is not a plain name) inside one of those objects, and says
 * why in one of the validator's forms.
 */
function expectNamedFieldAndReason(error: FieldError): void {
  const path = error.path.replace(/\[\d+\]/g, '[]');
  if (error.message.startsWith('is not a known field (known: ')) {
    const key = /(?:^|\.)("(?:[^"\\]|\\.)*"|[A-Za-z_$][\w$]*)$/.exec(path);
    expect(key, error.path).not.toBeNull();
    const parent = path.slice(0, key!.index);
    expect(OBJECTS, `${error.path}: ${error.message}`).toContain(parent);
    return;
  }
  const known =
    path in FIELDS ||
    OBJECTS.includes(path) ||
    /^(data\.(x|y|featureNames)|init\.weights\[\]\.(kernel|bias))(\[\])*$/.test(path);
  expect(known, `${error.path}: ${error.message}`).toBe(true);
  expect(error.message).toMatch(REASON);
}

/** Every reason the validator gives. */
const REASON = new RegExp(
  [
    /must .+, got .+/,
    /must be one of .+; got .+/,
    /must be at least 2 with Batch Norm \(a batch of 1 has no variance\)/,
    /must be an array of \d+( to \d+)? (numbers|targets like data\.y\[0\])/,
    /must be \d+ strings, one per column of data\.x/,
    /gives [\d,]+ weights; at most [\d,]+ train at a useful speed here/,
    /× \d+ hidden units is [\d,]+ activations per step; at most [\d,]+/,
    /leaves no training rows/,
    /\w+ does not fit \w+ data/,
  ]
    .map((r) => `^${r.source}$`)
    .join('|'),
);

/** Two training steps of a description: both twins' losses must be finite numbers. */
function runsTwoSteps(experiment: Experiment): void {
  const assets = needsMnist(experiment) ? mnistDigits() : {};
  const run = new ExperimentRun(
    { ...experiment, training: { ...experiment.training, steps: 2 } },
    assets,
  );
  run.step();
  const losses = run.step();
  expect(Number.isFinite(losses.plain ?? 0) && Number.isFinite(losses.batchNorm ?? 0)).toBe(true);
}

describe('parseExperiment on random and malformed input', LOADED.medium, () => {
  it('never throws on any of 10,000 JSON values, and names a path and a reason for every error', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const { experiment, errors } = parseExperiment(value);
        for (const error of errors) expectNamedFieldAndReason(error);
        // Whatever came in, what comes out is itself a valid description.
        expect(parseExperiment(experiment).errors).toEqual([]);
      }),
      { numRuns: 10_000 },
    );
  });

  it('over 10,000 near-valid descriptions: errors name field and reason, and every accepted one runs', () => {
    let accepted = 0;
    fc.assert(
      fc.property(description, (input) => {
        const { experiment, errors } = parseExperiment(input);
        for (const error of errors) expectNamedFieldAndReason(error);
        expect(parseExperiment(experiment).errors).toEqual([]);
        if (errors.length === 0) {
          accepted++;
          runsTwoSteps(experiment);
        }
      }),
      { numRuns: 10_000 },
    );
    expect(accepted).toBeGreaterThan(30);
    expect(parseExperiment({}).experiment).toEqual(DEFAULT_EXPERIMENT);
  });

  it('repairs rejected descriptions into ones that run', () => {
    fc.assert(
      fc.property(description, (input) => runsTwoSteps(parseExperiment(input).experiment)),
      { numRuns: 500 },
    );
  });
});
