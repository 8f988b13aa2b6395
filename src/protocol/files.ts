/**
 * The channel between the page and its file worker: a file to read, then (for a table) its
 * header declared and its columns chosen. Each request is a call (src/calls/); the reader that
 * answers is tables/tableDraft.ts.
 */
import type { TableChoice } from '../tables/table';
import type { FileContents, TableDraft, TableResult } from '../tables/tableDraft';
import type { TableError } from '../tables/tableText';
import type { Call, Reply } from './callMessages';

/** A Blob or File (the shared code is compiled without the DOM's types). */
export interface FileLike {
  text(): Promise<string>;
  slice(start: number, end: number): { arrayBuffer(): Promise<ArrayBuffer> };
  readonly size: number;
}

export type FileRequest =
  | { type: 'read'; file: FileLike; name: string }
  | { type: 'reparse'; header: boolean }
  | { type: 'data'; choice: TableChoice };

export type FileAnswer =
  | { type: 'read'; contents: FileContents | null }
  | { type: 'reparse'; draft: TableDraft | TableError }
  | { type: 'data'; result: TableResult | TableError };

/** How much of the file has been read (bytes), while it is read. */
export type ReadProgress = { loaded: number; total: number };

export type ToFileWorker = Call<FileRequest>;
export type FromFileWorker = Reply<FileAnswer, ReadProgress>;
