import type { Tap } from '../experiment/taps';
import type { Member } from '../experiment/members';
import { formatNumber } from './charts/canvas';
import { useLab, useLabClient, useMembers, useReplayStep, useFrameTick } from './LabContext';
import { driftWords, readLayer, type LayerReading } from './layerWords';
import { MEMBER_COLORS, MEMBER_TEXT_COLORS, PALETTE } from './palette';
import { Term } from './Term';
import { memberLabel, networkName } from './twinLabels';
import { useT } from './language';
import type { ReactNode } from 'react';

const HEIGHT = 76;
const BAR = 7;
/** The axis' ends, in σ₀ (log scale): drifts beyond are drawn at the end, marked off scale. */
const LOW = 0.1;
const HIGH = 100;

/**
 * Each network's drift from step 0 (σ₀: per unit, in units of its step-0 spread) for every hidden
 * layer side by side, on a log scale from 0.1 to 100 σ₀: internal covariate shift at a glance.
 * Every bar says what its readout says: a network that blew up gets a hatched bar to the top,
 * labelled with its step; values that vanished get a grey stub marked "v", never a bar of noise;
 * a drift past 100 σ₀ is drawn at the top with an arrow.
 */
export function DriftByLayer(props: { tap: Tap; width: number }) {
  const client = useLabClient();
  const t = useT();
  const members = useMembers();
  const replay = useReplayStep();
  const divergedAt = useLab((s) => s.run.divergedAt);
  useFrameTick(300);
  const layers = client.store.getState().run.info?.layers.length ?? 0;
  if (layers === 0) return null;
  const readings = members.map((m): [Member, LayerReading[]] => [
    m,
    Array.from({ length: layers }, (_, i) =>
      readLayer(client.history, m, i, props.tap, replay, divergedAt[m] ?? null),
    ),
  ]);
  const left = 34;
  const slot = Math.min(48, (props.width - left) / layers);
  const top = 4;
  const base = HEIGHT - 14;
  const y = (v: number) => {
    const t = (Math.log10(Math.max(LOW, Math.min(HIGH, v))) + 1) / 3;
    return base - t * (base - top);
  };
  const label = readings
    .map(([m, r]) =>
      t.t('drift.network', {
        network: networkName(m, t),
        layers: r
          .map((x, i) => t.t('drift.layer', { layer: i + 1, words: driftWords(x, t) }))
          .join(', '),
      }),
    )
    .join('; ');
  const blewUp = readings.filter(([, r]) => r[0]?.kind === 'blewUp');
  const vanished = readings.some(([, r]) =>
    r.some((x) => x.kind === 'vanished' || (x.kind === 'measured' && x.drift === null)),
  );
  return (
    <figure className="drift-by-layer">
      <svg
        width={left + slot * layers}
        height={HEIGHT}
        role="img"
        aria-label={t.t('drift.label', { layers, readings: label })}
      >
        <defs>
          {members.map((m) => (
            <pattern
              key={m}
              id={`blew-up-${m}`}
              width={4}
              height={4}
              patternUnits="userSpaceOnUse"
              patternTransform="rotate(45)"
            >
              <rect width={4} height={4} fill={PALETTE.white} />
              <rect width={2} height={4} fill={MEMBER_COLORS[m]} />
            </pattern>
          ))}
        </defs>
        {[0.1, 1, 10, 100].map((tick) => (
          <g key={tick}>
            <line
              x1={left}
              x2={left + slot * layers}
              y1={y(tick)}
              y2={y(tick)}
              stroke={PALETTE.grid}
            />
            <text x={left - 4} y={y(tick) + 4} textAnchor="end" fontSize={12} fill={PALETTE.muted}>
              {t.number(tick)}
            </text>
          </g>
        ))}
        {readings.map(([m, r], k) =>
          r.map((reading, i) => {
            const x = left + i * slot + slot / 2 + (k - (readings.length - 1) / 2) * (BAR + 1);
            const title = t.t('drift.bar', {
              layer: i + 1,
              network: memberLabel(m, t),
              words: driftWords(reading, t),
            });
            if (reading.kind === 'blewUp')
              return (
                <rect
                  key={`${m}-${i}`}
                  x={x - BAR / 2}
                  y={top}
                  width={BAR}
                  height={base - top}
                  fill={`url(#blew-up-${m})`}
                  stroke={MEMBER_COLORS[m]}
                  strokeWidth={0.8}
                  data-kind="blew-up"
                >
                  <title>{title}</title>
                </rect>
              );
            if (
              reading.kind === 'vanished' ||
              (reading.kind === 'measured' && reading.drift === null)
            )
              return (
                <g key={`${m}-${i}`} data-kind="vanished">
                  <rect x={x - BAR / 2} y={base - 5} width={BAR} height={5} fill={PALETTE.diverged}>
                    <title>{title}</title>
                  </rect>
                  <text x={x} y={base - 7} textAnchor="middle" fontSize={12} fill={PALETTE.muted}>
                    {t.t('drift.vanishedMark')}
                  </text>
                </g>
              );
            if (reading.kind !== 'measured' || reading.drift === null) return null;
            const v = reading.drift;
            return (
              <g key={`${m}-${i}`} data-kind="drift">
                <rect
                  x={x - BAR / 2}
                  y={y(v)}
                  width={BAR}
                  height={Math.max(1, base - y(v))}
                  fill={MEMBER_COLORS[m]}
                >
                  <title>
                    {t.t('drift.barValue', {
                      layer: i + 1,
                      network: memberLabel(m, t),
                      drift: t.digitsOf(formatNumber(v)),
                    })}
                  </title>
                </rect>
                {v > HIGH && (
                  <path
                    d={`M${x - 4},${top + 4} L${x},${top - 2} L${x + 4},${top + 4} Z`}
                    fill={MEMBER_COLORS[m]}
                  />
                )}
              </g>
            );
          }),
        )}
        {Array.from({ length: layers }, (_, i) => (
          <text
            key={i}
            x={left + i * slot + slot / 2}
            y={HEIGHT - 1}
            textAnchor="middle"
            fontSize={12}
            fill={PALETTE.muted}
          >
            {t.number(i + 1)}
          </text>
        ))}
      </svg>
      <figcaption className="hint">
        {t.parts<ReactNode>('drift.caption', { sigma: () => <Term term="σ₀" /> })}{' '}
        {readings.map(([m], i) => (
          <span key={m} style={{ color: MEMBER_TEXT_COLORS[m] }}>
            {i > 0 ? ' · ' : ''}
            {memberLabel(m, t)}
          </span>
        ))}
        {blewUp.map(([m, r]) => (
          <span key={m}>
            {t.t('drift.hatched', { network: memberLabel(m, t), words: driftWords(r[0], t) })}
          </span>
        ))}
        {vanished && <span>{t.t('drift.vanishedKey')}</span>}
      </figcaption>
    </figure>
  );
}
