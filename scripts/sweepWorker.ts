/** One thread of the command line's sweep pool: runs the runs it is sent, as the page's workers do. */
import { parentPort } from 'node:worker_threads';
import { answerCalls } from '../src/calls/calls';
import type { CellResult } from '../src/experiment/sweep';
import type { CellAlive, CellRequest, ToSweepWorker } from '../src/protocol/sweep';
import { mnistAssets, needsMnist, type DataAssets } from '../src/run/assets';
import { CellSetups } from '../src/run/sweepCell';
import { runClaimCell } from '../src/run/claimCell';
import { ensureMnistAsset } from './prepare-mnist';

let assets: DataAssets | null = null;
const setups = new CellSetups();

const answer = answerCalls<CellRequest, CellResult, CellAlive>(
  (reply) => parentPort?.postMessage(reply),
  (request) => {
    const experiment = setups.of(request);
    assets ??= needsMnist(experiment) ? mnistAssets(ensureMnistAsset()) : {};
    return runClaimCell(experiment, request.cell, request.steps, assets);
  },
);

parentPort?.on('message', (call: ToSweepWorker) => void answer(call));
