/**
 * Runs an experiment headless with the same code the browser uses.
 *   npm run experiment -- <file.json | preset> [--steps N] [--layers-every N] [--out run.json|run.csv]
 */
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import {
  boundedList,
  boundedProblems,
  fieldSaid,
  visibleText,
} from '../src/experiment/fieldReader';
import { english } from '../src/i18n/translate';
import { MAX_EXPERIMENT_FILE_BYTES } from '../src/experiment/file';
import { DEFAULT_EXPERIMENT } from '../src/experiment/defaults';
import { findPreset } from '../src/experiment/presets';
import type { Experiment } from '../src/experiment/schema';
import { defaultThreshold, sweepCells } from '../src/experiment/sweep';
import { sweepSummary, sweepToCsv } from '../src/experiment/sweepReport';
import { parseExperiment, type ParsedExperiment } from '../src/experiment/validate';
import { mnistAssets, needsMnist, type DataAssets } from '../src/run/assets';
import { reportSummary } from '../src/run/report';
import { HeadlessRun } from '../src/run/headless';
import { estimateCost, estimateLine } from '../src/experiment/cost';
import { measureFlopsPerSecond } from '../src/run/calibrate';
import { summarizeColumns, tableToData } from '../src/tables/table';
import { parseTable } from '../src/tables/tableText';
import { encodingOf } from '../src/tables/tableDraft';
import { chooseColumns, describeTableData } from '../src/tables/tableColumns';
import { dataShape, headForData } from '../src/experiment/shape';
import {
  parseCommandLine,
  USAGE,
  UsageError,
  type SweepOptions,
  type TableOptions,
} from './commandLine';
import { Progress, Stopper, StreamedCsv, StreamedJson, yieldToEvents } from './runOutput';
import { defaultWorkers, runParallel } from './parallelSweep';
import { ensureMnistAsset } from './prepare-mnist';
import { claimsMain, isClaimsCommand } from './claimsCommand';

function loadDescription(source: string): unknown {
  const preset = findPreset(source);
  if (preset) return preset.experiment;
  if (!existsSync(source)) {
    throw new UsageError(`"${source}" is neither a preset nor an existing file`);
  }
  const stats = statSync(source);
  if (!stats.isFile()) throw new UsageError(`"${source}" is not a file`);
  if (stats.size > MAX_EXPERIMENT_FILE_BYTES) {
    throw new UsageError(
      `${source} is ${(stats.size / 1024 / 1024).toFixed(1)} MB; an experiment file is at most ${MAX_EXPERIMENT_FILE_BYTES / 1024 / 1024} MB`,
    );
  }
  try {
    // A UTF-8 byte order mark is allowed, as the page allows it.
    return JSON.parse(readFileSync(source, 'utf8').replace(/^\uFEFF/, '')) as unknown;
  } catch (error) {
    throw new UsageError(`${source} is not valid JSON: ${(error as Error).message}`);
  }
}

/** The largest table `--data` reads. */
const MAX_TABLE_BYTES = 200 * 1024 * 1024;

/**
 * The description with its data replaced by a table's (`--data`), by the same rules as the page:
 * the head follows the table's task when the description's does not fit it, and the whole is
 * validated again (a batch larger than the table's rows, say, is reported as for a file).
 */
function withTable(described: ParsedExperiment, options: TableOptions): ParsedExperiment {
  if (described.errors.length > 0) return described;
  const { path } = options;
  if (!existsSync(path) || !statSync(path).isFile())
    throw new UsageError(`--data: "${path}" is not an existing file`);
  const size = statSync(path).size;
  if (size > MAX_TABLE_BYTES) {
    throw new UsageError(
      `--data: ${path} is ${(size / 1024 / 1024).toFixed(1)} MB; a table is at most ${MAX_TABLE_BYTES / 1024 / 1024} MB`,
    );
  }
  const fail = (error: string): never => {
    throw new UsageError(`--data: ${visibleText(path)}: ${error}`);
  };
  const bytes = readFileSync(path);
  const table = parseTable(new TextDecoder(encodingOf(bytes)).decode(bytes));
  if ('error' in table) return fail(table.error);
  const summaries = summarizeColumns(table);
  const columns = chooseColumns(table, options, summaries);
  if ('error' in columns) return fail(columns.error);
  const base = described.experiment;
  const result = tableToData(
    table,
    {
      label: columns.label,
      features: columns.features,
      task: options.task,
      testFraction: base.data.testFraction,
      normalizeInputs: base.data.normalizeInputs,
    },
    summaries,
  );
  if ('error' in result) return fail(result.error);
  console.log(
    `data: ${english(describeTableData(result, table.rows.length, visibleText(basename(path))))}`,
  );
  if (columns.leftOut.length > 0)
    console.log(
      `left out (name them in --features to use them): ${boundedList(columns.leftOut, 0, (rest) => `and ${rest.toLocaleString('en')} more`).join('; ')}`,
    );
  const head = headForData(base.model.head, result.data);
  return parseExperiment({ ...base, data: result.data, model: { ...base.model, head } });
}

/** `--follow` names a layer and unit of this network, not one the runner would quietly clamp. */
function checkFollow(experiment: Experiment, follow: { layer: number; unit: number }): void {
  const hidden = experiment.model.hidden;
  const layer = follow.layer < 0 ? hidden.length - 1 : follow.layer;
  if (layer >= hidden.length) {
    throw new UsageError(
      `--follow: layer ${follow.layer + 1} does not exist; this network has ${hidden.length} hidden layer${hidden.length === 1 ? '' : 's'}`,
    );
  }
  if (follow.unit >= hidden[layer].units) {
    throw new UsageError(
      `--follow: unit ${follow.unit} does not exist; layer ${layer + 1} has units 0 to ${hidden[layer].units - 1}`,
    );
  }
}

