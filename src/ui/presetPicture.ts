import type { Experiment } from '../experiment/schema';
import { LECTURE_ROWS } from '../experiment/placementTable';

/** A dot of a preset's data picture, in [−1, 1]², with its class (0 or 1). */
export interface PictureDot {
  x: number;
  y: number;
  label: 0 | 1;
}

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));
const DOTS = 28;

/**
 * A small, fixed drawing of what a named dataset looks like: evenly spread points (the golden
 * angle, no randomness) following each set's recipe in src/data/twoD.ts; the worked example's
 * invented table as a placed/not-placed cloud along cgpa and iq, the lecture's 4 rows as they are. MNIST has no 2-D picture (null).
 */
export function dataPicture(data: Experiment['data']): PictureDot[] | null {
  const name = data.type === 'named' ? data.name : 'inline';
  if (name === 'mnist' || name === 'inline') return null;
  // The lecture's 4 rows themselves, on cgpa 6–9 (iq is 10 × cgpa in them).
  if (name === 'lecture')
    return LECTURE_ROWS.map(([cgpa, , placed]) => ({
      x: ((cgpa - 7.5) / 1.5) * 0.8,
      y: ((cgpa - 7.5) / 1.5) * 0.8,
      label: placed,
    }));
  const dots: PictureDot[] = [];
  for (let i = 0; i < DOTS; i++) {
    const label: 0 | 1 = i % 2 === 0 ? 1 : 0;
    const t = (i + 0.5) / DOTS;
    const angle = i * GOLDEN_ANGLE;
    let x: number;
    let y: number;
    switch (name) {
      case 'circle': {
        const r = label === 1 ? 0.45 * Math.sqrt(t) : 0.72 + 0.25 * t;
        [x, y] = [r * Math.cos(angle), r * Math.sin(angle)];
        break;
      }
      case 'xor': {
        const a = 0.15 + 0.8 * ((i * 0.618) % 1);
        const b = 0.15 + 0.8 * t;
        const sx = i % 4 < 2 ? 1 : -1;
        [x, y] = [sx * a, (label === 1) === sx > 0 ? b : -b];
        break;
      }
      case 'gaussians': {
        const c = label === 1 ? 0.45 : -0.45;
        const r = 0.35 * Math.sqrt(t);
        [x, y] = [c + r * Math.cos(angle), c + r * Math.sin(angle)];
        break;
      }
      case 'spiral': {
        const r = 0.15 + 0.8 * t;
        const a = 3.5 * Math.PI * t + (label === 1 ? Math.PI : 0);
        [x, y] = [r * Math.cos(a), r * Math.sin(a)];
        break;
      }
      case 'moons': {
        const a = Math.PI * t;
        [x, y] =
          label === 1
            ? [0.8 * Math.cos(a) - 0.35, 0.8 * Math.sin(a) - 0.2]
            : [0.35 - 0.8 * Math.cos(a), 0.2 - 0.8 * Math.sin(a)];
        break;
      }
      default: {
        // The placement table: students with higher cgpa and iq were placed.
        const u = 2 * ((i * 0.618) % 1) - 1;
        const v = 2 * t - 1;
        [x, y] = [0.9 * u, 0.9 * v];
        dots.push({ x, y, label: u + v > 0 ? 1 : 0 });
        continue;
      }
    }
    dots.push({ x, y, label });
  }
  return dots;
}

/** The hidden layers as drawn: one column per layer, up to five dots a column. */
export function networkPicture(e: Experiment): { columns: number[]; bn: boolean } {
  return {
    columns: e.model.hidden.map((l) =>
      Math.max(1, Math.min(5, Math.round(Math.sqrt(l.units) + 1))),
    ),
    bn: e.batchNorm.placement !== 'none',
  };
}
