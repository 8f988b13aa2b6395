import { describe, expect, it } from 'vitest';
import { PRESETS } from '../../src/experiment/presets';
import { cloneExperiment, type Experiment } from '../../src/experiment/schema';
import type { Frame, FromWorker } from '../../src/protocol/messages';
import { HISTOGRAM_BINS } from '../../src/state/client';
import { FrameHistory } from '../../src/state/history';
import type { DecimatingSeries } from '../../src/state/series';
import { Trainer } from '../../src/worker/trainer';
import { ensureMnistAsset } from '../../scripts/prepare-mnist';

/** Runs `steps` steps (in frames of `per`) and returns every message. */
async function train(experiment: Experiment, steps: number, per: number) {
  const messages: FromWorker[] = [];
  let time = 0;
  const trainer = new Trainer({
    post: (m) => messages.push(m),
    now: () => (time += 0.01),
    schedule: () => undefined,
    loadAsset: () => Promise.resolve(ensureMnistAsset()),
  });
  trainer.handle({ type: 'load', experiment });
  for (let s = 0; s < steps; s += per) trainer.handle({ type: 'step', count: per });
  for (let i = 0; i < 200 && messages.filter((m) => m.type === 'frame').length < steps / per; i++)
    await new Promise((r) => setTimeout(r, 5));
  return messages;
}

/** Every number a chart or readout of the page draws from the history. */
function drawnNumbers(history: FrameHistory): number[] {
  const out: number[] = [];
  const series = (s: DecimatingSeries) =>
    out.push(...s.xs.subarray(0, s.length), ...s.ys.subarray(0, s.length));
  for (const v of ['plain', 'batchNorm'] as const) {
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

/** A preset pushed to diverge: η = 10 with BN before the activation, or a huge initialization. */
function pushed(id: string, how: 'learningRate' | 'init'): Experiment {
  const e = cloneExperiment(PRESETS.find((p) => p.id === id)!.experiment);
  if (how === 'learningRate') {
    e.optimizer.learningRate = 10;
    e.batchNorm.placement = 'before';
  } else {
    e.init.scale = 100;
    e.init.sigma = 100;
  }
  return e;
}

const cases = PRESETS.flatMap((p) =>
  (['learningRate', 'init'] as const).map((how) => [p.id, how] as const),
);

describe('divergence on every preset', () => {
  it.each(cases)(
    '%s pushed by %s: a diverged twin is marked with its step, and nothing drawn is NaN or Infinity',
    async (id, how) => {
      const paper = id === 'paper';
      const steps = paper ? 40 : 400;
      const messages = await train(pushed(id, how), steps, paper ? 10 : 50);
      expect(messages.filter((m) => m.type === 'error')).toEqual([]);
      const loaded = messages.find((m) => m.type === 'loaded')!;
      if (loaded.type !== 'loaded') throw new Error('not loaded');
      const frames = messages.flatMap((m) => (m.type === 'frame' ? [m.frame] : []));
      const last: Frame = frames.at(-1)!;
      expect(last.step).toBe(steps);
      const history = new FrameHistory();
      history.reset(loaded.info, HISTOGRAM_BINS);
      history.apply(loaded.frame);
      for (const frame of frames) history.apply(frame);
      expect(drawnNumbers(history).filter((x) => !Number.isFinite(x))).toEqual([]);
      for (const v of ['plain', 'batchNorm'] as const) {
        const variant = last.variants[v];
        if (variant.diverged) {
          expect(variant.divergedAtStep).toBeGreaterThan(0);
          expect(variant.divergedAtStep).toBeLessThanOrEqual(steps);
          // Its charts keep the last finite frame.
          expect(history.latest[v]?.length ?? 0).toBe(loaded.info.layers.length);
        } else {
          // A twin still running has finite readouts in the latest frame.
          for (const layer of variant.layers)
            expect(
              [layer.preActivation.mean, layer.postActivation.std].every(Number.isFinite),
            ).toBe(true);
          expect(Number.isFinite(last.losses[v].at(-1)!)).toBe(true);
        }
      }
      // The number the status bar shows.
      expect(Number.isFinite(last.stepsPerSecond)).toBe(true);
    },
    60_000,
  );
});
