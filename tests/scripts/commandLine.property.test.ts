import { english } from '../../src/i18n/translate';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCommandLine, UsageError } from '../../scripts/commandLine';
import { decodeExperimentHash } from '../../src/experiment/urlCodec';
import { LOADED } from '../helpers/timeouts';

const FLAGS = [
  '--steps',
  '--layers-every',
  '--out',
  '--sweep',
  '--grid',
  '--init-grid',
  '--sweep-steps',
  '--threshold',
  '--help',
  '-h',
  '--colour',
  '--',
  '-',
];
const token = fc.oneof(
  fc.constantFrom(...FLAGS),
  fc.constantFrom('paper', 'worked-example', 'run.csv', 'x.json', 'lr', 'lr-init', '0.001:10:13'),
  fc.constantFrom('1:0:5', '0:1:2', '1e-3:1e3:101', 'NaN', 'Infinity', '-1', '2.5', '', ' 7 '),
  fc.integer({ min: -10, max: 1e9 }).map(String),
  fc.double().map(String),
  fc.string({ maxLength: 12 }),
);

describe('the command line on random and malformed flags', LOADED.medium, () => {
  it('over 10,000 argument lists: either a checked command or a usage error naming the problem', () => {
    fc.assert(
      fc.property(fc.array(token, { maxLength: 8 }), (argv) => {
        let line;
        try {
          line = parseCommandLine(argv);
        } catch (error) {
          expect(error).toBeInstanceOf(UsageError);
          expect((error as Error).message).toMatch(/--[a-z-]+|option|experiment file|argument/i);
          return;
        }
        if (line.help) return;
        expect(typeof line.source).toBe('string');
        for (const n of [line.steps, line.layersEvery, line.sweep?.steps]) {
          if (n !== undefined) expect(Number.isInteger(n) && n >= 0).toBe(true);
        }
        for (const grid of [line.sweep?.learningRates, line.sweep?.initScales]) {
          for (const x of grid ?? []) expect(x > 0 && Number.isFinite(x)).toBe(true);
        }
        if (line.sweep?.threshold !== undefined) expect(line.sweep.threshold).toBeGreaterThan(0);
      }),
      { numRuns: 10_000 },
    );
  });

  it.each([
    [['paper', '--grid', '1:2:3'], '--grid needs --sweep'],
    [['paper', '--sweep', 'lr', '--init-grid', '1:2:3'], '--init-grid needs --sweep lr-init'],
    [['paper', '--sweep', 'lr', '--grid', '1e-3:1e9:5'], '--grid must be MIN:MAX:POINTS'],
    [['paper', '--sweep', 'lr', '--threshold', ' '], '--threshold must be a positive number'],
    [['paper', '--ics-every', '0', '--out', 'a.json'], '--ics-every'],
    [
      ['paper', '--ics-every', '5', '--sweep', 'lr', '--out', 'a.json'],
      '--ics-every does not apply to --sweep',
    ],
  ])('refuses %j', (argv, message) => {
    expect(() => parseCommandLine(argv)).toThrow(message);
  });
});

describe('the URL hash on random and malformed input', LOADED.medium, () => {
  const part = fc.oneof(
    fc.constantFrom('preset=', 'preset=paper', 'preset=nope', '&', '=', '%', '%E0%A4%A', '#'),
    fc.constantFrom('optimizer.learningRate=', 'model.hidden=', 'seed=', 'batchNorm.placement='),
    fc.constantFrom(
      '[{"units":4}]',
      '1e999',
      '-0',
      'NaN',
      '{"a":',
      'true',
      'constructor',
      '__proto__',
    ),
    fc.string({ maxLength: 10 }),
    fc.jsonValue({ maxDepth: 2 }).map((v) => encodeURIComponent(JSON.stringify(v))),
  );
  it('shows a key with control characters quoted, never raw', () => {
    const { errors } = decodeExperimentHash('#,\r!=1&a..b=2');
    // In the order written, every key that is not a field of the table.
    expect(errors.map(english)).toEqual([
      '",\\r!": is not a known field',
      '"a..b": is not a known field',
    ]);
  });

  it('over 10,000 hashes: never throws; a description always comes back, errors name the field', () => {
    fc.assert(
      fc.property(fc.array(part, { maxLength: 8 }), (parts) => {
        const decoded = decodeExperimentHash(`#${parts.join('')}`);
        expect(decoded.experiment.version).toBe(1);
        for (const error of decoded.errors) expect(english(error)).toMatch(/^\S.*: \S/);
      }),
      { numRuns: 10_000 },
    );
  });
});
