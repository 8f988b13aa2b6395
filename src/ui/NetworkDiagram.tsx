import { dataShape, outputUnits } from '../experiment/shape';
import type { Experiment } from '../experiment/schema';
import { extraPlacement, type Member } from '../experiment/members';
import { CodeExport } from './CodeExport';
import { useLab, useMembers } from './LabContext';
import { MEMBER_TEXT_COLORS } from './palette';
import { MEMBER_LABELS } from './twinLabels';

/** The layers of each network in order, with the normalization layers marked. */
export function NetworkDiagram() {
  const e = useLab((s) => s.settings.experiment);
  const members = useMembers();
  const { inputSize: inputs, classes, targetSize } = dataShape(e.data);
  const outputs = outputUnits(e.model.head, classes, targetSize);
  const chain = (variant: Member): { label: string; bn?: boolean }[] => {
    const { placement, norm } = memberLayout(variant, e);
    const items: { label: string; bn?: boolean }[] = [{ label: `Input ${inputs}` }];
    for (const layer of e.model.hidden) {
      items.push({ label: `Dense ${layer.units}` });
      if (placement === 'before') items.push({ label: norm, bn: true });
      items.push({ label: layer.activation });
      if (placement === 'after') items.push({ label: norm, bn: true });
    }
    items.push({ label: `Dense ${outputs}` }, { label: e.model.head });
    return items;
  };
  return (
    <section className="panel" aria-labelledby="network-title">
      <h2 id="network-title">{members.length === 2 ? 'The twins' : 'The cohort'}</h2>
      {members.map((variant) => (
        <div key={variant} className="chain">
          <span className="chain-name" style={{ color: MEMBER_TEXT_COLORS[variant] }}>
            {MEMBER_LABELS[variant]}
          </span>
          <ol aria-label={`${MEMBER_LABELS[variant]}${members.length === 2 ? ' twin' : ''} layers`}>
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
        and learning rate: any difference comes from the normalization layers.
      </p>
      <CodeExport />
    </section>
  );
}

/** Where a network's normalization sits and what the diagram calls it (see memberNetwork). */
function memberLayout(
  member: Member,
  e: Experiment,
): { placement: 'none' | 'before' | 'after'; norm: string } {
  const { placement } = e.batchNorm;
  const { groups } = e.cohort;
  const extra = extraPlacement(e);
  switch (member) {
    case 'plain':
      return { placement: 'none', norm: '' };
    case 'batchNorm':
      return { placement, norm: 'BN' };
    case 'batchNormBefore':
      return { placement: 'before', norm: 'BN' };
    case 'batchNormAfter':
      return { placement: 'after', norm: 'BN' };
    case 'noisyBatchNorm':
      return { placement: extra, norm: 'BN + noise' };
    case 'layerNorm':
      return { placement: extra, norm: 'LN' };
    case 'groupNorm':
      return { placement: extra, norm: `GN ${groups}` };
    case 'plainDropout':
      return { placement: 'none', norm: '' };
    case 'batchNormDropout':
      return { placement, norm: 'BN' };
    case 'batchRenorm':
      return { placement: extra, norm: 'BRN' };
  }
}
