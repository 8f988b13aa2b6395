import { useEffect, useRef } from 'react';
import type { RunSlice } from '../state/store';
import { formatNumber } from './charts/canvas';
import { useLab, useLabClient, useMembers } from './LabContext';
import { MEMBER_COLORS } from './palette';
import { MEMBER_LABELS } from './twinLabels';

/**
 * A number that changes with every frame, written straight into the DOM by a store subscription
 * (Zustand's transient updates): the status bar around it re-renders only when what it shows
 * in React (status, divergence, loading) changes.
 */
function LiveNumber(props: { read: (run: RunSlice) => string; testId?: string }) {
  const { store } = useLabClient();
  const ref = useRef<HTMLElement>(null);
  const { read } = props;
  useEffect(() => {
    const write = (run: RunSlice) => {
      if (ref.current) ref.current.textContent = read(run);
    };
    write(store.getState().run);
    return store.subscribe((s) => s.run, write);
  }, [store, read]);
  return <strong ref={ref} data-testid={props.testId} />;
}

const showStep = (run: RunSlice) => run.step.toLocaleString('en');
const showSpeed = (run: RunSlice) => Math.round(run.stepsPerSecond).toLocaleString('en');
const showLearningRate = (run: RunSlice) => formatNumber(run.learningRateInUse);

/** Step counter, training speed, η in use, and each twin's divergence. */
export function StatusBar() {
  const status = useLab((s) => s.run.status);
  const pausedAtPlan = useLab(
    (s) => s.run.status === 'paused' && s.run.step === s.settings.experiment.training.steps,
  );
  const plannedSteps = useLab((s) => s.settings.experiment.training.steps);
  const divergedAt = useLab((s) => s.run.divergedAt);
  const members = useMembers();
  const loading = useLab((s) => s.run.loading);
  return (
    <div className="status" role="status" aria-live="off">
      <span>
        Step <LiveNumber read={showStep} testId="step" />
      </span>
      <span>
        <LiveNumber read={showSpeed} /> steps/s
      </span>
      <span>
        η in use <LiveNumber read={showLearningRate} testId="lr-in-use" />
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
          : pausedAtPlan
            ? `paused at the planned ${plannedSteps.toLocaleString('en')} steps: Play goes on`
            : status}
      </span>
      {members.map((variant) =>
        divergedAt[variant] !== null && divergedAt[variant] !== undefined ? (
          <span key={variant} className="diverged" style={{ borderColor: MEMBER_COLORS[variant] }}>
            {MEMBER_LABELS[variant]}
            {members.length === 2 ? ' twin' : ''} blew up at step{' '}
            {divergedAt[variant]?.toLocaleString('en')}
          </span>
        ) : null,
      )}
    </div>
  );
}
