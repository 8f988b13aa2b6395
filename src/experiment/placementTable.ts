import type { InlineDataSpec, NamedDataSpec } from './schema';

/**
 * The worked example of the lecture notes: students described by CGPA (0–10 scale) and IQ
 * (around 100), and whether they were placed (1) or not (0). The two features live on very
 * different scales, which is the point of the input-normalization switch.
 */
export const PLACEMENT_FEATURES = ['cgpa', 'iq'] as const;

/** The lecture's own rows, exactly as its table writes them ("cgpa ia placed"; ia read as iq). */
// prettier-ignore
export const LECTURE_ROWS: readonly (readonly [number, number, 0 | 1])[] = [
  [8, 80, 1], [7, 70, 0], [6, 60, 1], [9, 90, 1],
];

/** Sixty invented rows of [cgpa, iq, placed], drawn to resemble the lecture's. */
// prettier-ignore
export const PLACEMENT_ROWS: readonly (readonly [number, number, 0 | 1])[] = [
  [6.2, 120, 1], [4.9, 88, 0], [4.9, 100, 0], [6.7, 112, 1], [6.6, 109, 0], [5.7, 74, 0],
  [7.4, 65, 0], [4.8, 114, 0], [5.3, 116, 0], [8.5, 115, 1], [7.7, 89, 1], [4.9, 116, 0],
  [7.9, 90, 1], [7.4, 90, 1], [8.4, 100, 1], [7.4, 68, 0], [8.1, 93, 1], [5.2, 78, 0],
  [5.3, 99, 0], [7.8, 107, 1], [8.8, 94, 1], [7.5, 87, 0], [8.6, 124, 1], [7.8, 130, 1],
  [7.7, 138, 1], [6.0, 84, 0], [4.7, 94, 0], [5.2, 133, 0], [5.2, 105, 0], [8.8, 122, 1],
  [7.2, 129, 1], [8.7, 101, 1], [6.3, 138, 1], [5.3, 110, 0], [5.7, 81, 0], [5.9, 123, 0],
  [6.4, 64, 0], [7.9, 80, 1], [7.8, 141, 1], [8.3, 127, 1], [6.5, 98, 0], [7.6, 111, 1],
  [5.6, 113, 0], [4.9, 115, 0], [5.1, 102, 0], [8.8, 97, 1], [5.8, 95, 0], [5.2, 138, 0],
  [6.8, 97, 0], [5.1, 97, 0], [8.6, 107, 1], [9.2, 95, 1], [7.2, 126, 1], [9.3, 123, 1],
  [5.9, 97, 0], [8.3, 74, 1], [6.2, 110, 1], [9.3, 124, 1], [8.5, 104, 1], [7.1, 102, 1],
];

/**
 * The rows of a named table (the lecture's 4 or the 60 invented ones) as inline data, with the
 * split it trains with (none for the lecture's rows); null for the other named sets.
 */
export function smallTable(data: NamedDataSpec): InlineDataSpec | null {
  const rows =
    data.name === 'lecture' ? LECTURE_ROWS : data.name === 'placement' ? PLACEMENT_ROWS : null;
  if (!rows) return null;
  return {
    type: 'inline',
    task: 'binary',
    featureNames: [...PLACEMENT_FEATURES],
    x: rows.map(([cgpa, iq]) => [cgpa, iq]),
    y: rows.map(([, , placed]) => placed),
    testFraction: data.name === 'lecture' ? 0 : data.testFraction,
    normalizeInputs: data.normalizeInputs,
  };
}
