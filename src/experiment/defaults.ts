import { FIELDS, type FieldSpec } from './fields';
import { setAt } from './paths';
import type { Experiment } from './schema';

/**
 * The default description, assembled from the defaults of the field table: the lecture's worked
 * example (placement table, Dense(3, relu) → BN → Dense(2, relu) → BN → Dense(1, sigmoid)). A
 * missing field of a file takes its value here.
 */
export const DEFAULT_EXPERIMENT: Experiment = (() => {
  const experiment: Record<string, unknown> = {};
  for (const [path, spec] of Object.entries(FIELDS) as [string, FieldSpec][]) {
    if (path.includes('[]') || spec.only === 'inline' || !('default' in spec)) continue;
    if (spec.default !== undefined)
      setAt(experiment, path, JSON.parse(JSON.stringify(spec.default)));
  }
  return experiment as unknown as Experiment;
})();
