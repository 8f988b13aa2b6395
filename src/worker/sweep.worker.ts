/// <reference lib="webworker" />
/** A sweep worker: runs one sweep cell per message with the same code as the command line. */
import type { FromSweepWorker, ToSweepWorker } from '../protocol/sweep';
import { MNIST_ASSET, mnistAssets, needsMnist, type DataAssets } from '../run/assets';
import { CellSetups, runSweepCell } from '../run/sweepCell';
import { fetchAsset } from './assets';

declare const self: DedicatedWorkerGlobalScope;

let assets: DataAssets = {};
const setups = new CellSetups();
const ALIVE_MS = 1000;

self.onmessage = async (event: MessageEvent<ToSweepWorker>) => {
  const { cell, steps } = event.data;
  let reply: FromSweepWorker;
  try {
    const experiment = setups.of(event.data);
    if (needsMnist(experiment) && !assets.mnist) {
      assets = mnistAssets(await fetchAsset(MNIST_ASSET, () => undefined));
    }
    // A sign of life about once a second, so the page tells a long cell from a lost worker.
    let last = performance.now();
    const alive = (step: number) => {
      const now = performance.now();
      if (now - last < ALIVE_MS) return;
      last = now;
      self.postMessage({ type: 'alive', index: cell.index, step } satisfies FromSweepWorker);
    };
    reply = { type: 'result', result: runSweepCell(experiment, cell, steps, assets, alive) };
  } catch (error) {
    reply = {
      type: 'error',
      index: cell.index,
      message: error instanceof Error ? error.message : String(error),
    };
  }
  self.postMessage(reply);
};
