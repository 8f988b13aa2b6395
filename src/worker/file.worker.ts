/// <reference lib="webworker" />
/**
 * Reads files off the page's thread: parsing and checking a 20 MB experiment file, or a table of
 * 100,000 rows, takes seconds, which would freeze the page. Keeps the table last read while the
 * learner picks its columns.
 */
import { answerCalls } from '../calls/calls';
import { answerFileRequest, TableReader, transferables } from '../tables/tableDraft';
import type { FileAnswer, FileRequest, ReadProgress, ToFileWorker } from '../protocol/files';

declare const self: DedicatedWorkerGlobalScope;

const reader = new TableReader();
const answer = answerCalls<FileRequest, FileAnswer, ReadProgress>(
  (reply, transfer) => self.postMessage(reply, transfer ?? []),
  (request, progress) =>
    answerFileRequest(reader, request, (encoding) => new TextDecoder(encoding), progress),
  transferables,
);

self.onmessage = (event: MessageEvent<ToFileWorker>) => void answer(event.data);
