import { bandKey } from '../experiment/bands';
import type { EvidenceRequest } from '../experiment/evidence';
import type { Preset } from '../experiment/presets';
import { cloneExperiment, type Experiment } from '../experiment/schema';
import { stepSetup, TOUR } from './tour';

/**
 * What `npm run evidence` measures and ships for a preset: its setup at both BN placements (at
 * its own only when it has no BN) and every setup a tour step loads from it, each at every η
 * it is shown with, so the bands and the scoreboard are there the moment a preset or a tour
 * step loads.
 */
export function evidenceRequests(preset: Preset): EvidenceRequest[] {
  const setups: Experiment[] = [];
  const own = preset.experiment.batchNorm.placement;
  for (const placement of own === 'none' ? [own] : (['before', 'after'] as const)) {
    const e = cloneExperiment(preset.experiment);
    e.batchNorm.placement = placement;
    setups.push(e);
  }
  for (const step of TOUR) {
    const { presetId, experiment } = stepSetup(step);
    if (presetId === preset.id && step.patch) setups.push(experiment);
  }
  const requests: EvidenceRequest[] = [];
  for (const e of setups) {
    const same = requests.find((r) => bandKey(r.experiment) === bandKey(e));
    if (!same) requests.push({ experiment: e, learningRates: [e.optimizer.learningRate] });
    else if (!same.learningRates.includes(e.optimizer.learningRate))
      same.learningRates.push(e.optimizer.learningRate);
  }
  return requests;
}
