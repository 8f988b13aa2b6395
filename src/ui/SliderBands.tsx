import type { ReactNode } from 'react';
import { band, bandEdge, LOG_LR_MAX, LOG_LR_MIN, type BandSegment } from '../experiment/bands';
import { OUTCOMES } from '../experiment/sweep';
import type { Member } from '../experiment/members';
import { formatNumber } from './charts/canvas';
import { useLab, useMembers } from './LabContext';
import { OUTCOME_LABELS } from './outcomeLabels';
import { MEMBER_COLORS, MEMBER_TEXT_COLORS, OUTCOME_COLORS, PALETTE } from './palette';
import { MEMBER_LABELS, networkName } from './twinLabels';

/** The slider thumb's half width: where the track's ends are inside the input's box. */
export const THUMB_INSET = 8;
const ROW = 9;
const GAP = 3;

/** x of a learning rate on the slider's axis, in [inset, width − inset]. */
function xOf(learningRate: number, width: number): number {
  const t = (Math.log10(learningRate) - LOG_LR_MIN) / (LOG_LR_MAX - LOG_LR_MIN);
  return THUMB_INSET + Math.min(1, Math.max(0, t)) * (width - 2 * THUMB_INSET);
}

/** A band's edge, in words: "trains up to η = 1", or why not. */
export function edgeText(segments: readonly BandSegment[], complete = true): string {
  if (segments.length === 0) return 'not measured yet';
  if (!complete)
    return `measuring (${segments.length} ${segments.length === 1 ? 'rate' : 'rates'} so far)`;
  const edge = bandEdge(segments);
  if (edge === null) return 'trains at no rate measured';
  const top = segments[segments.length - 1].learningRate;
  const after = segments.find((s) => s.learningRate > edge);
  return edge === top
    ? `trains up to η = ${formatNumber(edge)} (the slider’s end)`
    : `trains up to η = ${formatNumber(edge)}; at ${formatNumber(after?.learningRate ?? top)} it ${after?.outcome === 'tooSlow' ? 'is too slow' : OUTCOME_LABELS[after?.outcome ?? 'stalls']}`;
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
  const label = [
    ...rows.map((r) => `${networkName(r.member)}: ${edgeText(r.segments, complete)}`),
    ...(ghostRow && ghost ? [`${ghost.label}: ${edgeText(ghostRow)}`] : []),
  ].join('. ');
  return (
    <div className="slider-bands" data-tour="slider">
      <svg
        width={width}
        height={height}
        role="img"
        aria-label={`Stable range per learning rate. ${label}.`}
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
            {MEMBER_LABELS[r.member]}: {edgeText(r.segments, complete)}
          </li>
        ))}
        {ghostRow && ghost && (
          <li className="ghost-name">
            {ghost.label}: {edgeText(ghostRow)}
          </li>
        )}
      </ul>
      <p className="band-status hint" aria-live="polite">
        {bands.status === 'failed'
          ? `The bands could not be measured: ${evidence.message ?? 'a worker failed'}.`
          : bands.status === 'held'
            ? `The bands of a setup this heavy are measured while the run is paused: ${done} of ${bands.cells} short runs so far.`
            : measuring
              ? `Measuring your setup’s bands: ${done} of ${bands.cells || '…'} short runs (${spec?.seeds ?? '…'} seeds, ${spec?.steps ?? '…'} steps each).`
              : bands.status === 'done' && spec
                ? `Bands ${bands.source === 'preset' ? 'measured for this preset' : 'measured here'}: ${spec.seeds} seeds × ${spec.steps} steps per rate, majority outcome.`
                : ''}
      </p>
      <ul className="band-legend" aria-label="Band colors">
        {OUTCOMES.map((o) => (
          <li key={o}>
            <span className="swatch" style={{ background: OUTCOME_COLORS[o] }} />
            {OUTCOME_LABELS[o]}
          </li>
        ))}
      </ul>
    </div>
  );
}
