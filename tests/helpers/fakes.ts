import type { FromTrainer, ToTrainer } from '../../src/protocol/training';
import type { WorkerPort } from '../../src/state/client';

/** A training worker that records what the page sends and answers nothing. */
export class SilentWorker implements WorkerPort {
  onmessage: ((event: MessageEvent<FromTrainer>) => void) | null = null;
  onerror = null;
  sent: ToTrainer[] = [];
  postMessage(message: ToTrainer): void {
    this.sent.push(message);
  }
  terminate(): void {}
}

/**
 * The lecture's kind of table, small: a text feature (city), a missing iq (line 4) and a cgpa
 * that is not a number (line 8).
 */
export const PLACEMENT_CSV = [
  'cgpa,iq,city,placed',
  '8.1,120,Pune,yes',
  '6.2,95,Delhi,no',
  '7.4,,Pune,yes',
  '5.9,88,Delhi,no',
  '9.0,130,Mumbai,yes',
  '6.8,101,Pune,no',
  'n/a,99,Delhi,no',
].join('\n');
