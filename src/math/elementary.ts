/**
 * Elementary functions computed only with +, −, ×, ÷ and √ (which IEEE 754 rounds exactly), so
 * every JavaScript engine gives the same bits. `Math.exp`, `Math.log`, `Math.tanh`, `Math.sin`…
 * are not specified to the last bit, and do differ between V8 versions (Node 20 and Chromium 156
 * disagree), which would make the browser and the command line drift apart.
 *
 * Method: argument reduction, then a truncated Taylor (or atanh) series whose first omitted term
 * is below 2⁻⁵⁸ of the result, evaluated by Horner's rule. Accurate to a few ulps; tested against
 * Math.* in tests/math/elementary.test.ts.
 */

const LN2_HI = 6.9314718036912381649e-1; // ln 2 rounded to 32 significant bits (k·LN2_HI exact)
const LN2_LO = 1.90821492927058770002e-10; // ln 2 − LN2_HI
const INV_LN2 = 1.4426950408889634;
const PIO2_HI = 1.57079632673412561417; // π/2 to 33 bits
const PIO2_LO = 6.07710050650619224932e-11; // π/2 − PIO2_HI
const TWO_OVER_PI = 0.6366197723675814;

// One double seen as two 32-bit words (faster than a DataView); HIGH picks the word holding the
// sign and exponent, whatever the platform's byte order.
const bits = new Float64Array(1);
const words = new Uint32Array(bits.buffer);
bits[0] = 1;
const HIGH = words[1] === 0x3ff00000 ? 1 : 0;
const LOW = 1 - HIGH;

/** 2^k for an integer k in [−1022, 1023], built from its bits. */
function powerOfTwo(k: number): number {
  words[HIGH] = (k + 1023) << 20;
  words[LOW] = 0;
  return bits[0];
}

/**
 * 2^k for k = −1022 … 1023 at POWERS_OF_TWO[k + 1022], built from their bits once. A lookup, not
 * a write of two 32-bit words and a read of the 64-bit double they make: that read cannot take its
 * value from the two pending writes (store-to-load forwarding), so it stalls, on every exp.
 */
const POWERS_OF_TWO = new Float64Array(2046);
for (let k = -1022; k <= 1023; k++) POWERS_OF_TWO[k + 1022] = powerOfTwo(k);

/** y · 2^k for any integer k in [−1100, 1100], by at most two exact scalings. */
function scale(y: number, k: number): number {
  if (k > 1023) return y * POWERS_OF_TWO[2045] * POWERS_OF_TWO[k - 1023 + 1022];
  if (k < -1022) return y * POWERS_OF_TWO[0] * POWERS_OF_TWO[k + 1022 + 1022];
  return y * POWERS_OF_TWO[k + 1022];
}

// 1/n! for n = 2 … 13, for e^r with |r| ≤ ln2/2.
const E2 = 1 / 2;
const E3 = 1 / 6;
const E4 = 1 / 24;
const E5 = 1 / 120;
const E6 = 1 / 720;
const E7 = 1 / 5040;
const E8 = 1 / 40320;
const E9 = 1 / 362880;
const E10 = 1 / 3628800;
const E11 = 1 / 39916800;
const E12 = 1 / 479001600;
const E13 = 1 / 6227020800;

