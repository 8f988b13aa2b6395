/**
 * Runs an experiment headless with the same code the browser uses.
 *   npm run experiment -- <file.json | preset> [--steps N] [--layers-every N] [--out run.json|run.csv]
 */
import {
  closeSync,
  existsSync,
  openSync,
  readFileSync,
  readSync,
  rmSync,
  statSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { basename, extname } from 'node:path';
import { boundedList, formatFieldError, visibleText } from '../src/experiment/fieldReader';
import { MAX_EXPERIMENT_FILE_BYTES } from '../src/experiment/file';
import { findPreset } from '../src/experiment/presets';
import type { Experiment } from '../src/experiment/schema';
import { defaultThreshold, sweepCells } from '../src/experiment/sweep';
import { sweepSummary, sweepToCsv } from '../src/experiment/sweepReport';
import { parseExperiment, type ParsedExperiment } from '../src/experiment/validate';
import { mnistAssets, needsMnist, type DataAssets } from '../src/run/assets';
import { CSV_COLUMNS, csvRows, reportSummary, streamedReport } from '../src/run/report';
import {
  runHeadless,
  type EvaluationRecord,
  type RunReport,
  type StepRecord,
} from '../src/run/runner';
import { estimateCost, estimateLine, formatSeconds } from '../src/experiment/cost';
import { measureFlopsPerSecond } from '../src/run/calibrate';
import { tableToData } from '../src/experiment/table';
import { parseTable } from '../src/experiment/tableText';
import { chooseColumns, describeTableData } from '../src/experiment/tableColumns';
import { dataShape, defaultHeadFor, headFits } from '../src/experiment/shape';
import {
  parseCommandLine,
  USAGE,
  UsageError,
  type SweepOptions,
  type TableOptions,
} from './commandLine';
import { defaultWorkers, runParallel } from './parallelSweep';
import { ensureMnistAsset } from './prepare-mnist';

/**
 * A run written to JSON as it goes, byte for byte what reportToJson gives for the whole run: the
 * steps straight into the file, the evaluations into a side file appended after them.
 */
class StreamedJson {
  private readonly file: number;
  private readonly side: number;
  private readonly sidePath: string;
  private steps: string[] = [];
  private evaluations: string[] = [];
  private stepCount = 0;
  private evaluationCount = 0;

  constructor(path: string) {
    this.file = openSync(path, 'w');
    this.sidePath = `${path}.evaluations.part`;
    this.side = openSync(this.sidePath, 'w+');
  }

  open(experiment: Experiment, stepCount: number): void {
    writeSync(this.file, streamedReport.opening(experiment, stepCount));
  }

  step(record: StepRecord): void {
    this.steps.push((this.stepCount++ > 0 ? ',' : '') + streamedReport.record(record));
    if (this.steps.length >= 1024) this.flushSteps();
  }

  evaluation(evaluation: EvaluationRecord): void {
    this.evaluations.push(
      (this.evaluationCount++ > 0 ? ',' : '') + streamedReport.record(evaluation),
    );
    if (this.evaluations.length >= 256) this.flushEvaluations();
  }

  private flushSteps(): void {
    if (this.steps.length > 0) writeSync(this.file, this.steps.join(''));
    this.steps = [];
  }

  private flushEvaluations(): void {
    if (this.evaluations.length > 0) writeSync(this.side, this.evaluations.join(''));
    this.evaluations = [];
  }

  close(report: RunReport): void {
    this.flushSteps();
    this.flushEvaluations();
    writeSync(this.file, streamedReport.betweenStepsAndEvaluations);
    // The side file, copied a megabyte at a time.
    const chunk = Buffer.alloc(1 << 20);
    for (let at = 0; ;) {
      const read = readSync(this.side, chunk, 0, chunk.length, at);
      if (read === 0) break;
      writeSync(this.file, chunk, 0, read);
      at += read;
    }
    writeSync(this.file, streamedReport.closing(report));
    closeSync(this.side);
    rmSync(this.sidePath);
    closeSync(this.file);
  }
}

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
  const table = parseTable(readFileSync(path, 'utf8'));
  if ('error' in table) return fail(table.error);
  const columns = chooseColumns(table, options);
  if ('error' in columns) return fail(columns.error);
  const base = described.experiment;
  const result = tableToData(table, {
    ...columns,
    task: options.task,
    testFraction: base.data.testFraction,
    normalizeInputs: base.data.normalizeInputs,
  });
  if ('error' in result) return fail(result.error);
  console.log(describeTableData(result, table.rows.length, basename(path)));
  const head = headFits(base.model.head, result.data.task)
    ? base.model.head
    : defaultHeadFor(result.data);
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

/**
 * A progress line every few seconds of a long run ("step 120 of 2,000 (6%) · 45 s · ≈ 11 min
 * left"), rewritten in place on a terminal; nothing for a run shorter than that.
 */
class Progress {
  static readonly EVERY_MS = 5000;
  private last: number;
  private shown = false;

  constructor(
    private readonly total: number,
    private readonly started: number,
  ) {
    this.last = started;
  }

  step(step: number): void {
    const now = performance.now();
    if (now - this.last < Progress.EVERY_MS || step >= this.total) return;
    this.last = now;
    const elapsed = (now - this.started) / 1000;
    const left = (elapsed / step) * (this.total - step);
    const line =
      `step ${step.toLocaleString('en')} of ${this.total.toLocaleString('en')} ` +
      `(${Math.floor((100 * step) / this.total)}%) · ${formatSeconds(elapsed)} · ≈ ${formatSeconds(left)} left`;
    if (process.stdout.isTTY) process.stdout.write(`\r${line}\x1b[K`);
    else console.log(line);
    this.shown = true;
  }

  end(): void {
    if (this.shown && process.stdout.isTTY) process.stdout.write('\n');
  }
}

async function main(argv: string[]): Promise<number> {
  const line = parseCommandLine(argv);
  if (line.help) {
    console.log(USAGE);
    return 0;
  }
  const { steps, layersEvery, out, follow, icsEvery } = line;
  const described = parseExperiment(loadDescription(line.source));
  const {
    experiment,
    errors,
    omitted = 0,
  } = line.table ? withTable(described, line.table) : described;
  if (errors.length > 0) {
    console.error(
      `${visibleText(line.table && described.errors.length === 0 ? line.table.path : line.source)}: invalid experiment description`,
    );
    // The first few problems, then how many more: a file with a million bad keys prints 11 lines.
    for (const problem of boundedList(errors.map(formatFieldError), omitted))
      console.error(`  ${problem}`);
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
  json?.open(experiment, total);
  const report = runHeadless(
    experiment,
    {
      steps,
      layersEvery: layersEvery ?? (out ? 1 : 0),
      keep: false,
      final: json !== null,
      follow,
      optimizationEvery: icsEvery ?? 0,
      onStep: (record) => {
        if (json !== null) json.step(record);
        else if (file !== null) {
          pending.push(...csvRows(record));
          if (pending.length >= 4096) flush();
        }
        progress.step(record.step);
      },
      onEvaluation: json === null ? undefined : (evaluation) => json.evaluation(evaluation),
    },
    assets,
  );
  flush();
  if (file !== null) closeSync(file);
  json?.close(report);
  progress.end();
  const seconds = (performance.now() - started) / 1000;
  console.log(reportSummary(report));
  console.log(
    `wall time: ${seconds.toFixed(2)} s, peak memory ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`,
  );
  if (out !== undefined) console.log(`wrote ${out}`);
  return 0;
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
  const results = await runParallel(experiment, cells, steps, threads);
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

// Output piped into a reader that stops early (`| head`): stop quietly, as Unix tools do.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

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
