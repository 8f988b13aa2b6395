import { readRows, type Split } from '../data/dataset';
import { sigmoid } from '../engine/activations';
import type { Network } from '../engine/network';

/** A rectangle of the input plane (inputs x1, x2). */
export interface PlaneDomain {
  xMin: number;
  xMax: number;
  yMin: number;
  yMax: number;
}

/** The points of a 2-input split as the network sees them (x1, x2 per row). */
export function planePoints(split: Split): Float64Array {
  return Float64Array.from(readRows(split, 0, split.count, new Float64Array(split.count * 2)));
}

/** The rectangle around a 2-input split's points with a 10% margin on each side. */
export function boundaryDomain(split: Split): PlaneDomain {
  const x = readRows(split, 0, split.count, new Float64Array(split.count * 2));
  let xMin = Infinity;
  let xMax = -Infinity;
  let yMin = Infinity;
  let yMax = -Infinity;
  for (let i = 0; i < x.length; i += 2) {
    xMin = Math.min(xMin, x[i]);
    xMax = Math.max(xMax, x[i]);
    yMin = Math.min(yMin, x[i + 1]);
    yMax = Math.max(yMax, x[i + 1]);
  }
  const padX = 0.1 * (xMax - xMin || 1);
  const padY = 0.1 * (yMax - yMin || 1);
  return { xMin: xMin - padX, xMax: xMax + padX, yMin: yMin - padY, yMax: yMax + padY };
}

/**
 * P(class 1) of a 2-input network at every grid point (inference mode), row-major from the top
 * left (xMin, yMax). Grid points are fed in chunks of the network's capacity; overwrites taps.
 */
export function predictGrid(
  network: Network,
  domain: PlaneDomain,
  resolution: number,
  scratch: Float64Array,
): Float32Array {
  const total = resolution * resolution;
  const out = new Float32Array(total);
  const chunk = network.capacity;
  const softmax = network.head.kind === 'softmax';
  const step = (hi: number, lo: number) => (hi - lo) / (resolution - 1);
  const dx = step(domain.xMax, domain.xMin);
  const dy = step(domain.yMax, domain.yMin);
  for (let start = 0; start < total; start += chunk) {
    const rows = Math.min(chunk, total - start);
    for (let r = 0; r < rows; r++) {
      const index = start + r;
      scratch[2 * r] = domain.xMin + (index % resolution) * dx;
      scratch[2 * r + 1] = domain.yMax - Math.floor(index / resolution) * dy;
    }
    const logits = network.forward(scratch, rows, false);
    for (let r = 0; r < rows; r++) {
      out[start + r] = softmax
        ? sigmoid(logits[r * 2 + 1] - logits[r * 2])
        : sigmoid(logits[r * network.spec.outputSize]);
    }
  }
  return out;
}
