import type { TapKind } from '../engine/network';

/**
 * Where the lab looks into each hidden layer: the nonlinearity's input (after BN when BN is
 * before it), the layer's output (after BN when BN is after the activation), and what BN
 * receives (the Dense output, or the activation's output; in the plain twin, the same place), so
 * the page can show the shift BN absorbs next to what it passes on. The one list of them,
 * checked against the engine's type.
 */
export const TAPS = [
  'preActivation',
  'postActivation',
  'bnInput',
] as const satisfies readonly TapKind[];
export type Tap = (typeof TAPS)[number];
