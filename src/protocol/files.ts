/**
 * The channel between the page and its file worker: a file to read, then (for a table) its
 * header declared and its columns chosen. Each request carries an id its answer repeats; the
 * reader that answers is tables/tableDraft.ts.
 */
import type { TableChoice } from '../tables/table';
import type { FileContents, TableDraft, TableResult } from '../tables/tableDraft';
import type { TableError } from '../tables/tableText';

/** A Blob or File (the shared code is compiled without the DOM's types). */
export interface FileLike {
  text(): Promise<string>;
  slice(start: number, end: number): { arrayBuffer(): Promise<ArrayBuffer> };
  readonly size: number;
}

export type ToFileWorker =
  | { id: number; type: 'read'; file: FileLike; name: string }
  | { id: number; type: 'reparse'; header: boolean }
  | { id: number; type: 'data'; choice: TableChoice };

export type FromFileWorker =
  | { id: number; type: 'read'; contents: FileContents | null }
  /** How much of the file has been read (bytes), while it is read. */
  | { id: number; type: 'progress'; loaded: number; total: number }
  | { id: number; type: 'reparse'; draft: TableDraft | TableError }
  | { id: number; type: 'data'; result: TableResult | TableError };
