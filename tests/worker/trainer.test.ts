import { describe, expect, it } from 'vitest';
import { findPreset } from '../../src/experiment/presets';
import { DEFAULT_EXPERIMENT } from '../../src/experiment/defaults';
import { cloneExperiment } from '../../src/experiment/schema';
import type { Frame } from '../../src/protocol/frames';
import type { HelperPort } from '../../src/protocol/helper';
import type { FromTrainer, ToTrainer } from '../../src/protocol/training';
import { HISTOGRAM_BINS } from '../../src/worker/frames';
import { serveHalf } from '../../src/worker/halves';
import { FRAME_INTERVAL_MS, Trainer } from '../../src/worker/trainer';
import { ensureMnistAsset } from '../../scripts/prepare-mnist';
import { runHeadless } from '../../src/run/headless';
import { LOADED } from '../helpers/timeouts';

/** A host with a clock that advances `msPerCall` each time it is read, and a manual task queue. */
function fakeHost(msPerCall = 0.01) {
  const messages: FromTrainer[] = [];
  const tasks: (() => void)[] = [];
  let time = 0;
  const host = {
    post: (message: FromTrainer) => messages.push(message),
    now: () => (time += msPerCall),
    schedule: (task: () => void) => tasks.push(task),
    loadAsset: (_path: string, onProgress: (loaded: number, total: number) => void) => {
      const bytes = ensureMnistAsset();
      onProgress(bytes.length, bytes.length);
      return Promise.resolve(bytes);
    },
  };
  const frames = () =>
    messages.flatMap((m) => (m.type === 'frame' || m.type === 'loaded' ? [m.frame] : []));
  return { host, messages, tasks, frames, advance: (ms: number) => (time += ms) };
}

/** A trainer on a fake host; `send` hands it commands and waits until it has done them all. */
function harness(msPerCall = 0.01) {
  const fake = fakeHost(msPerCall);
  const trainer = new Trainer(fake.host);
  const send = async (...messages: ToTrainer[]) => {
    for (const message of messages) trainer.handle(message);
    await trainer.idle();
  };
  /** Runs up to `limit` scheduled slices, each to the end. */
  const runTasks = async (limit: number) => {
    for (let i = 0; i < limit && fake.tasks.length > 0; i++) {
      fake.tasks.shift()!();
      await trainer.idle();
    }
  };
  return { ...fake, trainer, send, runTasks };
}

const allLosses = (frames: Frame[]) =>
  frames.flatMap((f) => [...f.losses.plain, ...f.losses.batchNorm]);

