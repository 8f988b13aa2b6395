/**
 * Where the live trainer's time goes on a preset at full speed, frames built as in the page (one
 * worker): the training steps themselves, and everything else — evaluations, the taps' captures,
 * Santurkar's measures, batches, frames — as a share of the step time; and the pace early against
 * late in the run.
 *   npm run bench:pace [-- --preset paper --steps 3000 --measures-every 100]
 */
import { parseArgs } from 'node:util';
import { NetworkCohort } from '../src/engine/cohort';
import { DEFAULT_OPTIMIZATION_EVERY } from '../src/experiment/optimizationSettings';
import { findPreset, PRESETS } from '../src/experiment/presets';
import { cloneExperiment } from '../src/experiment/schema';
import type { FromTrainer } from '../src/protocol/training';
import { ExperimentRun } from '../src/run/runner';
import { CohortHalf } from '../src/worker/half';
import { Trainer } from '../src/worker/trainer';
import { ensureMnistAsset } from '../scripts/prepare-mnist';

const { values } = parseArgs({
  options: {
    preset: { type: 'string', default: 'paper' },
    steps: { type: 'string', default: '3000' },
    'measures-every': { type: 'string', default: String(DEFAULT_OPTIMIZATION_EVERY) },
  },
});
const preset = findPreset(values.preset);
const steps = Number(values.steps);
const every = Number(values['measures-every']);
if (!preset) {
  console.error(`--preset must be one of ${PRESETS.map((p) => p.id).join(', ')}`);
  process.exit(2);
}
if (!Number.isInteger(steps) || steps < 2000 || !Number.isInteger(every) || every < 0) {
  console.error('--steps must be a whole number ≥ 2000, --measures-every a whole number ≥ 0');
  process.exit(2);
}

/** Wraps a prototype method so the time spent in it adds to `spent[name]`. */
const spent: Record<string, number> = { training: 0, step: 0, evaluations: 0, captures: 0 };
function timed<T extends object>(proto: T, method: keyof T & string, name: string): void {
  const original = proto[method] as (...args: unknown[]) => unknown;
  Object.assign(proto, {
    [method](this: unknown, ...args: unknown[]) {
      const started = performance.now();
      const result = original.apply(this, args);
      spent[name] += performance.now() - started;
      return result;
    },
  });
}
timed(NetworkCohort.prototype, 'trainStep', 'training');
timed(ExperimentRun.prototype, 'step', 'step');
timed(ExperimentRun.prototype, 'evaluate', 'evaluations');
timed(CohortHalf.prototype, 'capture', 'captures');

const experiment = cloneExperiment(preset.experiment);
experiment.training.steps = steps;
let loaded = false;
let frames = 0;
let captured = 0;
let started = 0;
const at: Record<number, number> = {};
let done: () => void = () => undefined;
const finished = new Promise<void>((resolve) => (done = resolve));
const trainer = new Trainer({
  post: (message: FromTrainer) => {
    if (message.type === 'error') throw new Error(message.message);
    if (message.type === 'loaded') loaded = true;
    if (message.type !== 'frame') return;
    frames++;
    if (!message.frame.light) captured++;
    const thousand = Math.floor(message.frame.step / 1000) * 1000;
    at[thousand] ??= performance.now() - started;
    if (!message.frame.running) done();
  },
  now: () => performance.now(),
  // As the page's worker: 0 ms means "after pending messages" (a MessageChannel there).
  schedule: (task, delay) => void (delay > 0 ? setTimeout(task, delay) : setImmediate(task)),
  loadAsset: () => Promise.resolve(ensureMnistAsset()),
});
trainer.handle({ type: 'setSpeed', speed: 'max' });
trainer.handle({ type: 'setOptimizationEvery', every });
trainer.handle({ type: 'load', experiment });
while (!loaded) await new Promise((resolve) => setTimeout(resolve, 5));
for (const key of Object.keys(spent)) spent[key] = 0;
started = performance.now();
trainer.handle({ type: 'play' });
await finished;
const total = performance.now() - started;
const training = spent.training;
const share = (ms: number) => `${((100 * ms) / training).toFixed(1)}%`;
const outside = total - training;
console.log(
  `${preset.id}, ${steps.toLocaleString('en')} twin steps at full speed in one worker (Node ${process.version}), measures every ${every || 'never'}:`,
);
console.log(
  `  ${(total / 1000).toFixed(1)} s in all, ${(total / steps).toFixed(2)} ms a step; training steps ${(training / 1000).toFixed(1)} s (${(training / steps).toFixed(2)} ms each)`,
);
console.log(
  `  outside the training steps: ${share(outside)} of the step time — evaluations ${share(spent.evaluations)}, taps' captures ${share(spent.captures)} (${captured} of ${frames} frames), measures and batches ${share(spent.step - training)}, the rest (slices, frames) ${share(outside - spent.evaluations - spent.captures - (spent.step - training))}`,
);
const early = at[2000] - at[1000];
const last = Math.floor(steps / 1000) * 1000;
const late = (at[last] ?? total) - at[last - 1000];
console.log(
  `  pace: steps 1,000–2,000 in ${(early / 1000).toFixed(1)} s, ${(last - 1000).toLocaleString('en')}–${last.toLocaleString('en')} in ${(late / 1000).toFixed(1)} s (${((100 * late) / early - 100).toFixed(0)}%)`,
);
console.log(
  `  target (issue 17): outside the steps ≤ 20% of the step time — ${outside <= 0.2 * training ? 'met' : 'MISSED'}`,
);
