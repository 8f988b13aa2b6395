/** The command line of `npm run experiment`, read and checked before anything runs. */
import { realpathSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { OPENING_ID, PRESETS } from '../src/experiment/presets';
import type { Task } from '../src/experiment/schema';
import { DEFAULT_SEEDS, logGrid } from '../src/experiment/sweep';

export const USAGE = `usage: npm run experiment -- [file.json | preset] [--steps N] [--layers-every N] [--follow LAYER:UNIT] [--ics-every K]
                             [--data TABLE.csv [--label NAME] [--features A,B,…] [--task binary|multiclass|regression]]
                             [--out FILE.json | FILE.csv]
       npm run experiment -- <file.json | preset> --sweep lr | lr-init [--grid MIN:MAX:POINTS] [--init-grid MIN:MAX:POINTS]
                             [--seeds N] [--sweep-steps N] [--threshold LOSS] [--workers N] [--out FILE.csv | FILE.json]
       npm run experiment -- --claims
       npm run experiment -- --claim ID [--seeds N] [--workers N] [--out FILE.json]
presets: ${PRESETS.map((p) => p.id).join(', ')}, and ${OPENING_ID} (the page's opening setup: ${PRESETS[0].id})
With --data and no file or preset, the default setup (the lecture's network) trains on the table.`;

/** A mistake on the command line: printed with the usage, exit code 2. */
export class UsageError extends Error {}

export interface SweepOptions {
  kind: 'lr' | 'lr-init';
  learningRates: number[];
  initScales?: number[];
  /** Steps per cell (default: the experiment's). */
  steps?: number;
  /** Stable-range threshold (default: from the task). */
  threshold?: number;
  /** Seeds per learning rate (default 3). */
  seeds: number;
  /** Worker threads (default: one per core). */
  workers?: number;
}

export type CommandLine =
  | { help: true }
  | {
      help: false;
      /** A preset id or a file path; none with `--data` alone (the default setup). */
      source?: string;
      steps?: number;
      layersEvery?: number;
      /** Figure 1's unit: a hidden layer (0-based; −1 the last) and a unit of it (0-based). */
      follow: { layer: number; unit: number };
      /** Santurkar et al.'s measures every this many steps (JSON output only). */
      icsEvery?: number;
      out?: string;
      sweep?: SweepOptions;
      /** A table (CSV, TSV, …) to train on instead of the description's data. */
      table?: TableOptions;
    };

export interface TableOptions {
  path: string;
  /** The label column's name (default: the last column). */
  label?: string;
  /** The feature columns' names (default: every other column). */
  features?: string[];
  task?: Task;
}

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

/** `MIN:MAX:POINTS` with 0 < MIN < MAX ≤ 1e6 and 2 ≤ POINTS ≤ 100, log-spaced. */
function readGrid(flag: string, text: string): number[] {
  const parts = text.split(':').map((part) => (part.trim() === '' ? Number.NaN : Number(part)));
  const [min, max, points] = parts;
  if (
    parts.length !== 3 ||
    !(min > 0) ||
    !(max > min) ||
    !(max <= 1e6) ||
    !Number.isInteger(points) ||
    points < 2 ||
    points > 100
  ) {
    throw new UsageError(
      `--${flag} must be MIN:MAX:POINTS with 0 < MIN < MAX ≤ 1e6 and 2 to 100 points, got "${text}"`,
    );
  }
  return logGrid(min, max, points);
}

/** `LAYER:UNIT`, the layer counted from 1 as the page shows it (or `last`), the unit from 0. */
function readFollow(text: string | undefined): { layer: number; unit: number } {
  if (text === undefined) return { layer: -1, unit: 0 };
  const match = /^\s*(last|\d+):(\d+)\s*$/.exec(text);
  if (!match || match[1] === '0')
    throw new UsageError(
      `--follow must be LAYER:UNIT (layer 1, 2, … or last; unit 0, 1, …), got "${text}"`,
    );
  return { layer: match[1] === 'last' ? -1 : Number(match[1]) - 1, unit: Number(match[2]) };
}

/** Whether two paths name one file (the same resolved path, or one file through a link). */
function sameFile(a: string, b: string): boolean {
  if (resolve(a) === resolve(b)) return true;
  try {
    return realpathSync(a) === realpathSync(b);
  } catch {
    return false;
  }
}

/** Reads argv (without node and the script); throws UsageError naming the flag and the reason. */
export function parseCommandLine(argv: string[]): CommandLine {
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
        seeds: { type: 'string' },
        workers: { type: 'string' },
        follow: { type: 'string' },
        'ics-every': { type: 'string' },
        data: { type: 'string' },
        label: { type: 'string' },
        features: { type: 'string' },
        task: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message, { cause: error });
  }
  const { values, positionals } = parsed;
  if (values.help) return { help: true };
  // A table alone trains the default network on it.
  if (positionals.length > 1 || (positionals.length === 0 && values.data === undefined))
    throw new UsageError('give exactly one experiment file or preset (or --data TABLE.csv)');
  const out = values.out;
  if (out !== undefined && !['.json', '.csv'].includes(extname(out).toLowerCase())) {
    throw new UsageError(`--out must end in .json or .csv, got "${out}"`);
  }
  const line: CommandLine = {
    help: false,
    source: positionals.at(0),
    steps: wholeNumber('steps', values.steps, 0, 100_000_000),
    layersEvery: wholeNumber('layers-every', values['layers-every'], 0, 100_000_000),
    follow: readFollow(values.follow),
    icsEvery: wholeNumber('ics-every', values['ics-every'], 1, 100_000_000),
    out,
  };
  const tableOnly = ['label', 'features', 'task'] as const;
  if (values.data === undefined) {
    const stray = tableOnly.find((flag) => values[flag] !== undefined);
    if (stray) throw new UsageError(`--${stray} needs --data FILE.csv`);
  } else {
    const task = values.task;
    if (task !== undefined && !['binary', 'multiclass', 'regression'].includes(task))
      throw new UsageError(`--task must be binary, multiclass or regression, got "${task}"`);
    line.table = { path: values.data };
    if (values.label !== undefined) line.table.label = values.label;
    if (values.features !== undefined)
      line.table.features = values.features.split(',').filter((f) => f.trim() !== '');
    if (task !== undefined) line.table.task = task as Task;
  }
  if (line.icsEvery !== undefined && (out === undefined || extname(out).toLowerCase() !== '.json'))
    throw new UsageError(
      '--ics-every writes its measures into the JSON output: add --out FILE.json',
    );
  // Writing the output over an input would destroy the learner's own file.
  if (out !== undefined)
    for (const input of [line.source, values.data])
      if (input !== undefined && sameFile(out, input))
        throw new UsageError(
          `--out ${out} is one of the inputs: writing it would overwrite that file; name another`,
        );
  const sweepOnly = ['grid', 'init-grid', 'sweep-steps', 'threshold', 'seeds', 'workers'] as const;
  if (values.sweep === undefined) {
    const stray = sweepOnly.find((flag) => values[flag] !== undefined);
    if (stray) throw new UsageError(`--${stray} needs --sweep`);
    return line;
  }
  if (line.icsEvery !== undefined) throw new UsageError('--ics-every does not apply to --sweep');
  const kind = values.sweep;
  if (kind !== 'lr' && kind !== 'lr-init')
    throw new UsageError(`--sweep must be lr or lr-init, got "${kind}"`);
  if (kind === 'lr' && values['init-grid'] !== undefined)
    throw new UsageError('--init-grid needs --sweep lr-init');
  const sweep: SweepOptions = {
    kind,
    learningRates: readGrid('grid', values.grid ?? '0.001:10:13'),
    steps: wholeNumber('sweep-steps', values['sweep-steps'], 1, 10_000_000),
    seeds: wholeNumber('seeds', values.seeds, 1, 50) ?? DEFAULT_SEEDS,
    workers: wholeNumber('workers', values.workers, 1, 256),
  };
  if (kind === 'lr-init')
    sweep.initScales = readGrid('init-grid', values['init-grid'] ?? '0.1:10:9');
  const thresholdText = values.threshold;
  if (thresholdText !== undefined) {
    const threshold = Number(thresholdText);
    if (thresholdText.trim() === '' || !(threshold > 0) || !Number.isFinite(threshold)) {
      throw new UsageError(`--threshold must be a positive number, got "${thresholdText}"`);
    }
    sweep.threshold = threshold;
  }
  line.sweep = sweep;
  return line;
}
