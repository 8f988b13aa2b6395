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
function saturation(activation: string, tap: Tap, share: number, t: Translator): string | null {
  if (tap === 'bnInput') return null;
  if (!['relu', 'leakyRelu', 'sigmoid', 'tanh'].includes(activation)) return null;
  return t.t('layer.saturated', { activation, percent: t.digitsOf(`${Math.round(100 * share)}%`) });
}

/** Where "saturated" starts, for the exact figures. */
function saturationRule(activation: string, tap: Tap, t: Translator): string {
  if (tap === 'bnInput') return '';
  if (activation === 'relu') return t.t('layer.ruleRelu');
  if (activation === 'sigmoid')
    return t.t(tap === 'preActivation' ? 'layer.ruleSigmoidInput' : 'layer.ruleSigmoidOutput');
  if (activation === 'tanh')
    return t.t(tap === 'preActivation' ? 'layer.ruleTanhInput' : 'layer.ruleTanhOutput');
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
  t: Translator = ENGLISH,
): { words: string; exact: string } {
  if (reading.kind !== 'measured')
    return { words: driftWords(reading, t), exact: driftWords(reading, t) };
  const { frame, initial } = reading;
  const n = (x: number) => t.digitsOf(formatNumber(x));
  const parts = [driftWords(reading, t)];
  if (initial && initial.std > 0 && !initial.vanished)
    parts.push(t.t('layer.spread', { ratio: n(frame.std / initial.std) }));
  parts.push(
    Math.abs(frame.mean) <= 0.25 * frame.std
      ? t.t('layer.centred')
      : t.t('layer.offCentre', { mean: n(frame.mean) }),
  );
  const saturated = saturation(activation, tap, frame.fractionSaturated, t);
  if (saturated) parts.push(saturated);
  const exact = [
    t.t('layer.exactDrift', {
      drift: n(frame.driftFromStart),
      sigma: reading.drift === null ? 'none' : n(reading.drift),
    }),
    t.t('layer.exactSpread', {
      mean: n(frame.mean),
      std: n(frame.std),
      initial: initial ? n(initial.std) : 'none',
    }),
    t.t('layer.exactPercentiles', {
      percentiles: frame.percentiles.slice(1, 4).map(n).join(', '),
    }),
    t.t('layer.exactSaturated', {
      percent: n(100 * frame.fractionSaturated),
      rule: saturationRule(activation, tap, t),
    }),
  ].join(' · ');
  return { words: parts.join(' · '), exact };
}
