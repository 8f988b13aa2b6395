import type { Experiment } from '../experiment/schema';
import { useLab, useLabClient } from './LabContext';

type PlacementKind = Experiment['batchNorm']['placement'];

const OPTIONS: { value: PlacementKind; label: string; hint: string }[] = [
  { value: 'before', label: 'Before activation', hint: 'Dense → BN → activation (the paper)' },
  { value: 'after', label: 'After activation', hint: 'Dense → activation → BN (common in Keras)' },
  { value: 'none', label: 'None', hint: 'no BN: the twins are identical' },
];

/** Where BN sits in the BN twin; changing it restarts the run with the new placement. */
export function Placement() {
  const client = useLabClient();
  const placement = useLab((s) => s.experiment.batchNorm.placement);
  return (
    <fieldset className="placement">
      <legend>BN placement</legend>
      {OPTIONS.map((option) => (
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
