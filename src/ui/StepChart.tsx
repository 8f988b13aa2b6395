import { useId, useRef } from 'react';
import { formatNumber } from './charts/canvas';
import { drawLines, valueAtStep, type LineOptions, type LineSpec } from './charts/lines';
import { HEAVY_CANVAS_MS, useFrameCanvas, useMarkedStep } from './LabContext';
import { useStepPointer } from './useStepPointer';
import { chartWords, useT } from './language';
import { ENGLISH, type Translator } from '../i18n/translate';

/** What a chart over steps draws: its lines (named ones are read out) and its options. */
export interface StepChartContent {
  lines: LineSpec[];
  options: Omit<LineOptions, 'crosshair'>;
}

/** The named lines' values at a step, as one line of text ("" without a step). */
export function linesAt(lines: LineSpec[], step: number | null, t: Translator = ENGLISH): string {
  if (step === null) return '';
  const named = lines.filter((l) => l.label);
  const values = named.map((l) => {
    const v = valueAtStep(l.series, step);
    return `${l.label} ${v === null ? '–' : t.digitsOf(formatNumber(v))}`;
  });
  return t.t('chart.linesAt', { step, values: values.join(' · ') });
}

/**
 * A canvas chart over training steps on the page's one crosshair: pointed at or focused (← →,
 * Home, End, Escape) it moves the crosshair, marks it, and reads out its named lines' values
 * there in the line under it.
 */
export function StepChart(props: {
  label: string;
  width: number;
  height: number;
  build: () => StepChartContent;
  deps: unknown[];
}) {
  const step = useMarkedStep();
  const t = useT();
  const pointer = useStepPointer();
  const readoutId = useId();
  const readout = useRef<HTMLParagraphElement>(null);
  const ref = useFrameCanvas(
    (canvas) => {
      const { lines, options } = props.build();
      pointer.setFrame(
        drawLines(canvas, props.width, props.height, lines, {
          ...options,
          crosshair: step,
          words: chartWords(t),
        }),
      );
      if (readout.current) readout.current.textContent = linesAt(lines, step, t);
    },
    [...props.deps, props.width, props.height, step, t],
    HEAVY_CANVAS_MS,
  );
  return (
    <>
      <canvas
        ref={ref}
        role="img"
        aria-label={props.label}
        aria-describedby={readoutId}
        style={{ width: props.width, height: props.height }}
        {...pointer.props}
      />
      <p className="chart-readout" id={readoutId} ref={readout} />
    </>
  );
}