/** e^x: x = k·ln2 + r with |r| ≤ ln2/2 (Cody–Waite), e^r by its Taylor series to r¹³. */
export function exp(x: number): number {
  if (x !== x) return Number.NaN;
  if (x > 709.782712893384) return Infinity;
  if (x < -745.1332191019412) return 0;
  // Math.round(t) is floor(t + 0.5) computed exactly, which V8 does with a branch on the
  // rounding that data like BN's outputs mispredict; floor(t + 0.5) in doubles is one
  // instruction and the same integer except at t = 0.5 − 2⁻⁵⁴ (where either k leaves |r| ≤ ln2/2).
  const k = Math.floor(x * INV_LN2 + 0.5);
  const r = x - k * LN2_HI - k * LN2_LO;
  // 1 + (r + r²·q), q = Σ r^(n−2)/n! for n = 2…13 by Estrin's scheme; adding the small terms
  // first keeps the rounding of the sum to about one ulp.
  const r2 = r * r;
  const r4 = r2 * r2;
  const r8 = r4 * r4;
  const q01 = E2 + r * E3;
  const q23 = E4 + r * E5;
  const q45 = E6 + r * E7;
  const q67 = E8 + r * E9;
  const q89 = E10 + r * E11;
  const qab = E12 + r * E13;
  const q = q01 + r2 * q23 + r4 * (q45 + r2 * q67) + r8 * (q89 + r2 * qab);
  const p = 1 + (r + r2 * q);
  // Scaled even when k = 0 (by exactly 1): a branch on k, mispredicted for inputs near 0, costs more.
  return scale(p, k);
}

/** ln x: x = m·2^e with m ∈ [√2/2, √2), ln m = 2 atanh(s), s = (m − 1)/(m + 1), |s| ≤ 0.1716. */
export function log(x: number): number {
  if (x !== x || x < 0) return Number.NaN;
  if (x === 0) return -Infinity;
  if (x === Infinity) return Infinity;
  let e = 0;
  if (x < 2.2250738585072014e-308) {
    x *= 18014398509481984; // 2^54: bring subnormals into the normal range
    e = -54;
  }
  bits[0] = x;
  const high = words[HIGH];
  const exponent = ((high >>> 20) & 0x7ff) - 1023;
  e += exponent;
  // m = x·2^(−exponent), exact: by the table where it reaches, else by rewriting the exponent's
  // bits (a write of one word and a read of the double, which stalls).
  let m: number;
  if (exponent > -1022 && exponent < 1023) {
    m = x * POWERS_OF_TWO[1022 - exponent];
  } else {
    words[HIGH] = (high & 0x800fffff) | (1023 << 20);
    m = bits[0];
  }
  if (m > Math.SQRT2) {
    m /= 2;
    e += 1;
  }
  const s = (m - 1) / (m + 1);
  const z = s * s;
  // 2s·Σ z^k/(2k + 1), k = 0…10, by Estrin's scheme: pairs first, then powers of z — a short
  // chain of dependent operations instead of an 11-step Horner chain.
  const z2 = z * z;
  const z4 = z2 * z2;
  const z8 = z4 * z4;
  const p01 = 1 + z / 3;
  const p23 = 1 / 5 + z / 7;
  const p45 = 1 / 9 + z / 11;
  const p67 = 1 / 13 + z / 15;
  const p89 = 1 / 17 + z / 19;
  const p03 = p01 + z2 * p23;
  const p47 = p45 + z2 * p67;
  const p8a = p89 + z2 / 21;
  const series = 2 * s * (p03 + z4 * p47 + z8 * p8a);
  return e * LN2_HI + (series + e * LN2_LO);
}

/** ln(1 + u), accurate for small u: ln(w) corrected by the rounding of w = 1 + u. */
export function log1p(u: number): number {
  if (Math.abs(u) < 1e-4) return u * (1 - u * (1 / 2 - u * (1 / 3 - u / 4)));
  const w = 1 + u;
  if (w === Infinity) return Infinity;
  return log(w) - (w - 1 - u) / w;
}

/**
 * e^x − 1 for |x| ≤ 1.1 by its Taylor series to x²⁰ (the next term is below 2⁻⁵⁸ of the result),
 * summed from the smallest term.
 */
function expm1Small(x: number): number {
  let sum = 0;
  for (let n = 20; n >= 2; n--) sum = (sum + 1) * (x / n);
  return x + x * sum;
}

/** e^x − 1, accurate for small x (series near 0, e^x − 1 elsewhere, where nothing cancels). */
export function expm1(x: number): number {
  if (Math.abs(x) <= 1.1) return expm1Small(x);
  return exp(x) - 1;
}

