/**
 * Checks that training steps allocate nothing: runs N steps of a preset after a warm-up and
 * prints the heap growth and step time; run under `node --trace-gc` to count scavenges.
 *   node --import tsx --trace-gc bench/allocation.ts [preset] [steps]
 */
import { findPreset, PRESETS } from '../src/experiment/presets';
import { ExperimentRun } from '../src/run/runner';

const id = process.argv[2] ?? 'deep-saturating';
const steps = Number(process.argv[3] ?? 100_000);
const preset = findPreset(id);
if (!preset || !Number.isInteger(steps) || steps < 1) {
  console.error(`usage: bench/allocation.ts [${PRESETS.map((p) => p.id).join(' | ')}] [steps ≥ 1]`);
  process.exit(2);
}
const run = new ExperimentRun(preset.experiment);
const { sampler, cohort } = run;
for (let i = 0; i < 1000; i++) run.step();
const heapBefore = process.memoryUsage().heapUsed;
console.log('--- measured steps start ---');
const started = performance.now();
for (let i = 0; i < steps; i++) {
  sampler.next();
  cohort.trainStep(sampler.x, sampler.y, sampler.batchSize, run.learningRate);
}
const micros = ((performance.now() - started) / steps) * 1000;
console.log('--- measured steps end ---');
console.log(
  `${id}: ${steps} twin steps, ${micros.toFixed(2)} µs per step (both twins), heap growth ${
    process.memoryUsage().heapUsed - heapBefore
  } bytes`,
);