/** "Dense(3, relu) → Dense(2, relu), BN after each activation, η = 0.1, 500 steps of 8". */
function describeSetup(e: Experiment): string {
  const layers = e.model.hidden.map((h) => `Dense(${h.units}, ${h.activation})`).join(' → ');
  const bn =
    e.batchNorm.placement === 'none' ? 'no BN' : `BN ${e.batchNorm.placement} each activation`;
  return `${layers}, ${bn}, η = ${e.optimizer.learningRate}, ${e.training.steps} steps of ${e.training.batchSize}`;
}

async function main(argv: string[]): Promise<number> {
  if (isClaimsCommand(argv)) return claimsMain(argv);
  const line = parseCommandLine(argv);
  if (line.help) {
    console.log(USAGE);
    return 0;
  }
  const { steps, layersEvery, out, follow, icsEvery } = line;
  if (line.source === undefined)
    console.log(
      `no setup given: training the default setup on the table (${describeSetup(DEFAULT_EXPERIMENT)}); give a file or preset to choose another`,
    );
  const described = parseExperiment(
    line.source === undefined ? DEFAULT_EXPERIMENT : loadDescription(line.source),
  );
  const {
    experiment,
    errors,
    omitted = 0,
  } = line.table ? withTable(described, line.table) : described;
  if (errors.length > 0) {
    console.error(
      `${visibleText(line.table && described.errors.length === 0 ? line.table.path : (line.source ?? ''))}: invalid experiment description`,
    );
    // The first few problems, then how many more: a file with a million bad keys prints 11 lines.
    for (const problem of boundedProblems(errors.map(fieldSaid), omitted))
      console.error(`  ${visibleText(english(problem))}`);
    return 2;
  }
  checkFollow(experiment, follow);
  if (line.sweep) return runSweep(experiment, line.sweep, out);
  const assets: DataAssets = needsMnist(experiment) ? mnistAssets(ensureMnistAsset()) : {};
  const total = steps ?? experiment.training.steps;
  // What the run will cost, before it starts: a heavy setup says so instead of going quiet.
  const rate = measureFlopsPerSecond(() => performance.now());
  console.log(estimateLine(estimateCost(experiment), rate, total));
  const started = performance.now();
  const progress = new Progress(total, started);
  const format = out === undefined ? null : extname(out).toLowerCase();
  // CSV and JSON are both written as the run goes and nothing is kept, so memory stays flat
  // however many steps (JSON's evaluations go to a side file, appended after the steps).
  const json = format === '.json' ? new StreamedJson(out!) : null;
  const csv = format === '.csv' ? new StreamedCsv(out!) : null;
  json?.open(experiment, total);
  const run = new HeadlessRun(
    experiment,
    {
      steps,
      layersEvery: layersEvery ?? (out ? 1 : 0),
      keep: false,
      final: json !== null,
      follow,
      optimizationEvery: icsEvery ?? 0,
      onStep: (record) => {
        json?.step(record);
        csv?.step(record);
        if (!stopper.quiet) progress.step(record.step);
      },
      onEvaluation: json === null ? undefined : (evaluation) => json.evaluation(evaluation),
    },
    assets,
  );
  // Stretches of 50 ms, yielding between them, so a signal or a closed pipe stops the run.
  for (;;) {
    const until = performance.now() + 50;
    if (run.advance(() => stopper.reason === null && performance.now() < until)) break;
    if (stopper.reason !== null) break;
    await yieldToEvents();
  }
  const report = run.report();
  csv?.close(report, stopper.reason);
  json?.close(report);
  if (!stopper.quiet) progress.end();
  const seconds = (performance.now() - started) / 1000;
  // A closed pipe is the reader's choice (`| head`): that stop is silent, as Unix tools are.
  if (!report.complete && !stopper.quiet)
    console.error(
      `stopped by ${stopper.reason} after step ${run.stepsDone.toLocaleString('en')} of ${total.toLocaleString('en')}${out ? `; ${out} holds the steps so far, marked incomplete` : ''}`,
    );
  stopper.log(reportSummary(report));
  stopper.log(
    `wall time: ${seconds.toFixed(2)} s, peak memory ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`,
  );
  if (out !== undefined) stopper.log(`wrote ${out}`);
  return stopper.exitCode;
}

async function runSweep(
  experiment: Experiment,
  options: SweepOptions,
  out: string | undefined,
): Promise<number> {
  const { learningRates, initScales, seeds } = options;
  const steps = options.steps ?? experiment.training.steps;
  const threshold =
    options.threshold ??
    defaultThreshold(experiment.model.head, dataShape(experiment.data).classes);
  const cells = sweepCells(experiment, { learningRates, initScales, steps, seeds });
  const threads = options.workers ?? defaultWorkers();
  const started = performance.now();
  // A sweep writes its file at the end: a signal before then stops it with nothing written.
  stopper.onSignal = (signal) =>
    console.error(`stopped by ${signal} before the sweep finished; nothing was written`);
  const results = await runParallel(experiment, cells, steps, threads);
  stopper.onSignal = null;
  console.log(
    `${learningRates.length} learning rates${initScales ? ` × ${initScales.length} init scales` : ''} × ${seeds} seeds × ${steps} steps on ${Math.min(threads, cells.length)} threads`,
  );
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

const stopper = new Stopper();
stopper.install();

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  if (error instanceof UsageError) {
    console.error(`error: ${error.message}\n${USAGE}`);
    process.exitCode = 2;
  } else {
    // Anything else (a file that cannot be written, out of memory…): one line, no stack trace.
    console.error(`error: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  }
}
