import { visibleText } from '../experiment/fieldReader';
import type { Said } from '../i18n/translate';
import { MAX_EXPERIMENT_FILE_BYTES, tooLarge, type ImportedExperiment } from '../experiment/file';
import { unpackData } from '../experiment/packed';
import { splitRows } from '../experiment/cost';
import type { Experiment, InlineDataSpec, Task } from '../experiment/schema';
import { headForData } from '../experiment/shape';
import type { TableError } from '../tables/tableText';
import type { TableDraft, TableResult } from '../tables/tableDraft';
import { isTableFile, MAX_TABLE_BYTES } from '../tables/tableFile';
import { Caller } from '../calls/calls';
import type {
  FileAnswer,
  FileRequest,
  FromFileWorker,
  ReadProgress,
  ToFileWorker,
} from '../protocol/files';
import type { LabStore } from './store';

/** Gives the page's thread back to the browser between slices of work. */
const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** A file worker as the page sees it (src/worker/file.worker.ts). */
export interface FileWorkerPort {
  postMessage(message: ToFileWorker): void;
  onmessage: ((event: MessageEvent<FromFileWorker>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  terminate(): void;
}

/** The table being imported: its draft as the column picker shows it, and what is going on. */
export interface TableSlice {
  draft: TableDraft | null;
  /** Why the chosen columns cannot train (shown in the picker; the setup is unchanged). */
  problem: Said | null;
  /** Reading the file, or turning the columns into data. */
  busy: Said | null;
  /** The table last trained on: what it became, and its rows (to know it is still the data). */
  applied: { description: Said; rows: readonly unknown[]; dismissed: boolean } | null;
}

/**
 * A setup changed to train on a table's data: the head switched to the table's task when the
 * setup's does not fit it (as on the command line), the batch taken down to the training rows.
 */
export function withTableData(e: Experiment, data: InlineDataSpec): void {
  e.data = data;
  e.model.head = headForData(e.model.head, data);
  e.training.batchSize = Math.max(1, Math.min(e.training.batchSize, splitRows(data).train));
}

export const IDLE_TABLE: TableSlice = { draft: null, problem: null, busy: null, applied: null };

export interface FileImportHost {
  store: LabStore;
  notify(notice: Said): void;
  /** Applies a checked experiment file (or refuses it with its reasons). */
  applyExperiment(result: ImportedExperiment | null, name: string | Said): void;
  /** Trains on the table's data: the problems that stopped it, or none. */
  applyData(data: InlineDataSpec): Said[];
}

/**
 * Files dropped, picked or pasted: experiment files are read and checked in a worker and
 * applied all or nothing; tables are read there too and kept while the learner declares the
 * header and picks the label, the features and the task, then become the setup's inline data.
 * Tests give it a worker that runs the same code in their own thread.
 */
export class FileImport {
  /** The file worker while it is up, and the calls to it. */
  private reader: {
    worker: FileWorkerPort;
    caller: Caller<FileRequest, FileAnswer, ReadProgress>;
  } | null = null;
  /** Requests made so far: an answer that comes after a newer request is no longer wanted. */
  private requests = 0;

  constructor(
    private readonly host: FileImportHost,
    private readonly createWorker?: () => FileWorkerPort,
  ) {}

  private get state(): TableSlice {
    return this.host.store.getState().table;
  }

  private patch(changes: Partial<TableSlice>): void {
    this.host.store.setState({ table: { ...this.state, ...changes } });
  }

  /** Reads a dropped or picked file (its size checked first); a newer file supersedes it. */
  importFile(file: Blob & { name: string }): void {
    const shown = visibleText(file.name.slice(0, 80));
    const name: string | Said = shown || { key: 'file.theFile' };
    const table = isTableFile(file.name, '');
    if (!table && /\.json$/i.test(file.name) && file.size > MAX_EXPERIMENT_FILE_BYTES) {
      this.host.notify({ key: 'file.refused', values: { name, reasons: tooLarge(file.size) } });
      return;
    }
    if (file.size > MAX_TABLE_BYTES) {
      const size = Math.round(file.size / 1e6);
      this.host.notify({
        key: 'file.refused',
        values: {
          name,
          reasons: { key: 'file.tableTooLarge', values: { size, max: MAX_TABLE_BYTES / 1e6 } },
        },
      });
      return;
    }
    this.restart();
    this.patch({ draft: null, problem: null, busy: { key: 'file.reading', values: { name } } });
    void this.request({ type: 'read', file, name: file.name }).then((answer) => {
      if (!answer || answer.type !== 'read') return this.failed(name);
      this.patch({ busy: null });
      const { contents } = answer;
      if (contents === null) return this.failed(name);
      if (contents.kind === 'experiment') return this.host.applyExperiment(contents.result, name);
      if (contents.kind === 'tableError') {
        this.host.notify({
          key: 'file.notTable',
          values: { name, reason: contents.said },
        });
        return;
      }
      this.patch({ draft: { ...contents.draft, name: shown || '—' } });
    });
  }

  /** Reads a pasted table (or experiment) as a file would be read, named in the page's words. */
  importText(text: string, name = 'pasted table'): void {
    const file = new Blob([text], { type: 'text/plain' }) as Blob & { name: string };
    Object.defineProperty(file, 'name', { value: name });
    this.importFile(file);
  }

  /** Makes column `j` the label (it stops being a feature; the old label becomes one). */
  chooseLabel(j: number): void {
    const draft = this.state.draft;
    if (!draft || j === draft.label) return;
    const features = draft.features.filter((f) => f !== j);
    if (!features.includes(draft.label)) features.push(draft.label);
    this.patch({
      draft: { ...draft, label: j, features: features.sort((a, b) => a - b), task: draft.tasks[j] },
      problem: null,
    });
  }

  /** Uses column `j` as a feature, or not (the label cannot be one). */
  setFeature(j: number, used: boolean): void {
    const draft = this.state.draft;
    if (!draft || j === draft.label) return;
    const others = draft.features.filter((f) => f !== j);
    const features = used ? [...others, j].sort((a, b) => a - b) : others;
    this.patch({ draft: { ...draft, features }, problem: null });
  }

  /** Uses every one of `columns` as a feature, or none of them (never the label). */
  setFeatures(columns: readonly number[], used: boolean): void {
    const draft = this.state.draft;
    if (!draft) return;
    const chosen = new Set(draft.features);
    for (const j of columns) if (j !== draft.label) chosen[used ? 'add' : 'delete'](j);
    this.patch({ draft: { ...draft, features: [...chosen].sort((a, b) => a - b) }, problem: null });
  }

  setTask(task: Task): void {
    const draft = this.state.draft;
    if (draft) this.patch({ draft: { ...draft, task }, problem: null });
  }

  /** Declares whether the table's first row is its header: the table is read again. */
  setHeader(header: boolean): void {
    const draft = this.state.draft;
    if (!draft || draft.hasHeader === header) return;
    this.patch({ busy: { key: 'file.readingAgain' } });
    void this.request({ type: 'reparse', header }).then((answer) => {
      if (!answer || answer.type !== 'reparse') return this.failed(draft.name);
      if ('error' in answer.draft) {
        this.patch({ busy: null, problem: answer.draft.said });
        return;
      }
      this.patch({ busy: null, problem: null, draft: { ...answer.draft, name: draft.name } });
    });
  }

  /** Turns the chosen columns into the setup's data and trains on it (or says why not). */
  apply(): void {
    const draft = this.state.draft;
    if (!draft) return;
    this.patch({ busy: { key: 'file.preparing', values: { name: draft.name } }, problem: null });
    const choice = { label: draft.label, features: draft.features, task: draft.task };
    void this.request({ type: 'data', choice }).then(async (answer) => {
      if (!answer || answer.type !== 'data') return this.failed(draft.name);
      const result: TableResult | TableError = answer.result;
      if ('error' in result) {
        this.patch({
          busy: null,
          problem: { key: 'file.unchanged', values: { reason: result.said } },
        });
        return;
      }
      const ticket = this.requests;
      const data = await unpackData(result.data.data, pause);
      // Another file (or Cancel) came meanwhile: this table is no longer wanted.
      if (ticket !== this.requests || this.state.draft === null) return;
      const problems = this.host.applyData(data);
      if (problems.length > 0) {
        this.patch({
          busy: null,
          problem: { key: 'file.unchanged', values: { reason: problems } },
        });
        return;
      }
      this.restart();
      this.host.store.setState({
        table: {
          ...IDLE_TABLE,
          applied: {
            description: result.said,
            rows: data.x,
            dismissed: false,
          },
        },
      });
    });
  }

  /** Hides the line on the table trained on (the setup form still says it). */
  dismissApplied(): void {
    const { applied } = this.state;
    if (applied) this.patch({ applied: { ...applied, dismissed: true } });
  }

  /** Closes the column picker; the setup stays as it is. */
  cancel(): void {
    this.restart();
    this.patch({ draft: null, problem: null, busy: null });
  }

  /** How far the file being read is, in the line that says it is being read. */
  private progress(message: ReadProgress): void {
    const busy = this.state.busy;
    const reading = busy?.key === 'file.reading' || busy?.key === 'file.readingShare';
    if (!reading || message.total === 0) return;
    const share = Math.floor((100 * message.loaded) / message.total);
    this.patch({
      busy: {
        key: 'file.readingShare',
        values: { name: busy.values!.name, share, size: message.total / 1e6 },
      },
    });
  }

  private failed(name: string | Said): void {
    this.patch({ busy: null });
    this.host.notify({ key: 'file.unreadable', values: { name } });
  }

  /** Drops the reader (and any work in it): the next request starts a fresh one. */
  private restart(): void {
    this.reader?.worker.terminate();
    this.reader?.caller.failAll('superseded');
    this.reader = null;
  }

  /** Asks the file worker (started when needed); null when it failed, stopped or was dropped. */
  private request(message: FileRequest): Promise<FileAnswer | null> {
    this.requests++;
    // Files are read in a worker only (the table rules stay out of the page's first bundle).
    if (!this.createWorker) return Promise.resolve(null);
    if (!this.reader) {
      const worker = this.createWorker();
      const caller = new Caller<FileRequest, FileAnswer, ReadProgress>((call) =>
        worker.postMessage(call),
      );
      worker.onmessage = (event) => caller.receive(event.data);
      worker.onerror = (event) => {
        event.preventDefault();
        this.restart();
      };
      this.reader = { worker, caller };
    }
    return this.reader.caller
      .call(message, { onProgress: (read) => this.progress(read) })
      .catch(() => null);
  }
}
