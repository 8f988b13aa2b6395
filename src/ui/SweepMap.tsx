import { interpolateViridis, scaleSequentialLog } from 'd3';
import { forwardRef } from 'react';
import type { CellResult } from '../experiment/sweep';
import { VARIANTS } from '../experiment/variants';
import { formatNumber } from './charts/canvas';
import { PALETTE, TWIN_COLORS } from './palette';
import { Pickable, svgFont } from './SvgParts';
import { TWIN_LABELS } from './twinLabels';

const CELL = 26;
const M = { left: 50, top: 30, bottom: 40 };
const FONT = svgFont(10);

/**
 * Final loss over learning rate (x) × init scale (y) for both twins side by side, on one color
 * scale (low loss bright); diverged cells gray with ×. Cells load their setting when clicked.
 */
export const SweepMap = forwardRef<
  SVGSVGElement,
  {
    results: CellResult[];
    learningRates: number[];
    initScales: number[];
    onPick: (learningRate: number, initScale: number) => void;
  }
>(function SweepMap({ results, learningRates, initScales, onPick }, ref) {
  const losses = results.flatMap((r) =>
    VARIANTS.flatMap((v) => ((r.outcomes[v].finalLoss ?? 0) > 0 ? [r.outcomes[v].finalLoss!] : [])),
  );
  const lo = losses.length ? Math.min(...losses) : 0.01;
  const hi = losses.length ? Math.max(...losses) : 1;
  const color = scaleSequentialLog((t: number) => interpolateViridis(1 - t)).domain([
    lo,
    hi > lo ? hi : lo * 10,
  ]);
  const gridW = learningRates.length * CELL;
  const gridH = initScales.length * CELL;
  const W = M.left + 2 * gridW + 40 + 20;
  const H = M.top + gridH + M.bottom + 30;
  const byKey = new Map(results.map((r) => [`${r.learningRate}|${r.initScale}`, r]));
  return (
    <svg
      ref={ref}
      viewBox={`0 0 ${W} ${H}`}
      width={W}
      height={H}
      role="img"
      aria-label="Final loss over learning rate and init scale, both twins"
      style={FONT}
    >
      <rect x={0} y={0} width={W} height={H} fill={PALETTE.white} />
      {VARIANTS.map((v, vi) => {
        const x0 = M.left + vi * (gridW + 40);
        return (
          <g key={v}>
            <text x={x0} y={18} fill={TWIN_COLORS[v]} fontWeight={700} fontSize={12}>
              {TWIN_LABELS[v]}
            </text>
            {initScales.map((scale, si) => {
              const y0 = M.top + (initScales.length - 1 - si) * CELL;
              return learningRates.map((lr, li) => {
                const r = byKey.get(`${lr}|${scale}`);
                const o = r?.outcomes[v];
                const label = `${TWIN_LABELS[v]}, η = ${formatNumber(lr)}, init scale ${formatNumber(scale)}: ${
                  !o
                    ? 'pending'
                    : o.finalLoss === null
                      ? 'diverged'
                      : `final loss ${formatNumber(o.finalLoss)}`
                }`;
                return (
                  <Pickable key={`${si}-${li}`} label={label} onPick={() => onPick(lr, scale)}>
                    <rect
                      x={x0 + li * CELL}
                      y={y0}
                      width={CELL - 1}
                      height={CELL - 1}
                      fill={
                        !o
                          ? PALETTE.pending
                          : o.finalLoss === null
                            ? PALETTE.diverged
                            : color(Math.max(lo, o.finalLoss))
                      }
                    />
                    {o && o.finalLoss === null && (
                      <text
                        x={x0 + li * CELL + CELL / 2}
                        y={y0 + CELL / 2 + 4}
                        textAnchor="middle"
                        fill={PALETTE.white}
                        fontSize={13}
                      >
                        ×
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
                  {formatNumber(lr)}
                </text>
              ) : null,
            )}
            <text x={x0 + gridW / 2} y={M.top + gridH + 26} textAnchor="middle" fill={PALETTE.ink}>
              learning rate η
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
          {formatNumber(scale)}
        </text>
      ))}
      <text
        transform={`translate(10 ${M.top + gridH / 2}) rotate(-90)`}
        textAnchor="middle"
        fill={PALETTE.ink}
      >
        init scale
      </text>
      <defs>
        <linearGradient id="loss-legend">
          {Array.from({ length: 11 }, (_, i) => (
            <stop key={i} offset={`${i * 10}%`} stopColor={interpolateViridis(1 - i / 10)} />
          ))}
        </linearGradient>
      </defs>
      <rect x={M.left} y={H - 22} width={160} height={8} fill="url(#loss-legend)" />
      <text x={M.left} y={H - 4} fill={PALETTE.muted}>
        loss {formatNumber(lo)}
      </text>
      <text x={M.left + 160} y={H - 4} textAnchor="end" fill={PALETTE.muted}>
        {formatNumber(hi)}
      </text>
      <text x={M.left + 180} y={H - 14} fill={PALETTE.muted}>
        gray ×: diverged
      </text>
    </svg>
  );
});
