import { formatNumber } from './charts/canvas';
import { valueAtStep, type SeriesView } from './charts/lines';
import { useLabClient, useMembers } from './LabContext';
import { MEMBER_TEXT_COLORS } from './palette';
import { MEMBER_LABELS } from './twinLabels';

/**
 * The loss and accuracy of every network at the crosshair's step (the nearest recorded point of
 * each curve; the training rows' accuracy when none are held out for testing), or how to get them when there is no crosshair.
 */
export function StepReadout(props: { id: string; step: number | null; testRows: boolean }) {
  const client = useLabClient();
  const members = useMembers();
  const { step } = props;
  const at = (series: SeriesView) => {
    const v = step === null ? null : valueAtStep(series, step);
    return v === null ? '–' : formatNumber(v);
  };
  const h = client.history;
  return (
    <p id={props.id} className="step-readout" aria-live="polite" data-testid="step-readout">
      {step === null ? (
        <span className="muted" data-export-skip>
          Point at a chart, or focus it (Tab) and use ← →, for every network’s values at a step.
        </span>
      ) : (
        <>
          <strong>Step {step.toLocaleString('en')}</strong>
          {members.map((m) => (
            <span key={m} style={{ color: MEMBER_TEXT_COLORS[m] }}>
              {' · '}
              {MEMBER_LABELS[m]}: loss {at(h.smoothedLoss[m])},{' '}
              {props.testRows
                ? `test loss ${at(h.evaluations[m].testLoss)}, test accuracy ${at(h.evaluations[m].testAccuracy)}`
                : `train accuracy ${at(h.evaluations[m].trainAccuracy)}`}
            </span>
          ))}
        </>
      )}
    </p>
  );
}
