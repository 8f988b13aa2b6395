/**
 * What the page decides about a file before any table code loads: whether it is a table, and the
 * largest one it reads (the reader itself, tableDraft.ts, runs in the file worker).
 */

/** Tables larger than this are refused before they are read. */
export const MAX_TABLE_BYTES = 200e6;

/** Whether a file is a table: by its name, else by not starting as JSON does. */
export function isTableFile(name: string, head: string): boolean {
  if (/\.json$/i.test(name)) return false;
  if (/\.(csv|tsv|tab|txt)$/i.test(name)) return true;
  return !/^\uFEFF?\s*[{[]/.test(head);
}
