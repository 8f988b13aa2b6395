import type { TapKind } from '../engine/network';

/**
 * Where the lab looks into each hidden layer: the nonlinearity's input (after BN when BN is
 * before it) and the layer's output (after BN when BN is after the activation). The one list of
 * them, checked against the engine's type.
 */
export const TAPS = ['preActivation', 'postActivation'] as const satisfies readonly TapKind[];
export type Tap = (typeof TAPS)[number];
