/// <reference lib="webworker" />
/** A sweep worker: runs one sweep cell per message with the same code as the command line. */
import { MNIST_ASSET, parseMnistAsset } from '../data/mnist';
import { needsMnist, type DataAssets } from '../data/registry';
import { runSweepCell } from '../experiment/sweep';
import { fetchAsset } from './assets';
import type { SweepFromWorker, SweepToWorker } from '../protocol/messages';

declare const self: DedicatedWorkerGlobalScope;

let assets: DataAssets = {};

self.onmessage = async (event: MessageEvent<SweepToWorker>) => {
  const { experiment, cell, steps } = event.data;
  let reply: SweepFromWorker;
  try {
    if (needsMnist(experiment.data) && !assets.mnist) {
      assets = { mnist: parseMnistAsset(await fetchAsset(MNIST_ASSET, () => undefined)) };
    }
    reply = { type: 'result', result: runSweepCell(experiment, cell, steps, assets) };
  } catch (error) {
    reply = {
      type: 'error',
      index: cell.index,
      message: error instanceof Error ? error.message : String(error),
    };
  }
  self.postMessage(reply);
};
