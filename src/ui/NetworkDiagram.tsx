import { dataShape, outputUnits } from '../experiment/shape';
import { VARIANTS, type Variant } from '../experiment/variants';
import { CodeExport } from './CodeExport';
import { useLab } from './LabContext';
import { TWIN_TEXT_COLORS } from './palette';
import { TWIN_LABELS } from './twinLabels';

/** The layers of each twin in order, with the BN layers marked, for the current placement. */
export function NetworkDiagram() {
  const e = useLab((s) => s.settings.experiment);
  const { inputSize: inputs, classes, targetSize } = dataShape(e.data);
  const outputs = outputUnits(e.model.head, classes, targetSize);
  const chain = (variant: Variant): { label: string; bn?: boolean }[] => {
    const placement = variant === 'plain' ? 'none' : e.batchNorm.placement;
    const items: { label: string; bn?: boolean }[] = [{ label: `Input ${inputs}` }];
    for (const layer of e.model.hidden) {
      items.push({ label: `Dense ${layer.units}` });
      if (placement === 'before') items.push({ label: 'BN', bn: true });
      items.push({ label: layer.activation });
      if (placement === 'after') items.push({ label: 'BN', bn: true });
    }
    items.push({ label: `Dense ${outputs}` }, { label: e.model.head });
    return items;
  };
  return (
    <section className="panel" aria-labelledby="network-title">
      <h2 id="network-title">The twins</h2>
      {VARIANTS.map((variant) => (
        <div key={variant} className="chain">
          <span className="chain-name" style={{ color: TWIN_TEXT_COLORS[variant] }}>
            {TWIN_LABELS[variant]}
          </span>
          <ol aria-label={`${TWIN_LABELS[variant]} twin layers`}>
            {chain(variant).map((item, i) => (
              <li key={i} className={item.bn ? 'bn' : undefined}>
                {item.label}
              </li>
            ))}
          </ol>
        </div>
      ))}
      <p className="hint">
        Same initial weights for every shared layer, same batches in the same order, same optimizer
        and learning rate: any difference comes from the BN layers.
      </p>
      <CodeExport />
    </section>
  );
}
