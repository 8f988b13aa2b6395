import { useState } from 'react';
import type { Member } from '../experiment/variants';
import { drawBoundary } from './charts/boundary';
import { MEMBER_TEXT_COLORS } from './palette';
import { MEMBER_LABELS } from './twinLabels';
import { useBoxWidth } from './useBoxWidth';
import { boundaryCsv } from './figureData';
import { FigureExports } from './FigureExports';
import {
  HEAVY_CANVAS_MS,
  useFrameCanvas,
  useLab,
  useLabClient,
  useMembers,
  useReplayStep,
} from './LabContext';

const MAX_SIZE = 200;

function BoundaryCanvas(props: { variant: Member; size: number }) {
  const client = useLabClient();
  const [scratch] = useState(() => document.createElement('canvas'));
  const replay = useReplayStep();
  const ref = useFrameCanvas(
    (canvas) => {
      const boundary = client.history.shown(replay).boundary;
      drawBoundary(
        canvas,
        props.size,
        boundary,
        boundary?.values[props.variant] ?? null,
        client.store.getState().run.info?.points,
        scratch,
      );
    },
    [props.variant, props.size, replay],
    HEAVY_CANVAS_MS,
  );
  return (
    <figure>
      <canvas
        ref={ref}
        role="img"
        aria-label={`Decision boundary of the ${MEMBER_LABELS[props.variant]} ${props.variant === 'plain' || props.variant === 'batchNorm' ? 'twin' : 'network'}`}
        style={{ width: props.size, height: props.size }}
      />
      <figcaption style={{ color: MEMBER_TEXT_COLORS[props.variant] }}>
        {MEMBER_LABELS[props.variant]}
      </figcaption>
    </figure>
  );
}

/** Both twins' predictions over the 2-D input plane, for 2-D datasets. */
export function BoundaryPanel() {
  const client = useLabClient();
  const replay = useReplayStep();
  const points = useLab((s) => s.run.info?.points);
  const members = useMembers();
  const features = useLab((s) => s.run.info?.featureNames);
  const normalized = useLab((s) => s.settings.experiment.data.normalizeInputs);
  const [boxRef, boxWidth] = useBoxWidth<HTMLElement>(2 * MAX_SIZE + 20);
  const perRow = Math.min(members.length, Math.max(2, Math.floor((boxWidth + 12) / 132)));
  const size = Math.max(
    100,
    Math.min(MAX_SIZE, Math.floor((boxWidth - 12 * (perRow - 1)) / perRow)),
  );
  if (!points) return null;
  return (
    <section className="panel" aria-labelledby="boundary-title" ref={boxRef}>
      <header className="panel-head">
        <h2 id="boundary-title">Decision boundary</h2>
        <FigureExports
          name="decision-boundary"
          what="the decision boundaries"
          csv={() => boundaryCsv(client.history.shown(replay).boundary, members)}
        />
      </header>
      <p className="hint">
        Probability of class 1 (green) vs 0 (purple), BN twin in inference mode; axes{' '}
        {features?.join(' and ')}
        {normalized ? ', standardized' : ''}.
      </p>
      <div className="boundaries">
        {members.map((m) => (
          <BoundaryCanvas key={m} variant={m} size={size} />
        ))}
      </div>
    </section>
  );
}
