import type { Tap } from '../experiment/taps';
import { useLab, useLabClient } from './LabContext';
import { DriftByLayer } from './DriftByLayer';
import { Term } from './Term';
import { distributionsCsv } from './figureData';
import { FigureExports } from './FigureExports';
import { LayerRow, rowSizes } from './LayerRow';
import { useBoxWidth } from './useBoxWidth';

/** Every hidden layer's distributions for both twins, with the pre/post-activation switch. */
export function DistributionPanel() {
  const client = useLabClient();
  const info = useLab((s) => s.run.info);
  const tap = useLab((s) => s.settings.tap);
  const placement = useLab((s) => s.settings.experiment.batchNorm.placement);
  const measuredRows = useLab((s) => s.run.info?.measuredRows ?? 0);
  const views: [Tap, string][] = [
    ['preActivation', 'Activation input'],
    ['postActivation', 'Layer output'],
    ...(placement === 'none' ? [] : ([['bnInput', 'What BN receives']] as [Tap, string][])),
  ];
  const shown = views.some(([value]) => value === tap) ? tap : 'preActivation';
  const [boxRef, boxWidth] = useBoxWidth<HTMLElement>(760);
  const members = info?.members.length ?? 2;
  const sizes = rowSizes(boxWidth, members);
  return (
    <section
      className="panel distributions"
      aria-labelledby="distributions-title"
      ref={boxRef}
      data-tour="distributions"
    >
      <header className="panel-head">
        <h2 id="distributions-title">Layer distributions</h2>
        <fieldset className="inline">
          <legend>Show</legend>
          {views.map(([value, label]) => (
            <label key={value}>
              <input
                type="radio"
                name="tap"
                value={value}
                checked={shown === value}
                onChange={() => client.setPage({ tap: value })}
              />
              {label}
            </label>
          ))}
        </fieldset>
        <FigureExports
          name="distributions"
          what="the layer distributions"
          csv={() => distributionsCsv(client.history, shown)}
        />
      </header>
      <DriftByLayer tap={shown} width={Math.min(420, boxWidth)} />
      <details className="how-to-read">
        <summary>How to read these charts</summary>
        <p className="hint">
          Darker means denser; lines are the 15th, 50th and 85th percentiles (as in the BN paper’s
          Figure 1). Every view is measured on the same {measuredRows > 0 ? `${measuredRows} ` : ''}
          training rows at every step, passed forward as one batch (BN normalizes them with their
          own statistics; nothing is updated).{' '}
          {shown === 'bnInput'
            ? 'What BN receives: the shift BN absorbs (the plain twin at the same place, for comparison).'
            : shown === 'preActivation'
              ? placement === 'before'
                ? 'The BN twin’s activation input is BN’s output, so it stays centred by construction; the plain twin’s moves freely.'
                : 'Activation input: what the nonlinearity sees.'
              : placement === 'after'
                ? 'With BN after the activation, the BN twin’s layer output is BN’s output.'
                : 'Layer output: what the next layer receives.'}{' '}
          Each row says in words how far each twin’s layer moved since step 0 (in <Term term="σ₀" />
          , as the drift bars draw it), how its spread changed, whether it is centred and how much
          of it sits where the activation is flat; hover or focus a line for the exact figures (the
          drift also as a <Term term="W1">1-Wasserstein distance</Term> in the values’ units). γ and
          β are the BN layer’s learned scale and shift. A layer whose networks differ in scale by
          20× gets a <Term term="symlog" /> value axis, marked under its heatmap. Point at a heatmap
          or histogram for the step, the bin there with its count and share of the values, and the
          percentiles; Replay (above) shows any recorded step.
        </p>
      </details>
      {info?.layers.map((layer, i) => (
        <LayerRow
          key={`${i}-${layer.units}-${layer.activation}`}
          layer={i}
          units={layer.units}
          activation={layer.activation}
          tap={shown}
          sizes={sizes}
        />
      ))}
    </section>
  );
}
