import type { ReactNode } from 'react';
import { band, bandEdge, LOG_LR_MAX, LOG_LR_MIN, type BandSegment } from '../experiment/bands';
import { OUTCOMES } from '../experiment/sweep';
import type { Member } from '../experiment/members';
import { formatNumber } from './charts/canvas';
import { useLab, useMembers } from './LabContext';
import { MEMBER_COLORS, MEMBER_TEXT_COLORS, OUTCOME_COLORS, PALETTE } from './palette';
import { useT } from './language';
import { ENGLISH, type Translator } from '../i18n/translate';

/** The slider thumb's half width: where the track's ends are inside the input's box. */
export const THUMB_INSET = 8;
const ROW = 9;
const GAP = 3;

/** x of a learning rate on the slider's axis, in [inset, width − inset]. */
function xOf(learningRate: number, width: number): number {
  const t = (Math.log10(learningRate) - LOG_LR_MIN) / (LOG_LR_MAX - LOG_LR_MIN);
  return THUMB_INSET + Math.min(1, Math.max(0, t)) * (width - 2 * THUMB_INSET);
}

/** A band's edge, in words: "trains up to η = 1", or why not (in the page's language). */
export function edgeText(
  segments: readonly BandSegment[],
  complete = true,
  t: Translator = ENGLISH,
): string {
  if (segments.length === 0) return t.t('bands.notMeasured');
  if (!complete) return t.t('bands.measuringSoFar', { rates: segments.length });
  const edge = bandEdge(segments);
  if (edge === null) return t.t('bands.none');
  const top = segments[segments.length - 1].learningRate;
  const after = segments.find((s) => s.learningRate > edge);
  const rate = (v: number) => t.digitsOf(formatNumber(v));
  return edge === top
    ? t.t('bands.toEnd', { edge: rate(edge) })
    : t.t('bands.upTo', {
        edge: rate(edge),
        next: rate(after?.learningRate ?? top),
        outcome: after?.outcome ?? 'stalls',
      });
}

/** One network's band: a segment per measured rate, centred on it, colored by its outcome. */
function BandRow(props: { segments: BandSegment[]; y: number; width: number; ghost?: boolean }) {
  const { segments, width } = props;
  return (
    <g opacity={props.ghost ? 0.55 : 1}>
      {segments.map((s, i) => {
        const x = xOf(s.learningRate, width);
        const left = i === 0 ? THUMB_INSET : (x + xOf(segments[i - 1].learningRate, width)) / 2;
        const right =
          i === segments.length - 1
            ? width - THUMB_INSET
            : (x + xOf(segments[i + 1].learningRate, width)) / 2;
        return (
          <rect
            key={s.learningRate}
            x={left}
            y={props.y}
            width={Math.max(1, right - left - 1)}
            height={ROW}
            fill={OUTCOME_COLORS[s.outcome]}
            stroke={props.ghost ? PALETTE.ink : 'none'}
            strokeDasharray={props.ghost ? '2 2' : undefined}
            strokeWidth={0.8}
          />
        );
      })}
    </g>
  );
}

/**
 * Each network's stable range drawn under the learning-rate slider, on its own log axis: what a
 * short background sweep of this setup (a few seeds per rate) saw at each rate — trains, too
 * slow, stalls or blows up — with the current η marked across the bands. A ghost row keeps the
 * BN twin's band of the placement before a switch.
 */
export function SliderBands(props: { width: number; learningRate: number; axis: ReactNode }) {
  const evidence = useLab((s) => s.evidence);
  const bands = evidence.bands;
  const ghost = useLab((s) => s.ghost);
  const members = useMembers();
  const t = useT();
  const { width } = props;
  const rows: { member: Member; segments: BandSegment[] }[] = members.map((m) => ({
    member: m,
    segments: band(bands.results, m, evidence.threshold),
  }));
  const ghostRow = ghost?.band && ghost.band.length > 0 ? ghost.band : null;
  const height = (rows.length + (ghostRow ? 1 : 0)) * (ROW + GAP);
  const done = bands.results.filter(Boolean).length;
  const measuring = bands.status === 'running' || bands.status === 'waiting';
  const spec = bands.spec;
  const complete = bands.status === 'done';
  const x = xOf(props.learningRate, width);
  const name = (m: Member) =>
    m === 'plain' || m === 'batchNorm' ? t.t(`network.${m}`) : t.t(`member.${m}`);
  const label = [
    ...rows.map((r) => `${name(r.member)}: ${edgeText(r.segments, complete, t)}`),
    ...(ghostRow && ghost ? [`${ghost.label}: ${edgeText(ghostRow, true, t)}`] : []),
  ].join(t.locale === 'bn' ? '। ' : '. ');
  const count = (v: number | undefined) => (v ? t.number(v) : '…');
  return (
    <div className="slider-bands" data-tour="slider">
      <svg
        width={width}
        height={height}
        role="img"
        aria-label={t.t('bands.label', { rows: label })}
      >
        {rows.map((r, i) => (
          <g key={r.member}>
            <rect x={0} y={i * (ROW + GAP)} width={4} height={ROW} fill={MEMBER_COLORS[r.member]} />
            <BandRow segments={r.segments} y={i * (ROW + GAP)} width={width} />
          </g>
        ))}
        {ghostRow && (
          <BandRow segments={ghostRow} y={rows.length * (ROW + GAP)} width={width} ghost />
        )}
        <line x1={x} x2={x} y1={0} y2={height} stroke={PALETTE.ink} strokeWidth={2} />
      </svg>
      {props.axis}
      <ul className="band-names">
        {rows.map((r) => (
          <li key={r.member} style={{ color: MEMBER_TEXT_COLORS[r.member] }}>
            {t.t(`member.${r.member}`)}: {edgeText(r.segments, complete, t)}
          </li>
        ))}
        {ghostRow && ghost && (
          <li className="ghost-name">
            {ghost.label}: {edgeText(ghostRow, true, t)}
          </li>
        )}
      </ul>
      <p className="band-status hint" aria-live="polite">
        {bands.status === 'failed'
          ? t.t('bands.failed', { message: evidence.message ?? 'a worker failed' })
          : bands.status === 'held'
            ? t.t('bands.held', { done, cells: bands.cells })
            : measuring
              ? t.t('bands.measuring', {
                  done: t.number(done),
                  cells: count(bands.cells),
                  seeds: count(spec?.seeds),
                  steps: count(spec?.steps),
                })
              : bands.status === 'done' && spec
                ? t.t('bands.done', {
                    source: bands.source === 'preset' ? 'preset' : 'here',
                    seeds: spec.seeds,
                    steps: spec.steps,
                  })
                : ''}
      </p>
      <ul className="band-legend" aria-label={t.t('bands.legend')}>
        {OUTCOMES.map((o) => (
          <li key={o}>
            <span className="swatch" style={{ background: OUTCOME_COLORS[o] }} />
            {t.t(`outcome.${o}`)}
          </li>
        ))}
      </ul>
    </div>
  );
}
