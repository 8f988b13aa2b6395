import { describe, expect, it } from 'vitest';
import type { BoundaryFrame, LayerFrame, TapFrame } from '../../src/protocol/frames';
import { REPLAY_FRAMES, ReplayHistory, type Snapshot } from '../../src/state/replay';
import { tapFrame } from '../helpers/tapFrame';

const BINS = 48;

function tap(step: number): TapFrame {
  return {
    ...tapFrame(new Float32Array(BINS).fill(step), -1, 1, [0, 1, step, 3, 4]),
    mean: step,
    driftFromStart: step,
    relativeDrift: step / 10,
  };
}

function layer(step: number): LayerFrame {
  return { preActivation: tap(step), postActivation: tap(step) };
}

function snapshot(step: number, boundary: BoundaryFrame | null = null): Snapshot {
  return {
    step,
    layers: { plain: [layer(step), layer(step)], batchNorm: [layer(step), layer(step)] },
    boundary,
    bn: null,
  };
}

describe('replay history', () => {
  it('keeps at most its capacity, evenly spread over the whole run, the newest frame last', () => {
    const replay = new ReplayHistory();
    for (let step = 10; step <= 100_000; step += 10) replay.push(snapshot(step));
    const steps = replay.steps();
    expect(steps.length).toBeLessThanOrEqual(REPLAY_FRAMES);
    expect(steps.length).toBeGreaterThan(REPLAY_FRAMES / 2);
    expect(steps[steps.length - 1]).toBe(100_000);
    expect(steps[0]).toBeLessThan(2 * replay.resolution());
    const gaps = steps.slice(1).map((s, i) => s - steps[i]);
    // Evenly decimated: every gap is the same except the newest (not yet a kept frame's spacing).
    expect(new Set(gaps.slice(0, -1)).size).toBe(1);
    expect(gaps[gaps.length - 1]).toBeLessThanOrEqual(gaps[0]);
    expect(replay.resolution()).toBeCloseTo((100_000 - steps[0]) / (steps.length - 1), 6);
  });

  it('gives the recorded frame nearest to a step, with that frame’s numbers', () => {
    const replay = new ReplayHistory(8);
    for (const step of [0, 100, 200, 300]) replay.push(snapshot(step));
    expect(replay.at(140)?.step).toBe(100);
    expect(replay.at(160)?.step).toBe(200);
    expect(replay.at(-5)?.step).toBe(0);
    expect(replay.at(1e9)?.step).toBe(300);
    expect(replay.at(200)?.layers.plain?.[1].preActivation.percentiles[2]).toBe(200);
    expect(new ReplayHistory().at(3)).toBeNull();
  });

  it('keeps one frame per step: a second frame of the same step (a pause) replaces the first', () => {
    const replay = new ReplayHistory(8);
    for (const step of [0, 10, 20, 20]) replay.push(snapshot(step));
    expect(replay.steps()).toEqual([0, 10, 20]);
    expect(replay.indexAt(20)).toBe(2);
    expect(replay.indexAt(10)).toBe(1);
  });

  it('counts a boundary shared by many frames once in its memory figure', () => {
    const boundary: BoundaryFrame = {
      xMin: -1,
      xMax: 1,
      yMin: -1,
      yMax: 1,
      resolution: 40,
      values: { plain: new Float32Array(1600), batchNorm: new Float32Array(1600) },
    };
    const replay = new ReplayHistory();
    for (let step = 0; step < 10; step++) replay.push(snapshot(step, boundary));
    const perLayers = 4 * 2 * (BINS * 4 + 8 * 15);
    expect(replay.bytes()).toBe(10 * (64 + perLayers) + 2 * 1600 * 4);
  });

  it('stays within a few megabytes for the deepest opening setup, however long it runs', () => {
    const replay = new ReplayHistory();
    const deep = (step: number): Snapshot => {
      const layers = Array.from({ length: 8 }, () => ({ ...layer(step), bnInput: tap(step) }));
      return {
        step,
        layers: { plain: layers, batchNorm: layers.map((l) => ({ ...l })) },
        boundary: null,
        bn: null,
      };
    };
    for (let step = 0; step < 20_000; step += 25) replay.push(deep(step));
    expect(replay.bytes()).toBeLessThan(6e6);
    expect(replay.length).toBeLessThanOrEqual(REPLAY_FRAMES);
  });
});
