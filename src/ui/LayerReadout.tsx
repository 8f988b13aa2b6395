import type { Tap } from '../experiment/taps';
import { formatNumber } from './charts/canvas';
import { useLab, useLabClient, useReplayStep, useFrameTick } from './LabContext';
import { layerWords, readLayer } from './layerWords';
import { MEMBER_TEXT_COLORS } from './palette';
import { MEMBER_LABELS } from './twinLabels';

/**
 * Each network's layer in words (moved, spread, centred, saturated), the exact figures on hover
 * and focus, and the BN twin's γ and β; refreshed with frames. A network that blew up or whose
 * values vanished says so, as its drift bar does.
 */
export function LayerReadout(props: { layer: number; tap: Tap; activation: string }) {
  const client = useLabClient();
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
    return { member, ...layerWords(reading, props.activation, props.tap) };
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
          aria-label={`${MEMBER_LABELS[line.member]}: ${line.words}. ${line.exact}`}
        >
          <span style={{ color: MEMBER_TEXT_COLORS[line.member] }}>
            {MEMBER_LABELS[line.member]}:
          </span>{' '}
          {line.words}
        </li>
      ))}
      {bn?.gamma && bn.beta && (
        <li
          title={`γ mean ${formatNumber(bn.gamma.mean)}, from ${formatNumber(bn.gamma.min)} to ${formatNumber(bn.gamma.max)}; β mean ${formatNumber(bn.beta.mean)}, from ${formatNumber(bn.beta.min)} to ${formatNumber(bn.beta.max)}`}
        >
          BN’s γ {formatNumber(bn.gamma.min)}…{formatNumber(bn.gamma.max)}, β{' '}
          {formatNumber(bn.beta.min)}…{formatNumber(bn.beta.max)}
        </li>
      )}
    </ul>
  );
}
