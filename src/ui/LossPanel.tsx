import { VARIANTS } from '../experiment/variants';
import { drawLines, type LineSpec, type Marker } from './charts/lines';
import { HEAVY_CANVAS_MS, useFrameCanvas, useLab, useLabClient } from './LabContext';
import { TWIN_COLORS, TWIN_TEXT_COLORS } from './palette';
import { TWIN_LABELS } from './twinLabels';

const SIZE = { width: 560, height: 210 };

/** Loss and accuracy of both twins over training: batch loss (smoothed), train and test. */
export function LossPanel() {
  const client = useLabClient();
  const logScale = useLab((s) => s.settings.logScale);
  const markers = (): Marker[] => {
    const { divergedAt } = client.store.getState().run;
    return VARIANTS.flatMap((v) =>
      divergedAt[v] === null
        ? []
        : [{ step: divergedAt[v], label: `${TWIN_LABELS[v]} diverged`, color: TWIN_COLORS[v] }],
    );
  };
  const lossRef = useFrameCanvas(
    (canvas) => {
      const h = client.history;
      const lines: LineSpec[] = VARIANTS.flatMap((v) => [
        { series: h.batchLoss[v], color: TWIN_COLORS[v], width: 1, alpha: 0.18 },
        { series: h.smoothedLoss[v], color: TWIN_COLORS[v], width: 2 },
        { series: h.evaluations[v].testLoss, color: TWIN_COLORS[v], width: 1.5, dash: [5, 3] },
      ]);
      drawLines(canvas, SIZE.width, SIZE.height, lines, {
        log: logScale,
        markers: markers(),
        yLabel: 'loss',
      });
    },
    [logScale],
    HEAVY_CANVAS_MS,
  );
  const accuracyRef = useFrameCanvas(
    (canvas) => {
      const h = client.history;
      const lines: LineSpec[] = VARIANTS.flatMap((v) => [
        { series: h.evaluations[v].trainAccuracy, color: TWIN_COLORS[v], width: 1.2, dash: [2, 2] },
        { series: h.evaluations[v].testAccuracy, color: TWIN_COLORS[v], width: 2 },
      ]);
      drawLines(canvas, SIZE.width, 150, lines, {
        yDomain: [0, 1],
        markers: markers(),
        yLabel: 'accuracy',
      });
    },
    [],
    HEAVY_CANVAS_MS,
  );
  return (
    <section className="panel" aria-labelledby="loss-title">
      <header className="panel-head">
        <h2 id="loss-title">Loss and accuracy</h2>
        <label className="check">
          <input
            type="checkbox"
            checked={logScale}
            onChange={(event) => client.setLogScale(event.target.checked)}
          />
          Log scale
        </label>
      </header>
      <ul className="legend">
        {VARIANTS.map((v) => (
          <li key={v} style={{ color: TWIN_TEXT_COLORS[v] }}>
            ━ {TWIN_LABELS[v]}
          </li>
        ))}
        <li>
          ━ batch loss (smoothed) · ╌ test loss · accuracy: ━ test, ┄ train (BN twin in inference
          mode)
        </li>
      </ul>
      <canvas
        ref={lossRef}
        role="img"
        aria-label="Loss of both twins over training steps"
        style={{ width: SIZE.width, height: SIZE.height }}
      />
      <canvas
        ref={accuracyRef}
        role="img"
        aria-label="Accuracy of both twins over training steps"
        style={{ width: SIZE.width, height: 150 }}
      />
    </section>
  );
}
