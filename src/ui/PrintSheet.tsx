import { findPreset } from '../experiment/presets';
import { setupLines } from '../page/setupText';
import { useLab } from './LabContext';

/**
 * The printed handout's head (print only): the preset, the setup in words and the step printed;
 * the print stylesheet keeps the scoreboard and the open view's figures with their captions and
 * drops every control.
 */
export function PrintSheet() {
  const experiment = useLab((s) => s.settings.experiment);
  const presetId = useLab((s) => s.settings.presetId);
  const step = useLab((s) => s.run.step);
  const title = findPreset(presetId)?.title ?? 'Your setup';
  return (
    <section className="print-sheet" aria-hidden="true">
      <h2>
        {title} · step {step.toLocaleString('en')}
      </h2>
      <ul>
        {setupLines(experiment).map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </section>
  );
}
