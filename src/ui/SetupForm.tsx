import { useId, useMemo, useState, type ReactNode } from 'react';
import { Select } from './Select';
import { momentumFrom, momentumIn } from '../experiment/choices';
import { momentumMeaning, updateRules } from './momentumText';
import {
  DEFAULT_FLOPS_PER_SECOND,
  estimateCost,
  formatBytes,
  formatCount,
  formatFlops,
  formatSeconds,
  secondsPerStep,
  splitRows,
} from '../experiment/cost';
import { FIELDS, type FieldPath } from '../experiment/fields';
import { setAt, valueAt } from '../experiment/paths';
import { DataGrid } from './DataGrid';
import { OwnDataNote } from './OwnDataNote';
import { useLab, useLabClient } from './LabContext';
import { NumberField } from './NumberField';
import { useT } from './language';
import { say } from '../i18n/translate';
import { fieldHelp, fieldLabel, fieldOptions } from '../page/fieldText';

function Group(props: { title: string; children: ReactNode }) {
  return (
    <fieldset className="group">
      <legend>{props.title}</legend>
      {props.children}
    </fieldset>
  );
}

/**
 * The control for one field of the table at its path in the setup: a select for a choice, a
 * number field (limits and step from the field's rule), a checkbox for a boolean. Each change
 * restarts the run; a refused value is explained under the control.
 */
function Setting(props: { path: FieldPath }) {
  const client = useLabClient();
  const t = useT();
  const spec = FIELDS[props.path];
  const label = fieldLabel(props.path, t);
  const help = fieldHelp(props.path, t);
  const value = useLab((s) => valueAt(s.settings.experiment, props.path));
  const apply = (next: unknown) => client.update((e) => setAt(e, props.path, next));
  switch (spec.kind) {
    case 'choice':
      return (
        <Select
          label={label}
          help={help}
          value={String(value)}
          options={fieldOptions(props.path, spec.choices, t)}
          onChange={(next) => void apply(next)}
        />
      );
    case 'number':
      return (
        <NumberField
          label={label}
          help={help}
          value={Number(value)}
          step={'integer' in spec.rule && spec.rule.integer ? 1 : 'any'}
          min={spec.rule.min}
          max={spec.rule.max}
          apply={apply}
        />
      );
    case 'boolean':
      return (
        <label className="check" title={help}>
          <input
            type="checkbox"
            checked={value === true}
            onChange={(event) => void apply(event.currentTarget.checked)}
          />
          {label}
        </label>
      );
    default:
      throw new Error(`${props.path} has no control`);
  }
}

/** Hidden layer sizes as the learner types them: "8, 8, 8". */
function LayerSizes() {
  const client = useLabClient();
  const hidden = useLab((s) => s.settings.experiment.model.hidden);
  const t = useT();
  const current = hidden.map((l) => l.units).join(', ');
  const [text, setText] = useState<string | null>(null);
  const [problems, setProblems] = useState<string[]>([]);
  const id = useId();
  const commit = () => {
    if (text === null) return;
    const units = text
      .split(/[\s,]+/)
      .filter(Boolean)
      .map(Number);
    if (units.length === 0 || units.some((u) => !Number.isInteger(u))) {
      setProblems([t.t('setup.hiddenSizesError')]);
      return;
    }
    const activation = hidden[0]?.activation ?? FIELDS['model.hidden[].activation'].default;
    const result = client.update(
      (e) => void (e.model.hidden = units.map((u) => ({ units: u, activation }))),
    );
    setProblems(result);
    if (result.length === 0) setText(null);
  };
  return (
    <div className="field">
      <label htmlFor={id}>{t.t('setup.hiddenSizes')}</label>
      <input
        id={id}
        type="text"
        title={fieldHelp('model.hidden', t)}
        value={text ?? current}
        aria-invalid={problems.length > 0}
        onChange={(event) => setText(event.currentTarget.value)}
        onBlur={commit}
        onKeyDown={(event) => {
          if (event.key === 'Enter') commit();
        }}
      />
      {problems.length > 0 && (
        <p className="problem" role="alert">
          {problems.join(' ')}
        </p>
      )}
    </div>
  );
}

/** One activation for every hidden layer. */
function Activation() {
  const client = useLabClient();
  const t = useT();
  const path = 'model.hidden[].activation';
  const spec = FIELDS[path];
  const value = useLab((s) => s.settings.experiment.model.hidden[0]?.activation ?? spec.default);
  return (
    <Select
      label={fieldLabel(path, t)}
      help={fieldHelp(path, t)}
      value={value}
      options={fieldOptions(path, spec.choices, t)}
      onChange={(activation) =>
        client.update((x) => void x.model.hidden.forEach((l) => (l.activation = activation)))
      }
    />
  );
}

/**
 * BN's momentum as the chosen convention writes it (stored as PyTorch's), its ε, and the update
 * rule of the running averages they give.
 */
