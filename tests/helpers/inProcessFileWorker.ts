import { answerCalls } from '../../src/calls/calls';
import { answerFileRequest, TableReader } from '../../src/tables/tableDraft';
import type {
  FileAnswer,
  FileRequest,
  FromFileWorker,
  ReadProgress,
  ToFileWorker,
} from '../../src/protocol/files';
import type { FileWorkerPort } from '../../src/state/fileImport';

/** The file worker's code run in the test's own thread: the page's reader, answers as messages. */
export class InProcessFileWorker implements FileWorkerPort {
  private readonly reader = new TableReader();
  onmessage: ((event: MessageEvent<FromFileWorker>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  private readonly answer = answerCalls<FileRequest, FileAnswer, ReadProgress>(
    (data) => this.onmessage?.({ data } as MessageEvent<FromFileWorker>),
    (request, progress) =>
      answerFileRequest(this.reader, request, (encoding) => new TextDecoder(encoding), progress),
  );

  postMessage(message: ToFileWorker): void {
    void this.answer(message);
  }

  terminate(): void {
    this.onmessage = null;
  }
}
