import { PLACEMENT_CHOICES } from '../experiment/choices';
import { useLab, useLabClient } from './LabContext';
import { useT } from './language';

/** Where BN sits in the BN twin; changing it restarts the run with the new placement. */
export function Placement() {
  const client = useLabClient();
  const t = useT();
  const placement = useLab((s) => s.settings.experiment.batchNorm.placement);
  return (
    <fieldset className="placement" data-tour="placement">
      <legend>{t.t('placement.legend')}</legend>
      {PLACEMENT_CHOICES.map((option) => (
        <label key={option.value} title={t.t(`placement.${option.value}Hint`)}>
          <input
            type="radio"
            name="bn-placement"
            value={option.value}
            checked={placement === option.value}
            onChange={() => client.update((e) => void (e.batchNorm.placement = option.value))}
          />
          {t.t(`placement.${option.value}`)}
        </label>
      ))}
    </fieldset>
  );
}
