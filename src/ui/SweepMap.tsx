import { forwardRef } from 'react';
import {
  OUTCOMES,
  stableRange,
  type CellResult,
  type RateOutcomes,
  sweptMembers,
} from '../experiment/sweep';
import { formatNumber } from './charts/canvas';
import { MEMBER_TEXT_COLORS, OUTCOME_COLORS, PALETTE } from './palette';
import { Pickable, svgFont } from './SvgParts';
import { memberLabel, allNetworks } from './twinLabels';
import { useT } from './language';

const CELL = 26;
const M = { left: 50, top: 30, bottom: 40 };
const FONT = svgFont(12);

/** The outcome most seeds of a cell had (ties go to the earlier in OUTCOMES: trains first). */
function commonest(rate: RateOutcomes) {
  return OUTCOMES.reduce((best, o) => (rate.counts[o] > rate.counts[best] ? o : best));
}

/**
 * The outcome over learning rate (x) × init scale (y) for both twins side by side: each cell in
 * the color of its seeds' commonest outcome, with how many seeds train, outlined where most do.
 * Cells load their setting when clicked.
 */
export const SweepMap = forwardRef<
  SVGSVGElement,
  {
    results: CellResult[];
    learningRates: number[];
    initScales: number[];
    threshold: number;
    onPick: (learningRate: number, initScale: number) => void;
  }
>(function SweepMap({ results, learningRates, initScales, threshold, onPick }, ref) {
  const t = useT();
  const gridW = learningRates.length * CELL;
  const gridH = initScales.length * CELL;
  const members = sweptMembers(results);
  const W = Math.max(M.left + members.length * (gridW + 40) - 20, 470);
  const H = M.top + gridH + M.bottom + 30;
  /** Each network's outcomes per init scale, by learning rate. */
  const rows = members.map((v) =>
    initScales.map((scale) => {
      const { rates } = stableRange(
        results.filter((r) => r.initScale === scale),
        v,
        threshold,
      );
      return new Map(rates.map((rate) => [rate.learningRate, rate]));
    }),
  );
  return (
    <svg
      ref={ref}
      viewBox={`0 0 ${W} ${H}`}
      width={W}
      height={H}
      role="img"
      aria-label={t.t('sweep.mapLabel', { networks: allNetworks(members, t) })}
      style={FONT}
    >
      <rect x={0} y={0} width={W} height={H} fill={PALETTE.white} />
      {members.map((v, vi) => {
        const x0 = M.left + vi * (gridW + 40);
        return (
          <g key={v}>
            <text x={x0} y={18} fill={MEMBER_TEXT_COLORS[v]} fontWeight={700} fontSize={12}>
              {memberLabel(v, t)}
            </text>
            {initScales.map((scale, si) => {
              const y0 = M.top + (initScales.length - 1 - si) * CELL;
              return learningRates.map((lr, li) => {
                const rate = rows[vi][si].get(lr);
                const label = t.t('sweep.mapCell', {
                  network: memberLabel(v, t),
                  eta: t.digitsOf(formatNumber(lr)),
                  scale: t.digitsOf(formatNumber(scale)),
                  pending: rate ? 'no' : 'yes',
                  trains: rate?.counts.trains ?? 0,
                  seeds: rate?.seeds ?? 0,
                  outcome: rate ? t.t(`outcome.${commonest(rate)}`) : '',
                });
                return (
                  <Pickable key={`${si}-${li}`} label={label} onPick={() => onPick(lr, scale)}>
                    <rect
                      x={x0 + li * CELL}
                      y={y0}
                      width={CELL - 1}
                      height={CELL - 1}
                      fill={rate ? OUTCOME_COLORS[commonest(rate)] : PALETTE.pending}
                      stroke={rate?.trains ? PALETTE.ink : 'none'}
                      strokeWidth={2}
                    />
                    {rate && (
                      <text
                        x={x0 + li * CELL + CELL / 2 - 0.5}
                        y={y0 + CELL / 2 + 3}
                        textAnchor="middle"
                        fill={PALETTE.onOutcome}
                      >
                        {rate.counts.trains}/{rate.seeds}
                      </text>
                    )}
                  </Pickable>
                );
              });
            })}
            {learningRates.map((lr, li) =>
              li % 2 === 0 ? (
                <text
                  key={lr}
                  x={x0 + li * CELL + CELL / 2}
                  y={M.top + gridH + 12}
                  textAnchor="middle"
                  fill={PALETTE.muted}
                >
                  {t.digitsOf(formatNumber(lr))}
                </text>
              ) : null,
            )}
            <text x={x0 + gridW / 2} y={M.top + gridH + 26} textAnchor="middle" fill={PALETTE.ink}>
              {t.t('sweep.rateAxis')}
            </text>
          </g>
        );
      })}
      {initScales.map((scale, si) => (
        <text
          key={scale}
          x={M.left - 4}
          y={M.top + (initScales.length - 1 - si) * CELL + CELL / 2 + 3}
          textAnchor="end"
          fill={PALETTE.muted}
        >
          {t.digitsOf(formatNumber(scale))}
        </text>
      ))}
      <text
        transform={`translate(10 ${M.top + gridH / 2}) rotate(-90)`}
        textAnchor="middle"
        fill={PALETTE.ink}
      >
        {t.t('sweep.scaleAxis')}
      </text>
      {OUTCOMES.map((o, k) => (
        <g key={o} transform={`translate(${M.left + k * 100} ${H - 8})`}>
          <rect width={10} height={10} y={-9} fill={OUTCOME_COLORS[o]} />
          <text x={14} fill={PALETTE.ink}>
            {t.t(`outcome.${o}`)}
          </text>
        </g>
      ))}
    </svg>
  );
});
