import type { Tap } from '../experiment/taps';
import { useLab, useLabClient } from './LabContext';
import { LayerRow } from './LayerRow';

/** Every hidden layer's distributions for both twins, with the pre/post-activation switch. */
export function DistributionPanel() {
  const client = useLabClient();
  const info = useLab((s) => s.run.info);
  const tap = useLab((s) => s.settings.tap);
  const placement = useLab((s) => s.settings.experiment.batchNorm.placement);
  return (
    <section className="panel" aria-labelledby="distributions-title">
      <header className="panel-head">
        <h2 id="distributions-title">Layer distributions</h2>
        <fieldset className="inline">
          <legend>Show</legend>
          {(
            [
              ['preActivation', 'Activation input'],
              ['postActivation', 'Layer output'],
            ] as [Tap, string][]
          ).map(([value, label]) => (
            <label key={value}>
              <input
                type="radio"
                name="tap"
                value={value}
                checked={tap === value}
                onChange={() => client.setTap(value)}
              />
              {label}
            </label>
          ))}
        </fieldset>
      </header>
      <p className="hint">
        Darker means denser; lines are the 15th, 50th and 85th percentiles (as in the BN paper’s
        Figure 1).{' '}
        {tap === 'preActivation'
          ? placement === 'before'
            ? 'The BN twin’s activation input is BN’s output, so it stays centred by construction; the plain twin’s moves freely.'
            : 'Activation input: what the nonlinearity sees.'
          : placement === 'after'
            ? 'With BN after the activation, the BN twin’s layer output is BN’s output.'
            : 'Layer output: what the next layer receives.'}{' '}
        Drift is the 1-Wasserstein distance from the step-0 distribution; γ and β are the BN layer’s
        learned scale and shift (mean [min, max] over its units).
      </p>
      {info?.layers.map((layer, i) => (
        <LayerRow
          key={`${i}-${layer.units}-${layer.activation}`}
          layer={i}
          units={layer.units}
          activation={layer.activation}
          tap={tap}
        />
      ))}
    </section>
  );
}
