import type { Measured, MeasureRequest } from '../protocol/training';
import { batchNoise, resolveLayer, testTimeAccuracy } from '../run/measurements';
import type { ExperimentRun } from '../run/runner';
import { workedBatch } from '../run/workedBatch';

/**
 * A one-off measurement of the BN twin, taken in the run that trains it (this worker's, or the
 * helper's when two workers share the cohort): the batch noise at the followed layer.
 */
export function measureRun(
  run: ExperimentRun,
  request: MeasureRequest,
  followLayer: number,
): Measured {
  switch (request.what) {
    case 'testTime':
      return { type: 'measured', testTime: testTimeAccuracy(run) };
    case 'batchNoise':
      return { type: 'measured', batchNoise: batchNoise(run, resolveLayer(run, followLayer)) };
    case 'workedBatch':
      return { type: 'measured', workedBatch: workedBatch(run, request.layer) };
  }
}
