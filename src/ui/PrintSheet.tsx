import { findPreset } from '../experiment/presets';
import { setupLines } from '../page/setupText';
import { useLab } from './LabContext';
import { presetText, useT } from './language';

/**
 * The printed handout's head (print only): the preset, the setup in words and the step printed;
 * the print stylesheet keeps the scoreboard and the open view's figures with their captions and
 * drops every control.
 */
export function PrintSheet() {
  const experiment = useLab((s) => s.settings.experiment);
  const presetId = useLab((s) => s.settings.presetId);
  const step = useLab((s) => s.run.step);
  const t = useT();
  const preset = findPreset(presetId);
  const title = preset ? presetText(t, preset, 'title') : t.t('print.yourSetup');
  return (
    <section className="print-sheet" aria-hidden="true">
      <h2>{t.t('print.title', { title, step })}</h2>
      <ul>
        {setupLines(experiment, t).map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </section>
  );
}
