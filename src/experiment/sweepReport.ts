import { VARIANTS } from './variants';
import { stableRange, type CellResult } from './sweep';

export const SWEEP_CSV_COLUMNS = [
  'learningRate',
  'initScale',
  'variant',
  'finalLoss',
  'bestLoss',
  'finalAccuracy',
  'divergedAtStep',
  'stable',
];

const cell = (v: number | null) => (v === null || !Number.isFinite(v) ? '' : String(v));

/** Sweep results as CSV, one row per cell and twin, in cell order. */
export function sweepToCsv(results: readonly CellResult[], threshold: number): string {
  const lines = [SWEEP_CSV_COLUMNS.join(',')];
  for (const r of [...results].sort((a, b) => a.index - b.index)) {
    for (const variant of VARIANTS) {
      const o = r.outcomes[variant];
      const stable = o.finalLoss !== null && o.finalLoss < threshold;
      lines.push(
        [
          r.learningRate,
          r.initScale,
          variant,
          cell(o.finalLoss),
          cell(o.bestLoss),
          cell(o.finalAccuracy),
          cell(o.divergedAtStep),
          stable,
        ].join(','),
      );
    }
  }
  return lines.join('\n') + '\n';
}

/** The stable learning-rate range of each twin per init scale, as lines for a terminal. */
export function sweepSummary(results: readonly CellResult[], threshold: number): string {
  const scales = [...new Set(results.map((r) => r.initScale))].sort((a, b) => a - b);
  const lines = [`stable: no divergence and final train loss < ${threshold}`];
  for (const scale of scales) {
    const row = results.filter((r) => r.initScale === scale);
    const ranges = VARIANTS.map((v) => stableRange(row, v, threshold));
    const describe = (i: number) => {
      const r = ranges[i];
      return r.learningRates.length === 0
        ? 'none'
        : `${r.learningRates[0]} … ${r.learningRates[r.learningRates.length - 1]} (${r.decades.toFixed(2)} decades)`;
    };
    const ratio =
      ranges[0].decades > 0
        ? (ranges[1].decades / ranges[0].decades).toFixed(2)
        : '∞ (plain has none)';
    lines.push(
      `${scales.length > 1 ? `init scale ${scale}: ` : ''}plain ${describe(0)}; batchNorm ${describe(1)}; ratio ${ranges[1].decades === 0 && ranges[0].decades === 0 ? '–' : ratio}`,
    );
  }
  return lines.join('\n');
}
