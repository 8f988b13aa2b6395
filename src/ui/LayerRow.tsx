import { useRef, useState } from 'react';
import type { Tap } from '../experiment/taps';
import { perVariant, VARIANTS, type PerVariant, type Variant } from '../experiment/variants';
import type { LayerFrame } from '../protocol/frames';
import { formatNumber } from './charts/canvas';
import { TWIN_COLORS, TWIN_TEXT_COLORS } from './palette';
import { TWIN_LABELS } from './twinLabels';
import { sharedDomain } from './charts/domain';
import { DensityCache, drawHeatmap } from './charts/heatmap';
import { drawMarginal } from './charts/marginal';
import { HEAVY_CANVAS_MS, useFrameCanvas, useFrameEffect, useLabClient } from './LabContext';

const HEATMAP = { width: 300, height: 130 };
const MARGINAL_WIDTH = 90;

function latestLayer(
  client: ReturnType<typeof useLabClient>,
  layer: number,
): PerVariant<LayerFrame | null> {
  const { latest } = client.history;
  return perVariant((v) => latest[v]?.[layer] ?? null);
}

/** One hidden layer: each twin's density-over-time heatmap and their current histograms, one value axis. */
export function LayerRow(props: { layer: number; units: number; activation: string; tap: Tap }) {
  const client = useLabClient();
  const { layer, tap } = props;
  // Each twin's density image, kept between redraws (only new columns are computed).
  const [caches] = useState(() => perVariant(() => new DensityCache()));
  const domain = (): [number, number] => {
    const taps = client.history.taps;
    return sharedDomain(
      [taps.plain[layer]?.[tap], taps.batchNorm[layer]?.[tap]].filter((h) => h !== undefined),
    );
  };
  const heatmap = (variant: Variant) => (canvas: HTMLCanvasElement) => {
    drawHeatmap(
      canvas,
      HEATMAP.width,
      HEATMAP.height,
      client.history.taps[variant][layer]?.[tap],
      domain(),
      TWIN_COLORS[variant],
      caches[variant],
    );
  };
  const marginalRef = useFrameCanvas(
    (canvas) =>
      drawMarginal(
        canvas,
        MARGINAL_WIDTH,
        HEATMAP.height,
        latestLayer(client, layer),
        tap,
        domain(),
      ),
    [layer, tap],
    HEAVY_CANVAS_MS,
  );
  const tapName =
    tap === 'preActivation'
      ? 'input to the activation'
      : tap === 'postActivation'
        ? 'layer output'
        : 'input to Batch Norm';
  return (
    <div className="layer-row">
      <div className="layer-label">
        <h3>Layer {layer + 1}</h3>
        <p className="muted">
          {props.units} × {props.activation}
        </p>
        <Readout layer={layer} tap={tap} />
      </div>
      {VARIANTS.map((variant) => (
        <HeatmapFigure
          key={variant}
          variant={variant}
          draw={heatmap(variant)}
          deps={[layer, tap]}
          label={`Layer ${layer + 1}, ${variant === 'plain' ? 'plain' : 'BN'} twin: distribution of the ${tapName} over training`}
        />
      ))}
      <figure>
        <canvas
          ref={marginalRef}
          role="img"
          aria-label={`Layer ${layer + 1}: current histograms of both twins`}
          style={{ width: MARGINAL_WIDTH, height: HEATMAP.height }}
        />
        <figcaption>now</figcaption>
      </figure>
    </div>
  );
}

function HeatmapFigure(props: {
  variant: Variant;
  draw: (canvas: HTMLCanvasElement) => void;
  deps: unknown[];
  label: string;
}) {
  const ref = useFrameCanvas(props.draw, props.deps, HEAVY_CANVAS_MS);
  return (
    <figure>
      <canvas
        ref={ref}
        role="img"
        aria-label={props.label}
        style={{ width: HEATMAP.width, height: HEATMAP.height }}
      />
      <figcaption style={{ color: TWIN_TEXT_COLORS[props.variant] }}>
        {TWIN_LABELS[props.variant]}
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
    const line = (variant: Variant) => {
      const t = layers[variant]?.[props.tap];
      return t
        ? `${TWIN_LABELS[variant]}: drift ${formatNumber(t.driftFromStart)} (${formatNumber(t.relativeDrift)} σ₀) · saturated ${Math.round(100 * t.fractionSaturated)}%`
        : `${TWIN_LABELS[variant]}: –`;
    };
    const bn = layers.batchNorm;
    const learned =
      bn?.gamma && bn.beta
        ? `\nγ ${formatNumber(bn.gamma.mean)} [${formatNumber(bn.gamma.min)}, ${formatNumber(bn.gamma.max)}] · β ${formatNumber(bn.beta.mean)} [${formatNumber(bn.beta.min)}, ${formatNumber(bn.beta.max)}]`
        : '';
    element.textContent = `${line('plain')}\n${line('batchNorm')}${learned}`;
  }, [props.layer, props.tap]);
  return <p className="readout" ref={textRef} />;
}
