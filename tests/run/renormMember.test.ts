import { describe, expect, it } from 'vitest';
import { BatchRenormLayer } from '../../src/engine/batchRenorm';
import { findPreset } from '../../src/experiment/presets';
import { cloneExperiment } from '../../src/experiment/schema';
import { toKeras } from '../../src/page/codegen';
import { ExperimentRun } from '../../src/run/runner';

describe('the Batch Renorm member of a cohort', () => {
  it('starts as Batch Norm exactly, then corrects towards its running averages', () => {
    const e = cloneExperiment(findPreset('deep-saturating')!.experiment);
    e.cohort = { ...e.cohort, third: 'batchRenorm' };
    const run = new ExperimentRun(e);
    const layer = run.cohort.networks.batchRenorm.blocks[0].batchNorm;
    expect(layer).toBeInstanceOf(BatchRenormLayer);
    // same placement as the BN twin (before), same parameters named brn…
    expect(run.cohort.networks.batchRenorm.layers.map((l) => l.kind).slice(0, 3)).toEqual([
      'dense',
      'batchNorm',
      'activation',
    ]);
    const first = run.step();
    // limits closed at the first step (r = 1, d = 0): BN's loss bit for bit
    expect(first.batchRenorm).toBe(first.batchNorm);
    let differs = false;
    for (let s = 0; s < 150; s++) {
      const losses = run.step();
      differs ||= losses.batchRenorm !== losses.batchNorm;
      expect(Number.isFinite(losses.batchRenorm)).toBe(true);
    }
    expect(differs).toBe(true);
    const renorm = layer as BatchRenormLayer;
    expect(renorm.currentLimits()).toEqual({ rMax: 3, dMax: 5 });
    expect([...renorm.r].some((r) => r !== 1)).toBe(true);
    expect(toKeras(e)).toContain('renorm=True');
  });
});
