import { formatNumber } from './charts/canvas';
import { valueAtStep, type SeriesView } from './charts/lines';
import { useLabClient, useMembers } from './LabContext';
import { MEMBER_TEXT_COLORS } from './palette';
import { memberLabel } from './twinLabels';
import { useT } from './language';

/**
 * The loss and accuracy of every network at the crosshair's step (the nearest recorded point of
 * each curve; the training rows' accuracy when none are held out for testing), or how to get them when there is no crosshair.
 */
export function StepReadout(props: { id: string; step: number | null; testRows: boolean }) {
  const client = useLabClient();
  const t = useT();
  const members = useMembers();
  const { step } = props;
  const at = (series: SeriesView) => {
    const v = step === null ? null : valueAtStep(series, step);
    return v === null ? '–' : t.digitsOf(formatNumber(v));
  };
  const h = client.history;
  return (
    <p id={props.id} className="step-readout" aria-live="polite" data-testid="step-readout">
      {step === null ? (
        <span className="muted" data-export-skip>
          {t.t('stepReadout.hint')}
        </span>
      ) : (
        <>
          <strong>{t.t('stepReadout.step', { step })}</strong>
          {members.map((m) => (
            <span key={m} style={{ color: MEMBER_TEXT_COLORS[m] }}>
              {' · '}
              {props.testRows
                ? t.t('stepReadout.test', {
                    network: memberLabel(m, t),
                    loss: at(h.smoothedLoss[m]),
                    testLoss: at(h.evaluations[m].testLoss),
                    testAccuracy: at(h.evaluations[m].testAccuracy),
                  })
                : t.t('stepReadout.train', {
                    network: memberLabel(m, t),
                    loss: at(h.smoothedLoss[m]),
                    trainAccuracy: at(h.evaluations[m].trainAccuracy),
                  })}
            </span>
          ))}
        </>
      )}
    </p>
  );
}
