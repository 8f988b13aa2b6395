import type { Tap } from '../experiment/taps';
import { perMember, TWINS, type Member } from '../experiment/members';
import type { BnLayerFrame, BoundaryFrame, Frame, LayerFrame, RunInfo } from '../protocol/frames';
import { OptimizationHistory } from './optimizationHistory';
import { bnArrays, ReplayHistory, type Snapshot } from './replay';
import { DecimatingSeries } from './series';
import { TapHistory } from './tapHistory';

/** γ and β are drawn over time for this many features of the followed layer. */
export const GAMMA_BETA_FEATURES = 8;

/** Weight of the newest batch loss in the smoothed loss curve (an exponential moving average). */
export const LOSS_SMOOTHING = 0.05;

/** Train/test loss and accuracy curves of one twin. */
export interface EvaluationSeries {
  trainLoss: DecimatingSeries;
  testLoss: DecimatingSeries;
  trainAccuracy: DecimatingSeries;
  testAccuracy: DecimatingSeries;
}

/**
 * Everything drawn over time, kept outside React state: bounded series and heatmap columns, the
 * last finite layer frames of each twin, and the latest decision boundary. Memory does not grow
 * with the length of a run.
 */
export class FrameHistory {
  /** The run's networks, the twins first (every per-network record below has exactly these). */
  members: readonly Member[] = TWINS;
  batchLoss = this.each(() => new DecimatingSeries());
  smoothedLoss = this.each(() => new DecimatingSeries());
  evaluations = this.each<EvaluationSeries>(() => this.evaluationSeries());
  taps: Record<Member, Record<Tap, TapHistory>[]> = this.each(() => []);
  /** The newest layer frames with finite values; a diverged twin keeps its last ones. */
  latest: Record<Member, LayerFrame[] | null> = this.each(() => null);
  /** The first layer frames of the run (step 0 after a load): what "since the start" compares to. */
  initial: Record<Member, LayerFrame[] | null> = this.each(() => null);
  boundary: BoundaryFrame | null = null;
  /** Santurkar et al.'s measures over training (Dense layers: hidden ones and the output). */
  optimization = new OptimizationHistory(1);
  /** The followed unit's 15th, 50th and 85th percentiles over training, per twin. */
  unitPercentiles = this.each(() => [
    new DecimatingSeries(),
    new DecimatingSeries(),
    new DecimatingSeries(),
  ]);
  private unitKey = '';
  private bnLayer = -1;
  /** The BN twin's statistics at the followed layer (latest), and γ, β of its first features over time. */
  bn: BnLayerFrame | null = null;
  gamma: DecimatingSeries[] = [];
  beta: DecimatingSeries[] = [];
  private smoothing = this.each(() => Number.NaN);
  /** The shown frames of the past, for replay by step (bounded, evenly decimated). */
  replay = new ReplayHistory();

  /** A record with `make(member)` for every network of the run. */
  each<T>(make: (member: Member) => T): Record<Member, T> {
    return perMember(this.members, make) as Record<Member, T>;
  }

  private evaluationSeries(): EvaluationSeries {
    return {
      trainLoss: new DecimatingSeries(),
      testLoss: new DecimatingSeries(),
      trainAccuracy: new DecimatingSeries(),
      testAccuracy: new DecimatingSeries(),
    };
  }

  /** Starts over for a newly loaded run. */
  reset(info: RunInfo): void {
    const bins = info.histogramBins;
    this.members = info.members;
    this.batchLoss = this.each(() => new DecimatingSeries());
    this.smoothedLoss = this.each(() => new DecimatingSeries());
    this.evaluations = this.each(() => this.evaluationSeries());
    this.taps = this.each(() =>
      info.layers.map(() => ({
        preActivation: new TapHistory(bins),
        postActivation: new TapHistory(bins),
        bnInput: new TapHistory(bins),
      })),
    );
    this.latest = this.each(() => null);
    this.initial = this.each(() => null);
    this.boundary = null;
    this.optimization = new OptimizationHistory(info.layers.length + 1, info.members);
    this.smoothing = this.each(() => Number.NaN);
    this.replay = new ReplayHistory();
    this.clearFollowed();
  }

  private clearFollowed(): void {
    this.unitPercentiles = this.each(() => [
      new DecimatingSeries(),
      new DecimatingSeries(),
      new DecimatingSeries(),
    ]);
    this.unitKey = '';
    this.bn = null;
    this.bnLayer = -1;
    this.gamma = [];
    this.beta = [];
  }

