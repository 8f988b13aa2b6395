import type { Tap } from '../experiment/taps';
import { formatNumber } from './charts/canvas';
import { useLab, useLabClient, useReplayStep, useFrameTick } from './LabContext';
import { layerWords, readLayer } from './layerWords';
import { MEMBER_TEXT_COLORS } from './palette';
import { memberLabel } from './twinLabels';
import { useT } from './language';

/**
 * Each network's layer in words (moved, spread, centred, saturated), the exact figures on hover
 * and focus, and the BN twin's γ and β; refreshed with frames. A network that blew up or whose
 * values vanished says so, as its drift bar does.
 */
export function LayerReadout(props: { layer: number; tap: Tap; activation: string }) {
  const client = useLabClient();
  const t = useT();
  const n = (x: number) => t.digitsOf(formatNumber(x));
  const replay = useReplayStep();
  // Drawn anew with the frames (at most 4 times a second) and with the replayed step.
  useFrameTick(250);
  const divergedAt = useLab((s) => s.run.divergedAt);
  const lines = client.history.members.map((member) => {
    const reading = readLayer(
      client.history,
      member,
      props.layer,
      props.tap,
      replay,
      divergedAt[member] ?? null,
    );
    return { member, ...layerWords(reading, props.activation, props.tap, t) };
  });
  const bnBlewUp =
    divergedAt.batchNorm !== null && (replay === null || replay >= divergedAt.batchNorm);
  const bnLayer = client.history.shown(replay).layers.batchNorm?.[props.layer];
  const bn = !bnBlewUp && bnLayer?.gamma && bnLayer.beta ? bnLayer : null;
  return (
    <ul className="readout">
      {lines.map((line) => (
        <li
          key={line.member}
          title={line.exact}
          tabIndex={0}
          aria-label={t.t('layer.readout', {
            network: memberLabel(line.member, t),
            words: line.words,
            exact: line.exact,
          })}
        >
          <span style={{ color: MEMBER_TEXT_COLORS[line.member] }}>
            {memberLabel(line.member, t)}:
          </span>{' '}
          {line.words}
        </li>
      ))}
      {bn?.gamma && bn.beta && (
        <li
          title={t.t('layer.gammaBetaExact', {
            gammaMean: n(bn.gamma.mean),
            gammaLow: n(bn.gamma.min),
            gammaHigh: n(bn.gamma.max),
            betaMean: n(bn.beta.mean),
            betaLow: n(bn.beta.min),
            betaHigh: n(bn.beta.max),
          })}
        >
          {t.t('layer.gammaBeta', {
            gammaLow: n(bn.gamma.min),
            gammaHigh: n(bn.gamma.max),
            betaLow: n(bn.beta.min),
            betaHigh: n(bn.beta.max),
          })}
        </li>
      )}
    </ul>
  );
}
