import { dataShape, outputUnits } from '../experiment/shape';
import type { Experiment } from '../experiment/schema';
import { extraPlacement, type Member } from '../experiment/members';
import { CodeExport } from './CodeExport';
import { useLab, useMembers } from './LabContext';
import { MEMBER_TEXT_COLORS } from './palette';
import { memberLabel } from './twinLabels';
import { useT } from './language';
import type { Translator } from '../i18n/translate';

/** The layers of each network in order, with the normalization layers marked. */
export function NetworkDiagram() {
  const e = useLab((s) => s.settings.experiment);
  const members = useMembers();
  const t = useT();
  const { inputSize: inputs, classes, targetSize } = dataShape(e.data);
  const outputs = outputUnits(e.model.head, classes, targetSize);
  const chain = (variant: Member): { label: string; bn?: boolean }[] => {
    const { placement, norm } = memberLayout(variant, e, t);
    const items: { label: string; bn?: boolean }[] = [
      { label: t.t('diagram.input', { units: inputs }) },
    ];
    for (const layer of e.model.hidden) {
      items.push({ label: t.t('diagram.dense', { units: layer.units }) });
      if (placement === 'before') items.push({ label: norm, bn: true });
      items.push({ label: layer.activation });
      if (placement === 'after') items.push({ label: norm, bn: true });
    }
    items.push({ label: t.t('diagram.dense', { units: outputs }) }, { label: e.model.head });
    return items;
  };
  return (
    <section className="panel" aria-labelledby="network-title">
      <h2 id="network-title">{t.t(members.length === 2 ? 'diagram.twins' : 'diagram.cohort')}</h2>
      {members.map((variant) => (
        <div key={variant} className="chain">
          <span className="chain-name" style={{ color: MEMBER_TEXT_COLORS[variant] }}>
            {memberLabel(variant, t)}
          </span>
          <ol
            aria-label={t.t('diagram.layers', {
              network: memberLabel(variant, t),
              twin: members.length === 2 ? 'twin' : 'network',
            })}
          >
            {chain(variant).map((item, i) => (
              <li key={i} className={item.bn ? 'bn' : undefined}>
                {item.label}
              </li>
            ))}
          </ol>
        </div>
      ))}
      <p className="hint">{t.t('diagram.same')}</p>
      <CodeExport />
    </section>
  );
}

/** Where a network's normalization sits and what the diagram calls it (see memberNetwork). */
function memberLayout(
  member: Member,
  e: Experiment,
  t: Translator,
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
      return { placement: extra, norm: t.t('diagram.noise') };
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
