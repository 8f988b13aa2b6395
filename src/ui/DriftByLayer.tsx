import type { Tap } from '../experiment/taps';
import type { Member } from '../experiment/variants';
import { formatNumber } from './charts/canvas';
import { useLabClient, useMembers, useReplayStep, useThrottledFrameValue } from './LabContext';
import { MEMBER_COLORS, MEMBER_TEXT_COLORS, PALETTE } from './palette';
import { MEMBER_LABELS, networkName } from './twinLabels';

const HEIGHT = 64;
const BAR = 7;

/**
 * Each network's drift from step 0 (σ₀, per unit in units of its step-0 spread) for every hidden
 * layer side by side, on a log scale from 0.1 to 100 σ₀: internal covariate shift at a glance —
 * the plain twin's grows with depth, the BN twin's stays flat.
 */
export function DriftByLayer(props: { tap: Tap; width: number }) {
  const client = useLabClient();
  const members = useMembers();
  const replay = useReplayStep();
  const drifts = useThrottledFrameValue(
    () =>
      members.map((m): [Member, number[]] => [
        m,
        (client.history.shown(replay).layers[m] ?? []).map(
          (layer) => layer[props.tap]?.relativeDrift ?? 0,
        ),
      ]),
    300,
  );
  const layers = Math.max(0, ...drifts.map(([, d]) => d.length));
  if (layers === 0) return null;
  const left = 34;
  const slot = Math.min(48, (props.width - left) / layers);
  const y = (v: number) => {
    const t = (Math.log10(Math.max(0.1, Math.min(100, v))) + 1) / 3;
    return HEIGHT - 12 - t * (HEIGHT - 16);
  };
  const label = drifts
    .map(([m, d]) => `${networkName(m)}: ${d.map((v) => formatNumber(v)).join(', ')}`)
    .join('; ');
  return (
    <figure className="drift-by-layer">
      <svg
        width={left + slot * layers}
        height={HEIGHT}
        role="img"
        aria-label={`Drift from step 0 by layer, in σ₀ (layers 1 to ${layers}). ${label}`}
      >
        {[0.1, 1, 10, 100].map((tick) => (
          <g key={tick}>
            <line
              x1={left}
              x2={left + slot * layers}
              y1={y(tick)}
              y2={y(tick)}
              stroke={PALETTE.grid}
            />
            <text x={left - 4} y={y(tick) + 3} textAnchor="end" fontSize={9} fill={PALETTE.muted}>
              {tick}
            </text>
          </g>
        ))}
        {drifts.map(([m, d], k) =>
          d.map((v, i) => {
            const x = left + i * slot + slot / 2 + (k - (drifts.length - 1) / 2) * (BAR + 1);
            return (
              <rect
                key={`${m}-${i}`}
                x={x - BAR / 2}
                y={y(v)}
                width={BAR}
                height={Math.max(1, HEIGHT - 12 - y(v))}
                fill={MEMBER_COLORS[m]}
              >
                <title>{`Layer ${i + 1}, ${MEMBER_LABELS[m]}: drift ${formatNumber(v)} σ₀`}</title>
              </rect>
            );
          }),
        )}
        {Array.from({ length: layers }, (_, i) => (
          <text
            key={i}
            x={left + i * slot + slot / 2}
            y={HEIGHT - 1}
            textAnchor="middle"
            fontSize={9}
            fill={PALETTE.muted}
          >
            {i + 1}
          </text>
        ))}
      </svg>
      <figcaption className="hint">
        Drift from step 0 by layer (σ₀, log scale):{' '}
        {drifts.map(([m], i) => (
          <span key={m} style={{ color: MEMBER_TEXT_COLORS[m] }}>
            {i > 0 ? ' · ' : ''}
            {MEMBER_LABELS[m]}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}
