import { cos, log, sin } from '../math/elementary';
/**
 * Seeded pseudo-random numbers for everything random in training: initial weights, data generation,
 * shuffling. The generator is **xoshiro128\*\*** (Blackman & Vigna, 2018), a 128-bit-state generator
 * with period 2^128 − 1; its state is filled from the 32-bit seed by **SplitMix32**. Nothing here
 * reads `Math.random`, so a seed fully determines every number drawn.
 */

/** Independent streams derived from one seed, so that, e.g., changing the shuffle leaves init alone. */
export const RANDOM_STREAMS = {
  init: 1,
  data: 2,
  shuffle: 3,
  split: 4,
  /** Noisy Batch Norm's per-step scales and shifts. */
  noise: 5,
  /** Dropout's per-step masks. */
  dropout: 6,
} as const;

export type RandomStream = keyof typeof RANDOM_STREAMS;

/** One SplitMix32 output for state `s`: a well-mixed 32-bit value (Steele, Lea & Flood, 2014). */
function splitMix32(s: number): number {
  let z = s | 0;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return (z ^ (z >>> 16)) >>> 0;
}

function rotateLeft(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k));
}

/** A xoshiro128** generator. Uniforms have 53 random bits; normals come from Box–Muller. */
export class Random {
  /**
   * The four state words, in a typed array: as plain fields, values beyond the engine's small
   * integers are boxed, and every draw's four stores would allocate.
   */
  private readonly s = new Int32Array(4);
  private spareNormal = 0;
  private hasSpareNormal = false;

  /** `seed` is any integer (taken modulo 2^32); `stream` selects an independent sequence. */
  constructor(seed: number, stream: RandomStream | number = 0) {
    const streamId = typeof stream === 'number' ? stream : RANDOM_STREAMS[stream];
    let state = (seed >>> 0) ^ Math.imul(streamId, 0x9e3779b9);
    const next = (): number => {
      state = (state + 0x9e3779b9) | 0;
      return splitMix32(state);
    };
    const s = this.s;
    for (let i = 0; i < 4; i++) s[i] = next();
    if ((s[0] | s[1] | s[2] | s[3]) === 0) s[0] = 1;
  }

  /** A generator with its four state words set directly (for checking against the reference). */
  static fromState(s0: number, s1: number, s2: number, s3: number): Random {
    const random = new Random(0);
    random.s.set([s0 | 0, s1 | 0, s2 | 0, s3 | 0]);
    return random;
  }

  /** An independent generator in the same state: it draws what this one would draw next. */
  clone(): Random {
    const copy = Random.fromState(this.s[0], this.s[1], this.s[2], this.s[3]);
    copy.spareNormal = this.spareNormal;
    copy.hasSpareNormal = this.hasSpareNormal;
    return copy;
  }

  /** The next 32 random bits as an unsigned integer in [0, 2^32). */
  nextUint32(): number {
    const s = this.s;
    const result = Math.imul(rotateLeft(Math.imul(s[1], 5), 7), 9) >>> 0;
    const t = s[1] << 9;
    s[2] ^= s[0];
    s[3] ^= s[1];
    s[1] ^= s[2];
    s[0] ^= s[3];
    s[2] ^= t;
    s[3] = rotateLeft(s[3], 11);
    return result;
  }

  /**
   * Fills `target[0…count)` with the next `count` 32-bit draws: the same values `count` calls of
   * nextUint32 would give, with the state held in locals (about 4× faster on long runs).
   */
  fillUint32(target: Uint32Array, count = target.length): void {
    const s = this.s;
    let s0 = s[0];
    let s1 = s[1];
    let s2 = s[2];
    let s3 = s[3];
    for (let i = 0; i < count; i++) {
      target[i] = Math.imul(rotateLeft(Math.imul(s1, 5), 7), 9);
      const t = s1 << 9;
      s2 ^= s0;
      s3 ^= s1;
      s1 ^= s2;
      s0 ^= s3;
      s2 ^= t;
      s3 = rotateLeft(s3, 11);
    }
    s[0] = s0;
    s[1] = s1;
    s[2] = s2;
    s[3] = s3;
  }

  /** Uniform on [0, 1) with 53 random bits: (a·2^26 + b) / 2^53 from two 32-bit draws. */
  uniform(): number {
    const a = this.nextUint32() >>> 5;
    const b = this.nextUint32() >>> 6;
    return (a * 67108864 + b) / 9007199254740992;
  }

  /** Uniform on [low, high). */
  uniformIn(low: number, high: number): number {
    return low + (high - low) * this.uniform();
  }

  /** Uniform integer in [0, n), by rejection so every value is equally likely. */
  integer(n: number): number {
    const limit = 4294967296 - (4294967296 % n);
    let x = this.nextUint32();
    while (x >= limit) x = this.nextUint32();
    return x % n;
  }

  /**
   * Standard normal N(0, 1) by the Box–Muller transform: with u1 ∈ (0, 1], u2 ∈ [0, 1),
   * r = √(−2 ln u1), z0 = r cos 2πu2, z1 = r sin 2πu2; z1 is kept for the next call.
   */
  normal(): number {
    if (this.hasSpareNormal) {
      this.hasSpareNormal = false;
      return this.spareNormal;
    }
    const u1 = 1 - this.uniform();
    const u2 = this.uniform();
    const r = Math.sqrt(-2 * log(u1));
    const theta = 2 * Math.PI * u2;
    this.spareNormal = r * sin(theta);
    this.hasSpareNormal = true;
    return r * cos(theta);
  }

  /** In-place Fisher–Yates shuffle of the first `length` entries (default: all). */
  shuffle(values: Int32Array | Float64Array | number[], length = values.length): void {
    for (let i = length - 1; i > 0; i--) {
      const j = this.integer(i + 1);
      const tmp = values[i];
      values[i] = values[j];
      values[j] = tmp;
    }
  }
}
