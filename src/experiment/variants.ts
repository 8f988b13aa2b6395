/**
 * The networks of the twin experiment, in the order every panel, report and file lists them: the
 * plain twin (no normalization) and the Batch Norm twin. The one list of them.
 */
export const VARIANTS = ['plain', 'batchNorm'] as const;
export type Variant = (typeof VARIANTS)[number];

/** One value per twin. */
export type PerVariant<T> = Record<Variant, T>;

/** A record with `make(variant)` for every twin, in VARIANTS order. */
export function perVariant<T>(make: (variant: Variant) => T): PerVariant<T> {
  return Object.fromEntries(VARIANTS.map((v) => [v, make(v)])) as PerVariant<T>;
}
