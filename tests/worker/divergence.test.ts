import { describe, expect, it } from 'vitest';
import { PRESETS } from '../../src/experiment/presets';
import { cloneExperiment, type Experiment } from '../../src/experiment/schema';
import { TWINS, type PerTwin } from '../../src/experiment/members';
import type { Frame } from '../../src/protocol/frames';
import type { FromTrainer } from '../../src/protocol/training';
import { FrameHistory } from '../../src/state/history';
import type { DecimatingSeries } from '../../src/state/series';
import { Trainer } from '../../src/worker/trainer';
import { ensureMnistAsset } from '../../scripts/prepare-mnist';
import { LOADED } from '../helpers/timeouts';

/** Runs `steps` steps in commands of `per` steps (a frame each) and returns every message. */
async function train(experiment: Experiment, steps: number, per: number) {
  const messages: FromTrainer[] = [];
  let time = 0;
  const trainer = new Trainer({
    post: (m) => messages.push(m),
    now: () => (time += 0.01),
    schedule: () => undefined,
    loadAsset: () => Promise.resolve(ensureMnistAsset()),
  });
  trainer.handle({ type: 'load', experiment });
  for (let s = 0; s < steps; s += per) trainer.handle({ type: 'step', count: per });
  await trainer.idle();
  return messages;
}

/** Every number a chart or readout of the page draws from the history. */
function drawnNumbers(history: FrameHistory): number[] {
  const out: number[] = [];
  const series = (s: DecimatingSeries) =>
    out.push(...s.xs.subarray(0, s.length), ...s.ys.subarray(0, s.length));
  for (const v of TWINS) {
    series(history.batchLoss[v]);
    series(history.smoothedLoss[v]);
    Object.values(history.evaluations[v]).forEach(series);
    history.unitPercentiles[v].forEach(series);
    for (const layer of history.latest[v] ?? []) {
      for (const tap of [layer.preActivation, layer.postActivation]) {
        out.push(tap.low, tap.high, tap.mean, tap.std, tap.fractionSaturated, tap.driftFromStart);
        out.push(...tap.percentiles, ...tap.counts);
      }
    }
  }
  history.gamma.forEach(series);
  history.beta.forEach(series);
  return out;
}

/** How a preset is pushed over the edge. */
const PUSHES = {
  /** η = 100 with BN after the activation: the BN twin blows up, the plain twin does not. */
  bnAfterAtEta100: (e: Experiment) => {
    e.optimizer.learningRate = 100;
    e.batchNorm.placement = 'after';
  },
  /** A linear network at η = 3: the plain twin blows up within a few steps. */
  linearAtEta3: (e: Experiment) => {
    for (const layer of e.model.hidden) layer.activation = 'linear';
    e.optimizer.learningRate = 3;
  },
};

/**
 * Each preset pushed to blow up, with the steps at which each twin did (measured with this
 * engine on the preset's seed; null: it went on to the end): a loss or a weight went non-finite,
 * or a weight passed ±1e6.
 */
const CASES: [string, keyof typeof PUSHES, number, PerTwin<number | null>][] = [
  ['worked-example', 'bnAfterAtEta100', 400, { plain: null, batchNorm: 4 }],
  ['worked-example', 'linearAtEta3', 400, { plain: 8, batchNorm: 91 }],
  ['deep-saturating', 'bnAfterAtEta100', 400, { plain: null, batchNorm: 4 }],
  ['deep-saturating', 'linearAtEta3', 400, { plain: 2, batchNorm: null }],
  ['high-learning-rate', 'bnAfterAtEta100', 400, { plain: 2, batchNorm: 3 }],
  ['high-learning-rate', 'linearAtEta3', 400, { plain: 2, batchNorm: null }],
  ['bad-init', 'bnAfterAtEta100', 400, { plain: null, batchNorm: 5 }],
  ['paper', 'bnAfterAtEta100', 40, { plain: null, batchNorm: 4 }],
  ['paper', 'linearAtEta3', 40, { plain: 3, batchNorm: 28 }],
];

describe('divergence on every preset', LOADED.medium, () => {
  it.each(CASES)(
    '%s pushed by %s for %i steps: each diverged twin is marked at its step, its charts keep the last finite frame, nothing drawn is NaN or Infinity',
    async (id, push, steps, divergedAt) => {
      const experiment = cloneExperiment(PRESETS.find((p) => p.id === id)!.experiment);
      PUSHES[push](experiment);
      const per = steps / 20;
      const messages = await train(experiment, steps, per);
      expect(messages.filter((m) => m.type === 'error')).toEqual([]);
      const loaded = messages.find((m) => m.type === 'loaded')!;
      if (loaded.type !== 'loaded') throw new Error('not loaded');
      const frames = messages.flatMap((m) => (m.type === 'frame' ? [m.frame] : []));
      const last: Frame = frames.at(-1)!;
      expect(last.step).toBe(steps);
      const history = new FrameHistory();
      history.reset(loaded.info);
      history.apply(loaded.frame);
      for (const frame of frames) history.apply(frame);
      expect(drawnNumbers(history).filter((x) => !Number.isFinite(x))).toEqual([]);
      for (const v of TWINS) {
        const variant = last.networks[v];
        expect(variant.divergedAtStep).toBe(divergedAt[v]);
        expect(variant.diverged).toBe(divergedAt[v] !== null);
        // Both twins keep drawn layers: the last finite frame of a diverged one.
        expect(history.latest[v]?.length).toBe(loaded.info.layers.length);
        if (variant.diverged) {
          expect(variant.layers).toEqual([]);
          // Its loss curve stops before the divergence.
          const losses = history.batchLoss[v];
          expect(losses.xs[losses.length - 1]).toBeLessThan(divergedAt[v]!);
        } else {
          for (const layer of variant.layers)
            expect(
              [layer.preActivation.mean, layer.postActivation.std].every(Number.isFinite),
            ).toBe(true);
          expect(Number.isFinite(last.losses[v].at(-1)!)).toBe(true);
        }
      }
      // The first twin to diverge did so while the other went on training.
      const when = TWINS.map((v) => divergedAt[v] ?? Infinity);
      expect(Math.min(...when)).toBeLessThan(Math.max(...when));
      expect(Number.isFinite(last.stepsPerSecond)).toBe(true);
    },
  );
});
