import type { ReactNode } from 'react';
import type { Tap } from '../experiment/taps';
import { useLab, useLabClient } from './LabContext';
import { DriftByLayer } from './DriftByLayer';
import { Term } from './Term';
import { distributionsCsv } from './figureData';
import { FigureExports } from './FigureExports';
import { LayerRow, rowSizes } from './LayerRow';
import { useBoxWidth } from './useBoxWidth';
import { useT } from './language';

/** Every hidden layer's distributions for both twins, with the pre/post-activation switch. */
export function DistributionPanel() {
  const client = useLabClient();
  const info = useLab((s) => s.run.info);
  const tap = useLab((s) => s.settings.tap);
  const placement = useLab((s) => s.settings.experiment.batchNorm.placement);
  const measuredRows = useLab((s) => s.run.info?.measuredRows ?? 0);
  const t = useT();
  const views: Tap[] = [
    'preActivation',
    'postActivation',
    ...(placement === 'none' ? [] : (['bnInput'] as Tap[])),
  ];
  const shown = views.includes(tap) ? tap : 'preActivation';
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
        <h2 id="distributions-title">{t.t('distributions.title')}</h2>
        <fieldset className="inline">
          <legend>{t.t('distributions.show')}</legend>
          {views.map((value) => (
            <label key={value}>
              <input
                type="radio"
                name="tap"
                value={value}
                checked={shown === value}
                onChange={() => client.setPage({ tap: value })}
              />
              {t.t(`tap.${value}`)}
            </label>
          ))}
        </fieldset>
        <FigureExports
          name="distributions"
          what={t.t('distributions.what')}
          csv={() => distributionsCsv(client.history, shown)}
        />
      </header>
      <DriftByLayer tap={shown} width={Math.min(420, boxWidth)} />
      <details className="how-to-read">
        <summary>{t.t('distributions.how')}</summary>
        <p className="hint">
          {t.t('distributions.read', { rows: measuredRows })}{' '}
          {t.t(
            shown === 'bnInput'
              ? 'distributions.readBnInput'
              : shown === 'preActivation'
                ? placement === 'before'
                  ? 'distributions.readPreBefore'
                  : 'distributions.readPre'
                : placement === 'after'
                  ? 'distributions.readPostAfter'
                  : 'distributions.readPost',
          )}{' '}
          {t.parts<ReactNode>('distributions.readRows', {
            sigma: (chunks) => (
              <Term key="sigma" term="σ₀">
                {chunks}
              </Term>
            ),
            w1: (chunks) => (
              <Term key="w1" term="W1">
                {chunks}
              </Term>
            ),
            symlog: (chunks) => (
              <Term key="symlog" term="symlog">
                {chunks}
              </Term>
            ),
          })}
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
