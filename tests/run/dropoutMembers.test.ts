import { describe, expect, it } from 'vitest';
import { toKeras, toPyTorch } from '../../src/page/codegen';
import { findPreset } from '../../src/experiment/presets';
import { cloneExperiment } from '../../src/experiment/schema';
import { parseExperiment } from '../../src/experiment/validate';
import { evaluateSplit } from '../../src/run/evaluate';
import { ExperimentRun } from '../../src/run/runner';

/** The deep sigmoid preset with both dropout members beside the twins. */
function withDropout(rate = 0.3) {
  const e = cloneExperiment(findPreset('deep-saturating')!.experiment);
  e.cohort = { ...e.cohort, third: 'plainDropout', fourth: 'batchNormDropout', dropout: rate };
  return e;
}

describe('the dropout members of a cohort', () => {
  it('train the twins with dropout, the same units dropped in both, the twins untouched', () => {
    const run = new ExperimentRun(withDropout());
    const alone = new ExperimentRun(findPreset('deep-saturating')!.experiment);
    for (let s = 0; s < 30; s++) {
      const losses = run.step();
      const twins = alone.step();
      // Adding members changes nothing of the twins: dropout has its own random stream.
      expect([losses.plain, losses.batchNorm]).toEqual([twins.plain, twins.batchNorm]);
      expect(losses.plainDropout).not.toBe(losses.plain);
    }
    const { networks } = run.cohort;
    const plain = networks.plainDropout.blocks.map((b) => Array.from(b.dropout!.mask));
    const bn = networks.batchNormDropout.blocks.map((b) => Array.from(b.dropout!.mask));
    expect(bn).toEqual(plain);
    expect(networks.plain.blocks.every((b) => b.dropout === null)).toBe(true);
    expect(networks.batchNormDropout.blocks[0].batchNorm).not.toBeNull();
    expect(networks.plainDropout.blocks[0].normalization).toBeNull();
    // At inference no unit is dropped: scoring twice gives the same numbers.
    const first = evaluateSplit(networks.batchNormDropout, run.testSample);
    expect(evaluateSplit(networks.batchNormDropout, run.testSample)).toEqual(first);
  });

  it('reproduce their runs from the seed', () => {
    const a = new ExperimentRun(withDropout());
    const b = new ExperimentRun(withDropout());
    for (let s = 0; s < 10; s++) expect(a.step()).toEqual(b.step());
    const c = new ExperimentRun({ ...withDropout(), seed: 2 });
    expect(c.step().plainDropout).not.toBe(new ExperimentRun(withDropout()).step().plainDropout);
  });

  it('are described, bounded and exported with their rate', () => {
    const e = withDropout(0.25);
    expect(parseExperiment(e, e).errors).toEqual([]);
    const bad = parseExperiment({ ...e, cohort: { ...e.cohort, dropout: 1 } }, e).errors;
    expect(bad.map((x) => x.path)).toEqual(['cohort.dropout']);
    expect(toKeras(e)).toContain(
      '#   batchNormDropout: the BN twin’s normalization, and layers.Dropout(0.25) after each hidden layer'.replace(
        '’',
        "'",
      ),
    );
    expect(toPyTorch(e)).toContain(
      '#   plainDropout: no normalization, and nn.Dropout(p=0.25) after each hidden layer',
    );
  });
});
