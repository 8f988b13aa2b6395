/** A Node worker thread serving one half of the twins (the browser's helper worker, in Node). */
import { workerData } from 'node:worker_threads';
import type { MessagePort } from 'node:worker_threads';
import type { HelperPort } from '../src/protocol/helper';
import { serveHalf } from '../src/worker/halves';

serveHalf((workerData as { port: MessagePort }).port as unknown as HelperPort);
