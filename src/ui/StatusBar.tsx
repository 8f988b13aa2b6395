import { useCallback, useEffect, useRef } from 'react';
import type { RunSlice } from '../state/store';
import { formatNumber } from './charts/canvas';
import { useLab, useLabClient, useMembers } from './LabContext';
import { MEMBER_COLORS } from './palette';
import { useT } from './language';

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
  const t = useT();
  // In the page's digits; new readers (and subscriptions) only when the language changes.
  const showStep = useCallback((run: RunSlice) => t.number(run.step), [t]);
  const showSpeed = useCallback((run: RunSlice) => t.number(Math.round(run.stepsPerSecond)), [t]);
  const showLearningRate = useCallback(
    (run: RunSlice) => t.digitsOf(formatNumber(run.learningRateInUse)),
    [t],
  );
  const mb = (bytes: number) => Math.round(bytes / 1e5) / 10;
  return (
    <div className="status" role="status" aria-live="off">
      <span>
        {t.t('status.step')} <LiveNumber read={showStep} testId="step" />
      </span>
      <span>
        <LiveNumber read={showSpeed} /> {t.t('status.stepsPerSecond')}
      </span>
      <span>
        {t.t('status.learningRate')} <LiveNumber read={showLearningRate} testId="lr-in-use" />
      </span>
      {loading && (
        <span className="loading">
          <progress
            aria-label={loading.label}
            max={loading.total || undefined}
            value={loading.total ? loading.loaded : undefined}
          />{' '}
          {loading.total
            ? t.t('status.loadingOf', {
                label: loading.label,
                loaded: mb(loading.loaded),
                total: mb(loading.total),
              })
            : t.t('status.loadingSize', { label: loading.label, loaded: mb(loading.loaded) })}
        </span>
      )}
      <span className="muted">
        {pausedAtPlan
          ? t.t('status.pausedAtPlan', { steps: plannedSteps })
          : t.t(`status.${status}`)}
      </span>
      {members.map((variant) =>
        divergedAt[variant] !== null && divergedAt[variant] !== undefined ? (
          <span key={variant} className="diverged" style={{ borderColor: MEMBER_COLORS[variant] }}>
            {t.t(members.length === 2 ? 'status.blewUpTwin' : 'status.blewUp', {
              member: t.t(`member.${variant}`),
              step: divergedAt[variant] ?? 0,
            })}
          </span>
        ) : null,
      )}
    </div>
  );
}
