/// <reference lib="webworker" />
/**
 * The training worker: a thin adapter from `onmessage` to the Trainer. Slices of training are
 * chained through a MessageChannel (not setTimeout, which browsers clamp to 4 ms when nested), so
 * page commands are handled between bursts.
 */
import type { ToTrainer } from '../protocol/training';
import { measureFlopsPerSecond } from '../run/calibrate';
import { fetchAsset } from './assets';
import { Trainer } from './trainer';

declare const self: DedicatedWorkerGlobalScope;

const channel = new MessageChannel();
const queue: (() => void)[] = [];
channel.port1.onmessage = () => queue.shift()?.();

const trainer = new Trainer({
  post: (message, transfer) => self.postMessage(message, transfer),
  now: () => performance.now(),
  schedule: (task, delayMs) => {
    if (delayMs > 0) {
      setTimeout(task, delayMs);
    } else {
      queue.push(task);
      channel.port2.postMessage(null);
    }
  },
  loadAsset: fetchAsset,
  calibrate: () => measureFlopsPerSecond(() => performance.now()),
});

self.onmessage = (event: MessageEvent<ToTrainer>) => trainer.handle(event.data);
