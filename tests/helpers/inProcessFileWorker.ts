import { answerFileRequest, TableReader } from '../../src/tables/tableDraft';
import type { FromFileWorker, ToFileWorker } from '../../src/protocol/files';
import type { FileWorkerPort } from '../../src/state/fileImport';

/** The file worker's code run in the test's own thread: the page's reader, answers as messages. */
export class InProcessFileWorker implements FileWorkerPort {
  private readonly reader = new TableReader();
  onmessage: ((event: MessageEvent<FromFileWorker>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;

  postMessage(message: ToFileWorker): void {
    const deliver = (data: FromFileWorker) =>
      this.onmessage?.({ data } as MessageEvent<FromFileWorker>);
    void answerFileRequest(
      this.reader,
      message,
      (encoding) => new TextDecoder(encoding),
      deliver,
    ).then(deliver);
  }

  terminate(): void {
    this.onmessage = null;
  }
}
