import { OwnDataNote } from './OwnDataNote';
import { useRef, useState, type PointerEvent } from 'react';
import { drawingBase, withoutPointsNear, withPoint } from '../tables/drawPoints';
import { taskOf } from '../experiment/shape';
import type { Member } from '../experiment/members';
import { drawBoundary } from './charts/boundary';
import { MEMBER_TEXT_COLORS } from './palette';
import { memberLabel } from './twinLabels';
import { chartWords, useT } from './language';
import type { MessageKey } from '../i18n/translate';
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

const TOOLS: { value: Tool; label: MessageKey }[] = [
  { value: 'off', label: 'boundary.toolOff' },
  { value: 'class0', label: 'boundary.toolClass0' },
  { value: 'class1', label: 'boundary.toolClass1' },
  { value: 'erase', label: 'boundary.toolErase' },
];

function BoundaryCanvas(props: {
  variant: Member;
  size: number;
  tool: Tool;
  onDraw: (tool: Tool, spots: [number, number][]) => void;
}) {
  const client = useLabClient();
  const t = useT();
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
        chartWords(t),
      );
    },
    [props.variant, props.size, replay, t],
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
        aria-label={t.t('boundary.label', {
          network: memberLabel(props.variant, t),
          twin: props.variant === 'plain' || props.variant === 'batchNorm' ? 'twin' : 'network',
        })}
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
        {memberLabel(props.variant, t)}
      </figcaption>
    </figure>
  );
}

/** Both twins' predictions over the 2-D input plane, for 2-D datasets. */
export function BoundaryPanel() {
  const client = useLabClient();
  const t = useT();
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
        <h2 id="boundary-title">{t.t('boundary.title')}</h2>
        <FigureExports
          name="decision-boundary"
          what={t.t('boundary.what')}
          csv={() => boundaryCsv(client.history.shown(replay).boundary, members)}
        />
      </header>
      <p className="hint">
        {t.t('boundary.hint', {
          features:
            features && features.length === 2
              ? t.t('list.and', { first: features[0], second: features[1] })
              : (features ?? []).join(', '),
          normalized: normalized ? 'yes' : 'no',
        })}
      </p>
      {binary && (
        <fieldset className="draw-tools">
          <legend>{t.t('boundary.drawLegend')}</legend>
          {TOOLS.map((option) => (
            <label key={option.value}>
              <input
                type="radio"
                name="draw-tool"
                value={option.value}
                checked={tool === option.value}
                onChange={() => setTool(option.value)}
              />
              {t.t(option.label)}
            </label>
          ))}
        </fieldset>
      )}
      {tool !== 'off' && <p className="hint">{t.t('boundary.drawHint')}</p>}
      {tool !== 'off' && <OwnDataNote />}
      <div className="boundaries">
        {members.map((m) => (
          <BoundaryCanvas key={m} variant={m} size={size} tool={tool} onDraw={draw} />
        ))}
      </div>
    </section>
  );
}
