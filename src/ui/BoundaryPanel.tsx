import { useState } from 'react';
import type { Variant } from '../experiment/variants';
import { drawBoundary } from './charts/boundary';
import { TWIN_TEXT_COLORS } from './palette';
import { TWIN_LABELS } from './twinLabels';
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
        client.store.getState().run.info?.points,
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
      <figcaption style={{ color: TWIN_TEXT_COLORS[props.variant] }}>
        {TWIN_LABELS[props.variant]}
      </figcaption>
    </figure>
  );
}

/** Both twins' predictions over the 2-D input plane, for 2-D datasets. */
export function BoundaryPanel() {
  const points = useLab((s) => s.run.info?.points);
  const features = useLab((s) => s.run.info?.featureNames);
  const normalized = useLab((s) => s.settings.experiment.data.normalizeInputs);
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
