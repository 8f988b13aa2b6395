/**
 * The channel between the page and its file worker: a file to read, then (for a table) its
 * header declared and its columns chosen. Each request carries an id its answer repeats. The
 * messages are defined beside the reader that answers them (experiment/tableDraft.ts).
 */
export type { FileLike, FromFileWorker, ToFileWorker } from '../experiment/tableDraft';