/** tanh x: t/(t + 2) with t = e^(2|x|) − 1 for |x| < 0.55, else 1 − 2/(e^(2|x|) + 1); ±1 beyond 22. */
export function tanh(x: number): number {
  const a = Math.abs(x);
  if (a > 22) return x > 0 ? 1 : -1;
  let r: number;
  if (a < 0.55) {
    if (a < 1e-9) return x;
    const t = expm1Small(2 * a);
    r = t / (t + 2);
  } else {
    r = 1 - 2 / (exp(2 * a) + 1);
  }
  return x < 0 ? -r : r;
}

/** sin r for |r| ≤ π/4, Taylor series to r¹⁹. */
function sinKernel(r: number): number {
  const z = r * r;
  return (
    r +
    r *
      z *
      (-1 / 6 +
        z *
          (1 / 120 +
            z *
              (-1 / 5040 +
                z *
                  (1 / 362880 +
                    z *
                      (-1 / 39916800 +
                        z *
                          (1 / 6227020800 +
                            z *
                              (-1 / 1307674368000 +
                                z * (1 / 355687428096000 + z * (-1 / 121645100408832000)))))))))
  );
}

/** cos r for |r| ≤ π/4, Taylor series to r²⁰. */
function cosKernel(r: number): number {
  const z = r * r;
  return (
    1 +
    z *
      (-1 / 2 +
        z *
          (1 / 24 +
            z *
              (-1 / 720 +
                z *
                  (1 / 40320 +
                    z *
                      (-1 / 3628800 +
                        z *
                          (1 / 479001600 +
                            z *
                              (-1 / 87178291200 +
                                z *
                                  (1 / 20922789888000 +
                                    z * (-1 / 6402373705728000 + z / 2432902008176640000)))))))))
  );
}

/** Reduces x by multiples n of π/2 (Cody–Waite; accurate for |x| up to about 10⁵). */
function reduce(x: number): [number, number] {
  const n = Math.round(x * TWO_OVER_PI);
  return [x - n * PIO2_HI - n * PIO2_LO, ((n % 4) + 4) % 4];
}

export function sin(x: number): number {
  const [r, quadrant] = reduce(x);
  switch (quadrant) {
    case 0:
      return sinKernel(r);
    case 1:
      return cosKernel(r);
    case 2:
      return -sinKernel(r);
    default:
      return -cosKernel(r);
  }
}

export function cos(x: number): number {
  const [r, quadrant] = reduce(x);
  switch (quadrant) {
    case 0:
      return cosKernel(r);
    case 1:
      return -sinKernel(r);
    case 2:
      return -cosKernel(r);
    default:
      return sinKernel(r);
  }
}

/** log₁₀ x = ln x / ln 10. */
export function log10(x: number): number {
  return log(x) / 2.302585092994046;
}

/** b^e for b > 0 as e^(e·ln b); for integer e, repeated multiplication is preferred in hot code. */
export function pow(base: number, exponent: number): number {
  if (exponent === 0) return 1;
  if (base === 0) return exponent > 0 ? 0 : Infinity;
  return exp(exponent * log(base));
}

/**
 * Numerically stable logistic function σ(x) = 1/(1 + e^(−x)), never evaluating e^(large): one exp
 * of −|x|, then logisticFrom.
 */
export function logistic(x: number): number {
  return logisticFrom(x, exp(-Math.abs(x)));
}

/**
 * σ(x) from e = e^(−|x|) (for whoever needs e too, as the sigmoid head's softplus does): a
 * numerator of 1 for x ≥ 0, e below, over 1 + e. The numerator is a + (1 − a)·e with
 * a = [x ≥ 0] ∈ {0, 1}, exactly 1 + 0 or 0 + e, which V8 computes without a branch;
 * `x >= 0 ? 1 : e` takes one, and BN's centred inputs (half of them negative, at random)
 * mispredict it.
 */
export function logisticFrom(x: number, e: number): number {
  const a = Number(x >= 0);
  return (a + (1 - a) * e) / (1 + e);
}
