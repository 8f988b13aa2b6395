/// <reference lib="webworker" />
/**
 * Reads files off the page's thread: parsing and checking a 20 MB experiment file, or a table of
 * 100,000 rows, takes seconds, which would freeze the page. Keeps the table last read while the
 * learner picks its columns.
 */
import { answerFileRequest, TableReader, transferables } from '../tables/tableDraft';
import type { ToFileWorker } from '../protocol/files';

declare const self: DedicatedWorkerGlobalScope;

const reader = new TableReader();

self.onmessage = (event: MessageEvent<ToFileWorker>) => {
  void answerFileRequest(
    reader,
    event.data,
    (encoding) => new TextDecoder(encoding),
    (progress) => self.postMessage(progress),
  ).then((answer) => self.postMessage(answer, transferables(answer)));
};
