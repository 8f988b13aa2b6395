/**
 * Steps per second of the live trainer with one worker (both twins in one thread) and with two
 * (the plain twin in a worker thread, as the page's helper worker), and a check that both give
 * the same losses bit for bit. The two configurations run in turn, `rounds` times, the order
 * alternating; the speed-up is the median of each round's paired ratio, with the spread.
 *   npm run bench:workers [-- --steps 400 --preset paper --rounds 5]
 */
import { MessageChannel, Worker } from 'node:worker_threads';
import { parseArgs } from 'node:util';
import { findPreset, PRESETS } from '../src/experiment/presets';
import { cloneExperiment } from '../src/experiment/schema';
import type { Frame } from '../src/protocol/frames';
import type { HelperPort } from '../src/protocol/helper';
import type { FromTrainer } from '../src/protocol/training';
import { Trainer } from '../src/worker/trainer';
import { ensureMnistAsset } from '../scripts/prepare-mnist';

const { values } = parseArgs({
  options: {
    steps: { type: 'string' },
    preset: { type: 'string', multiple: true },
    rounds: { type: 'string', default: '5' },
  },
});
const rounds = Number(values.rounds);
if (!Number.isInteger(rounds) || rounds < 1) {
  console.error('--rounds must be a whole number ≥ 1');
  process.exit(2);
}
const median = (xs: number[]) => [...xs].sort((p, q) => p - q)[Math.floor(xs.length / 2)];
const presets = values.preset ?? ['worked-example', 'deep-saturating', 'paper'];
for (const id of presets) {
  if (!findPreset(id)) {
    console.error(`--preset must be one of ${PRESETS.map((p) => p.id).join(', ')}, got "${id}"`);
    process.exit(2);
  }
}

/** Plays `preset` at full speed until `steps` steps; returns steps/s and every loss. */
async function play(id: string, steps: number, twoWorkers: boolean) {
  const experiment = cloneExperiment(findPreset(id)!.experiment);
  experiment.training.steps = steps;
  const frames: Frame[] = [];
  let worker: Worker | null = null;
  let done: () => void = () => undefined;
  const finished = new Promise<void>((resolve) => (done = resolve));
  const trainer = new Trainer({
    post: (message: FromTrainer) => {
      if (message.type === 'error') throw new Error(message.message);
      if (message.type === 'frame' || message.type === 'loaded') {
        frames.push(message.frame);
        if (message.type === 'frame' && !message.frame.running) done();
      }
    },
    now: () => performance.now(),
    schedule: (task, delay) => void setTimeout(task, delay),
    loadAsset: () => Promise.resolve(ensureMnistAsset()),
  });
  if (twoWorkers) {
    const channel = new MessageChannel();
    worker = new Worker(new URL('./halfWorker.mjs', import.meta.url), {
      workerData: { port: channel.port2 },
      transferList: [channel.port2],
    });
    trainer.handle({ type: 'attachHelper', port: channel.port1 as unknown as HelperPort });
  }
  trainer.handle({ type: 'setSpeed', speed: 'max' });
  trainer.handle({ type: 'load', experiment });
  while (!frames.some((f) => f.step === 0)) await new Promise((r) => setTimeout(r, 5));
  const started = performance.now();
  trainer.handle({ type: 'play' });
  await finished;
  const seconds = (performance.now() - started) / 1000;
  await worker?.terminate();
  const losses = [
    ...frames.flatMap((f) => [...f.losses.plain]),
    ...frames.flatMap((f) => [...f.losses.batchNorm]),
  ];
  return { stepsPerSecond: steps / seconds, losses };
}

console.log(
  `Node ${process.version}; live trainer at full speed, frames built as in the page; ${rounds} rounds, the order alternating; medians, speed-up: median of paired ratios (lowest–highest)\n`,
);
console.log('| preset | steps | 1 worker steps/s | 2 workers steps/s | speed-up | same losses |');
console.log('| --- | ---: | ---: | ---: | ---: | :---: |');
for (const id of presets) {
  const steps = Number(
    values.steps ?? (id === 'paper' ? 300 : id === 'deep-saturating' ? 20000 : 100000),
  );
  const one: number[] = [];
  const two: number[] = [];
  let same = true;
  for (let round = 0; round < rounds; round++) {
    const first = await play(id, steps, round % 2 === 1);
    const second = await play(id, steps, round % 2 === 0);
    const [a, b] = round % 2 === 0 ? [first, second] : [second, first];
    one.push(a.stepsPerSecond);
    two.push(b.stepsPerSecond);
    same &&=
      a.losses.length === b.losses.length && a.losses.every((x, i) => Object.is(x, b.losses[i]));
  }
  const ratios = two.map((t, i) => t / one[i]);
  console.log(
    `| ${id} | ${steps} | ${Math.round(median(one))} | ${Math.round(median(two))} | ${median(ratios).toFixed(2)}× (${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)}) | ${same ? 'yes' : 'NO'} |`,
  );
  if (!same) process.exitCode = 1;
}
