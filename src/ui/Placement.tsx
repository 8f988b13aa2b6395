import { PLACEMENT_CHOICES } from '../experiment/choices';
import { FIELDS } from '../experiment/fields';
import { useLab, useLabClient } from './LabContext';

/** Where BN sits in the BN twin; changing it restarts the run with the new placement. */
export function Placement() {
  const client = useLabClient();
  const placement = useLab((s) => s.settings.experiment.batchNorm.placement);
  return (
    <fieldset className="placement" data-tour="placement">
      <legend>{FIELDS['batchNorm.placement'].label}</legend>
      {PLACEMENT_CHOICES.map((option) => (
        <label key={option.value} title={option.hint}>
          <input
            type="radio"
            name="bn-placement"
            value={option.value}
            checked={placement === option.value}
            onChange={() => client.update((e) => void (e.batchNorm.placement = option.value))}
          />
          {option.label}
        </label>
      ))}
    </fieldset>
  );
}
