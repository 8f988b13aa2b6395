import { DEFAULT_EXPERIMENT } from '../experiment/defaults';
import { experimentFromJson, type ImportedExperiment } from '../experiment/file';
import { packedData } from '../experiment/packed';
import type { Task } from '../experiment/schema';
import {
  inferTask,
  summarizeColumns,
  tableToData,
  type ColumnSummary,
  type TableChoice,
  type TableData,
} from './table';
import {
  detectDelimiter,
  rowBoundary,
  tableError,
  tableFromLines,
  tableLines,
  type Delimiter,
  type Table,
  type TableError,
  type TableLine,
} from './tableText';
import { visibleText } from '../experiment/fieldReader';
import { LIMITS } from '../experiment/fields';
import type { FileAnswer, FileLike, FileRequest, ReadProgress } from '../protocol/files';
import { describeTableData } from './tableColumns';
import { isTableFile, MAX_TABLE_BYTES } from './tableFile';
import { english, ENGLISH, type Said, type Translator } from '../i18n/translate';

export { isTableFile, MAX_TABLE_BYTES };

/**
 * A file the learner drops, picks or pastes, read off the page's thread: an experiment file
 * (JSON), or a table (CSV, TSV, semicolons) kept in the reader while the learner picks its
 * columns, then turned into inline data by the same rules as the command line's `--data`.
 */

/** Rows the column picker shows. */
export const PREVIEW_ROWS = 8;

/** A table as the column picker shows it, with the choice it proposes. */
export interface TableDraft {
  name: string;
  /** Data rows (the header excluded). */
  rows: number;
  columns: ColumnSummary[];
  /** The task each column would imply as the label. */
  tasks: Task[];
  /** The first rows, as text. */
  preview: string[][];
  delimiter: Delimiter;
  hasHeader: boolean;
  /** The label column: the last one, at first. */
  label: number;
  /** The feature columns: at first every other but identifiers and free text. */
  features: number[];
  task: Task;
}

export type FileContents =
  | { kind: 'experiment'; result: ImportedExperiment | null }
  | { kind: 'table'; draft: TableDraft }
  | ({ kind: 'tableError' } & TableError);

/** The learner's table turned into data, and one line on what it became. */
export interface TableResult {
  data: TableData;
  /** "data: marks.csv: 200 of 200 rows used; …", in English (as the command line says it). */
  description: string;
  /** The same line without "data: ", to say in the page's language. */
  said: Said;
}

const DELIMITER_NAMES: Record<Delimiter, string> = {
  ',': 'comma',
  ';': 'semicolon',
  '\t': 'tab',
};

/** "200 rows × 4 columns, separated by commas, with a header row". */
export function describeDraft(draft: TableDraft, t: Translator = ENGLISH): string {
  return t.t('picker.draft', {
    rows: draft.rows,
    columns: draft.columns.length,
    delimiter: DELIMITER_NAMES[draft.delimiter],
    header: draft.hasHeader ? 'yes' : 'no',
  });
}

/**
 * Holds the table last read, so the learner can declare its header and pick its columns without
 * reading it again. One per file worker (or per page, where there is no worker).
 */
export class TableReader {
  private lines: TableLine[] = [];
  private delimiter: Delimiter = ',';
  private name = '';
  private table: Table | null = null;
  private summaries: ColumnSummary[] = [];

  /** Reads a file's text: an experiment file is checked whole; a table is kept and drafted. */
  read(text: string, name: string): FileContents {
    this.table = null;
    if (!isTableFile(name, text.slice(0, 64))) {
      return { kind: 'experiment', result: experimentFromJson(text, DEFAULT_EXPERIMENT) };
    }
    const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    if (body.includes('\u0000')) return { kind: 'tableError', ...BINARY };
    this.delimiter = detectDelimiter(body);
    return this.keep(tableLines(body, this.delimiter).lines, name);
  }

