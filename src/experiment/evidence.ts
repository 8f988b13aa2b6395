import { bandKey, bandPlan } from './bands';
import type { Experiment } from './schema';
import { defaultThreshold, sweepCells, type CellResult, type SweepSpec } from './sweep';
import { dataShape } from './shape';
import type { Member } from './members';

/**
 * The evidence behind the slider's bands and the scoreboard, for one setup: three sweeps of short
 * runs over seeds, planned here (data in, data out) and run by src/run/sweepCell.ts — in the
 * background for a setup of the learner's, or ahead of time for the presets (`npm run evidence`
 * writes src/experiment/evidence/*.json, which the page loads with the preset).
 */

/** The test accuracy "steps to target" counts up to. */
export const TARGET_ACCURACY = 0.9;
/** The init scales the init probe tries, as multiples of the scheme's weights. */
export const INIT_SCALES = [0.01, 0.1, 1, 10, 100];
/** Seeds of the scoreboard's runs at the setup's η (seed, seed + 1, …). */
export const SCORE_SEEDS = 3;
/** The scoreboard's runs last at most this many steps: the first 10 s of the page at 10 steps a frame. */
export const SCORE_STEPS = 3000;

/** One sweep as measured: its plan, the loss threshold its outcomes are judged by, its runs. */
export interface MeasuredSweep {
  spec: SweepSpec;
  threshold: number;
  results: CellResult[];
}

/** Santurkar et al.'s internal covariate shift over seeds: when and how it was measured. */
export interface IcsPlan {
  steps: number;
  /** Measured on every step that is a multiple of this. */
  every: number;
  /** The windows of steps (both ends included) whose measurements are summed up. */
  windows: { from: number; to: number }[];
  seeds: number;
}

/** The measured ICS of one seed: per network, per window, or null (blew up, not measured). */
export interface IcsSeed {
  seed: number;
  /**
   * Per network and window: the mean over Dense layers 2… of the median ‖G − G′‖/‖G‖ of the
   * window's measurements (the statistic the optimization caption reads from one run).
   */
  values: Partial<Record<Member, (number | null)[]>>;
}

export interface IcsEvidence {
  plan: IcsPlan;
  seeds: IcsSeed[];
}

/** The sweeps that depend on η: the init probe, the score runs and the ICS, at one learning rate. */
export interface RateEvidence {
  learningRate: number;
  init: MeasuredSweep;
  scores: MeasuredSweep;
  ics: IcsEvidence;
}

/**
 * A setup's evidence: the setup (at the first of its rates), its bands (independent of η) and
 * the η-dependent sweeps at some rates.
 */
export interface SetupEvidence {
  experiment: Experiment;
  bands: MeasuredSweep;
  rates: RateEvidence[];
}

/**
 * What ships with a preset: the evidence of its setup at both BN placements, and of the setups
 * its tour steps load.
 */
export interface PresetEvidence {
  presetId: string;
  setups: SetupEvidence[];
}

/** A setup to measure for a preset's evidence, at these learning rates. */
export interface EvidenceRequest {
  experiment: Experiment;
  learningRates: number[];
}

/** The loss under which a run of this setup counts as trained. */
export function lossThreshold(e: Experiment): number {
  return defaultThreshold(e.model.head, dataShape(e.data).classes);
}

/** Advantage 4: the setup's short band runs at its η over init scales. */
export function initPlan(e: Experiment): SweepSpec {
  const bands = bandPlan(e);
  return {
    learningRates: [e.optimizer.learningRate],
    initScales: INIT_SCALES.map((k) => k * e.init.scale),
    seeds: bands.seeds,
    steps: bands.steps,
  };
}

/**
 * Advantages 2 and 3: the setup at its η over SCORE_SEEDS seeds, each run measuring the step its
 * test accuracy first reaches TARGET_ACCURACY (checked after every step) and its train − test
 * gap at the end.
 */
export function scorePlan(e: Experiment): SweepSpec {
  return {
    learningRates: [e.optimizer.learningRate],
    seeds: SCORE_SEEDS,
    steps: Math.min(e.training.steps, SCORE_STEPS),
    target: TARGET_ACCURACY,
  };
}

/** ICS runs: the setup's first 2,000 steps (or fewer), measured 20 times, two windows compared. */
export function icsPlan(e: Experiment): IcsPlan {
  const steps = Math.min(e.training.steps, 2000);
  const every = Math.max(1, Math.floor(steps / 20));
  return {
    steps,
    every,
    windows: [
      { from: Math.round(steps / 4), to: Math.round(steps / 2) },
      { from: Math.round((3 * steps) / 4), to: steps },
    ],
    seeds: SCORE_SEEDS,
  };
}

/** A sweep's plan with its threshold and its cells, for a setup. */
export function planned(e: Experiment, spec: SweepSpec) {
  return { spec, threshold: lossThreshold(e), cells: sweepCells(e, spec) };
}

/**
 * The shipped evidence that fits the setup `e`, if any: a setup's bands when `e` is that setup
 * but for η, and its η-dependent sweeps when η is one it measured too (with the same steps).
 */
export function matchEvidence(
  e: Experiment,
  evidence: PresetEvidence | undefined,
): { setup: SetupEvidence; rate: RateEvidence | null } | null {
  const key = bandKey(e);
  const setup = evidence?.setups.find((s) => bandKey(s.experiment) === key);
  if (!setup) return null;
  const steps = scorePlan(e).steps;
  const rate =
    setup.rates.find(
      (r) => r.learningRate === e.optimizer.learningRate && r.scores.spec.steps === steps,
    ) ?? null;
  return { setup, rate };
}
