/**
 * Runs an experiment headless with the same code the browser uses.
 *   npm run experiment -- <file.json | preset> [--steps N] [--layers-every N] [--out run.json|run.csv]
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { extname } from 'node:path';
import { parseArgs } from 'node:util';
import { formatFieldError } from '../src/experiment/fields';
import { PRESETS, findPreset } from '../src/experiment/presets';
import { reportSummary, reportToCsv, reportToJson } from '../src/experiment/report';
import { runHeadless } from '../src/experiment/runner';
import { parseExperiment } from '../src/experiment/validate';

const USAGE = `usage: npm run experiment -- <file.json | preset> [--steps N] [--layers-every N] [--out FILE.json | FILE.csv]
presets: ${PRESETS.map((p) => p.id).join(', ')}`;

class UsageError extends Error {}

function wholeNumber(
  flag: string,
  text: string | undefined,
  min: number,
  max: number,
): number | undefined {
  if (text === undefined) return undefined;
  const value = Number(text);
  if (!/^\d+$/.test(text.trim()) || value < min || value > max) {
    throw new UsageError(`--${flag} must be a whole number from ${min} to ${max}, got "${text}"`);
  }
  return value;
}

function loadDescription(source: string): unknown {
  const preset = findPreset(source);
  if (preset) return preset.experiment;
  if (!existsSync(source)) {
    throw new UsageError(`"${source}" is neither a preset nor an existing file`);
  }
  try {
    return JSON.parse(readFileSync(source, 'utf8')) as unknown;
  } catch (error) {
    throw new UsageError(`${source} is not valid JSON: ${(error as Error).message}`);
  }
}

function main(argv: string[]): number {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        steps: { type: 'string' },
        'layers-every': { type: 'string' },
        out: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (positionals.length !== 1) throw new UsageError('give exactly one experiment file or preset');
  const steps = wholeNumber('steps', values.steps, 0, 100_000_000);
  const layersEvery = wholeNumber('layers-every', values['layers-every'], 0, 100_000_000);
  const out = values.out;
  if (out !== undefined && !['.json', '.csv'].includes(extname(out).toLowerCase())) {
    throw new UsageError(`--out must end in .json or .csv, got "${out}"`);
  }
  const { experiment, errors } = parseExperiment(loadDescription(positionals[0]));
  if (errors.length > 0) {
    console.error(`${positionals[0]}: invalid experiment description`);
    for (const error of errors) console.error(`  ${formatFieldError(error)}`);
    return 2;
  }
  const started = performance.now();
  const report = runHeadless(experiment, { steps, layersEvery: layersEvery ?? (out ? 1 : 0) });
  const seconds = (performance.now() - started) / 1000;
  console.log(reportSummary(report));
  console.log(`wall time: ${seconds.toFixed(2)} s`);
  if (out) {
    writeFileSync(
      out,
      extname(out).toLowerCase() === '.csv' ? reportToCsv(report) : reportToJson(report),
    );
    console.log(`wrote ${out}`);
  }
  return 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  if (error instanceof UsageError) {
    console.error(`error: ${error.message}\n${USAGE}`);
    process.exitCode = 2;
  } else {
    throw error;
  }
}
