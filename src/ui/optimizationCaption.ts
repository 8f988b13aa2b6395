import { perMember, TWINS, type Member, type PerMember } from '../experiment/members';
import type { IcsEvidence } from '../experiment/evidence';
import type { OptimizationHistory } from '../state/optimizationHistory';
import type { SeriesView } from './charts/lines';
import { formatNumber } from './charts/canvas';
import { memberLabel } from './twinLabels';
import { ENGLISH, type Translator } from '../i18n/translate';

/** The caption reads each measure as the median of this many latest measurements (batch noise). */
export const RECENT = 5;
/** Twins within this factor of each other are called about the same. */
export const SAME_FACTOR = 1.15;

/** One twin's recent optimization measures, as the caption states them. */
export interface TwinOptimization {
  step: number;
  /** The earliest step of the measurements read (the window is fromStep … step). */
  fromStep: number;
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
      fromStep: bands.lossHigh.xs[Math.max(0, n - RECENT)],
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

/**
 * What this run shows, in sentences stating their window of steps and the run's seed (these
 * measures change over training, so nothing is said beyond the window); empty until both twins
 * have been measured.
 */
export function optimizationCaption(
  reading: PerMember<TwinOptimization | null>,
  seed: number,
  t: Translator = ENGLISH,
): string[] {
  if (TWINS.some((v) => reading[v] === null)) return [];
  const sentences: string[] = [];
  // The twins, then any other network measured (the verdicts compare the twins).
  const values = (key: keyof TwinOptimization) =>
    (Object.keys(reading) as Member[])
      .flatMap((v) => {
        const value = reading[v]?.[key];
        return value === null || value === undefined
          ? []
          : [
              t.t('opt.value', {
                network: memberLabel(v, t),
                value: t.digitsOf(formatNumber(value)),
              }),
            ];
      })
      .join(', ');
  const change = both(reading, 'gradientChange');
  if (change)
    sentences.push(
      t.t('opt.change', {
        values: values('gradientChange'),
        verdict: compare(change.bn, change.plain),
      }),
    );
  const width = both(reading, 'lossBandWidth');
  if (width)
    sentences.push(
      t.t('opt.band', {
        values: values('lossBandWidth'),
        verdict: compare(width.bn, width.plain),
      }),
    );
  if (both(reading, 'smoothness'))
    sentences.push(t.t('opt.smoothness', { values: values('smoothness') }));
  const step = Math.min(reading.plain!.step, reading.batchNorm!.step);
  const from = Math.max(reading.plain!.fromStep, reading.batchNorm!.fromStep);
  if (sentences.length > 0)
    sentences.unshift(t.t('opt.window', { seed, recent: RECENT, from, to: step }));
  return sentences;
}

/**
 * Santurkar's ICS over the seeds measured ahead of time for a preset, window by window: on how
 * many seeds ‖G − G′‖/‖G‖ is smaller, larger or about the same with BN (within SAME_FACTOR).
 */
export function icsAcrossSeeds(ics: IcsEvidence | null, t: Translator = ENGLISH): string | null {
  if (!ics || ics.seeds.length === 0) return null;
  const n = ics.seeds.length;
  const windows = ics.plan.windows.map(({ from, to }, w) => {
    const counts = { smaller: 0, larger: 0, same: 0, none: 0 };
    for (const seed of ics.seeds) {
      const plain = seed.values.plain?.[w] ?? null;
      const bn = seed.values.batchNorm?.[w] ?? null;
      if (plain === null || bn === null) counts.none++;
      else counts[compare(bn, plain)]++;
    }
    const parts = (
      [
        ['smaller', 'opt.seedSmaller'],
        ['larger', 'opt.seedLarger'],
        ['same', 'opt.seedSame'],
        ['none', 'opt.seedNone'],
      ] as const
    )
      .filter(([kind]) => counts[kind] > 0)
      .map(([kind, key]) => t.t(key, { count: counts[kind], seeds: n }));
    return t.t('opt.seedWindow', { from, to, parts: parts.join(', ') });
  });
  return t.t('opt.seeds', { seeds: n, windows: windows.join('; ') });
}
