import { LANDSCAPE_MULTIPLIERS } from '../experiment/optimizationSettings';
import { perMember, TWINS, type Member } from '../experiment/members';
import type { OptimizationMeasure, OptimizationSample } from '../protocol/frames';
import { DecimatingSeries } from './series';

/** The per-layer measures the page draws over training (see LayerOptimization). */
export const LAYER_MEASURES = [
  'gradientChange',
  'gradientCosine',
  'gradientNorm',
  'weightNorm',
  'effectiveLearningRate',
] as const;
export type LayerMeasure = (typeof LAYER_MEASURES)[number];

/** The landscape along the gradient over training, as bands (min to max over the η′ looked at). */
export interface LandscapeSeries {
  lossLow: DecimatingSeries;
  lossHigh: DecimatingSeries;
  /** L(θ − ηg) at the η in use (the middle of the range). */
  lossAtRate: DecimatingSeries;
  /** ‖∇L(θ − η′g) − ∇L(θ)‖, smallest and largest over η′. */
  gradientLow: DecimatingSeries;
  gradientHigh: DecimatingSeries;
  smoothness: DecimatingSeries;
}

const CAPACITY = 1024;

/**
 * Santurkar et al.'s measures of one run over training, per twin: the landscape bands and, per
 * Dense layer (hidden layers then the output), each LayerMeasure. Only finite values are kept.
 */
export class OptimizationHistory {
  landscape: Record<Member, LandscapeSeries>;
  layers: Record<Member, Record<LayerMeasure, DecimatingSeries>[]>;
  /** Steps measured so far (of any twin). */
  count = 0;
  /** The newest sample, for the panel's numbers. */
  latest: OptimizationSample | null = null;

  constructor(
    readonly denseLayers: number,
    /** The run's networks (every record above has exactly these). */
    readonly members: readonly Member[] = TWINS,
  ) {
    const each = <T>(make: () => T) => perMember(members, make) as Record<Member, T>;
    this.landscape = each(() => ({
      lossLow: new DecimatingSeries(CAPACITY),
      lossHigh: new DecimatingSeries(CAPACITY),
      lossAtRate: new DecimatingSeries(CAPACITY),
      gradientLow: new DecimatingSeries(CAPACITY),
      gradientHigh: new DecimatingSeries(CAPACITY),
      smoothness: new DecimatingSeries(CAPACITY),
    }));
    this.layers = each(() =>
      Array.from(
        { length: denseLayers },
        () =>
          Object.fromEntries(
            LAYER_MEASURES.map((m) => [m, new DecimatingSeries(CAPACITY)]),
          ) as Record<LayerMeasure, DecimatingSeries>,
      ),
    );
  }

  push(sample: OptimizationSample): void {
    this.count++;
    this.latest = sample;
    for (const v of this.members) {
      const measure = sample.measures[v];
      if (measure) this.pushMeasure(v, sample.step, measure);
    }
  }

  /** Whether a network has any measurement on record. */
  measured(member: Member): boolean {
    return (this.landscape[member]?.lossHigh.length ?? 0) > 0;
  }

  private pushMeasure(variant: Member, step: number, measure: OptimizationMeasure): void {
    const bands = this.landscape[variant];
    const { losses, gradientChanges, smoothness } = measure.landscape;
    const finiteLosses = losses.filter((x): x is number => x !== null);
    const finiteChanges = gradientChanges.filter((x): x is number => x !== null);
    if (finiteLosses.length > 0) {
      bands.lossLow.push(step, Math.min(...finiteLosses));
      bands.lossHigh.push(step, Math.max(...finiteLosses));
    }
    const atRate = losses[LANDSCAPE_MULTIPLIERS.indexOf(1)];
    if (atRate !== null && atRate !== undefined) bands.lossAtRate.push(step, atRate);
    if (finiteChanges.length > 0) {
      bands.gradientLow.push(step, Math.min(...finiteChanges));
      bands.gradientHigh.push(step, Math.max(...finiteChanges));
    }
    if (smoothness !== null) bands.smoothness.push(step, smoothness);
    measure.layers.forEach((layer, i) => {
      const series = this.layers[variant][i];
      if (!series) return;
      for (const name of LAYER_MEASURES) {
        const value = layer[name];
        if (value !== null) series[name].push(step, value);
      }
    });
  }
}
