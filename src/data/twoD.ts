import { Random } from '../engine/random';
import type { TwoDSet } from '../experiment/catalog';
import { cos, sin } from '../math/elementary';

/** Points (count × 2, coordinates roughly in [−1, 1]) with binary labels. */
export interface LabeledPoints {
  x: Float64Array;
  y: Float64Array;
  count: number;
}

/**
 * Draws `count` points of a 2-D binary classification set with the `data` stream of `seed`.
 * `noise` ≥ 0 is the standard deviation of Gaussian jitter added to each coordinate. Classes
 * alternate, so they are balanced.
 * - circle: class 1 inside radius 0.5, class 0 on a ring from 0.7 to 1.
 * - xor: uniform on the square, class 1 where x·y > 0.
 * - gaussians: blobs of std 0.3 (before jitter) around (0.5, 0.5) (class 1) and (−0.5, −0.5).
 * - spiral: two interleaved arms of 1.75 turns.
 * - moons: two interleaving half circles, centered.
 */
export function generateTwoD(
  set: TwoDSet,
  count: number,
  noise: number,
  seed: number,
): LabeledPoints {
  const random = new Random(seed, 'data');
  const x = new Float64Array(count * 2);
  const y = new Float64Array(count);
  for (let i = 0; i < count; i++) {
    const label = i % 2 === 0 ? 1 : 0;
    const [px, py] = point(set, label, random);
    x[2 * i] = px + noise * random.normal();
    x[2 * i + 1] = py + noise * random.normal();
    y[i] = label;
  }
  return { x, y, count };
}

function point(set: TwoDSet, label: number, random: Random): [number, number] {
  switch (set) {
    case 'circle': {
      const radius = label === 1 ? 0.5 * Math.sqrt(random.uniform()) : random.uniformIn(0.7, 1);
      const angle = random.uniformIn(0, 2 * Math.PI);
      return [radius * cos(angle), radius * sin(angle)];
    }
    case 'xor': {
      // Keep a small margin off the axes so the classes are separable without noise.
      const pad = 0.05;
      let a = random.uniformIn(pad, 1);
      let b = random.uniformIn(pad, 1);
      if (random.uniform() < 0.5) a = -a;
      b = (label === 1) === a > 0 ? b : -b;
      return [a, b];
    }
    case 'gaussians': {
      const center = label === 1 ? 0.5 : -0.5;
      return [center + 0.3 * random.normal(), center + 0.3 * random.normal()];
    }
    case 'spiral': {
      const t = random.uniform();
      const angle = t * 1.75 * 2 * Math.PI + (label === 1 ? 0 : Math.PI);
      return [t * cos(angle), t * sin(angle)];
    }
    case 'moons': {
      const theta = random.uniformIn(0, Math.PI);
      return label === 1
        ? [cos(theta) - 0.5, sin(theta) - 0.25]
        : [0.5 - cos(theta), 0.25 - sin(theta)];
    }
  }
}
