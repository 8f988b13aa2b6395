import { LIMITS } from '../experiment/fields';
import type { DataSpec, InlineDataSpec } from '../experiment/schema';

/**
 * Points the learner draws on the decision-boundary plane. Drawing works in the plane as shown:
 * the first point drawn turns the current 2-D training points (standardized, when the inputs
 * are) into inline rows with normalization off, so every point stays where it was drawn and the
 * twins train on exactly the picture. Binary data only (the plane shows P(class 1)).
 */

/** The rows drawing starts from: drawn rows already, or the points the plane shows. */
export function drawingBase(
  data: DataSpec,
  shown: { x: ArrayLike<number>; y: ArrayLike<number>; count: number },
  featureNames: readonly string[],
): InlineDataSpec {
  if (isDrawn(data)) return data;
  const round = (v: number) => Math.round(v * 1000) / 1000;
  const x: number[][] = [];
  const y: number[] = [];
  for (let i = 0; i < shown.count; i++) {
    x.push([round(shown.x[2 * i]), round(shown.x[2 * i + 1])]);
    y.push(shown.y[i] > 0.5 ? 1 : 0);
  }
  return {
    type: 'inline',
    task: 'binary',
    featureNames: featureNames.length === 2 ? [...featureNames] : ['x1', 'x2'],
    x,
    y,
    testFraction: data.testFraction,
    normalizeInputs: false,
  };
}

/** Whether the data are rows drawing can go on from (binary, 2 inputs, not normalized). */
export function isDrawn(data: DataSpec): data is InlineDataSpec {
  return (
    data.type === 'inline' &&
    data.task === 'binary' &&
    !data.normalizeInputs &&
    (data.x[0]?.length ?? 0) === 2
  );
}

/** The rows with a point of class `label` added at (x1, x2); null when full. */
export function withPoint(
  data: InlineDataSpec,
  x1: number,
  x2: number,
  label: 0 | 1,
): InlineDataSpec | null {
  if (data.x.length >= LIMITS.inlineRows.max) return null;
  const round = (v: number) => Math.round(v * 1000) / 1000;
  return { ...data, x: [...data.x, [round(x1), round(x2)]], y: [...data.y, label] };
}

/**
 * The rows without the points within `radius` of any of `spots` (plane units); null when
 * nothing is erased, or when too few rows would be left to train.
 */
export function withoutPointsNear(
  data: InlineDataSpec,
  spots: readonly (readonly [number, number])[],
  radius: number,
): InlineDataSpec | null {
  const keep = data.x.map(
    ([a, b]) => !spots.some(([s, t]) => (a - s) * (a - s) + (b - t) * (b - t) <= radius * radius),
  );
  const kept = keep.filter(Boolean).length;
  if (kept === data.x.length || kept < LIMITS.inlineRows.min) return null;
  return {
    ...data,
    x: data.x.filter((_, i) => keep[i]),
    y: data.y.filter((_, i) => keep[i]),
  };
}
