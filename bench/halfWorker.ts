/** A Node worker thread serving one half of the twins (the browser's helper worker, in Node). */
import { workerData } from 'node:worker_threads';
import type { MessagePort } from 'node:worker_threads';
import type { HalfPort } from '../src/protocol/messages';
import { serveHalf } from '../src/worker/remoteHalf';

serveHalf((workerData as { port: MessagePort }).port as unknown as HalfPort);
