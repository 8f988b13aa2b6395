/**
 * Runs an experiment headless with the same code the browser uses.
 *   npm run experiment -- <file.json | preset> [--steps N] [--layers-every N] [--out run.json|run.csv]
 */
import { closeSync, existsSync, openSync, readFileSync, writeFileSync, writeSync } from 'node:fs';
import { extname } from 'node:path';
import { parseArgs } from 'node:util';
import { parseMnistAsset } from '../src/data/mnist';
import { needsMnist, type DataAssets } from '../src/data/registry';
import { formatFieldError } from '../src/experiment/fields';
import { PRESETS, findPreset } from '../src/experiment/presets';
import { CSV_COLUMNS, csvRows, reportSummary, reportToJson } from '../src/experiment/report';
import { runHeadless } from '../src/experiment/runner';
import type { Experiment } from '../src/experiment/schema';
import { defaultThreshold, logGrid, runSweepCell, sweepCells } from '../src/experiment/sweep';
import { sweepSummary, sweepToCsv } from '../src/experiment/sweepReport';
import { dataShape, parseExperiment } from '../src/experiment/validate';
import { ensureMnistAsset } from './prepare-mnist';

const USAGE = `usage: npm run experiment -- <file.json | preset> [--steps N] [--layers-every N] [--out FILE.json | FILE.csv]
       npm run experiment -- <file.json | preset> --sweep lr | lr-init [--grid MIN:MAX:POINTS] [--init-grid MIN:MAX:POINTS]
                             [--sweep-steps N] [--threshold LOSS] [--out FILE.csv | FILE.json]
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
        sweep: { type: 'string' },
        grid: { type: 'string' },
        'init-grid': { type: 'string' },
        'sweep-steps': { type: 'string' },
        threshold: { type: 'string' },
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
  const assets: DataAssets = needsMnist(experiment.data)
    ? { mnist: parseMnistAsset(ensureMnistAsset()) }
    : {};
  if (values.sweep !== undefined) {
    return runSweep(experiment, values, out, assets);
  }
  const started = performance.now();
  const format = out === undefined ? null : extname(out).toLowerCase();
  // CSV is written as the run goes and nothing is kept, so memory stays flat however many steps;
  // JSON holds the whole run in memory (every step and evaluation) and is written at the end.
  let file: number | null = null;
  let pending: string[] = [];
  const flush = () => {
    if (file !== null && pending.length > 0) writeSync(file, pending.join('\n') + '\n');
    pending = [];
  };
  if (out !== undefined && format === '.csv') {
    file = openSync(out, 'w');
    pending.push(CSV_COLUMNS.join(','));
  }
  const report = runHeadless(
    experiment,
    {
      steps,
      layersEvery: layersEvery ?? (out ? 1 : 0),
      keep: format === '.json',
      onStep:
        file === null
          ? undefined
          : (record) => {
              pending.push(...csvRows(record));
              if (pending.length >= 4096) flush();
            },
    },
    assets,
  );
  flush();
  if (file !== null) closeSync(file);
  const seconds = (performance.now() - started) / 1000;
  console.log(reportSummary(report));
  console.log(
    `wall time: ${seconds.toFixed(2)} s, peak memory ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`,
  );
  if (out !== undefined && format === '.json') writeFileSync(out, reportToJson(report));
  if (out !== undefined) console.log(`wrote ${out}`);
  return 0;
}

/** `MIN:MAX:POINTS` with 0 < MIN < MAX and 2 ≤ POINTS ≤ 100, log-spaced. */
function readGrid(flag: string, text: string): number[] {
  const parts = text.split(':').map(Number);
  const [min, max, points] = parts;
  if (
    parts.length !== 3 ||
    !(min > 0) ||
    !(max > min) ||
    !Number.isInteger(points) ||
    points < 2 ||
    points > 100
  ) {
    throw new UsageError(
      `--${flag} must be MIN:MAX:POINTS with 0 < MIN < MAX and 2 to 100 points, got "${text}"`,
    );
  }
  return logGrid(min, max, points);
}

function runSweep(
  experiment: Experiment,
  values: Record<string, string | boolean | undefined>,
  out: string | undefined,
  assets: DataAssets,
): number {
  const kind = values.sweep;
  if (kind !== 'lr' && kind !== 'lr-init')
    throw new UsageError(`--sweep must be lr or lr-init, got "${String(kind)}"`);
  const learningRates = readGrid(
    'grid',
    typeof values.grid === 'string' ? values.grid : '0.001:10:13',
  );
  const initScales =
    kind === 'lr-init'
      ? readGrid(
          'init-grid',
          typeof values['init-grid'] === 'string' ? values['init-grid'] : '0.1:10:9',
        )
      : undefined;
  const steps =
    wholeNumber('sweep-steps', values['sweep-steps'] as string | undefined, 1, 10_000_000) ??
    experiment.training.steps;
  const thresholdText = values.threshold as string | undefined;
  const threshold =
    thresholdText === undefined
      ? defaultThreshold(experiment.model.head, dataShape(experiment.data).classes)
      : Number(thresholdText);
  if (!(threshold > 0) || !Number.isFinite(threshold)) {
    throw new UsageError(`--threshold must be a positive number, got "${thresholdText}"`);
  }
  const cells = sweepCells(experiment, { learningRates, initScales, steps });
  const started = performance.now();
  const results = cells.map((cell) => runSweepCell(experiment, cell, steps, assets));
  console.log(`${cells.length} cells × ${steps} steps`);
  console.log(sweepSummary(results, threshold));
  console.log(`wall time: ${((performance.now() - started) / 1000).toFixed(2)} s`);
  if (out) {
    writeFileSync(
      out,
      extname(out).toLowerCase() === '.csv'
        ? sweepToCsv(results, threshold)
        : JSON.stringify({ threshold, steps, results }),
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
