import { bandPlan } from '../experiment/bands';
import {
  initPlan,
  planned,
  scorePlan,
  type EvidenceRequest,
  type MeasuredSweep,
  type PresetEvidence,
  type RateEvidence,
} from '../experiment/evidence';
import { cloneExperiment, type Experiment } from '../experiment/schema';
import type { CellResult, SweepCell, SweepSpec } from '../experiment/sweep';

/** Runs a sweep's cells (in a pool of threads, or one by one) and returns their results in order. */
export type CellRunner = (
  experiment: Experiment,
  cells: readonly SweepCell[],
  steps: number,
) => Promise<CellResult[]>;

async function measure(
  e: Experiment,
  spec: SweepSpec,
  runCells: CellRunner,
): Promise<MeasuredSweep> {
  const { threshold, cells } = planned(e, spec);
  return { spec, threshold, results: await runCells(e, cells, spec.steps) };
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
): Promise<PresetEvidence> {
  const evidence: PresetEvidence = { presetId, setups: [] };
  for (const request of requests) {
    const base = request.experiment;
    const name = `${presetId} (BN ${base.batchNorm.placement})`;
    onProgress(`${name}: bands`);
    const bands = await measure(base, bandPlan(base), runCells);
    const rates: RateEvidence[] = [];
    for (const learningRate of request.learningRates) {
      const e = cloneExperiment(base);
      e.optimizer.learningRate = learningRate;
      onProgress(`${name}, η = ${learningRate}: score runs, init scales`);
      rates.push({
        learningRate,
        init: await measure(e, initPlan(e), runCells),
        scores: await measure(e, scorePlan(e), runCells),
      });
    }
    evidence.setups.push({ experiment: base, bands, rates });
  }
  return evidence;
}
