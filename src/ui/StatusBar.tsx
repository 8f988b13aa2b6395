import { TWIN_COLORS, TWIN_LABELS, formatNumber } from './charts/canvas';
import { useLab } from './LabContext';

/** Step counter, training speed, η in use, and each twin's divergence. */
export function StatusBar() {
  const step = useLab((s) => s.step);
  const stepsPerSecond = useLab((s) => s.stepsPerSecond);
  const learningRate = useLab((s) => s.learningRateInUse);
  const status = useLab((s) => s.status);
  const divergedAt = useLab((s) => s.divergedAt);
  const plannedSteps = useLab((s) => s.experiment.training.steps);
  const loading = useLab((s) => s.loading);
  return (
    <div className="status" role="status" aria-live="off">
      <span>
        Step <strong data-testid="step">{step.toLocaleString('en')}</strong>
      </span>
      <span>
        <strong>{Math.round(stepsPerSecond).toLocaleString('en')}</strong> steps/s
      </span>
      <span>
        η in use <strong data-testid="lr-in-use">{formatNumber(learningRate)}</strong>
      </span>
      {loading && (
        <span className="loading">
          <progress
            aria-label={loading.label}
            max={loading.total || undefined}
            value={loading.total ? loading.loaded : undefined}
          />{' '}
          {loading.label} {(loading.loaded / 1e6).toFixed(1)}
          {loading.total ? ` of ${(loading.total / 1e6).toFixed(1)}` : ''} MB
        </span>
      )}
      <span className="muted">
        {status === 'loading'
          ? 'loading…'
          : status === 'paused' && step === plannedSteps
            ? `paused at the planned ${plannedSteps.toLocaleString('en')} steps: Play goes on`
            : status}
      </span>
      {(['plain', 'batchNorm'] as const).map((variant) =>
        divergedAt[variant] !== null ? (
          <span key={variant} className="diverged" style={{ borderColor: TWIN_COLORS[variant] }}>
            {TWIN_LABELS[variant]} twin diverged at step {divergedAt[variant]?.toLocaleString('en')}
          </span>
        ) : null,
      )}
    </div>
  );
}
