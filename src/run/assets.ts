import type { DataAssets } from '../data/build';
import { parseMnistAsset } from '../data/mnist';
import { MNIST } from '../experiment/catalog';
import type { Experiment } from '../experiment/schema';

export type { DataAssets };

/** Files served beside the app that a run may need, by the path the page serves them at. */
export const MNIST_ASSET = MNIST.asset;

/** Whether the run of `experiment` needs the MNIST digits. */
export function needsMnist(experiment: Experiment): boolean {
  return experiment.data.type === 'named' && experiment.data.name === 'mnist';
}

/** The assets a run reads, from the MNIST asset's bytes (checked; throws with the reason). */
export function mnistAssets(bytes: Uint8Array): DataAssets {
  return { mnist: parseMnistAsset(bytes) };
}
