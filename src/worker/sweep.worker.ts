/// <reference lib="webworker" />
/** A sweep worker: runs one sweep cell per message with the same code as the command line. */
import { runSweepCell } from '../experiment/sweep';
import type { SweepFromWorker, SweepToWorker } from '../protocol/messages';

declare const self: DedicatedWorkerGlobalScope;

self.onmessage = (event: MessageEvent<SweepToWorker>) => {
  const { experiment, cell, steps } = event.data;
  let reply: SweepFromWorker;
  try {
    reply = { type: 'result', result: runSweepCell(experiment, cell, steps) };
  } catch (error) {
    reply = {
      type: 'error',
      index: cell.index,
      message: error instanceof Error ? error.message : String(error),
    };
  }
  self.postMessage(reply);
};