describe('Trainer', LOADED.long, () => {
  it('answers load with the run’s shape and a step-0 frame of both twins’ layers', async () => {
    const { send, messages } = harness();
    await send({ type: 'load', experiment: DEFAULT_EXPERIMENT });
    const loaded = messages[0];
    if (loaded.type !== 'loaded') throw new Error(loaded.type);
    expect(loaded.info.layers).toEqual([
      { units: 3, activation: 'relu' },
      { units: 2, activation: 'relu' },
    ]);
    expect(loaded.info.trainCount).toBe(45);
    expect(loaded.info.histogramBins).toBe(HISTOGRAM_BINS);
    expect(loaded.frame.step).toBe(0);
    expect(loaded.frame.networks.batchNorm.layers.length).toBe(2);
    expect(loaded.frame.networks.plain.layers[0].preActivation.counts.length).toBe(HISTOGRAM_BINS);
    expect(loaded.frame.evaluations.map((e) => e.step)).toEqual([0]);
    expect(loaded.info.points?.count).toBe(45);
  });

  it('builds only the latest of many loads queued at once (a storm of setup changes)', async () => {
    const { trainer, messages } = harness();
    const paper = cloneExperiment(findPreset('paper')!.experiment);
    // 120 heavy setups, then the one the learner ended on: only that one is built.
    for (let i = 0; i < 120; i++) trainer.handle({ type: 'load', experiment: paper });
    const last = cloneExperiment(DEFAULT_EXPERIMENT);
    last.seed = 7;
    trainer.handle({ type: 'load', experiment: last });
    await trainer.idle();
    const loaded = messages.filter((m) => m.type === 'loaded');
    expect(loaded).toHaveLength(1);
    if (loaded[0].type !== 'loaded') throw new Error('no load');
    expect(loaded[0].info.experiment.seed).toBe(7);
    expect(loaded[0].info.layers).toHaveLength(2);
  });

  it('steps on command and streams every step’s batch loss', async () => {
    const { send, frames } = harness();
    await send({ type: 'load', experiment: DEFAULT_EXPERIMENT }, { type: 'step', count: 25 });
    const frame = frames().at(-1)!;
    expect(frame.step).toBe(25);
    expect([...frame.lossSteps]).toEqual(Array.from({ length: 25 }, (_, i) => i + 1));
    expect(frame.losses.plain.every(Number.isFinite)).toBe(true);
    expect(frame.evaluations.map((e) => e.step)).toEqual([10, 20]);
  });

  it('bins each tap over its own twin’s range, counting every value once', async () => {
    const { send, frames } = harness();
    const experiment = findPreset('deep-saturating')!.experiment;
    await send({ type: 'load', experiment }, { type: 'step', count: 30 });
    const { plain, batchNorm } = frames().at(-1)!.networks;
    for (let layer = 0; layer < 6; layer++) {
      const a = plain.layers[layer].preActivation;
      const b = batchNorm.layers[layer].preActivation;
      // Every value inside its own twin's range: none below or above.
      for (const t of [a, b]) {
        expect([t.below, t.above]).toEqual([0, 0]);
        expect(t.low).toBeLessThanOrEqual(t.percentiles[0]);
        expect(t.high).toBeGreaterThanOrEqual(t.percentiles[4]);
      }
      expect([a.low, a.high]).not.toEqual([b.low, b.high]);
      expect(a.counts.length).toBe(HISTOGRAM_BINS);
      // Measured on the same 256 training rows each time (300 of the 400 points train).
      expect(a.counts.reduce((s, c) => s + c, 0) + a.below + a.above).toBe(256 * 8);
      expect(b.driftFromStart).toBeGreaterThan(0);
    }
    expect(batchNorm.layers[0].gamma).toBeDefined();
    expect(plain.layers[0].gamma).toBeUndefined();
  });

  it('resets to an identical run for the same description', async () => {
    const { send, frames } = harness();
    await send({ type: 'load', experiment: DEFAULT_EXPERIMENT }, { type: 'step', count: 40 });
    const first = allLosses(frames().slice(-1));
    await send({ type: 'reset' }, { type: 'step', count: 40 });
    expect(allLosses(frames().slice(-1))).toEqual(first);
  });

  it('applies a new learning rate from the next step and reports it in frames', async () => {
    const a = harness();
    await a.send({ type: 'load', experiment: DEFAULT_EXPERIMENT }, { type: 'step', count: 5 });
    await a.send({ type: 'setLearningRate', learningRate: 0.9 });
    expect(a.frames().at(-1)!.learningRate).toBe(0.9);
    await a.send({ type: 'step', count: 5 });
    const changed = allLosses(a.frames().slice(-1));
    const b = harness();
    await b.send(
      { type: 'load', experiment: DEFAULT_EXPERIMENT },
      { type: 'step', count: 5 },
      { type: 'step', count: 5 },
    );
    const unchanged = allLosses(b.frames().slice(-1));
    expect(changed[0]).toBe(unchanged[0]);
    expect(changed.slice(1, 5)).not.toEqual(unchanged.slice(1, 5));
  });

  it('while playing at full speed, sends at most one frame per display interval', async () => {
    const { send, frames, runTasks } = harness(0.5);
    const endless = cloneExperiment(DEFAULT_EXPERIMENT);
    endless.training.steps = 0;
    await send({ type: 'load', experiment: endless }, { type: 'play' });
    await runTasks(60);
    const played = frames().slice(1);
    expect(played.length).toBeGreaterThan(3);
    const steps = played.map((f) => f.step);
    expect(steps).toEqual([...steps].sort((x, y) => x - y));
    // Each frame carries the batch loss of every step since the previous one.
    expect(played.reduce((n, f) => n + f.lossSteps.length, 0)).toBe(played.at(-1)!.step);
    expect(played.at(-1)!.stepsPerSecond).toBeGreaterThan(0);
    // The fake clock moves 0.5 ms per read, so a 12 ms slice is ~24 steps and frames come every
    // third slice or so (≥ FRAME_INTERVAL_MS apart), not after every slice.
    expect(played.length).toBeLessThan(30);
    expect(FRAME_INTERVAL_MS).toBeCloseTo(33.3, 1);
  });

  it('with a fixed speed, takes exactly that many steps per frame', async () => {
    const { send, frames, runTasks } = harness();
    await send(
      { type: 'load', experiment: DEFAULT_EXPERIMENT },
      { type: 'setSpeed', speed: 3 },
      { type: 'play' },
    );
    await runTasks(4);
    expect(
      frames()
        .slice(1)
        .map((f) => f.step),
    ).toEqual([3, 6, 9, 12]);
    await send({ type: 'pause' });
    await runTasks(4);
    expect(frames().at(-1)!.running).toBe(false);
    expect(frames().at(-1)!.step).toBe(12);
  });

  it('pauses on reaching the description’s step count, and goes on past it on Play', async () => {
    const e = cloneExperiment(DEFAULT_EXPERIMENT);
    e.training.steps = 10;
    const { send, frames, runTasks } = harness();
    await send({ type: 'load', experiment: e }, { type: 'setSpeed', speed: 4 }, { type: 'play' });
    await runTasks(10);
    expect(
      frames()
        .slice(1)
        .map((f) => [f.step, f.running]),
    ).toEqual([
      [4, true],
      [8, true],
      [10, false],
    ]);
    await send({ type: 'play' });
    await runTasks(2);
    expect(frames().at(-1)!.step).toBe(18);
  });

  it('gives the same losses whether stepped in one go or played in slices', async () => {
    const stepped = harness();
    await stepped.send(
      { type: 'load', experiment: DEFAULT_EXPERIMENT },
      { type: 'setSpeed', speed: 7 },
      { type: 'play' },
    );
    await stepped.runTasks(10);
    const played = stepped
      .frames()
      .slice(1)
      .flatMap((f) => [...f.losses.plain]);
    const direct = harness();
    await direct.send(
      { type: 'load', experiment: DEFAULT_EXPERIMENT },
      { type: 'step', count: 70 },
    );
    const frame = direct.frames().at(-1)!;
    expect(played.length).toBe(70);
    expect([...frame.losses.plain]).toEqual(played);
  });

  it('marks a diverged twin, keeps training the other, and stops when both diverge', async () => {
    // Linear regression on raw targets 10 … 60 at η = 0.05: the plain twin's weights pass 1e6 at
    // step 3, the BN twin's at step 5 (measured).
    const e = cloneExperiment(DEFAULT_EXPERIMENT);
    e.data = {
      type: 'inline',
      task: 'regression',
      featureNames: ['x'],
      x: [[1], [2], [3], [4], [5], [6]],
      y: [10, 20, 30, 40, 50, 60],
      testFraction: 0,
      normalizeInputs: false,
    };
    e.model = { hidden: [{ units: 4, activation: 'linear' }], head: 'linear' };
    e.batchNorm.placement = 'before';
    e.training.batchSize = 3;
    e.training.steps = 0;
    e.optimizer.learningRate = 0.05;
    const { send, frames, runTasks, tasks } = harness();
    await send({ type: 'load', experiment: e }, { type: 'step', count: 3 });
    const { plain, batchNorm } = frames().at(-1)!.networks;
    expect(plain.diverged).toBe(true);
    expect(plain.divergedAtStep).toBe(3);
    expect(plain.layers).toEqual([]);
    // The other twin goes on: still finite, still drawn.
    expect(batchNorm.diverged).toBe(false);
    expect(batchNorm.layers.length).toBe(1);
    expect(frames().at(-1)!.losses.batchNorm.every(Number.isFinite)).toBe(true);
    await send({ type: 'setSpeed', speed: 'max' }, { type: 'play' });
    await runTasks(50);
    const last = frames().at(-1)!;
    expect(last.networks.batchNorm.divergedAtStep).toBe(5);
    // Both diverged: playing stops by itself and nothing more is scheduled.
    expect(last.running).toBe(false);
    expect(tasks.length).toBe(0);
    expect(last.networks.plain.divergedAtStep).toBe(3);
  });

  it('loads the MNIST digits first, with progress, and replays commands that came meanwhile', async () => {
    const { send, messages, frames } = harness();
    await send(
      { type: 'load', experiment: findPreset('paper')!.experiment },
      { type: 'step', count: 2 },
    );
    expect(messages[0]).toEqual({
      type: 'progress',
      label: 'Loading MNIST digits',
      loaded: 0,
      total: 0,
    });
    const progress = messages.filter((m) => m.type === 'progress');
    const bytes = ensureMnistAsset().length;
    expect(progress.at(-1)).toEqual({
      type: 'progress',
      label: 'Loading MNIST digits',
      loaded: bytes,
      total: bytes,
    });
    const loaded = messages.find((m) => m.type === 'loaded');
    expect(loaded?.type === 'loaded' && loaded.info.layers.map((l) => l.units)).toEqual([
      100, 100, 100,
    ]);
    expect(frames().at(-1)!.step).toBe(2);
    expect(frames().at(-1)!.networks.batchNorm.layers[2].preActivation.counts.length).toBe(
      HISTOGRAM_BINS,
    );
  });

  it('streams the optimization measures of every k-th step, as the headless runner takes them', async () => {
    const { send, frames, messages } = harness();
    const experiment = findPreset('deep-saturating')!.experiment;
    await send({ type: 'load', experiment }, { type: 'step', count: 150 });
    // every 100 steps by default
    expect(frames().flatMap((f) => f.optimization.map((s) => s.step))).toEqual([100]);
    await send(
      { type: 'setOptimizationEvery', every: 7 },
      { type: 'step', count: 30 },
      { type: 'step', count: 30 },
    );
    const samples = frames().flatMap((f) => f.optimization);
    expect(samples.map((s) => s.step)).toEqual([100, 154, 161, 168, 175, 182, 189, 196, 203, 210]);
    const direct = runHeadless(experiment, { steps: 210, layersEvery: 0, optimizationEvery: 7 });
    expect(samples.at(-1)!.measures).toEqual(direct.steps[209].optimization);
    await send({ type: 'setOptimizationEvery', every: 0 }, { type: 'step', count: 20 });
    expect(frames().at(-1)!.optimization).toEqual([]);
    await send({ type: 'setOptimizationEvery', every: 2.5 });
    expect(messages.at(-1)).toEqual({
      type: 'error',
      message: "the measures' interval must be a whole number of steps (0: off), got 2.5",
    });
  });

  it('says it is busy, at most once a second, from inside long work; never when work is quick', async () => {
    // A clock that advances 400 ms each time it is read: every step looks slow.
    const slow = harness(400);
    await slow.send({ type: 'load', experiment: DEFAULT_EXPERIMENT }, { type: 'step', count: 30 });
    const busy = slow.messages.filter((m) => m.type === 'busy');
    expect(busy.length).toBeGreaterThan(5);
    const steps = busy.map((m) => (m.type === 'busy' ? m.step : -1));
    // Steps as they happen, in order, up to the last one.
    expect(steps).toEqual([...steps].sort((a, b) => a - b));
    expect(steps.at(-1)).toBeLessThanOrEqual(30);
    const frame = slow.frames().at(-1)!;
    expect(frame.step).toBe(30);
    const quick = harness();
    await quick.send({ type: 'load', experiment: DEFAULT_EXPERIMENT }, { type: 'step', count: 30 });
    expect(quick.messages.filter((m) => m.type === 'busy')).toEqual([]);
  });

  it('measures the machine’s speed once, after the first load, when its host can', async () => {
    const fake = fakeHost();
    let calls = 0;
    const trainer = new Trainer({ ...fake.host, calibrate: () => (calls++, 2.5e9) });
    for (let i = 0; i < 2; i++) trainer.handle({ type: 'load', experiment: DEFAULT_EXPERIMENT });
    await trainer.idle();
    trainer.handle({ type: 'load', experiment: DEFAULT_EXPERIMENT });
    await trainer.idle();
    expect(calls).toBe(1);
    expect(fake.messages.filter((m) => m.type === 'calibrated')).toEqual([
      { type: 'calibrated', flopsPerSecond: 2.5e9 },
    ]);
  });

  it('reports errors as messages instead of throwing', async () => {
    const { send, messages } = harness();
    await send({ type: 'play' });
    expect(messages.at(-1)).toEqual({ type: 'error', message: 'no experiment loaded' });
    await send(
      { type: 'load', experiment: DEFAULT_EXPERIMENT },
      { type: 'setLearningRate', learningRate: Number.NaN },
    );
    expect(messages.at(-1)).toEqual({
      type: 'error',
      message: 'learning rate must be a positive number, got NaN',
    });
  });
});

