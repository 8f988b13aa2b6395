import { describe, expect, it } from 'vitest';
import { findPreset } from '../../src/experiment/presets';
import { cloneExperiment, DEFAULT_EXPERIMENT } from '../../src/experiment/schema';
import type { Frame, FromWorker, HalfPort, ToWorker } from '../../src/protocol/messages';
import { HISTOGRAM_BINS } from '../../src/worker/frameBuilder';
import { serveHalf } from '../../src/worker/remoteHalf';
import { FRAME_INTERVAL_MS, Trainer } from '../../src/worker/trainer';
import { ensureMnistAsset } from '../../scripts/prepare-mnist';

/** A host with a clock that advances `msPerCall` each time it is read, and a manual task queue. */
function fakeHost(msPerCall = 0.01) {
  const messages: FromWorker[] = [];
  const tasks: (() => void)[] = [];
  let time = 0;
  const host = {
    post: (message: FromWorker) => messages.push(message),
    now: () => (time += msPerCall),
    schedule: (task: () => void) => tasks.push(task),
    loadAsset: (_path: string, onProgress: (loaded: number, total: number) => void) => {
      const bytes = ensureMnistAsset();
      onProgress(bytes.length, bytes.length);
      return Promise.resolve(bytes);
    },
  };
  const runTasks = (limit: number) => {
    for (let i = 0; i < limit && tasks.length > 0; i++) tasks.shift()!();
  };
  const frames = () =>
    messages.flatMap((m) => (m.type === 'frame' || m.type === 'loaded' ? [m.frame] : []));
  return { host, messages, runTasks, frames, advance: (ms: number) => (time += ms) };
}

const allLosses = (frames: Frame[]) =>
  frames.flatMap((f) => [...f.losses.plain, ...f.losses.batchNorm]);

