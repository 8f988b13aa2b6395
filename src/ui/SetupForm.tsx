import { useId, useMemo, useState, type ReactNode } from 'react';
import type { Choice } from '../experiment/choices';
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
  const spec = FIELDS[props.path];
  const value = useLab((s) => valueAt(s.settings.experiment, props.path));
  const apply = (next: unknown) => client.update((e) => setAt(e, props.path, next));
  switch (spec.kind) {
    case 'choice':
      return (
        <Select
          label={spec.label}
          help={spec.help}
          value={String(value)}
          options={spec.choices}
          onChange={(next) => void apply(next)}
        />
      );
    case 'number':
      return (
        <NumberField
          label={spec.label}
          help={spec.help}
          value={Number(value)}
          step={'integer' in spec.rule && spec.rule.integer ? 1 : 'any'}
          min={spec.rule.min}
          max={spec.rule.max}
          apply={apply}
        />
      );
    case 'boolean':
      return (
        <label className="check" title={spec.help}>
          <input
            type="checkbox"
            checked={value === true}
            onChange={(event) => void apply(event.currentTarget.checked)}
          />
          {spec.label}
        </label>
      );
    default:
      throw new Error(`${props.path} has no control`);
  }
}

const WORKER_OPTIONS: Choice<'1' | '2'>[] = [
  { value: '1', label: 'One (both twins)' },
  { value: '2', label: 'Two (one twin each, 2 cores)' },
];

/** Hidden layer sizes as the learner types them: "8, 8, 8". */
function LayerSizes() {
  const client = useLabClient();
  const hidden = useLab((s) => s.settings.experiment.model.hidden);
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
      setProblems(['Hidden layers: give whole numbers separated by commas, e.g. 8, 8, 8']);
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
      <label htmlFor={id}>Hidden layer sizes</label>
      <input
        id={id}
        type="text"
        title={FIELDS['model.hidden'].help}
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
  const spec = FIELDS['model.hidden[].activation'];
  const value = useLab((s) => s.settings.experiment.model.hidden[0]?.activation ?? spec.default);
  return (
    <Select
      label={spec.label}
      help={spec.help}
      value={value}
      options={spec.choices}
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
  const rules = updateRules(momentum);
  const apply = (value: number): string[] => {
    if (convention === 'keras' && !(value >= 0 && value < 1))
      return [`BN momentum: Keras’ momentum must be at least 0 and less than 1, got ${value}`];
    const stored = momentumFrom(convention, value);
    return client.update((e) => void (e.batchNorm.momentum = stored));
  };
  return (
    <>
      <Setting path="batchNorm.convention" />
      <NumberField
        key={convention}
        label="BN momentum"
        help={FIELDS['batchNorm.convention'].help}
        value={momentumIn(convention, momentum)}
        min={0}
        max={1}
        apply={apply}
      />
      <p className="hint" data-testid="momentum-meaning">
        {momentumMeaning(convention, momentum)}: {rules.mean}.
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
  const cost = useMemo(() => estimateCost(experiment), [experiment]);
  const speed = measured ?? DEFAULT_FLOPS_PER_SECOND;
  const text =
    `Cost: ${cost.networks} networks of ${formatCount(cost.parameters)} parameters · ` +
    `${formatFlops(cost.flopsPerStep)} per step · ≈ ${formatSeconds(secondsPerStep(cost, speed))} ` +
    `per step here at ${formatFlops(speed)}/s ` +
    `(${measured === null ? 'assumed until measured' : 'measured'}) · ${formatBytes(cost.memoryBytes)}`;
  return <p className="hint cost-line">{text}</p>;
}

/** Every setting of the experiment; each change restarts the run with it. */
export default function SetupForm() {
  const client = useLabClient();
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
      <Group title="Data">
        {inlineRows === null ? (
          <Setting path="data.name" />
        ) : (
          <p className="hint">
            Your own rows ({inlineRows.toLocaleString('en')}){tableNote && `: ${tableNote}`}
          </p>
        )}
        {testRows === 0 && (
          <p className="hint" data-testid="no-test-split">
            No test split: all {trainRows.toLocaleString('en')} rows train, and every accuracy on
            the page is the training rows’.
          </p>
        )}
        <OwnDataNote />
        <Setting path="data.normalizeInputs" />
        <DataGrid />
      </Group>
      <Group title="Network">
        <LayerSizes />
        <Activation />
        <Setting path="init.scheme" />
        {gaussian && <Setting path="init.sigma" />}
        <Setting path="init.scale" />
      </Group>
      <Group title="Batch Norm">
        <BatchNormSettings />
      </Group>
      <Group title="Cohort">
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
      <Group title="Training">
        <Setting path="optimizer.kind" />
        <Setting path="training.batchSize" />
        <Setting path="training.trainOnly" />
        <Setting path="seed" />
        {client.canUseTwoWorkers && (
          <Select
            label="Training workers"
            value={String(workers) as '1' | '2'}
            options={WORKER_OPTIONS}
            onChange={(value) => client.setWorkers(value === '2' ? 2 : 1)}
          />
        )}
      </Group>
      <CostLine />
    </div>
  );
}