describe('Trainer measurements', LOADED.long, () => {
  it('follows the last hidden layer’s unit by default: its test-row percentiles at each evaluation, and BN statistics', async () => {
    const { send, frames } = harness();
    const experiment = findPreset('deep-saturating')!.experiment;
    await send({ type: 'load', experiment }, { type: 'step', count: 50 });
    const followed = frames().flatMap((f) => f.evaluations.map((e) => e.followed!));
    // Evaluations at steps 0 and 50 (evalEvery 50), each with the unit's percentiles.
    expect(followed.map((f) => [f.layer, f.unit])).toEqual([
      [5, 0],
      [5, 0],
    ]);
    const [p15, p50, p85] = followed[1].percentiles.plain!;
    expect(p15).toBeLessThanOrEqual(p50);
    expect(p50).toBeLessThanOrEqual(p85);
    expect(frames().at(-1)!.bn?.runningMean.length).toBe(8);
    await send({ type: 'follow', unit: { layer: 1, unit: 3 } }, { type: 'step', count: 50 });
    expect(
      frames()
        .at(-1)!
        .evaluations.map((e) => e.followed),
    ).toMatchObject([{ layer: 1, unit: 3 }]);
    expect(frames().at(-1)!.bn?.layer).toBe(1);
  });

  it('measures test accuracy with batch statistics against running statistics, and the batch noise', async () => {
    const { send, messages } = harness();
    const experiment = findPreset('deep-saturating')!.experiment;
    await send({ type: 'load', experiment }, { type: 'step', count: 200 });
    const before = messages.length;
    await send({ type: 'measure', what: 'testTime' }, { type: 'measure', what: 'batchNoise' });
    const [testTime, noise] = messages.slice(before);
    if (testTime.type !== 'measured' || noise.type !== 'measured') throw new Error('no answers');
    const t = testTime.testTime!;
    expect(t.batchSizes).toEqual([2, 4, 8, 16, 32, 64]);
    expect(t.inferenceAccuracy).toBeGreaterThan(0.8);
    // With batches of 2, each pair is normalized by itself: accuracy drops well below inference.
    expect(t.trainModeAccuracy[0]).toBeLessThan(t.inferenceAccuracy - 0.1);
    const n = noise.batchNoise!;
    // The noise of the batch mean falls roughly like 1/√B: from B = 4 to B = 64 about 4×.
    const ratio = n.batchMeanStd[0] / n.batchMeanStd[4];
    expect(ratio).toBeGreaterThan(2.5);
    expect(ratio).toBeLessThan(6);
    // The live run is untouched by the measurements.
    await send({ type: 'step', count: 1 });
    expect(messages.at(-1)?.type).toBe('frame');
  });
});

