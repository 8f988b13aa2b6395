import type { Tap } from '../experiment/taps';
import type { Member } from '../experiment/members';
import type { LayerFrame, TapFrame } from '../protocol/frames';
import type { FrameHistory } from '../state/history';
import { ENGLISH, type Translator } from '../i18n/translate';
import { formatNumber } from './charts/canvas';

/**
 * What one network's layer shows at one tap, as every chart and readout of it must say it: blew
 * up (at a step), vanished (values too small to be more than rounding noise), or measured — with
 * its drift from step 0 in σ₀ (null when the step-0 values had vanished: no scale to measure by).
 */
export type LayerReading =
  | { kind: 'blewUp'; step: number }
  | { kind: 'vanished' }
  | { kind: 'missing' }
  | { kind: 'measured'; drift: number | null; frame: TapFrame; initial: TapFrame | null };

/**
 * Reads a network's layer as shown (now, or at the replayed step): a network that blew up by
 * then reads as blown up, whatever its last finite frame held.
 */
export function readLayer(
  history: FrameHistory,
  member: Member,
  layer: number,
  tap: Tap,
  replay: number | null,
  divergedAt: number | null,
): LayerReading {
  if (divergedAt !== null && (replay === null || replay >= divergedAt))
    return { kind: 'blewUp', step: divergedAt };
  const frame: LayerFrame | undefined = history.shown(replay).layers[member]?.[layer];
  const tapFrame = frame?.[tap];
  if (!tapFrame) return { kind: 'missing' };
  if (tapFrame.vanished) return { kind: 'vanished' };
  return {
    kind: 'measured',
    drift: tapFrame.relativeDrift,
    frame: tapFrame,
    initial: history.initial[member]?.[layer]?.[tap] ?? null,
  };
}

/** What "saturated" means for an activation and a tap, as a phrase around a percentage. */
function saturation(activation: string, tap: Tap, share: number): string | null {
  const percent = `${Math.round(100 * share)}%`;
  if (tap === 'bnInput') return null;
  switch (activation) {
    case 'relu':
      return `${percent} of ReLUs at 0`;
    case 'leakyRelu':
      return `${percent} below 0`;
    case 'sigmoid':
      return `${percent} in the sigmoid’s flat ends`;
    case 'tanh':
      return `${percent} in tanh’s flat ends`;
    default:
      return null;
  }
}

/** Where "saturated" starts, for the exact figures. */
function saturationRule(activation: string, tap: Tap): string {
  if (tap === 'bnInput') return '';
  if (activation === 'relu') return ' (ReLU input ≤ 0: output 0)';
  if (activation === 'sigmoid')
    return tap === 'preActivation' ? ' (|x| ≥ 4)' : ' (output within 0.018 of 0 or 1)';
  if (activation === 'tanh')
    return tap === 'preActivation' ? ' (|x| ≥ 2)' : ' (output within 0.036 of −1 or 1)';
  return '';
}

/** "moved 0.35 σ₀" (since step 0) — the same number the drift bar draws. */
export function driftWords(reading: LayerReading, t: Translator = ENGLISH): string {
  switch (reading.kind) {
    case 'blewUp':
      return t.t('drift.blewUp', { step: reading.step });
    case 'vanished':
      return t.t('drift.vanished');
    case 'missing':
      return '–';
    case 'measured':
      return reading.drift === null
        ? t.t('drift.startedVanished')
        : t.t('drift.moved', { drift: t.digitsOf(formatNumber(reading.drift)) });
  }
}

/**
 * A layer's state in words a student reads — how far it moved, how its spread changed, whether
 * it is centred, how much of it sits where the activation is flat — and the exact figures for
 * hover and exports.
 */
export function layerWords(
  reading: LayerReading,
  activation: string,
  tap: Tap,
): { words: string; exact: string } {
  if (reading.kind !== 'measured')
    return { words: driftWords(reading), exact: driftWords(reading) };
  const { frame, initial } = reading;
  const parts = [driftWords(reading)];
  if (initial && initial.std > 0 && !initial.vanished) {
    const ratio = frame.std / initial.std;
    parts.push(`spread ×${formatNumber(ratio)}`);
  }
  parts.push(
    Math.abs(frame.mean) <= 0.25 * frame.std
      ? 'centred'
      : `off centre (mean ${formatNumber(frame.mean)})`,
  );
  const saturated = saturation(activation, tap, frame.fractionSaturated);
  if (saturated) parts.push(saturated);
  const exact = [
    `drift from step 0: ${formatNumber(frame.driftFromStart)} in its units (1-Wasserstein), ${reading.drift === null ? 'no σ₀' : `${formatNumber(reading.drift)} σ₀ (per unit, in units of its step-0 standard deviation)`}`,
    `mean ${formatNumber(frame.mean)}, standard deviation ${formatNumber(frame.std)}${initial ? ` (step 0: ${formatNumber(initial.std)})` : ''}`,
    `15th, 50th, 85th percentiles ${frame.percentiles.slice(1, 4).map(formatNumber).join(', ')}`,
    `saturated ${formatNumber(100 * frame.fractionSaturated)}%${saturationRule(activation, tap)}`,
  ].join(' · ');
  return { words: parts.join(' · '), exact };
}
