import { useRef, useState } from 'react';
import type { Tap } from '../experiment/taps';
import { perMember, type Member, type PerMember } from '../experiment/members';
import type { LayerFrame } from '../protocol/frames';
import { formatNumber } from './charts/canvas';
import { formatStep } from './charts/axis';
import type { HeatmapCell } from './charts/heatmap';
import { MEMBER_COLORS, MEMBER_TEXT_COLORS, PALETTE } from './palette';
import { allNetworks, memberLabel, networkName } from './twinLabels';
import { chartWords, useT } from './language';
import { ENGLISH, type Translator } from '../i18n/translate';
import { valueAxis, type ValueAxis } from './charts/domain';
import { DensityCache, drawHeatmap, HEATMAP_MARGIN, heatmapCell } from './charts/heatmap';
import { useStepPointer } from './useStepPointer';
import { drawMarginal, marginalReading } from './charts/marginal';
import {
  HEAVY_CANVAS_MS,
  useFrameCanvas,
  useLab,
  useLabClient,
  useMarkedStep,
  useMembers,
  useReplayStep,
} from './LabContext';
import { LayerReadout } from './LayerReadout';

/** Chart sizes of a layer's row, in CSS pixels. */
export interface RowSizes {
  heatmap: number;
  height: number;
  marginal: number;
  /** Whether the label sits above the charts (narrow screens) rather than beside them. */
  labelAbove: boolean;
}

const LABEL_WIDTH = 168;
const GAP = 10;

/**
 * Sizes that fit `members` heatmaps and the histograms in a panel `width` pixels wide: the label
 * beside them when there is room, above them otherwise, so every network stays side by side
 * down to a phone's width.
 */
export function rowSizes(width: number, members: number): RowSizes {
  const labelAbove = width < 640;
  const marginal = labelAbove ? 64 : 90;
  const room = width - marginal - (labelAbove ? 0 : LABEL_WIDTH + GAP) - members * GAP - 2;
  const heatmap = Math.max(60, Math.min(380, Math.floor(room / members)));
  return { heatmap, height: labelAbove ? 110 : 130, marginal, labelAbove };
}

/** Each network's frame of `layer` as shown: now, or at the replayed step. */
function shownLayer(
  client: ReturnType<typeof useLabClient>,
  layer: number,
  replay: number | null,
): PerMember<LayerFrame | null> {
  const { layers } = client.history.shown(replay);
  return perMember(client.history.members, (v) => layers[v]?.[layer] ?? null);
}

/** One hidden layer: each twin's density-over-time heatmap and their current histograms, one value axis. */
export function LayerRow(props: {
  layer: number;
  units: number;
  activation: string;
  tap: Tap;
  sizes: RowSizes;
}) {
  const client = useLabClient();
  const t = useT();
  const n = (x: number) => t.digitsOf(formatNumber(x));
  const { layer, tap } = props;
  const members = useMembers();
  const { heatmap: width, height, marginal } = props.sizes;
  const ghost = useLab((s) => s.ghost);
  const hoverStep = useMarkedStep();
  const replay = useReplayStep();
  // Each network's density image, kept between redraws (only new columns are computed).
  const [caches] = useState(() => new Map<Member, DensityCache>());
  const cache = (variant: Member) => {
    let c = caches.get(variant);
    if (!c) caches.set(variant, (c = new DensityCache()));
    return c;
  };
  const domain = (): ValueAxis => {
    const { taps } = client.history;
    return valueAxis(
      client.history.members.map((m) => taps[m]?.[layer]?.[tap]).filter((h) => h !== undefined),
    );
  };
  const heatmap = (variant: Member) => (canvas: HTMLCanvasElement) => {
    drawHeatmap(
      canvas,
      width,
      height,
      client.history.taps[variant]?.[layer]?.[tap],
      domain(),
      MEMBER_COLORS[variant],
      cache(variant),
      variant === 'batchNorm' && ghost?.taps[layer]
        ? { history: ghost.taps[layer][tap], color: PALETTE.ghost }
        : undefined,
      hoverStep,
      blownUp().includes(variant)
        ? t.t('layer.blewUpAt', { step: client.store.getState().run.divergedAt[variant] ?? 0 })
        : undefined,
      chartWords(t),
    );
  };
  /** The networks that had blown up by the step shown. */
  const blownUp = () => {
    const { divergedAt } = client.store.getState().run;
    return client.history.members.filter((m) => {
      const at = divergedAt[m] ?? null;
      return at !== null && (replay === null || replay >= at);
    });
  };
  const marginalRef = useFrameCanvas(
    (canvas) =>
      drawMarginal(
        canvas,
        marginal,
        height,
        shownLayer(client, layer, replay),
        tap,
        domain(),
        blownUp(),
      ),
    [layer, tap, marginal, height, replay],
    HEAVY_CANVAS_MS,
  );
  // What the pointer is over, shown beside it: a sentence and where (relative to the row).
  const rowRef = useRef<HTMLDivElement>(null);
  const [tip, setTip] = useState<{ text: string; x: number; y: number } | null>(null);
  const report = (text: string | null, clientX = 0, clientY = 0) => {
    const box = rowRef.current?.getBoundingClientRect();
    if (!text || !box) return setTip(null);
    // Beside the pointer, kept inside the row (the tip is at most 20rem wide).
    const x = Math.max(0, Math.min(clientX - box.left + 12, box.width - 320));
    setTip({ text, x, y: clientY - box.top + 14 });
  };
  const readHeatmap =
    (variant: Member) => (px: number, py: number, clientX: number, clientY: number) => {
      const cell = heatmapCell(
        client.history.taps[variant]?.[layer]?.[tap],
        domain(),
        width,
        height,
        px,
        py,
      );
      report(
        cell &&
          cellSentence(
            t.t('layer.cellName', { layer: layer + 1, network: memberLabel(variant, t) }),
            cell,
            t,
          ),
        clientX,
        clientY,
      );
    };
  const readMarginal = (py: number, clientX: number, clientY: number) => {
    const reading = marginalReading(height, shownLayer(client, layer, replay), tap, domain(), py);
    report(
      reading &&
        t.t('layer.marginal', {
          layer: layer + 1,
          when: replay === null ? 'now' : 'step',
          step: replay ?? 0,
          value: n(reading.value),
          bins:
            reading.bins.length === 0
              ? t.t('layer.marginalNone')
              : reading.bins
                  .map((b) =>
                    t.t('layer.marginalBin', {
                      network: memberLabel(b.member, t),
                      share: t.digitsOf(formatShare(b.share)),
                      low: n(b.low),
                      high: n(b.high),
                    }),
                  )
                  .join(' · '),
        }),
      clientX,
      clientY,
    );
  };
  const tapName = t.t('layer.tap', { tap });
  return (
    <div className={props.sizes.labelAbove ? 'layer-row label-above' : 'layer-row'} ref={rowRef}>
      <div className="layer-label">
        <h3>{t.t('layer.heading', { layer: layer + 1 })}</h3>
        <p className="muted">
          {t.t('layer.units', { units: props.units, activation: props.activation })}
        </p>
        <LayerReadout layer={layer} tap={tap} activation={props.activation} />
      </div>
      {members.map((variant) => (
        <HeatmapFigure
          key={variant}
          variant={variant}
          width={width}
          height={height}
          draw={heatmap(variant)}
          read={readHeatmap(variant)}
          onLeave={() => report(null)}
          deps={[layer, tap, width, height, ghost, hoverStep, t]}
          label={t.t('layer.heatmapLabel', {
            layer: layer + 1,
            network: networkName(variant, t),
            tap: tapName,
          })}
          lastStep={() => {
            const h = client.history.taps[variant]?.[layer]?.[tap];
            return h && h.length > 0 ? h.steps[h.length - 1] : 0;
          }}
        />
      ))}
      <figure>
        <canvas
          ref={marginalRef}
          role="img"
          aria-label={t.t('layer.marginalLabel', {
            layer: layer + 1,
            networks: allNetworks(members, t),
          })}
          style={{ width: marginal, height }}
          onPointerMove={(event) =>
            readMarginal(
              event.clientY - event.currentTarget.getBoundingClientRect().top,
              event.clientX,
              event.clientY,
            )
          }
          onPointerLeave={() => report(null)}
        />
        <figcaption>
          {replay === null
            ? t.t('layer.now')
            : t.t('layer.atStep', { step: t.digitsOf(formatStep(replay)) })}
        </figcaption>
      </figure>
      {tip && (
        <div
          className="cell-tip"
          data-testid="cell-readout"
          style={{
            left: tip.x,
            top: tip.y,
          }}
        >
          {tip.text}
        </div>
      )}
    </div>
  );
}