describe('Trainer', () => {
  it('answers load with the run’s shape and a step-0 frame of both twins’ layers', () => {
    const { host, messages } = fakeHost();
    new Trainer(host).handle({ type: 'load', experiment: DEFAULT_EXPERIMENT });
    const loaded = messages[0];
    if (loaded.type !== 'loaded') throw new Error(loaded.type);
    expect(loaded.info.layers).toEqual([
      { units: 3, activation: 'relu' },
      { units: 2, activation: 'relu' },
    ]);
    expect(loaded.info.trainCount).toBe(45);
    expect(loaded.frame.step).toBe(0);
    expect(loaded.frame.variants.batchNorm.layers.length).toBe(2);
    expect(loaded.frame.evaluations.map((e) => e.step)).toEqual([0]);
    expect(loaded.info.points?.count).toBe(45);
  });

  it('steps on command and streams every step’s batch loss', () => {
    const { host, frames } = fakeHost();
    const trainer = new Trainer(host);
    trainer.handle({ type: 'load', experiment: DEFAULT_EXPERIMENT });
    trainer.handle({ type: 'step', count: 25 });
    const frame = frames().at(-1)!;
    expect(frame.step).toBe(25);
    expect([...frame.lossSteps]).toEqual(Array.from({ length: 25 }, (_, i) => i + 1));
    expect(frame.losses.plain.every(Number.isFinite)).toBe(true);
    expect(frame.evaluations.map((e) => e.step)).toEqual([10, 20]);
  });

  it('shares each tap’s histogram range between the twins, counting every value once', () => {
    const { host, frames } = fakeHost();
    const trainer = new Trainer(host);
    trainer.handle({ type: 'load', experiment: findPreset('deep-saturating')!.experiment });
    trainer.handle({ type: 'step', count: 30 });
    const { plain, batchNorm } = frames().at(-1)!.variants;
    for (let layer = 0; layer < 6; layer++) {
      const a = plain.layers[layer].preActivation;
      const b = batchNorm.layers[layer].preActivation;
      expect([a.low, a.high]).toEqual([b.low, b.high]);
      expect(a.counts.length).toBe(HISTOGRAM_BINS);
      expect(a.counts.reduce((s, c) => s + c, 0) + a.below + a.above).toBe(32 * 8);
      expect(b.driftFromStart).toBeGreaterThan(0);
    }
    expect(batchNorm.layers[0].gamma).toBeDefined();
    expect(plain.layers[0].gamma).toBeUndefined();
  });

  it('resets to an identical run for the same description', () => {
    const { host, frames } = fakeHost();
    const trainer = new Trainer(host);
    trainer.handle({ type: 'load', experiment: DEFAULT_EXPERIMENT });
    trainer.handle({ type: 'step', count: 40 });
    const first = allLosses(frames().slice(-1));
    trainer.handle({ type: 'reset' });
    trainer.handle({ type: 'step', count: 40 });
    expect(allLosses(frames().slice(-1))).toEqual(first);
  });

  it('applies a new learning rate from the next step and reports it in frames', () => {
    const { host, frames } = fakeHost();
    const a = new Trainer(host);
    a.handle({ type: 'load', experiment: DEFAULT_EXPERIMENT });
    a.handle({ type: 'step', count: 5 });
    a.handle({ type: 'setLearningRate', learningRate: 0.9 });
    expect(frames().at(-1)!.learningRate).toBe(0.9);
    a.handle({ type: 'step', count: 5 });
    const changed = allLosses(frames().slice(-1));
    const b = fakeHost();
    const same = new Trainer(b.host);
    same.handle({ type: 'load', experiment: DEFAULT_EXPERIMENT });
    same.handle({ type: 'step', count: 5 });
    same.handle({ type: 'step', count: 5 });
    const unchanged = allLosses(b.frames().slice(-1));
    expect(changed[0]).toBe(unchanged[0]);
    expect(changed.slice(1, 5)).not.toEqual(unchanged.slice(1, 5));
  });

  it('while playing at full speed, sends at most one frame per display interval', () => {
    const { host, frames, runTasks } = fakeHost(0.5);
    const trainer = new Trainer(host);
    const endless = cloneExperiment(DEFAULT_EXPERIMENT);
    endless.training.steps = 0;
    trainer.handle({ type: 'load', experiment: endless });
    trainer.handle({ type: 'play' });
    runTasks(60);
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

  it('with a fixed speed, takes exactly that many steps per frame', () => {
    const { host, frames, runTasks } = fakeHost();
    const trainer = new Trainer(host);
    trainer.handle({ type: 'load', experiment: DEFAULT_EXPERIMENT });
    trainer.handle({ type: 'setSpeed', speed: 3 });
    trainer.handle({ type: 'play' });
    runTasks(4);
    expect(
      frames()
        .slice(1)
        .map((f) => f.step),
    ).toEqual([3, 6, 9, 12]);
    trainer.handle({ type: 'pause' });
    runTasks(4);
    expect(frames().at(-1)!.running).toBe(false);
    expect(frames().at(-1)!.step).toBe(12);
  });

  it('pauses on reaching the description’s step count, and goes on past it on Play', () => {
    const e = cloneExperiment(DEFAULT_EXPERIMENT);
    e.training.steps = 10;
    const { host, frames, runTasks } = fakeHost();
    const trainer = new Trainer(host);
    trainer.handle({ type: 'load', experiment: e });
    trainer.handle({ type: 'setSpeed', speed: 4 });
    trainer.handle({ type: 'play' });
    runTasks(10);
    expect(
      frames()
        .slice(1)
        .map((f) => [f.step, f.running]),
    ).toEqual([
      [4, true],
      [8, true],
      [10, false],
    ]);
    trainer.handle({ type: 'play' });
    runTasks(2);
    expect(frames().at(-1)!.step).toBe(18);
  });

  it('gives the same losses whether stepped in one go or played in slices', () => {
    const stepped = fakeHost();
    const a = new Trainer(stepped.host);
    a.handle({ type: 'load', experiment: DEFAULT_EXPERIMENT });
    a.handle({ type: 'setSpeed', speed: 7 });
    a.handle({ type: 'play' });
    stepped.runTasks(10);
    const played = stepped
      .frames()
      .slice(1)
      .flatMap((f) => [...f.losses.plain]);
    const b = fakeHost();
    const direct = new Trainer(b.host);
    direct.handle({ type: 'load', experiment: DEFAULT_EXPERIMENT });
    direct.handle({ type: 'step', count: 70 });
    const frame = b.frames().at(-1)!;
    expect(played.length).toBe(70);
    expect([...frame.losses.plain]).toEqual(played);
  });

  it('marks a diverged twin, keeps training the other, and stops when both diverge', () => {
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
    e.optimizer.learningRate = 5;
    const { host, frames } = fakeHost();
    const trainer = new Trainer(host);
    trainer.handle({ type: 'load', experiment: e });
    trainer.handle({ type: 'step', count: 300 });
    const { plain } = frames().at(-1)!.variants;
    expect(plain.diverged).toBe(true);
    expect(plain.divergedAtStep).toBeGreaterThan(0);
    expect(plain.layers).toEqual([]);
  });

  it('loads the MNIST digits first, with progress, and replays commands that came meanwhile', async () => {
    const { host, messages, frames } = fakeHost();
    const trainer = new Trainer(host);
    trainer.handle({ type: 'load', experiment: findPreset('paper')!.experiment });
    trainer.handle({ type: 'step', count: 2 });
    expect(messages[0]).toEqual({
      type: 'progress',
      label: 'Loading MNIST digits',
      loaded: 0,
      total: 0,
    });
    await new Promise((resolve) => setTimeout(resolve, 0));
    const progress = messages.filter((m) => m.type === 'progress');
    expect(progress.at(-1)).toEqual({
      type: 'progress',
      label: 'Loading MNIST digits',
      loaded: 7850012,
      total: 7850012,
    });
    const loaded = messages.find((m) => m.type === 'loaded');
    expect(loaded?.type === 'loaded' && loaded.info.layers.map((l) => l.units)).toEqual([
      100, 100, 100,
    ]);
    expect(frames().at(-1)!.step).toBe(2);
    expect(frames().at(-1)!.variants.batchNorm.layers[2].preActivation.counts.length).toBe(48);
  });

  it('reports errors as messages instead of throwing', () => {
    const { host, messages } = fakeHost();
    const trainer = new Trainer(host);
    trainer.handle({ type: 'play' });
    expect(messages.at(-1)).toEqual({ type: 'error', message: 'no experiment loaded' });
    trainer.handle({ type: 'load', experiment: DEFAULT_EXPERIMENT });
    trainer.handle({ type: 'setLearningRate', learningRate: Number.NaN });
    expect(messages.at(-1)).toEqual({
      type: 'error',
      message: 'learning rate must be a positive number, got NaN',
    });
  });
});

describe('Trainer probes', () => {
  it('follows the last hidden layer’s unit by default and sends its percentiles and BN statistics', () => {
    const { host, frames } = fakeHost();
    const trainer = new Trainer(host);
    trainer.handle({ type: 'load', experiment: findPreset('deep-saturating')!.experiment });
    trainer.handle({ type: 'step', count: 3 });
    const frame = frames().at(-1)!;
    expect(frame.unit?.layer).toBe(5);
    const [p15, p50, p85] = frame.unit!.percentiles.plain!;
    expect(p15).toBeLessThanOrEqual(p50);
    expect(p50).toBeLessThanOrEqual(p85);
    expect(frame.bn?.runningMean.length).toBe(8);
    trainer.handle({ type: 'setProbe', layer: 1, unit: 3 });
    expect(frames().at(-1)!.unit).toMatchObject({ layer: 1, unit: 3 });
  });

  it('measures test accuracy with batch statistics against running statistics, and the batch noise', () => {
    const { host, messages } = fakeHost();
    const trainer = new Trainer(host);
    trainer.handle({ type: 'load', experiment: findPreset('deep-saturating')!.experiment });
    trainer.handle({ type: 'step', count: 200 });
    const before = messages.length;
    trainer.handle({ type: 'measure', what: 'testTime' });
    trainer.handle({ type: 'measure', what: 'batchNoise' });
    const [testTime, noise] = messages.slice(before);
    if (testTime.type !== 'probe' || noise.type !== 'probe') throw new Error('no probe answers');
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
    trainer.handle({ type: 'step', count: 1 });
    expect(messages.at(-1)?.type).toBe('frame');
  });
});

describe('Trainer on two cores', () => {
  /** A trainer whose plain twin is trained by a helper half behind a real MessageChannel. */
  function twoCoreTrainer(host: ReturnType<typeof fakeHost>['host']) {
    const channel = new MessageChannel();
    serveHalf(channel.port2 as unknown as HalfPort);
    const trainer = new Trainer(host);
    trainer.handle({ type: 'attachHelper', port: channel.port1 as unknown as HalfPort });
    return { trainer, close: () => (channel.port1.close(), channel.port2.close()) };
  }

  const comparable = (frame: Frame) => ({ ...frame, stepsPerSecond: 0, boundary: undefined });

  async function until(condition: () => boolean) {
    for (let i = 0; i < 2000 && !condition(); i++) await new Promise((r) => setTimeout(r, 1));
    expect(condition()).toBe(true);
  }

  const script: ToWorker[] = [
    { type: 'step', count: 37 },
    { type: 'setLearningRate', learningRate: 0.7 },
    { type: 'step', count: 25 },
    { type: 'setProbe', layer: 0, unit: 1 },
    { type: 'step', count: 1 },
  ];

  it.each(['worked-example', 'deep-saturating', 'paper', 'high-learning-rate'])(
    'gives frames identical bit for bit to one worker (%s)',
    async (name) => {
      const experiment = findPreset(name)!.experiment;
      const one = fakeHost();
      const single = new Trainer(one.host);
      single.handle({ type: 'load', experiment });
      for (const message of script) single.handle(message);
      await until(() => one.frames().length === 1 + script.length);

      const two = fakeHost();
      const { trainer, close } = twoCoreTrainer(two.host);
      trainer.handle({ type: 'load', experiment });
      for (const message of script) trainer.handle(message);
      await until(() => two.frames().length === 1 + script.length);
      close();

      const a = one.frames();
      const b = two.frames();
      expect(b.map(comparable)).toEqual(a.map(comparable));
      expect(b.at(-1)!.step).toBe(63);
      expect(b.at(-1)!.variants.plain.layers.length).toBeGreaterThan(0);
      // Boundaries (2-D data) are computed on the same schedule and equal where both have one.
      for (let i = 0; i < a.length; i++) {
        if (a[i].boundary && b[i].boundary) expect(b[i].boundary).toEqual(a[i].boundary);
      }
    },
  );

  it('plays at full speed with both halves in step, every step’s loss arriving once', async () => {
    const endless = cloneExperiment(DEFAULT_EXPERIMENT);
    endless.training.steps = 0;
    const two = fakeHost();
    // Slices are sized from measured time, so this test runs on the real clock.
    const { trainer, close } = twoCoreTrainer({ ...two.host, now: () => performance.now() });
    trainer.handle({ type: 'load', experiment: endless });
    trainer.handle({ type: 'play' });
    for (let i = 0; i < 40; i++) {
      two.runTasks(1);
      await new Promise((r) => setTimeout(r, 1));
    }
    trainer.handle({ type: 'pause' });
    await until(() => two.frames().at(-1)!.running === false);
    close();
    const frames = two.frames();
    const last = frames.at(-1)!.step;
    expect(last).toBeGreaterThan(40);
    const plain = frames.slice(1).flatMap((f) => [...f.losses.plain]);
    expect(frames.slice(1).flatMap((f) => [...f.lossSteps])).toEqual(
      Array.from({ length: last }, (_, i) => i + 1),
    );
    // The same steps taken by one worker give the same losses.
    const one = fakeHost();
    const single = new Trainer(one.host);
    single.handle({ type: 'load', experiment: endless });
    single.handle({ type: 'step', count: last });
    expect([...one.frames().at(-1)!.losses.plain]).toEqual(plain);
  });
});
