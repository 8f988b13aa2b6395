import { describe, expect, it } from 'vitest';
import { drawingBase, isDrawn, withoutPointsNear, withPoint } from '../../src/tables/drawPoints';
import { findPreset } from '../../src/experiment/presets';

describe('points drawn on the plane', () => {
  const shown = {
    x: Float32Array.from([0.12345, -1, 1, 1, -1, -1, 2, 0.5, 0, 0]),
    y: Float32Array.from([1, 0, 1, 0, 1]),
    count: 5,
  };
  const circle = findPreset('deep-saturating')!.experiment.data;

  it('starts from the points the plane shows, in its units, with normalization off', () => {
    const base = drawingBase(circle, shown, ['x1', 'x2']);
    expect(base).toMatchObject({ type: 'inline', task: 'binary', normalizeInputs: false });
    expect(base.x).toEqual([
      [0.123, -1],
      [1, 1],
      [-1, -1],
      [2, 0.5],
      [0, 0],
    ]);
    expect(base.y).toEqual([1, 0, 1, 0, 1]);
    expect(base.testFraction).toBe(circle.testFraction);
    // Once drawn, drawing goes on from the drawn rows.
    expect(isDrawn(base)).toBe(true);
    expect(drawingBase(base, shown, ['x1', 'x2'])).toBe(base);
  });

  it('adds a point of the chosen class, and erases the points near a dragged path', () => {
    const base = drawingBase(circle, shown, ['x1', 'x2']);
    const added = withPoint(base, 0.5004, -0.25, 0)!;
    expect(added.x.at(-1)).toEqual([0.5, -0.25]);
    expect(added.y.at(-1)).toBe(0);
    expect(base.x).toHaveLength(5);
    // A path through (1, 1) and (0, 0) with a reach of 0.2: two points go.
    const erased = withoutPointsNear(
      added,
      [
        [1.1, 1],
        [0.1, 0],
      ],
      0.2,
    )!;
    expect(erased.x).toEqual([
      [0.123, -1],
      [-1, -1],
      [2, 0.5],
      [0.5, -0.25],
    ]);
    expect(erased.y).toEqual([1, 1, 0, 0]);
    // Nothing near: nothing to do. Fewer than 4 rows left: refused.
    expect(withoutPointsNear(added, [[9, 9]], 0.2)).toBeNull();
    expect(withoutPointsNear(erased, [[-1, -1]], 0.2)).toBeNull();
  });
});
