import { useId, useState, type ReactNode } from 'react';
import {
  ACTIVATION_OPTIONS,
  DATASET_OPTIONS,
  INIT_OPTIONS,
  OPTIMIZER_OPTIONS,
} from '../experiment/options';
import { PRESETS } from '../experiment/presets';
import { useLab, useLabClient } from './LabContext';
import { NumberField } from './NumberField';

function Select<T extends string>(props: {
  label: string;
  value: T;
  options: readonly { value: T; label: string }[];
  onChange: (value: T) => void;
}) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{props.label}</label>
      <select
        id={id}
        value={props.value}
        onChange={(event) => props.onChange(event.target.value as T)}
      >
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

function Group(props: { title: string; children: ReactNode }) {
  return (
    <fieldset className="group">
      <legend>{props.title}</legend>
      {props.children}
    </fieldset>
  );
}

const SPEEDS: { value: string; label: string }[] = [
  { value: 'max', label: 'As fast as possible' },
  { value: '100', label: '100 steps per frame' },
  { value: '10', label: '10 steps per frame' },
  { value: '1', label: '1 step per frame' },
];

const WORKER_OPTIONS: { value: '1' | '2'; label: string }[] = [
  { value: '1', label: 'One (both twins)' },
  { value: '2', label: 'Two (one twin each, 2 cores)' },
];

/** Hidden layer sizes as the learner types them: "8, 8, 8". */
function LayerSizes() {
  const client = useLabClient();
  const hidden = useLab((s) => s.experiment.model.hidden);
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
    const activation = hidden[0]?.activation ?? 'relu';
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
        value={text ?? current}
        aria-invalid={problems.length > 0}
        onChange={(event) => setText(event.target.value)}
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

/** Every setting of the experiment; each change restarts the run with it. */
export function SetupForm() {
  const client = useLabClient();
  const e = useLab((s) => s.experiment);
  const presetId = useLab((s) => s.presetId);
  const speed = useLab((s) => s.speed);
  const workers = useLab((s) => s.workers);
  const data = e.data;
  return (
    <div className="setup">
      <Select
        label="Preset"
        value={presetId}
        options={PRESETS.map((p) => ({ value: p.id, label: p.title }))}
        onChange={(id) => client.loadPreset(id)}
      />
      <Group title="Data">
        {data.type === 'named' ? (
          <Select
            label="Dataset"
            value={data.name}
            options={DATASET_OPTIONS}
            onChange={(name) => client.update((x) => void (x.data = { ...data, name }))}
          />
        ) : (
          <p className="hint">Your own rows ({data.x.length})</p>
        )}
        <label className="check">
          <input
            type="checkbox"
            checked={data.normalizeInputs}
            onChange={(event) =>
              client.update((x) => void (x.data.normalizeInputs = event.target.checked))
            }
          />
          Normalize inputs
        </label>
      </Group>
      <Group title="Network">
        <LayerSizes />
        <Select
          label="Activation"
          value={e.model.hidden[0]?.activation ?? 'relu'}
          options={ACTIVATION_OPTIONS}
          onChange={(activation) =>
            client.update((x) => void x.model.hidden.forEach((l) => (l.activation = activation)))
          }
        />
        <Select
          label="Initialization"
          value={e.init.scheme}
          options={INIT_OPTIONS}
          onChange={(scheme) => client.update((x) => void (x.init.scheme = scheme))}
        />
        {e.init.scheme === 'gaussian' && (
          <NumberField
            label="Init σ"
            value={e.init.sigma}
            apply={(sigma) => client.update((x) => void (x.init.sigma = sigma))}
          />
        )}
        <NumberField
          label="Init scale"
          value={e.init.scale}
          apply={(scale) => client.update((x) => void (x.init.scale = scale))}
        />
      </Group>
      <Group title="Training">
        <Select
          label="Optimizer"
          value={e.optimizer.kind}
          options={OPTIMIZER_OPTIONS}
          onChange={(kind) => client.update((x) => void (x.optimizer.kind = kind))}
        />
        <NumberField
          label="Batch size"
          value={e.training.batchSize}
          step={1}
          min={1}
          apply={(batchSize) => client.update((x) => void (x.training.batchSize = batchSize))}
        />
        <NumberField
          label="Seed"
          value={e.seed}
          step={1}
          min={0}
          apply={(seed) => client.update((x) => void (x.seed = seed))}
        />
        <Select
          label="Speed"
          value={String(speed)}
          options={SPEEDS}
          onChange={(value) => client.setSpeed(value === 'max' ? 'max' : Number(value))}
        />
        {client.canUseTwoWorkers && (
          <Select
            label="Training workers"
            value={String(workers) as '1' | '2'}
            options={WORKER_OPTIONS}
            onChange={(value) => client.setWorkers(value === '2' ? 2 : 1)}
          />
        )}
      </Group>
    </div>
  );
}
