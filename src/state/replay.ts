import type { Member, PerMember } from '../experiment/members';
import type { BnLayerFrame, BoundaryFrame, LayerFrame, TapFrame } from '../protocol/frames';

/** Every per-feature array of a BN frame. */
export function bnArrays(bn: BnLayerFrame): Float32Array[] {
  return [bn.runningMean, bn.runningVariance, bn.batchMean, bn.batchVariance, bn.gamma, bn.beta];
}

/** Frames kept for replay: memory stays within REPLAY_FRAMES snapshots, however long the run. */
export const REPLAY_FRAMES = 160;

/**
 * What the page shows at one step: each network's layer frames (the last finite ones for a
 * twin that blew up), the decision boundary and the BN twin's statistics as they were then.
 * Snapshots share the frames' objects (frames are never changed after they arrive), so a
 * boundary sent once is held once however many snapshots point at it.
 */
export interface Snapshot {
  step: number;
  layers: PerMember<LayerFrame[] | null>;
  boundary: BoundaryFrame | null;
  bn: BnLayerFrame | null;
}

/**
 * The recorded past for the replay scrubber: one snapshot per frame until REPLAY_FRAMES are
 * kept, then every other one is dropped and only every second (then fourth, …) frame is kept
 * from then on. The kept steps stay evenly spread over the whole run.
 */
export class ReplayHistory {
  private snapshots: Snapshot[] = [];
  private stride = 1;
  private skipped = 0;

  constructor(readonly capacity = REPLAY_FRAMES) {}

  get length(): number {
    return this.snapshots.length;
  }

  /** Records a frame; the latest frame is always the last snapshot (replaced until it is kept). */
  push(snapshot: Snapshot): void {
    const last = this.snapshots.length - 1;
    if (last >= 0 && this.snapshots[last].step === snapshot.step) {
      // Another frame of the same step (a pause, a changed setting): it replaces the earlier one.
      this.snapshots[last] = snapshot;
      return;
    }
    if (last >= 0 && this.skipped > 0) {
      // The previous frame was provisional (between kept frames): the newer one takes its place.
      this.snapshots[last] = snapshot;
    } else {
      if (this.snapshots.length === this.capacity) this.compact();
      this.snapshots.push(snapshot);
    }
    this.skipped = (this.skipped + 1) % this.stride;
  }

  private compact(): void {
    // Keeps the odd-numbered snapshots: the newest one stays, the kept steps stay evenly spaced.
    this.snapshots = this.snapshots.filter((_, i) => i % 2 === 1);
    this.stride *= 2;
    this.skipped = 0;
  }

  /** The kept snapshots' steps, oldest first. */
  steps(): number[] {
    return this.snapshots.map((s) => s.step);
  }

  /** The snapshot at index i (0: oldest). */
  get(i: number): Snapshot | null {
    return this.snapshots[i] ?? null;
  }

  /** The index of the kept snapshot nearest to `step` (the earlier one on a tie); −1 when empty. */
  indexAt(step: number): number {
    const s = this.snapshots;
    if (s.length === 0) return -1;
    let lo = 0;
    let hi = s.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (s[mid].step <= step) lo = mid;
      else hi = mid - 1;
    }
    if (lo + 1 < s.length && s[lo + 1].step - step < step - s[lo].step) lo++;
    return lo;
  }

  /** The kept snapshot nearest to `step`. */
  at(step: number): Snapshot | null {
    return this.get(this.indexAt(step));
  }

  /** Steps between kept snapshots, on average (the replay's resolution). */
  resolution(): number {
    const s = this.snapshots;
    if (s.length < 2) return 0;
    return (s[s.length - 1].step - s[0].step) / (s.length - 1);
  }

  /** Bytes held by the kept snapshots (each shared frame counted once). */
  bytes(): number {
    const seen = new Set<object>();
    let total = 0;
    const array = (a: ArrayBufferView) => {
      if (seen.has(a)) return;
      seen.add(a);
      total += a.byteLength;
    };
    const tap = (t: TapFrame) => {
      array(t.counts);
      total += 8 * (t.percentiles.length + 10);
    };
    for (const snapshot of this.snapshots) {
      total += 64;
      for (const layers of Object.values<LayerFrame[] | null | undefined>(snapshot.layers)) {
        if (!layers || seen.has(layers)) continue;
        seen.add(layers);
        for (const layer of layers) {
          tap(layer.preActivation);
          tap(layer.postActivation);
          if (layer.bnInput) tap(layer.bnInput);
        }
      }
      const b = snapshot.boundary;
      if (b && !seen.has(b)) {
        seen.add(b);
        for (const values of Object.values<Float32Array | null | undefined>(b.values))
          if (values) array(values);
      }
      const bn = snapshot.bn;
      if (bn && !seen.has(bn)) {
        seen.add(bn);
        for (const a of bnArrays(bn)) array(a);
      }
    }
    return total;
  }

  clear(): void {
    this.snapshots = [];
    this.stride = 1;
    this.skipped = 0;
  }
}

/** Each member's layer frames of a snapshot (null for a member it has none of). */
export function snapshotLayers(
  snapshot: Snapshot | null,
  members: readonly Member[],
): PerMember<LayerFrame[] | null> {
  return Object.fromEntries(members.map((m) => [m, snapshot?.layers[m] ?? null])) as PerMember<
    LayerFrame[] | null
  >;
}
