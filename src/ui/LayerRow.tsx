import { useRef, useState } from 'react';
import type { Tap } from '../experiment/taps';
import { perMember, type Member, type PerMember } from '../experiment/variants';
import type { LayerFrame } from '../protocol/frames';
import { formatNumber } from './charts/canvas';
import { GHOST_COLOR, MEMBER_COLORS, MEMBER_TEXT_COLORS } from './palette';
import { MEMBER_LABELS, allNetworks, networkName } from './twinLabels';
import { sharedDomain } from './charts/domain';
import { DensityCache, drawHeatmap, HEATMAP_MARGIN } from './charts/heatmap';
import { useStepPointer } from './useStepPointer';
import { drawMarginal } from './charts/marginal';
import {
  HEAVY_CANVAS_MS,
  useFrameCanvas,
  useFrameEffect,
  useLab,
  useLabClient,
  useMembers,
} from './LabContext';

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

function latestLayer(
  client: ReturnType<typeof useLabClient>,
  layer: number,
): PerMember<LayerFrame | null> {
  const { latest, members } = client.history;
  return perMember(members, (v) => latest[v]?.[layer] ?? null);
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
  const { layer, tap } = props;
  const members = useMembers();
  const { heatmap: width, height, marginal } = props.sizes;
  const ghost = useLab((s) => s.ghost);
  const hoverStep = useLab((s) => s.hover.step);
  // Each network's density image, kept between redraws (only new columns are computed).
  const [caches] = useState(() => new Map<Member, DensityCache>());
  const cache = (variant: Member) => {
    let c = caches.get(variant);
    if (!c) caches.set(variant, (c = new DensityCache()));
    return c;
  };
  const domain = (): [number, number] => {
    const { taps } = client.history;
    return sharedDomain(
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
        ? { history: ghost.taps[layer][tap], color: GHOST_COLOR }
        : undefined,
      hoverStep,
    );
  };
  const marginalRef = useFrameCanvas(
    (canvas) => drawMarginal(canvas, marginal, height, latestLayer(client, layer), tap, domain()),
    [layer, tap, marginal, height],
    HEAVY_CANVAS_MS,
  );
  const tapName =
    tap === 'preActivation'
      ? 'input to the activation'
      : tap === 'postActivation'
        ? 'layer output'
        : 'input to Batch Norm';
  return (
    <div className={props.sizes.labelAbove ? 'layer-row label-above' : 'layer-row'}>
      <div className="layer-label">
        <h3>Layer {layer + 1}</h3>
        <p className="muted">
          {props.units} × {props.activation}
        </p>
        <Readout layer={layer} tap={tap} />
      </div>
      {members.map((variant) => (
        <HeatmapFigure
          key={variant}
          variant={variant}
          width={width}
          height={height}
          draw={heatmap(variant)}
          deps={[layer, tap, width, height, ghost, hoverStep]}
          label={`Layer ${layer + 1}, ${networkName(variant)}: distribution of the ${tapName} over training`}
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
          aria-label={`Layer ${layer + 1}: current histograms of ${allNetworks(members)}`}
          style={{ width: marginal, height }}
        />
        <figcaption>now</figcaption>
      </figure>
    </div>
  );
}

function HeatmapFigure(props: {
  variant: Member;
  width: number;
  height: number;
  draw: (canvas: HTMLCanvasElement) => void;
  deps: unknown[];
  label: string;
  /** The last step the heatmap shows (its right edge). */
  lastStep: () => number;
}) {
  const pointer = useStepPointer();
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
        // The loss chart is the keyboard's crosshair; the many heatmaps answer the pointer only.
        tabIndex={-1}
      />
      <figcaption style={{ color: MEMBER_TEXT_COLORS[props.variant] }}>
        {MEMBER_LABELS[props.variant]}
      </figcaption>
    </figure>
  );
}

/** Drift from step 0 and saturation of both twins for this layer and tap, refreshed with frames. */
function Readout(props: { layer: number; tap: Tap }) {
  const client = useLabClient();
  const textRef = useRef<HTMLParagraphElement>(null);
  useFrameEffect(() => {
    const element = textRef.current;
    if (!element) return;
    const layers = latestLayer(client, props.layer);
    const { divergedAt } = client.store.getState().run;
    const blewUp = (variant: Member) => divergedAt[variant] ?? null;
    const line = (variant: Member) => {
      const t = layers[variant]?.[props.tap];
      const step = blewUp(variant);
      // Its numbers are the last sane frame's; huge values from the blow-up are never printed.
      if (step !== null)
        return `${MEMBER_LABELS[variant]}: blew up at step ${step.toLocaleString('en')} (last sane frame shown)`;
      return t
        ? `${MEMBER_LABELS[variant]}: drift ${formatNumber(t.driftFromStart)} (${formatNumber(t.relativeDrift)} σ₀) · saturated ${Math.round(100 * t.fractionSaturated)}%`
        : `${MEMBER_LABELS[variant]}: –`;
    };
    const bn = layers.batchNorm;
    const learned =
      blewUp('batchNorm') === null && bn?.gamma && bn.beta
        ? `\nγ ${formatNumber(bn.gamma.mean)} [${formatNumber(bn.gamma.min)}, ${formatNumber(bn.gamma.max)}] · β ${formatNumber(bn.beta.mean)} [${formatNumber(bn.beta.min)}, ${formatNumber(bn.beta.max)}]`
        : '';
    element.textContent = `${client.history.members.map(line).join('\n')}${learned}`;
  }, [props.layer, props.tap]);
  return <p className="readout" ref={textRef} />;
}