  apply(frame: Frame): void {
    for (const variant of this.members) {
      const losses = frame.losses[variant];
      if (!losses) continue;
      for (let i = 0; i < losses.length; i++) {
        const loss = losses[i];
        if (!Number.isFinite(loss)) continue;
        const step = frame.lossSteps[i];
        this.batchLoss[variant].push(step, loss);
        const previous = this.smoothing[variant];
        const smoothed = Number.isNaN(previous)
          ? loss
          : previous + LOSS_SMOOTHING * (loss - previous);
        this.smoothing[variant] = smoothed;
        this.smoothedLoss[variant].push(step, smoothed);
      }
      for (const evaluation of frame.evaluations) {
        const series = this.evaluations[variant];
        const train = evaluation.train[variant] ?? null;
        const test = evaluation.test[variant] ?? null;
        // A twin can be finite in training yet overflow in inference mode (e.g. a running
        // variance near zero): such points are left out, never drawn as NaN or Infinity.
        if (train) {
          pushFinite(series.trainLoss, evaluation.step, train.loss);
          pushFinite(series.trainAccuracy, evaluation.step, train.accuracy);
        }
        if (test) {
          pushFinite(series.testLoss, evaluation.step, test.loss);
          pushFinite(series.testAccuracy, evaluation.step, test.accuracy);
        }
        const followed = evaluation.followed;
        if (followed) {
          const key = `${followed.layer}:${followed.unit}`;
          if (key !== this.unitKey) {
            this.unitKey = key;
            this.unitPercentiles = this.each(() => [0, 1, 2].map(() => new DecimatingSeries()));
          }
          const p = followed.percentiles[variant];
          if (p && p.every(Number.isFinite))
            p.forEach((v, i) => this.unitPercentiles[variant][i].push(evaluation.step, v));
        }
      }
      const layers = frame.networks[variant]?.layers ?? [];
      if (layers.length > 0 && layers.every(finiteLayer)) {
        this.latest[variant] = layers;
        this.initial[variant] ??= layers;
        layers.forEach((layer, i) => {
          const taps = this.taps[variant][i];
          if (!taps) return;
          taps.preActivation.push(frame.step, layer.preActivation);
          taps.postActivation.push(frame.step, layer.postActivation);
          if (layer.bnInput) taps.bnInput.push(frame.step, layer.bnInput);
        });
      }
    }
    for (const sample of frame.optimization) this.optimization.push(sample);
    if (frame.boundary) this.boundary = frame.boundary;
    if (frame.bn && frame.bn.layer !== this.bnLayer) {
      this.bnLayer = frame.bn.layer;
      this.gamma = [];
      this.beta = [];
    }
    if (frame.bn && finiteBn(frame.bn)) {
      // Statistics that overflowed (a twin on its way to diverging) are not drawn: the last
      // finite ones stay.
      this.bn = frame.bn;
      const shown = Math.min(GAMMA_BETA_FEATURES, frame.bn.gamma.length);
      for (let j = 0; j < shown; j++) {
        (this.gamma[j] ??= new DecimatingSeries(1024)).push(frame.step, frame.bn.gamma[j]);
        (this.beta[j] ??= new DecimatingSeries(1024)).push(frame.step, frame.bn.beta[j]);
      }
    }
    // A light frame brings no taps: the replay keeps the frames that do.
    if (frame.light) return;
    this.replay.push({
      step: frame.step,
      layers: { ...this.latest },
      boundary: this.boundary,
      bn: this.bn,
    });
  }

  /**
   * What the page shows at `step` (null: now): the replayed snapshot nearest to it, or the
   * latest frames.
   */
  shown(step: number | null): Snapshot {
    const past = step === null ? null : this.replay.at(step);
    return past ?? { step: Number.NaN, layers: this.latest, boundary: this.boundary, bn: this.bn };
  }
}

function finiteBn(bn: BnLayerFrame): boolean {
  return bnArrays(bn).every((a) => a.every(Number.isFinite));
}

function pushFinite(series: DecimatingSeries, x: number, y: number | null): void {
  if (y !== null && Number.isFinite(y)) series.push(x, y);
}

function finiteLayer(layer: LayerFrame): boolean {
  const ok = (t: LayerFrame['preActivation']) =>
    [
      t.low,
      t.high,
      t.mean,
      t.std,
      t.fractionSaturated,
      t.driftFromStart,
      t.relativeDrift ?? 0,
      ...t.percentiles,
    ].every(Number.isFinite) &&
    (t.drift === null || Number.isFinite(t.drift));
  return (
    ok(layer.preActivation) &&
    ok(layer.postActivation) &&
    (layer.bnInput === undefined || ok(layer.bnInput))
  );
}
