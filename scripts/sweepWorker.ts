/** One thread of the command line's sweep pool: runs the runs it is sent, as the page's workers do. */
import { parentPort } from 'node:worker_threads';
import type { FromSweepWorker, ToSweepWorker } from '../src/protocol/sweep';
import { mnistAssets, needsMnist, type DataAssets } from '../src/run/assets';
import { CellSetups, runSweepCell } from '../src/run/sweepCell';
import { ensureMnistAsset } from './prepare-mnist';

let assets: DataAssets | null = null;
const setups = new CellSetups();

parentPort?.on('message', (message: ToSweepWorker) => {
  let reply: FromSweepWorker;
  try {
    const experiment = setups.of(message);
    assets ??= needsMnist(experiment) ? mnistAssets(ensureMnistAsset()) : {};
    reply = {
      type: 'result',
      result: runSweepCell(experiment, message.cell, message.steps, assets),
    };
  } catch (error) {
    reply = {
      type: 'error',
      index: message.cell.index,
      message: error instanceof Error ? error.message : String(error),
    };
  }
  parentPort?.postMessage(reply);
});
