import { PERCENTILES } from '../engine/metrics';
import { TAPS } from '../experiment/taps';
import type { Member } from '../experiment/members';
import type { RunReport } from './headless';
import type { StepRecord } from './runner';

const TAP_COLUMNS = [
  'mean',
  'std',
  ...PERCENTILES.map((p) => `p${p}`),
  'saturated',
  'drift',
  'driftFromStart',
  'relativeDrift',
];

/** Column names of `reportToCsv`, in order. */
export const CSV_COLUMNS = [
  'step',
  'variant',
  'learningRate',
  'loss',
  'layer',
  'tap',
  ...TAP_COLUMNS,
];

function cell(value: number | null | undefined): string {
  return value === null || value === undefined || !Number.isFinite(value) ? '' : String(value);
}

/**
 * A run as tidy CSV, one row per step, twin, hidden layer and tap (layer and tap empty on steps
 * without layer summaries); a diverged twin's cells are empty from its divergence on. Evaluations
 * are not in the CSV (use JSON for those).
 */
export function reportToCsv(report: RunReport): string {
  const lines = [CSV_COLUMNS.join(',')];
  for (const record of report.steps) lines.push(...csvRows(record));
  return lines.join('\n') + '\n';
}

/** The CSV rows of one step (see `reportToCsv`), for writing a long run as it goes. */
export function csvRows(record: StepRecord): string[] {
  const lines: string[] = [];
  // The run's networks, the twins first (the keys of every per-network record).
  for (const variant of Object.keys(record.loss) as Member[]) {
    const head = [
      String(record.step),
      variant,
      cell(record.learningRate),
      cell(record.loss[variant]),
    ];
    const layers = record.layers?.[variant];
    if (!layers) {
      lines.push([...head, '', '', ...TAP_COLUMNS.map(() => '')].join(','));
      continue;
    }
    for (const layer of layers) {
      for (const tap of TAPS) {
        const s = layer[tap];
        if (!s) continue;
        const values = [
          s.mean,
          s.std,
          ...s.percentiles,
          s.fractionSaturated,
          s.drift,
          s.driftFromStart,
          s.relativeDrift,
        ];
        lines.push([...head, String(layer.layer + 1), tap, ...values.map(cell)].join(','));
      }
    }
  }
  return lines;
}

/** JSON.stringify's replacer for runs: non-finite numbers (which JSON cannot hold) become null. */
export const finiteOrNull = (_key: string, value: unknown): unknown =>
  typeof value === 'number' && !Number.isFinite(value) ? null : value;

/** A run as JSON text; non-finite numbers become null. */
export function reportToJson(report: RunReport): string {
  return JSON.stringify(report, finiteOrNull);
}

/**
 * The same text as reportToJson, in pieces, for a run written as it goes: the opening (before
 * the first step's record), the separator between records, and the closing once the steps and
 * the evaluations (written the same way) are done.
 */
export const streamedReport = {
  opening: (experiment: RunReport['experiment'], stepCount: number): string =>
    `{"experiment":${JSON.stringify(experiment, finiteOrNull)},"stepCount":${stepCount},"steps":[`,
  record: (value: unknown): string => JSON.stringify(value, finiteOrNull),
  betweenStepsAndEvaluations: '],"evaluations":[',
  closing: (
    report: Pick<RunReport, 'divergedAtStep' | 'final' | 'complete' | 'stoppedAtStep'>,
  ): string =>
    `],${JSON.stringify(
      {
        divergedAtStep: report.divergedAtStep,
        final: report.final,
        complete: report.complete,
        stoppedAtStep: report.stoppedAtStep,
      },
      finiteOrNull,
    ).slice(1)}`,
};

/** A few lines for a terminal: final scores and divergence of every network. */
export function reportSummary(report: RunReport): string {
  const last = report.evaluations[report.evaluations.length - 1];
  const lines = [
    report.complete === false
      ? `steps: ${report.stoppedAtStep} of ${report.stepCount} (stopped early)`
      : `steps: ${report.stepCount}`,
  ];
  const members = Object.keys(report.divergedAtStep) as Member[];
  const width = Math.max(9, ...members.map((m) => m.length));
  for (const variant of members) {
    const diverged = report.divergedAtStep[variant];
    const train = last.train[variant];
    const test = last.test[variant];
    const fmt = (x: number | null | undefined, digits = 4): string =>
      x === null || x === undefined ? '–' : x.toFixed(digits);
    lines.push(
      diverged !== null
        ? `${variant.padEnd(width)}  diverged at step ${diverged}`
        : `${variant.padEnd(width)}  train loss ${fmt(train?.loss)}  acc ${fmt(train?.accuracy, 3)}  ` +
            `test loss ${fmt(test?.loss)}  acc ${fmt(test?.accuracy, 3)}`,
    );
  }
  return lines.join('\n');
}
