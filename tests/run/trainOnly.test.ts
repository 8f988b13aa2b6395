import { describe, expect, it } from 'vitest';
import { learningParameters } from '../../src/engine/cohort';
import { findPreset } from '../../src/experiment/presets';
import { cloneExperiment, type Experiment } from '../../src/experiment/schema';
import { toKeras } from '../../src/page/codegen';
import { ExperimentRun } from '../../src/run/runner';

const setup = (trainOnly: Experiment['training']['trainOnly']) => {
  const e = cloneExperiment(findPreset('deep-saturating')!.experiment);
  e.training.trainOnly = trainOnly;
  return e;
};

/** Every parameter's values, by name, for each twin. */
const snapshot = (run: ExperimentRun) =>
  Object.fromEntries(
    (['plain', 'batchNorm'] as const).map((m) => [
      m,
      Object.fromEntries(
        run.cohort.networks[m].parameters.map((p) => [p.name, Array.from(p.values)]),
      ),
    ]),
  ) as Record<'plain' | 'batchNorm', Record<string, number[]>>;

describe('training only some weights', () => {
  it('picks the parameters by name: γ and β, or the output layer', () => {
    const run = new ExperimentRun(setup('all'));
    const bn = run.cohort.networks.batchNorm.parameters;
    expect(
      learningParameters(bn, 'normalization')
        .map((p) => p.name)
        .slice(0, 2),
    ).toEqual(['bn1.gamma', 'bn1.beta']);
    expect(learningParameters(bn, 'normalization')).toHaveLength(12);
    expect(learningParameters(bn, 'output').map((p) => p.name)).toEqual([
      'output.kernel',
      'output.bias',
    ]);
    expect(learningParameters(run.cohort.networks.plain.parameters, 'normalization')).toEqual([]);
  });

  it.each(['normalization', 'output'] as const)(
    'leaves every other weight at its initial value (%s)',
    (trainOnly) => {
      const run = new ExperimentRun(setup(trainOnly));
      const before = snapshot(run);
      for (let s = 0; s < 20; s++) run.step();
      const after = snapshot(run);
      for (const twin of ['plain', 'batchNorm'] as const)
        for (const name of Object.keys(before[twin])) {
          const learns =
            trainOnly === 'output'
              ? name.startsWith('output.')
              : name.endsWith('.gamma') || name.endsWith('.beta');
          if (learns) expect(after[twin][name], `${twin} ${name}`).not.toEqual(before[twin][name]);
          else expect(after[twin][name], `${twin} ${name}`).toEqual(before[twin][name]);
        }
      expect(toKeras(setup(trainOnly))).toContain('this code trains every weight.');
    },
  );

  it('trains as before when every weight learns', () => {
    const a = new ExperimentRun(setup('all'));
    const b = new ExperimentRun(findPreset('deep-saturating')!.experiment);
    for (let s = 0; s < 10; s++) expect(a.step()).toEqual(b.step());
    expect(toKeras(setup('all'))).not.toContain('this code trains every weight');
  });
});
