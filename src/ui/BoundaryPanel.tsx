import { OwnDataNote } from './OwnDataNote';
import { useRef, useState, type PointerEvent } from 'react';
import { drawingBase, withoutPointsNear, withPoint } from '../tables/drawPoints';
import { taskOf } from '../experiment/shape';
import type { Member } from '../experiment/members';
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
/** The eraser's reach: this share of the plane's width. */
const ERASE_RADIUS = 0.04;

type Tool = 'off' | 'class0' | 'class1' | 'erase';

const TOOLS: { value: Tool; label: string }[] = [
  { value: 'off', label: 'Off' },
  { value: 'class0', label: 'Add class 0 (purple)' },
  { value: 'class1', label: 'Add class 1 (green)' },
  { value: 'erase', label: 'Erase (drag)' },
];

function BoundaryCanvas(props: {
  variant: Member;
  size: number;
  tool: Tool;
  onDraw: (tool: Tool, spots: [number, number][]) => void;
}) {
  const client = useLabClient();
  const [scratch] = useState(() => document.createElement('canvas'));
  const replay = useReplayStep();
  const erasing = useRef<[number, number][] | null>(null);
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
  /** The plane's point under the pointer (null before the first boundary). */
  const planeAt = (event: PointerEvent<HTMLCanvasElement>): [number, number] | null => {
    const boundary = client.history.shown(null).boundary;
    if (!boundary) return null;
    const box = event.currentTarget.getBoundingClientRect();
    const u = (event.clientX - box.left) / box.width;
    const v = (event.clientY - box.top) / box.height;
    return [
      boundary.xMin + u * (boundary.xMax - boundary.xMin),
      boundary.yMax - v * (boundary.yMax - boundary.yMin),
    ];
  };
  const drawing = props.tool !== 'off';
  return (
    <figure>
      <canvas
        ref={ref}
        role="img"
        aria-label={`Decision boundary of the ${MEMBER_LABELS[props.variant]} ${props.variant === 'plain' || props.variant === 'batchNorm' ? 'twin' : 'network'}`}
        className={drawing ? 'drawing' : undefined}
        style={{ width: props.size, height: props.size }}
        onPointerDown={(event) => {
          if (!drawing) return;
          const spot = planeAt(event);
          if (!spot) return;
          if (props.tool !== 'erase') return props.onDraw(props.tool, [spot]);
          event.currentTarget.setPointerCapture(event.pointerId);
          erasing.current = [spot];
        }}
        onPointerMove={(event) => {
          const spot = erasing.current && planeAt(event);
          if (spot) erasing.current!.push(spot);
        }}
        onPointerUp={() => {
          const spots = erasing.current;
          erasing.current = null;
          if (spots) props.onDraw('erase', spots);
        }}
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
  const binary = useLab((s) => taskOf(s.settings.experiment.data) === 'binary');
  const [tool, setTool] = useState<Tool>('off');
  const [boxRef, boxWidth] = useBoxWidth<HTMLElement>(2 * MAX_SIZE + 20);
  /** Adds the points drawn, or erases near the path dragged; the twins restart on the rows. */
  const draw = (used: Tool, spots: [number, number][]) => {
    const state = client.store.getState();
    const shown = state.run.info?.points;
    const boundary = client.history.shown(null).boundary;
    if (!shown || !boundary) return;
    const base = drawingBase(
      state.settings.experiment.data,
      shown,
      state.run.info?.featureNames ?? [],
    );
    const next =
      used === 'erase'
        ? withoutPointsNear(base, spots, ERASE_RADIUS * (boundary.xMax - boundary.xMin))
        : withPoint(base, spots[0][0], spots[0][1], used === 'class1' ? 1 : 0);
    if (next) client.update((e) => void (e.data = next));
  };
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
      {binary && (
        <fieldset className="draw-tools">
          <legend>Draw on the plane</legend>
          {TOOLS.map((t) => (
            <label key={t.value}>
              <input
                type="radio"
                name="draw-tool"
                value={t.value}
                checked={tool === t.value}
                onChange={() => setTool(t.value)}
              />
              {t.label}
            </label>
          ))}
        </fieldset>
      )}
      {tool !== 'off' && (
        <p className="hint">
          Click a plane to add a point there, or drag to erase; the twins restart on the points
          drawn. Drawing keeps the plane as shown (its units, with input normalization off); the
          rows can also be edited in the setup’s Data group.
        </p>
      )}
      {tool !== 'off' && <OwnDataNote />}
      <div className="boundaries">
        {members.map((m) => (
          <BoundaryCanvas key={m} variant={m} size={size} tool={tool} onDraw={draw} />
        ))}
      </div>
    </section>
  );
}
