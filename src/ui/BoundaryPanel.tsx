import { useState } from 'react';
import type { Variant } from '../protocol/messages';
import { drawBoundary } from './charts/boundary';
import { TWIN_COLORS, TWIN_LABELS } from './charts/canvas';
import { HEAVY_CANVAS_MS, useFrameCanvas, useLab, useLabClient } from './LabContext';

const SIZE = 200;

function BoundaryCanvas(props: { variant: Variant }) {
  const client = useLabClient();
  const [scratch] = useState(() => document.createElement('canvas'));
  const ref = useFrameCanvas(
    (canvas) => {
      const boundary = client.history.boundary;
      drawBoundary(
        canvas,
        SIZE,
        boundary,
        boundary?.values[props.variant] ?? null,
        client.store.getState().info?.points,
        scratch,
      );
    },
    [props.variant],
    HEAVY_CANVAS_MS,
  );
  return (
    <figure>
      <canvas
        ref={ref}
        role="img"
        aria-label={`Decision boundary of the ${TWIN_LABELS[props.variant]} twin`}
        style={{ width: SIZE, height: SIZE }}
      />
      <figcaption style={{ color: TWIN_COLORS[props.variant] }}>
        {TWIN_LABELS[props.variant]}
      </figcaption>
    </figure>
  );
}

/** Both twins' predictions over the 2-D input plane, for 2-D datasets. */
export function BoundaryPanel() {
  const points = useLab((s) => s.info?.points);
  const features = useLab((s) => s.info?.featureNames);
  const normalized = useLab((s) => s.experiment.data.normalizeInputs);
  if (!points) return null;
  return (
    <section className="panel" aria-labelledby="boundary-title">
      <h2 id="boundary-title">Decision boundary</h2>
      <p className="hint">
        Probability of class 1 (orange) vs 0 (purple), BN twin in inference mode; axes{' '}
        {features?.join(' and ')}
        {normalized ? ', standardized' : ''}.
      </p>
      <div className="boundaries">
        <BoundaryCanvas variant="plain" />
        <BoundaryCanvas variant="batchNorm" />
      </div>
    </section>
  );
}
