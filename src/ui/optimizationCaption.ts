import { perMember, VARIANTS, type Member, type PerMember } from '../experiment/variants';
import type { OptimizationHistory } from '../state/optimizationHistory';
import type { SeriesView } from './charts/lines';
import { formatNumber } from './charts/canvas';
import { MEMBER_LABELS } from './twinLabels';

/** The caption reads each measure as the median of this many latest measurements (batch noise). */
export const RECENT = 5;
/** Twins within this factor of each other are called about the same. */
export const SAME_FACTOR = 1.15;

/** One twin's recent optimization measures, as the caption states them. */
export interface TwinOptimization {
  step: number;
  /** Mean over Dense layers 2… of ‖G − G′‖/‖G‖ (null: the network has one Dense layer). */
  gradientChange: number | null;
  gradientCosine: number | null;
  /** max − min of L(θ − η′g) over the η′ looked at. */
  lossBandWidth: number | null;
  smoothness: number | null;
}

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function recent(series: SeriesView): number[] {
  const out: number[] = [];
  for (let i = Math.max(0, series.length - RECENT); i < series.length; i++) out.push(series.ys[i]);
  return out;
}

function mean(values: (number | null)[]): number | null {
  const known = values.filter((v): v is number => v !== null);
  return known.length === 0 ? null : known.reduce((a, b) => a + b, 0) / known.length;
}

/** Each twin's recent measures (null: not measured yet, or diverged before any measurement). */
export function readOptimization(history: OptimizationHistory): PerMember<TwinOptimization | null> {
  return perMember(history.members, (v) => {
    const bands = history.landscape[v];
    const n = bands.lossHigh.length;
    if (n === 0) return null;
    const widths: number[] = [];
    for (let i = Math.max(0, n - RECENT); i < n; i++)
      widths.push(bands.lossHigh.ys[i] - bands.lossLow.ys[i]);
    const laterLayers = history.layers[v].slice(1);
    return {
      step: bands.lossHigh.xs[n - 1],
      gradientChange: mean(laterLayers.map((l) => median(recent(l.gradientChange)))),
      gradientCosine: mean(laterLayers.map((l) => median(recent(l.gradientCosine)))),
      lossBandWidth: median(widths),
      smoothness: median(recent(bands.smoothness)),
    };
  });
}

type Comparison = 'larger' | 'smaller' | 'same';

function compare(bn: number, plain: number): Comparison {
  if (bn > plain * SAME_FACTOR) return 'larger';
  if (plain > bn * SAME_FACTOR) return 'smaller';
  return 'same';
}

const both = (reading: PerMember<TwinOptimization | null>, key: keyof TwinOptimization) => {
  const plain = reading.plain?.[key] ?? null;
  const bn = reading.batchNorm?.[key] ?? null;
  return plain === null || bn === null ? null : { plain, bn };
};

/** What this run shows, in sentences; empty until both twins have been measured. */
export function optimizationCaption(reading: PerMember<TwinOptimization | null>): string[] {
  if (VARIANTS.some((v) => reading[v] === null)) return [];
  const sentences: string[] = [];
  // The twins, then any other network measured (the verdicts compare the twins).
  const values = (key: keyof TwinOptimization) =>
    (Object.keys(reading) as Member[])
      .flatMap((v) => {
        const value = reading[v]?.[key];
        return value === null || value === undefined
          ? []
          : [`${MEMBER_LABELS[v]} ${formatNumber(value)}`];
      })
      .join(', ');
  const change = both(reading, 'gradientChange');
  if (change) {
    const verdict = {
      larger: 'larger with BN: by this measure BN does not reduce internal covariate shift',
      smaller: 'smaller with BN: by this measure BN reduces internal covariate shift',
      same: 'about the same with and without BN',
    }[compare(change.bn, change.plain)];
    sentences.push(
      `Gradient change from the earlier layers’ step, ‖G − G′‖/‖G‖ averaged over layers 2 on (Santurkar’s internal covariate shift): ${values('gradientChange')} — ${verdict}.`,
    );
  }
  const width = both(reading, 'lossBandWidth');
  if (width) {
    const verdict = {
      larger: 'the loss changes more along the gradient with BN',
      smaller: 'the loss changes less along the gradient with BN: a smoother landscape',
      same: 'about as smooth with and without BN',
    }[compare(width.bn, width.plain)];
    sentences.push(
      `Loss band, the spread of the loss at ¼η to 4η along the gradient: ${values('lossBandWidth')} — ${verdict}.`,
    );
  }
  const smooth = both(reading, 'smoothness');
  if (smooth) {
    sentences.push(
      `Effective β-smoothness (lower: the gradient is more predictive): ${values('smoothness')}.`,
    );
  }
  const step = Math.min(reading.plain!.step, reading.batchNorm!.step);
  if (sentences.length > 0)
    sentences.unshift(
      `Medians of the last ${RECENT} measurements up to step ${formatNumber(step)}.`,
    );
  return sentences;
}