function BatchNormSettings() {
  const client = useLabClient();
  const momentum = useLab((s) => s.settings.experiment.batchNorm.momentum);
  const convention = useLab((s) => s.settings.experiment.batchNorm.convention);
  const t = useT();
  const rules = updateRules(momentum, t);
  const apply = (value: number): string[] => {
    if (convention === 'keras' && !(value >= 0 && value < 1))
      return [t.t('setup.kerasMomentumError', { value: t.number(value) })];
    const stored = momentumFrom(convention, value);
    return client.update((e) => void (e.batchNorm.momentum = stored));
  };
  return (
    <>
      <Setting path="batchNorm.convention" />
      <NumberField
        key={convention}
        label={fieldLabel('batchNorm.momentum', t)}
        help={fieldHelp('batchNorm.convention', t)}
        value={momentumIn(convention, momentum)}
        min={0}
        max={1}
        apply={apply}
      />
      <p className="hint" data-testid="momentum-meaning">
        {t.t('setup.momentumRule', {
          meaning: momentumMeaning(convention, momentum, t),
          rule: rules.mean,
        })}
      </p>
      <Setting path="batchNorm.epsilon" />
    </>
  );
}

/**
 * What the setup costs on this machine, from its shape and the speed the worker measured: the
 * figures the page's budget (and the command line's first line) go by.
 */
function CostLine() {
  const experiment = useLab((s) => s.settings.experiment);
  const measured = useLab((s) => s.run.flopsPerSecond);
  const t = useT();
  const cost = useMemo(() => estimateCost(experiment), [experiment]);
  const speed = measured ?? DEFAULT_FLOPS_PER_SECOND;
  const text = t.t('setup.cost', {
    networks: cost.networks,
    parameters: t.digitsOf(formatCount(cost.parameters)),
    flops: t.digitsOf(formatFlops(cost.flopsPerStep)),
    seconds: t.digitsOf(formatSeconds(secondsPerStep(cost, speed))),
    speed: t.digitsOf(formatFlops(speed)),
    measured: measured === null ? 'no' : 'yes',
    memory: t.digitsOf(formatBytes(cost.memoryBytes)),
  });
  return <p className="hint cost-line">{text}</p>;
}

/** Every setting of the experiment; each change restarts the run with it. */
export default function SetupForm() {
  const client = useLabClient();
  const t = useT();
  const workers = useLab((s) => s.settings.workers);
  const inlineRows = useLab((s) =>
    s.settings.experiment.data.type === 'inline' ? s.settings.experiment.data.x.length : null,
  );
  // What the learner's table became, while it is still the data.
  const tableNote = useLab((s) =>
    s.settings.experiment.data.type === 'inline' &&
    s.settings.experiment.data.x === s.table.applied?.rows
      ? s.table.applied.description
      : null,
  );
  const trainRows = useLab((s) => splitRows(s.settings.experiment.data).train);
  const testRows = useLab((s) => splitRows(s.settings.experiment.data).test);
  const gaussian = useLab((s) => s.settings.experiment.init.scheme === 'gaussian');
  const third = useLab((s) => s.settings.experiment.cohort.third);
  const fourth = useLab((s) => s.settings.experiment.cohort.fourth);
  const extras = [third, fourth];
  return (
    <div className="setup">
      <Group title={t.t('setup.data')}>
        {inlineRows === null ? (
          <Setting path="data.name" />
        ) : (
          <p className="hint">
            {t.t('setup.ownRows', {
              rows: inlineRows,
              note: tableNote ? say(t, tableNote) : 'none',
            })}
          </p>
        )}
        {testRows === 0 && (
          <p className="hint" data-testid="no-test-split">
            {t.t('setup.noTest', { rows: trainRows })}
          </p>
        )}
        <OwnDataNote />
        <Setting path="data.normalizeInputs" />
        <DataGrid />
      </Group>
      <Group title={t.t('setup.network')}>
        <LayerSizes />
        <Activation />
        <Setting path="init.scheme" />
        {gaussian && <Setting path="init.sigma" />}
        <Setting path="init.scale" />
      </Group>
      <Group title={t.t('setup.batchNorm')}>
        <BatchNormSettings />
      </Group>
      <Group title={t.t('setup.cohort')}>
        <Setting path="cohort.third" />
        <Setting path="cohort.fourth" />
        {extras.includes('noisyBatchNorm') && (
          <>
            <Setting path="cohort.noiseScale" />
            <Setting path="cohort.noiseShift" />
          </>
        )}
        {extras.includes('groupNorm') && <Setting path="cohort.groups" />}
        {(extras.includes('plainDropout') || extras.includes('batchNormDropout')) && (
          <Setting path="cohort.dropout" />
        )}
      </Group>
      <Group title={t.t('setup.training')}>
        <Setting path="optimizer.kind" />
        <Setting path="training.batchSize" />
        <Setting path="training.trainOnly" />
        <Setting path="seed" />
        {client.canUseTwoWorkers && (
          <Select
            label={t.t('setup.workers')}
            value={String(workers) as '1' | '2'}
            options={[
              { value: '1', label: t.t('setup.workersOne') },
              { value: '2', label: t.t('setup.workersTwo') },
            ]}
            onChange={(value) => client.setWorkers(value === '2' ? 2 : 1)}
          />
        )}
      </Group>
      <CostLine />
    </div>
  );
}
