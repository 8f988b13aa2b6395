import { drawLines, type LineSpec } from './charts/lines';
import { blewUpMarkers } from './blewUpMarkers';
import {
  HEAVY_CANVAS_MS,
  useFrameCanvas,
  useLab,
  useLabClient,
  useMarkedStep,
  useMembers,
} from './LabContext';
import { MEMBER_COLORS, MEMBER_TEXT_COLORS, PALETTE } from './palette';
import { memberLabel } from './twinLabels';
import { chartWords, useT } from './language';
import { useBoxWidth } from './useBoxWidth';
import { useStepPointer } from './useStepPointer';
import { StepReadout } from './StepReadout';
import { lossCsv } from './figureData';
import { FigureExports } from './FigureExports';

const HEIGHT = { loss: 190, accuracy: 130 };
const MAX_WIDTH = 560;

/** Loss and accuracy of both twins over training: batch loss (smoothed), train and test. */
export function LossPanel() {
  const client = useLabClient();
  const t = useT();
  const logScale = useLab((s) => s.settings.logScale);
  const members = useMembers();
  const ghost = useLab((s) => s.ghost);
  const testRows = useLab((s) => s.run.info?.testCount ?? 0);
  const scoredRows = useLab((s) => s.run.info?.evaluatedTestRows ?? testRows);
  const trainRows = useLab((s) => s.run.info?.trainCount ?? 0);
  const scoredTrainRows = useLab((s) => s.run.info?.evaluatedTrainRows ?? trainRows);
  const hoverStep = useMarkedStep();
  const lossPointer = useStepPointer();
  const accuracyPointer = useStepPointer();
  const [boxRef, boxWidth] = useBoxWidth<HTMLElement>(MAX_WIDTH);
  const width = Math.max(160, Math.min(MAX_WIDTH, boxWidth));
  const markers = () => blewUpMarkers(client, t);
  const lossRef = useFrameCanvas(
    (canvas) => {
      const h = client.history;
      const lines: LineSpec[] = h.members.flatMap((v) => [
        { series: h.batchLoss[v], color: MEMBER_COLORS[v], width: 1, alpha: 0.18 },
        { series: h.smoothedLoss[v], color: MEMBER_COLORS[v], width: 2 },
        { series: h.evaluations[v].testLoss, color: MEMBER_COLORS[v], width: 1.5, dash: [5, 3] },
      ]);
      const { ghost } = client.store.getState();
      if (ghost)
        lines.push({ series: ghost.smoothedLoss, color: PALETTE.ghost, width: 2, dash: [2, 3] });
      lossPointer.setFrame(
        drawLines(canvas, width, HEIGHT.loss, lines, {
          log: logScale,
          markers: markers(),
          yLabel: t.t('chart.loss'),
          words: chartWords(t),
          crosshair: hoverStep,
        }),
      );
    },
    [logScale, width, ghost, hoverStep, t],
    HEAVY_CANVAS_MS,
  );
  const accuracyRef = useFrameCanvas(
    (canvas) => {
      const h = client.history;
      const lines: LineSpec[] = h.members.flatMap((v) => [
        {
          series: h.evaluations[v].trainAccuracy,
          color: MEMBER_COLORS[v],
          width: 1.2,
          dash: [2, 2],
        },
        { series: h.evaluations[v].testAccuracy, color: MEMBER_COLORS[v], width: 2 },
      ]);
      const { ghost } = client.store.getState();
      if (ghost)
        lines.push({ series: ghost.testAccuracy, color: PALETTE.ghost, width: 2, dash: [2, 3] });
      accuracyPointer.setFrame(
        drawLines(canvas, width, HEIGHT.accuracy, lines, {
          yDomain: [0, 1],
          markers: markers(),
          yLabel: t.t('chart.accuracy'),
          words: chartWords(t),
          crosshair: hoverStep,
        }),
      );
    },
    [width, ghost, hoverStep, t],
    HEAVY_CANVAS_MS,
  );
  const networks = t.t(members.length === 2 ? 'networks.both' : 'networks.all');
  return (
    <section className="panel" aria-labelledby="loss-title" ref={boxRef} data-tour="loss">
      <header className="panel-head">
        <h2 id="loss-title">{t.t('loss.title')}</h2>
        <label className="check">
          <input
            type="checkbox"
            checked={logScale}
            onChange={(event) => client.setPage({ logScale: event.currentTarget.checked })}
          />
          {t.t('loss.logScale')}
        </label>
        <FigureExports
          name="loss-accuracy"
          what={t.t('loss.what')}
          csv={() => lossCsv(client.history)}
        />
      </header>
      <ul className="legend">
        {members.map((v) => (
          <li key={v} style={{ color: MEMBER_TEXT_COLORS[v] }}>
            ━ {memberLabel(v, t)}
          </li>
        ))}
        {ghost && <li className="ghost-name">┈ {ghost.label}</li>}
        <li>
          {testRows > 0 ? t.t('loss.legendTest') : t.t('loss.legendNoTest', { rows: trainRows })}
          {scoredTrainRows < trainRows &&
            t.t('loss.trainScored', { scored: scoredTrainRows, rows: trainRows })}
          {scoredRows < testRows && t.t('loss.testScored', { scored: scoredRows, rows: testRows })}
        </li>
      </ul>
      <canvas
        ref={lossRef}
        role="img"
        aria-label={t.t('loss.lossLabel', { networks })}
        aria-describedby="loss-readout"
        style={{ width, height: HEIGHT.loss }}
        {...lossPointer.props}
      />
      <canvas
        ref={accuracyRef}
        role="img"
        aria-label={t.t('loss.accuracyLabel', { networks })}
        aria-describedby="loss-readout"
        style={{ width, height: HEIGHT.accuracy }}
        {...accuracyPointer.props}
      />
      <StepReadout id="loss-readout" step={hoverStep} testRows={testRows > 0} />
    </section>
  );
}
