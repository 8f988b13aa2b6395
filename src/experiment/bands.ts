import { pow } from '../math/elementary';
import { dataShape, outputUnits } from './shape';
import type { Experiment } from './schema';
import {
  logGrid,
  OUTCOMES,
  outcomeOf,
  type CellResult,
  type Outcome,
  type SweepSpec,
} from './sweep';
import { cohortMembers, type Member } from './members';

/** The learning-rate slider's log axis: η from 10^LOG_LR_MIN to 10^LOG_LR_MAX. */
export const LOG_LR_MIN = -4;
export const LOG_LR_MAX = 1;

/** Work per step above which a setup gets the coarse band plan (batch × parameters). */
const HEAVY_STEP = 2e5;

/**
 * Batch rows × parameters of one network: how much one training step costs, roughly (a Dense
 * layer's forward and backward passes are both proportional to it).
 */
export function stepCost(e: Experiment): number {
  const { inputSize, classes, targetSize } = dataShape(e.data);
  let inputs = inputSize;
  let parameters = 0;
  for (const layer of e.model.hidden) {
    parameters += (inputs + 1) * layer.units;
    inputs = layer.units;
  }
  parameters += (inputs + 1) * outputUnits(e.model.head, classes, targetSize);
  return e.training.batchSize * parameters;
}

/** Whether a setup's steps are costly enough (MNIST) for the coarse band plan. */
export function isHeavy(e: Experiment): boolean {
  return stepCost(e) > HEAVY_STEP;
}

/**
 * The background sweep behind the slider's bands: learning rates across the slider's whole axis,
 * a few seeds, short runs. A light setup gets every half decade (11 rates), 3 seeds and up to 500
 * steps; a heavy one (MNIST) every decade, 2 seeds and 150 steps, so the bands arrive within a
 * minute or so on one worker either way.
 */
export function bandPlan(e: Experiment): SweepSpec {
  const decades = LOG_LR_MAX - LOG_LR_MIN;
  return isHeavy(e)
    ? {
        learningRates: logGrid(pow(10, LOG_LR_MIN), pow(10, LOG_LR_MAX), decades + 1),
        seeds: 2,
        steps: Math.min(e.training.steps, 150),
      }
    : {
        learningRates: logGrid(pow(10, LOG_LR_MIN), pow(10, LOG_LR_MAX), 2 * decades + 1),
        seeds: 3,
        steps: Math.min(e.training.steps, 500),
      };
}

/**
 * A setup as far as its numbers go: without how the momentum is written (the convention) and
 * without the settings of cohort members it does not train (noisy BN's noise, Group Norm's
 * groups, the dropout rate), and with every weight learning written as before the choice
 * existed. Two setups with equal numbers train the same networks bit for bit.
 */
export function numbersOf(e: Experiment): Record<string, unknown> {
  const members = cohortMembers(e);
  const { placement, momentum, epsilon } = e.batchNorm;
  const { third, fourth, noiseScale, noiseShift, groups, dropout } = e.cohort;
  const { trainOnly, ...training } = e.training;
  return {
    ...e,
    batchNorm: { placement, momentum, epsilon },
    // Every weight learning is how every setup trained before the choice existed.
    training: trainOnly === 'all' || trainOnly === undefined ? training : e.training,
    cohort: {
      third,
      fourth,
      ...(members.includes('noisyBatchNorm') ? { noiseScale, noiseShift } : {}),
      ...(members.includes('groupNorm') ? { groups } : {}),
      ...(members.some((m) => m === 'plainDropout' || m === 'batchNormDropout') ? { dropout } : {}),
    },
  };
}

/**
 * What identifies a setup's bands: its numbers (numbersOf) but the learning rate (which the
 * bands are over) and the planned steps beyond the band's runs. Equal keys give the same bands,
 * bit for bit.
 */
export function bandKey(e: Experiment): string {
  const { optimizer, training, data, ...rest } = numbersOf(e) as unknown as Experiment;
  const plan = bandPlan(e);
  return JSON.stringify({
    ...rest,
    // Inline rows by identity (they are never changed in place): a large table is not written out.
    data: data.type === 'inline' ? { ...data, x: rowsToken(data.x), y: rowsToken(data.y) } : data,
    optimizer: { ...optimizer, learningRate: null },
    training: { ...training, steps: plan.steps },
  });
}

const tokens = new WeakMap<readonly unknown[], number>();
let lastToken = 0;

/** A number that stands for one array of rows for as long as it lives. */
function rowsToken(rows: readonly unknown[]): number {
  let token = tokens.get(rows);
  if (token === undefined) tokens.set(rows, (token = ++lastToken));
  return token;
}

/** One learning rate of a band: how its seeds ended, and the outcome the band shows. */
export interface BandSegment {
  learningRate: number;
  counts: Record<Outcome, number>;
  /** The most common outcome over the seeds; a tie goes to the worse one (later in OUTCOMES). */
  outcome: Outcome;
}

export function band(
  results: readonly (CellResult | undefined)[],
  member: Member,
  threshold: number,
): BandSegment[] {
  const byRate = new Map<number, Record<Outcome, number>>();
  for (const r of results) {
    const o = r?.outcomes[member];
    if (!r || !o) continue;
    const counts = byRate.get(r.learningRate) ?? { trains: 0, tooSlow: 0, stalls: 0, blowsUp: 0 };
    counts[outcomeOf(o, threshold)]++;
    byRate.set(r.learningRate, counts);
  }
  return [...byRate.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([learningRate, counts]) => ({
      learningRate,
      counts,
      outcome: OUTCOMES.reduce((best, o) => (counts[o] >= counts[best] ? o : best), OUTCOMES[0]),
    }));
}

/**
 * The highest learning rate of a band below which every rate (from the lowest that trains) shows
 * `trains`: the band's edge, or null when none trains.
 */
export function bandEdge(segments: readonly BandSegment[]): number | null {
  let edge: number | null = null;
  for (const s of segments) {
    if (s.outcome === 'trains') edge = s.learningRate;
    else if (edge !== null) break;
  }
  return edge;
}
