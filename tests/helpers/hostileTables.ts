/**
 * Tables as people write them, generated (deterministic) so the test files stay small: the
 * review's messy table (an identifier, a free-text column, one "NA" in a number column, NaN and
 * inf, a city column) and a table of 10,000 columns.
 */

/** A deterministic stream of numbers in [0, 1). */
function stream(seed: number): () => number {
  let state = seed;
  return () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
}

const CITIES = Array.from({ length: 20 }, (_, k) => `City ${String.fromCharCode(65 + k)}`);

/**
 * 500 students: student_id (S-0001, …), cgpa, iq (one "NA", one "NaN", one "inf"), city (20
 * values), notes (a different sentence per row) and placed (yes/no). Every column a feature would
 * make 1 + 1 + 20 + 500 + 500 = 1,022 inputs; the default choice makes 22.
 */
export function messyTableCsv(): string {
  const next = stream(11);
  const lines = ['student_id,cgpa,iq,city,notes,placed'];
  for (let i = 0; i < 500; i++) {
    const cgpa = 5 + next() * 5;
    const iq = Math.round(80 + next() * 60);
    const placed = (cgpa - 7) * 10 + (iq - 110) / 3 + next() * 8 - 4 > 0;
    const iqText = i === 3 ? 'NA' : i === 40 ? 'NaN' : i === 41 ? 'inf' : String(iq);
    const note = `"met on day ${i + 1}, said ${Math.round(next() * 1e6)}"`;
    lines.push(
      `S-${String(i + 1).padStart(4, '0')},${cgpa.toFixed(2)},${iqText},${CITIES[i % 20]},${note},${placed ? 'yes' : 'no'}`,
    );
  }
  return lines.join('\n') + '\n';
}

/** `columns` numeric columns c0, c1, … (the last a 0/1 label) over `rows` rows. */
export function wideTableCsv(columns = 10_000, rows = 12): string {
  const next = stream(5);
  const lines = [Array.from({ length: columns }, (_, j) => `c${j}`).join(',')];
  for (let i = 0; i < rows; i++) {
    const cells = Array.from({ length: columns - 1 }, () => (next() * 10).toFixed(2));
    cells.push(String(i % 2));
    lines.push(cells.join(','));
  }
  return lines.join('\n') + '\n';
}

/** A text as UTF-16 little-endian bytes with its byte order mark, as Excel's "Unicode text". */
export function utf16le(text: string): Uint8Array {
  const bytes = new Uint8Array(2 + 2 * text.length);
  bytes.set([0xff, 0xfe]);
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    bytes[2 + 2 * i] = unit & 0xff;
    bytes[3 + 2 * i] = unit >> 8;
  }
  return bytes;
}
