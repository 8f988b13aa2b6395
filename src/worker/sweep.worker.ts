/// <reference lib="webworker" />
/** A sweep worker: runs one sweep cell per call with the same code as the command line. */
import { answerCalls } from '../calls/calls';
import type { CellAlive, CellRequest, ToSweepWorker } from '../protocol/sweep';
import type { CellResult } from '../experiment/sweep';
import { MNIST_ASSET, mnistAssets, needsMnist, type DataAssets } from '../run/assets';
import { CellSetups } from '../run/sweepCell';
import { runClaimCell } from '../run/claimCell';
import { fetchAsset } from './assets';

declare const self: DedicatedWorkerGlobalScope;

let assets: DataAssets = {};
const setups = new CellSetups();
const ALIVE_MS = 1000;

const answer = answerCalls<CellRequest, CellResult, CellAlive>(
  (reply) => self.postMessage(reply),
  async (request, alive) => {
    const experiment = setups.of(request);
    if (needsMnist(experiment) && !assets.mnist) {
      assets = mnistAssets(await fetchAsset(MNIST_ASSET, () => undefined));
    }
    // A sign of life about once a second, so the page tells a long cell from a lost worker.
    let last = performance.now();
    return runClaimCell(experiment, request.cell, request.steps, assets, (step) => {
      const now = performance.now();
      if (now - last < ALIVE_MS) return;
      last = now;
      alive({ step });
    });
  },
);

self.onmessage = (event: MessageEvent<ToSweepWorker>) => void answer(event.data);