describe('Trainer on two cores', LOADED.long, () => {
  /** A trainer whose plain twin is trained by a helper half behind a real MessageChannel. */
  function twoCoreHarness(msPerCall?: number, now?: () => number) {
    const h = harness(msPerCall);
    const channel = new MessageChannel();
    serveHalf(channel.port2 as unknown as HelperPort);
    const host = now ? { ...h.host, now } : h.host;
    const trainer = new Trainer(host);
    trainer.handle({ type: 'attachHelper', port: channel.port1 as unknown as HelperPort });
    const send = async (...messages: ToTrainer[]) => {
      for (const message of messages) trainer.handle(message);
      await trainer.idle();
    };
    const close = () => (channel.port1.close(), channel.port2.close());
    return { ...h, trainer, send, close };
  }

  const comparable = (frame: Frame) => ({ ...frame, stepsPerSecond: 0 });

  const script: ToTrainer[] = [
    { type: 'setOptimizationEvery', every: 10 },
    { type: 'step', count: 37 },
    { type: 'setLearningRate', learningRate: 0.7 },
    { type: 'step', count: 25 },
    { type: 'follow', unit: { layer: 0, unit: 1 } },
    { type: 'step', count: 1 },
  ];

  /** A preset by id; `cohort` gives the deep preset four networks, two for each worker. */
  const setup = (name: string) => {
    if (name !== 'cohort') return findPreset(name)!.experiment;
    const experiment = cloneExperiment(findPreset('deep-saturating')!.experiment);
    experiment.cohort = { ...experiment.cohort, third: 'layerNorm', fourth: 'noisyBatchNorm' };
    return experiment;
  };

  it('measures the BN twin where it trains, with the same answers as one worker', async () => {
    const experiment = findPreset('deep-saturating')!.experiment;
    const measures: ToTrainer[] = [
      { type: 'measure', what: 'testTime' },
      { type: 'measure', what: 'batchNoise' },
      { type: 'measure', what: 'workedBatch', layer: 1 },
    ];
    const one = harness();
    await one.send({ type: 'load', experiment }, { type: 'step', count: 40 }, ...measures);
    const two = twoCoreHarness();
    await two.send({ type: 'load', experiment }, { type: 'step', count: 40 }, ...measures);
    two.close();
    const answers = (messages: FromTrainer[]) => messages.filter((m) => m.type === 'measured');
    const [testTime, noise, worked] = answers(one.messages);
    expect(testTime.testTime!.inferenceAccuracy).toBeGreaterThan(0.5);
    expect(noise.batchNoise!.batchSizes.length).toBeGreaterThan(3);
    expect(worked.workedBatch!.step).toBe(41);
    // Bit for bit: the helper's BN twin, not an untrained copy in this worker.
    expect(answers(two.messages)).toEqual(answers(one.messages));
  });

  it.each(['worked-example', 'deep-saturating', 'paper', 'high-learning-rate', 'cohort'])(
    'gives frames identical bit for bit to one worker, decision boundaries included (%s)',
    async (name) => {
      const experiment = setup(name);
      const one = harness();
      await one.send({ type: 'load', experiment }, ...script);
      const two = twoCoreHarness();
      await two.send({ type: 'load', experiment }, ...script);
      two.close();
      const a = one.frames();
      const b = two.frames();
      // one frame for the load and one per command, but setting the measures' interval sends none
      expect(a.length).toBe(script.length);
      // Every frame, boundaries included: both workers compute them on the same schedule.
      expect(b.map(comparable)).toEqual(a.map(comparable));
      expect(b.at(-1)!.step).toBe(63);
      const measured = b.flatMap((f) => f.optimization);
      expect(measured.map((s) => s.step)).toEqual([10, 20, 30, 40, 50, 60]);
      expect(measured.every((s) => s.measures.plain && s.measures.batchNorm)).toBe(true);
      if (name === 'cohort') {
        // The helper trained the plain twin and the fourth member, this worker the other two.
        expect(measured.every((s) => s.measures.layerNorm && s.measures.noisyBatchNorm)).toBe(true);
        expect(Object.keys(b.at(-1)!.losses).sort()).toEqual(
          ['batchNorm', 'layerNorm', 'noisyBatchNorm', 'plain'].sort(),
        );
      }
      expect(b.at(-1)!.networks.plain.layers.length).toBeGreaterThan(0);
      const twoD = name !== 'paper';
      expect(a[0].boundary !== undefined).toBe(twoD);
      expect(b.filter((f) => f.boundary).length).toBe(a.filter((f) => f.boundary).length);
      if (twoD) expect(b[0].boundary!.values.plain).toEqual(a[0].boundary!.values.plain);
    },
  );

  it('plays at full speed with both halves in step, every step’s loss arriving once', async () => {
    const endless = cloneExperiment(DEFAULT_EXPERIMENT);
    endless.training.steps = 0;
    // Slices are sized from measured time, so this test runs on the real clock.
    const two = twoCoreHarness(undefined, () => performance.now());
    await two.send({ type: 'load', experiment: endless }, { type: 'play' });
    for (let i = 0; i < 40; i++) {
      const task = two.tasks.shift();
      if (task) task();
      await two.trainer.idle();
    }
    await two.send({ type: 'pause' });
    two.close();
    const frames = two.frames();
    expect(frames.at(-1)!.running).toBe(false);
    const last = frames.at(-1)!.step;
    // At least one step per slice, however slow the machine.
    expect(last).toBeGreaterThanOrEqual(40);
    const plain = frames.slice(1).flatMap((f) => [...f.losses.plain]);
    expect(frames.slice(1).flatMap((f) => [...f.lossSteps])).toEqual(
      Array.from({ length: last }, (_, i) => i + 1),
    );
    // The same steps taken by one worker give the same losses.
    const one = harness();
    await one.send({ type: 'load', experiment: endless }, { type: 'step', count: last });
    expect([...one.frames().at(-1)!.losses.plain]).toEqual(plain);
  });
});
