import { formatBytes } from '../experiment/cost';
import { REPLAY_FRAMES } from '../state/replay';
import { useLabClient, useReplayStep, useThrottledFrameValue } from './LabContext';
import { useT } from './language';

interface Kept {
  steps: number[];
  resolution: number;
  bytes: number;
}

/**
 * The replay scrubber: moves the distributions, histograms, decision boundaries and readouts
 * back to any recorded step while training goes on; "Live" (or the scrubber's right end) snaps
 * back. States how much of the past is kept and at what resolution.
 */
export function ReplayBar() {
  const client = useLabClient();
  const t = useT();
  const replay = useReplayStep();
  const kept = useThrottledFrameValue<Kept>(() => {
    const r = client.history.replay;
    return { steps: r.steps(), resolution: r.resolution(), bytes: r.bytes() };
  }, 400);
  const { steps } = kept;
  if (steps.length < 2) return null;
  const last = steps.length - 1;
  const index = replay === null ? last : client.history.replay.indexAt(replay);
  const shownStep = steps[Math.max(0, Math.min(last, index))];
  const live = replay === null;
  const choose = (i: number) => client.setReplayStep(i >= last ? null : steps[i]);
  return (
    <div className="replay" data-tour="replay">
      <label>
        {t.t('replay.label')}
        <input
          type="range"
          min={0}
          max={last}
          step={1}
          value={Math.max(0, Math.min(last, index))}
          aria-valuetext={live ? t.t('replay.live') : t.t('replay.step', { step: shownStep })}
          onChange={(event) => choose(Number(event.currentTarget.value))}
        />
      </label>
      <button type="button" onClick={() => client.setReplayStep(null)} disabled={live}>
        {t.t('replay.liveButton')}
      </button>
      <span data-testid="replay-state" aria-live="polite">
        {live ? (
          t.t('replay.latest')
        ) : (
          <strong>{t.t('replay.showing', { step: shownStep })}</strong>
        )}
      </span>
      <span className="muted replay-memory">
        {t.t('replay.memory', {
          frames: steps.length,
          max: REPLAY_FRAMES,
          every: Math.round(kept.resolution),
          bytes: t.digitsOf(formatBytes(kept.bytes)),
        })}
      </span>
    </div>
  );
}