function HeatmapFigure(props: {
  variant: Member;
  width: number;
  height: number;
  draw: (canvas: HTMLCanvasElement) => void;
  /** Reports the cell under the pointer (CSS pixels within the canvas). */
  read: (px: number, py: number, clientX: number, clientY: number) => void;
  onLeave: () => void;
  deps: unknown[];
  label: string;
  /** The last step the heatmap shows (its right edge). */
  lastStep: () => number;
}) {
  const pointer = useStepPointer();
  const t = useT();
  const ref = useFrameCanvas(
    (canvas) => {
      props.draw(canvas);
      pointer.setFrame({
        left: HEATMAP_MARGIN.left,
        right: props.width - HEATMAP_MARGIN.right,
        maxX: props.lastStep(),
      });
    },
    props.deps,
    HEAVY_CANVAS_MS,
  );
  return (
    <figure>
      <canvas
        ref={ref}
        role="img"
        aria-label={props.label}
        style={{ width: props.width, height: props.height }}
        {...pointer.props}
        onPointerMove={(event) => {
          pointer.props.onPointerMove(event);
          const box = event.currentTarget.getBoundingClientRect();
          props.read(
            event.clientX - box.left,
            event.clientY - box.top,
            event.clientX,
            event.clientY,
          );
        }}
        onPointerLeave={() => {
          pointer.props.onPointerLeave();
          props.onLeave();
        }}
        // The loss chart is the keyboard's crosshair; the many heatmaps answer the pointer only.
        tabIndex={-1}
      />
      <figcaption style={{ color: MEMBER_TEXT_COLORS[props.variant] }}>
        {memberLabel(props.variant, t)}
      </figcaption>
    </figure>
  );
}

function formatShare(share: number): string {
  const percent = 100 * share;
  return `${percent >= 10 || percent === 0 ? Math.round(percent) : percent.toFixed(1)}%`;
}

/** A heatmap cell as a sentence: step, bin, its count and share, the column's percentiles. */
export function cellSentence(name: string, cell: HeatmapCell, t: Translator = ENGLISH): string {
  const n = (x: number) => t.digitsOf(formatNumber(x));
  const [p15, p50, p85] = cell.percentiles.map(n);
  const bin = cell.bin
    ? t.t('layer.cellBin', {
        low: n(cell.bin.low),
        high: n(cell.bin.high),
        count: Math.round(cell.bin.count),
        share: t.digitsOf(formatShare(cell.bin.share)),
      })
    : t.t('layer.cellEmpty', { value: n(cell.value) });
  return t.t('layer.cell', { name, step: cell.step, bin, p15, p50, p85 });
}
