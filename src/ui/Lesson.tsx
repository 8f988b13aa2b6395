import { useLab, useLabClient, useFrameTick } from './LabContext';
import { useT } from './language';
import { lesson } from './lesson';

/**
 * One plain sentence of what the charts show now, and what to try next (from the slider's
 * bands): the lesson of the setup, computed, never written in advance.
 */
export function Lesson() {
  const client = useLabClient();
  const t = useT();
  useFrameTick(500);
  useLab((s) => s.evidence.bands.status);
  useLab((s) => s.settings.experiment);
  useLab((s) => s.run.divergedAt);
  const { now, next } = lesson(client.store.getState(), client.history, t);
  return (
    <p className="lesson" data-testid="lesson">
      <span>{now}</span>
      {next && <span className="lesson-next"> {next}</span>}
    </p>
  );
}
