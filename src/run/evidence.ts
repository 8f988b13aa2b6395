import { bandPlan, numbersOf } from '../experiment/bands';
import {
  icsPlan,
  initPlan,
  planned,
  scorePlan,
  type IcsEvidence,
  type EvidenceRequest,
  type MeasuredSweep,
  type PresetEvidence,
  type RateEvidence,
} from '../experiment/evidence';
import { cloneExperiment, type Experiment } from '../experiment/schema';
import type { CellResult, SweepCell, SweepSpec } from '../experiment/sweep';
import type { Member } from '../experiment/members';
import type { DataAssets } from '../data/build';
import type { OptimizationMeasure } from './optimization';
import { runHeadless } from './headless';

/** Runs a sweep's cells (in a pool of threads, or one by one) and returns their results in order. */
export type CellRunner = (
  experiment: Experiment,
  cells: readonly SweepCell[],
  steps: number,
) => Promise<CellResult[]>;

/**
 * Evidence measured before, offered for reuse: a sweep of it is taken as it is when its setup and
 * plan are exactly the ones asked for (`npm run evidence -- --reuse`, after a change that adds a
 * measurement but changes no number; the shipped-evidence test recomputes a sample either way).
 */
export type EvidenceReuse = PresetEvidence | undefined;

async function measure(
  e: Experiment,
  spec: SweepSpec,
  runCells: CellRunner,
  previous?: MeasuredSweep,
): Promise<MeasuredSweep> {
  const { threshold, cells } = planned(e, spec);
  if (previous && JSON.stringify(previous.spec) === JSON.stringify(spec)) return previous;
  return { spec, threshold, results: await runCells(e, cells, spec.steps) };
}

/** The median of the values (null for none). */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * Santurkar et al.'s ICS of a setup over seeds: each seed's run measured every `every` steps,
 * and per window the mean over Dense layers 2… of each layer's median ‖G − G′‖/‖G‖.
 */
export function measureIcs(e: Experiment, assets: DataAssets = {}): IcsEvidence {
  const plan = icsPlan(e);
  const seeds = Array.from({ length: plan.seeds }, (_, k) => {
    const run = cloneExperiment(e);
    run.seed = e.seed + k;
    const measures = new Map<Member, OptimizationMeasure[]>();
    runHeadless(
      run,
      {
        steps: plan.steps,
        layersEvery: 0,
        keep: false,
        final: false,
        optimizationEvery: plan.every,
        onStep: (record) => {
          for (const [member, measure] of Object.entries(record.optimization ?? {}))
            if (measure)
              measures.set(member as Member, [...(measures.get(member as Member) ?? []), measure]);
        },
      },
      assets,
    );
    const values: Partial<Record<Member, (number | null)[]>> = {};
    for (const [member, list] of measures)
      values[member] = plan.windows.map(({ from, to }) => {
        const inWindow = list.filter((m) => m.step >= from && m.step <= to);
        const layers = inWindow[0]?.layers.length ?? 0;
        const perLayer: number[] = [];
        for (let l = 1; l < layers; l++) {
          const m = median(
            inWindow.flatMap((x) =>
              (x.layers[l]?.gradientChange ?? null) === null ? [] : [x.layers[l].gradientChange!],
            ),
          );
          if (m !== null) perLayer.push(m);
        }
        return perLayer.length > 0 ? perLayer.reduce((a, b) => a + b, 0) / perLayer.length : null;
      });
    return { seed: run.seed, values };
  });
  return { plan, seeds };
}

/**
 * Measures a preset's evidence: for each setup asked for, its bands, then at each learning rate
 * the init probe and the score runs — the same sweeps, cell for cell, as the page's background
 * measurement of that setup, so the numbers are the same bit for bit.
 */
export async function measureEvidence(
  presetId: string,
  requests: readonly EvidenceRequest[],
  runCells: CellRunner,
  onProgress: (what: string) => void = () => undefined,
  assets: DataAssets = {},
  reuse?: EvidenceReuse,
): Promise<PresetEvidence> {
  const evidence: PresetEvidence = { presetId, setups: [] };
  for (const request of requests) {
    const base = request.experiment;
    const name = `${presetId} (BN ${base.batchNorm.placement})`;
    // A setup measured before with the same numbers (a new field that changes none matches).
    const numbers = JSON.stringify(numbersOf(base));
    const before = reuse?.setups.find(
      (s) => JSON.stringify(numbersOf({ ...base, ...s.experiment })) === numbers,
    );
    onProgress(`${name}: bands`);
    const bands = await measure(base, bandPlan(base), runCells, before?.bands);
    const rates: RateEvidence[] = [];
    for (const learningRate of request.learningRates) {
      const e = cloneExperiment(base);
      e.optimizer.learningRate = learningRate;
      onProgress(`${name}, η = ${learningRate}: score runs, init scales, ICS`);
      const old = before?.rates.find((r) => r.learningRate === learningRate);
      const ics =
        old?.ics && JSON.stringify(old.ics.plan) === JSON.stringify(icsPlan(e))
          ? old.ics
          : measureIcs(e, assets);
      rates.push({
        learningRate,
        init: await measure(e, initPlan(e), runCells, old?.init),
        scores: await measure(e, scorePlan(e), runCells, old?.scores),
        ics,
      });
    }
    evidence.setups.push({ experiment: base, bands, rates });
  }
  return evidence;
}
