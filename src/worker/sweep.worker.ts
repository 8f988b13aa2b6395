/// <reference lib="webworker" />
/** A sweep worker: runs one sweep cell per message with the same code as the command line. */
import type { FromSweepWorker, ToSweepWorker } from '../protocol/sweep';
import { MNIST_ASSET, mnistAssets, needsMnist, type DataAssets } from '../run/assets';
import { runSweepCell } from '../run/sweepCell';
import { fetchAsset } from './assets';

declare const self: DedicatedWorkerGlobalScope;

let assets: DataAssets = {};

self.onmessage = async (event: MessageEvent<ToSweepWorker>) => {
  const { experiment, cell, steps } = event.data;
  let reply: FromSweepWorker;
  try {
    if (needsMnist(experiment) && !assets.mnist) {
      assets = mnistAssets(await fetchAsset(MNIST_ASSET, () => undefined));
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
