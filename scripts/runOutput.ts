/**
 * Where `npm run experiment` writes a run as it goes: JSON (the steps straight into the file, the
 * evaluations into a side file appended after them), CSV in whole lines, a progress line; and
 * how it stops early on SIGINT, SIGTERM or a closed pipe with its files still valid.
 */
import { closeSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import type { Experiment } from '../src/experiment/schema';
import { formatSeconds } from '../src/experiment/cost';
import { CSV_COLUMNS, csvRows, streamedReport } from '../src/run/report';
import type { RunReport } from '../src/run/headless';
import type { EvaluationRecord, StepRecord } from '../src/run/runner';

/**
 * A run written to JSON as it goes, byte for byte what reportToJson gives for the whole run: the
 * steps straight into the file, the evaluations into a side file appended after them.
 */
export class StreamedJson {
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

/** A run's CSV written in whole lines as it goes; an early stop ends it with a comment line. */
export class StreamedCsv {
  private readonly file: number;
  private pending: string[] = [CSV_COLUMNS.join(',')];

  constructor(path: string) {
    this.file = openSync(path, 'w');
  }

  step(record: StepRecord): void {
    for (const row of csvRows(record)) this.pending.push(row);
    if (this.pending.length >= 4096) this.flush();
  }

  private flush(): void {
    if (this.pending.length > 0) writeSync(this.file, this.pending.join('\n') + '\n');
    this.pending = [];
  }

  close(report: RunReport, stoppedBy: string | null): void {
    if (!report.complete)
      this.pending.push(
        `# incomplete: stopped by ${stoppedBy ?? 'a signal'} after step ${report.stoppedAtStep} of ${report.stepCount}`,
      );
    this.flush();
    closeSync(this.file);
  }
}

/**
 * A progress line every few seconds of a long run ("step 120 of 2,000 (6%) · 45 s · ≈ 11 min
 * left"), rewritten in place on a terminal; nothing for a run shorter than that.
 */
export class Progress {
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

/** Exit codes of a run stopped by a signal, as shells report them (128 + the signal's number). */
const SIGNAL_CODES: Record<string, number> = { SIGINT: 130, SIGTERM: 143 };

/**
 * Hears SIGINT, SIGTERM and a closed stdout (EPIPE: `| head`) while a run goes on. The run yields
 * between stretches of steps so the handlers get to run; the first signal asks it to stop after
 * the step under way (its files are then closed valid), a second one exits at once.
 */
export class Stopper {
  /** What asked the run to stop: "SIGINT", "SIGTERM", "a closed pipe"; null while none has. */
  reason: string | null = null;
  /** Set when stdout's reader has gone: nothing more is printed. */
  quiet = false;
  /** Called on a signal when nothing can be kept (a sweep writes its file only at the end). */
  onSignal: ((signal: string) => void) | null = null;

  install(): void {
    for (const signal of Object.keys(SIGNAL_CODES) as NodeJS.Signals[]) {
      process.on(signal, () => {
        if (this.reason !== null || this.onSignal) {
          this.onSignal?.(signal);
          process.exit(SIGNAL_CODES[signal]);
        }
        this.reason = signal;
      });
    }
    // Output piped into a reader that stops early (`| head`): stop quietly, as Unix tools do.
    process.stdout.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE') throw error;
      this.quiet = true;
      this.reason ??= 'a closed pipe';
      if (this.onSignal) process.exit(0);
    });
  }

  /** The exit code for how the run ended. */
  get exitCode(): number {
    return this.reason === null ? 0 : (SIGNAL_CODES[this.reason] ?? 0);
  }

  /** Prints a line unless stdout's reader has gone. */
  log(line: string): void {
    if (!this.quiet) console.log(line);
  }
}

/** Yields to the event loop (so signal handlers run). */
export const yieldToEvents = () => new Promise<void>((resolve) => setImmediate(resolve));
