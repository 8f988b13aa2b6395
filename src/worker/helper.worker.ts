/// <reference lib="webworker" />
/**
 * The helper worker of the two-core mode: trains the BN twin for the training worker, which
 * reaches it through a MessagePort the page hands to both.
 */
import type { HelperPort } from '../protocol/helper';
import { serveHalf } from './halves';

declare const self: DedicatedWorkerGlobalScope;

self.onmessage = (event: MessageEvent<{ type: 'serve'; port: MessagePort }>) => {
  if (event.data.type === 'serve') serveHalf(event.data.port as HelperPort);
};