  /**
   * Reads a table file a piece at a time (never the whole text at once), cutting the pieces at
   * rows' ends, and says how far it is; an experiment file (by its name) is read whole.
   */
  async readFile(
    file: FileLike,
    name: string,
    decoder: (encoding: TextEncoding) => ChunkDecoder,
    progress: (loaded: number, total: number) => void = () => undefined,
    chunkBytes = READ_CHUNK_BYTES,
  ): Promise<FileContents> {
    // Excel's "Unicode text" is UTF-16 with a byte order mark; everything else is read as UTF-8.
    const encoding = encodingOf(new Uint8Array(await file.slice(0, 2).arrayBuffer()));
    if (!/\.(csv|tsv|tab|txt)$/i.test(name)) {
      if (encoding === 'utf-8') return this.read(await file.text(), name);
      const bytes = new Uint8Array(await file.slice(0, file.size).arrayBuffer());
      return this.read(decoder(encoding).decode(bytes, { stream: false }), name);
    }
    this.table = null;
    const decode = decoder(encoding);
    const lines: TableLine[] = [];
    let carry = '';
    let nextLine = 1;
    let delimiter: Delimiter | null = null;
    const take = (piece: string) => {
      delimiter ??= detectDelimiter(piece);
      const read = tableLines(piece, delimiter, nextLine);
      nextLine += read.rows;
      for (const line of read.lines) lines.push(line);
    };
    for (let start = 0; start < file.size || start === 0; start += chunkBytes) {
      const end = Math.min(file.size, start + chunkBytes);
      const bytes = new Uint8Array(await file.slice(start, end).arrayBuffer());
      let text = carry + decode.decode(bytes, { stream: end < file.size });
      if (start === 0 && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      if (text.includes('\u0000')) return { kind: 'tableError', ...BINARY };
      progress(end, file.size);
      if (end >= file.size) {
        carry = text;
        break;
      }
      // The first piece is cut only once it holds enough lines to tell the delimiter.
      const { cut } = rowBoundary(text, false);
      if (cut < 0 || (delimiter === null && cut < 4096 && text.length < 64 * 1024)) {
        carry = text;
        continue;
      }
      take(text.slice(0, cut));
      carry = text.slice(cut);
      if (lines.length > MAX_TABLE_ROWS)
        return {
          kind: 'tableError',
          ...tableError({
            key: 'tableError.tooManyRows',
            values: { max: MAX_TABLE_ROWS, limit: LIMITS.inlineRows.max },
          }),
        };
    }
    if (carry !== '') take(carry);
    this.delimiter = delimiter ?? ',';
    return this.keep(lines, name);
  }

  private keep(lines: TableLine[], name: string): FileContents {
    this.lines = lines;
    this.name = name;
    const draft = this.parse({});
    return 'error' in draft ? { kind: 'tableError', ...draft } : { kind: 'table', draft };
  }

  /** Reads the kept table again with its first row declared a header, or not. */
  reparse(header: boolean): TableDraft | TableError {
    return this.parse({ header });
  }

  /** The chosen columns as inline data, or why they cannot train. */
  data(choice: TableChoice): TableResult | TableError {
    if (!this.table) return tableError({ key: 'tableError.noTable' });
    const data = tableToData(this.table, choice, this.summaries);
    if ('error' in data) return data;
    const said = describeTableData(data, this.table.rows.length, this.name);
    return { data, description: `data: ${english(said)}`, said };
  }

  private parse(options: { header?: boolean }): TableDraft | TableError {
    const table = tableFromLines(this.lines, this.delimiter, options.header);
    if ('error' in table) return table;
    if (table.header.length < 2) return tableError({ key: 'tableError.oneColumn' });
    this.table = table;
    this.summaries = summarizeColumns(table);
    const label = table.header.length - 1;
    const tasks = table.header.map((_, j) => inferTask(table, j, this.summaries));
    const summaries = this.summaries;
    return {
      name: this.name,
      rows: table.rows.length,
      columns: this.summaries,
      tasks,
      preview: table.rows.slice(0, PREVIEW_ROWS).map((row) => row.map(visibleText)),
      delimiter: table.delimiter,
      hasHeader: table.hasHeader,
      label,
      // Identifiers and free text are left out at first (the picker says why).
      features: table.header
        .map((_, j) => j)
        .filter((j) => j !== label && summaries[j].leftOut === undefined),
      task: tasks[label],
    };
  }
}

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be';

/** A file's encoding from its first bytes: UTF-16 when they are its byte order mark. */
export function encodingOf(head: Uint8Array): TextEncoding {
  if (head[0] === 0xff && head[1] === 0xfe) return 'utf-16le';
  if (head[0] === 0xfe && head[1] === 0xff) return 'utf-16be';
  return 'utf-8';
}

/** A TextDecoder (see FileLike). */
export interface ChunkDecoder {
  decode(bytes: Uint8Array, options: { stream: boolean }): string;
}

/** Bytes read at a time from a table file. */
export const READ_CHUNK_BYTES = 4 * 1024 * 1024;
/** A table with more rows than this is refused while it is read (twice what can train). */
export const MAX_TABLE_ROWS = 2 * LIMITS.inlineRows.max;
const BINARY = tableError({ key: 'tableError.binary' });

/** Answers one request with a reader that keeps the table last read. */
export async function answerFileRequest(
  reader: TableReader,
  message: FileRequest,
  decoder: (encoding: TextEncoding) => ChunkDecoder,
  progress: (read: ReadProgress) => void = () => undefined,
): Promise<FileAnswer> {
  switch (message.type) {
    case 'read': {
      const contents = await reader
        .readFile(message.file, message.name, decoder, (loaded, total) =>
          progress({ loaded, total }),
        )
        .catch(() => null);
      return { type: 'read', contents };
    }
    case 'reparse':
      return { type: 'reparse', draft: reader.reparse(message.header) };
    case 'data': {
      // The rows travel packed: one block of memory, not 100,000 arrays to copy.
      const result = reader.data(message.choice);
      if ('error' in result) return { type: 'data', result };
      const data = packedData(result.data.data);
      return { type: 'data', result: { ...result, data: { ...result.data, data } } };
    }
  }
}

/** The memory a worker's answer can hand over instead of copying (packed rows). */
export function transferables(answer: FileAnswer): ArrayBuffer[] {
  if (answer.type !== 'data' || 'error' in answer.result) return [];
  const packed = answer.result.data.data.packed;
  return packed ? [packed.x.buffer as ArrayBuffer, packed.y.buffer as ArrayBuffer] : [];
}
