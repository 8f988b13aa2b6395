import { describe, expect, it } from 'vitest';
import { DEFAULT_EXPERIMENT } from '../../src/experiment/defaults';
import { logGrid, sweepCells, type CellResult } from '../../src/experiment/sweep';
import { CellSetups, runSweepCell } from '../../src/run/sweepCell';
import type { FromSweepWorker, ToSweepWorker } from '../../src/protocol/sweep';
import { SweepPool, type SweepWorkerPort } from '../../src/state/sweepPool';
import { LOADED } from '../helpers/timeouts';

type Schedule = (task: () => void, delayMs: number) => void;

/**
 * Timers on a clock of their own: tasks run in the order of their due time whatever the load on
 * the machine (real timers under load fire late, and in the order work happened to finish).
 */
class VirtualTimers {
  private time = 0;
  private sequence = 0;
  /** The virtual clock's time (the pool's `now`). */
  readonly now = () => this.time;
  private readonly due: { at: number; sequence: number; task: () => void }[] = [];
  readonly schedule: Schedule = (task, delayMs) =>
    void this.due.push({ at: this.time + delayMs, sequence: this.sequence++, task });
  /**
   * Runs every task, the tasks they schedule included, in due order; after each, lets the
   * promises it settled run (the pool hears its answers through promises).
   */
  async runAll(): Promise<void> {
    while (this.due.length > 0) {
      this.due.sort((a, b) => a.at - b.at || a.sequence - b.sequence);
      const next = this.due.shift()!;
      this.time = next.at;
      next.task();
      await new Promise((resolve) => setImmediate(resolve));
    }
  }
}

/** A worker that answers after a delay chosen per cell, so results come back out of order. */
class DelayedWorker implements SweepWorkerPort {
  onmessage: ((event: MessageEvent<FromSweepWorker>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  terminated = false;
  static started = 0;
  constructor(
    private readonly delay: (index: number) => number,
    private readonly schedule: Schedule = (task, ms) => void setTimeout(task, ms),
  ) {}
  private readonly setups = new CellSetups();
  postMessage(message: ToSweepWorker): void {
    DelayedWorker.started++;
    const { call, request } = structuredClone(message);
    const experiment = this.setups.of(request);
    this.schedule(() => {
      if (this.terminated) return;
      const answer = runSweepCell(experiment, request.cell, request.steps);
      this.onmessage?.({
        data: { call, kind: 'answer', answer },
      } as MessageEvent<FromSweepWorker>);
    }, this.delay(request.cell.index));
  }
  terminate(): void {
    this.terminated = true;
  }
}

async function sweep(size: number, delay: (index: number) => number) {
  const cells = sweepCells(DEFAULT_EXPERIMENT, {
    learningRates: logGrid(0.01, 3, 6),
    initScales: [0.5, 2],
    steps: 60,
    seeds: 1,
  });
  const results: CellResult[] = [];
  const order: number[] = [];
  const timers = new VirtualTimers();
  const pool = new SweepPool(() => new DelayedWorker(delay, timers.schedule), size);
  const running = pool.run(DEFAULT_EXPERIMENT, cells, 60, (result) => {
    results[result.index] = result;
    order.push(result.index);
  });
  await timers.runAll();
  return { end: await running, results, order };
}

describe('SweepPool', LOADED.short, () => {
  it('gives identical results with 1 worker and with 3 workers finishing out of order', async () => {
    const one = await sweep(1, () => 0);
    const three = await sweep(3, (index) => ((index * 7) % 5) * 3);
    expect(one.end).toEqual({ status: 'done', lost: [] });
    expect(three.end).toEqual({ status: 'done', lost: [] });
    // Cells 0, 1, 2 start together and take 0, 6 and 12 ms; cell 3 starts when cell 0 ends and
    // takes 3 ms, cell 5 starts when cell 1 ends and takes none: they overtake.
    expect(three.order.slice(0, 4)).toEqual([0, 3, 1, 5]);
    expect(three.results).toEqual(one.results);
    expect(one.results.length).toBe(12);
  });

  it('reports progress with an estimate of the time left', async () => {
    let clock = 0;
    const cells = sweepCells(DEFAULT_EXPERIMENT, {
      learningRates: [0.1, 0.2, 0.3, 0.4],
      steps: 10,
      seeds: 1,
    });
    const seen: [number, number | null][] = [];
    const pool = new SweepPool(
      () => new DelayedWorker(() => 0),
      2,
      () => (clock += 10),
    );
    await pool.run(DEFAULT_EXPERIMENT, cells, 10, (_r, progress) =>
      seen.push([progress.done, progress.remainingMs]),
    );
    expect(seen.map(([done]) => done)).toEqual([1, 2, 3, 4]);
    expect(seen.at(-1)![1]).toBe(0);
    expect(seen[0][1]).toBeGreaterThan(0);
  });

  it('stops every worker on cancel and starts no further cells', async () => {
    DelayedWorker.started = 0;
    const workers: DelayedWorker[] = [];
    const cells = sweepCells(DEFAULT_EXPERIMENT, {
      learningRates: logGrid(0.01, 1, 8),
      steps: 10,
      seeds: 1,
    });
    const pool = new SweepPool(() => {
      const w = new DelayedWorker(() => 50);
      workers.push(w);
      return w;
    }, 2);
    const results: CellResult[] = [];
    const running = pool.run(DEFAULT_EXPERIMENT, cells, 10, (r) => results.push(r));
    pool.cancel();
    expect(await running).toEqual({ status: 'cancelled', lost: [] });
    await new Promise((resolve) => setTimeout(resolve, 80));
    expect(workers.every((w) => w.terminated)).toBe(true);
    expect(results).toEqual([]);
    expect(DelayedWorker.started).toBe(2);
  });

  it('reports the cells of a worker that stops, goes on with a fresh worker, and reruns them', async () => {
    const cells = sweepCells(DEFAULT_EXPERIMENT, {
      learningRates: logGrid(0.01, 1, 8),
      steps: 20,
      seeds: 1,
    });
    let crashes = 2;
    /** A worker that dies (as on an exception or being killed) on cells 3 and 5, once each. */
    class FragileWorker extends DelayedWorker {
      override postMessage(message: ToSweepWorker): void {
        if ((message.request.cell.index === 3 || message.request.cell.index === 5) && crashes > 0) {
          crashes--;
          setTimeout(() => this.onerror?.({ message: 'worker killed' } as ErrorEvent), 1);
          return;
        }
        super.postMessage(message);
      }
    }
    const results: CellResult[] = [];
    const pool = new SweepPool(() => new FragileWorker(() => 1), 2);
    const end = await pool.run(DEFAULT_EXPERIMENT, cells, 20, (r) => (results[r.index] = r));
    expect(end.status).toBe('done');
    expect(end.lost.map((c) => c.index).sort()).toEqual([3, 5]);
    expect(end.lost[0].reason).toBe('worker killed');
    expect(results.filter(Boolean).length).toBe(6);
    // Rerunning only the lost cells completes the sweep with the same numbers as a clean run.
    const again = await pool.run(
      DEFAULT_EXPERIMENT,
      cells.filter((c) => c.index === 3 || c.index === 5),
      20,
      (r) => (results[r.index] = r),
    );
    expect(again).toEqual({ status: 'done', lost: [] });
    const clean = await sweep(2, () => 0);
    expect(clean.results.length).toBe(12);
    const direct = cells.map((c) => runSweepCell(DEFAULT_EXPERIMENT, c, 20));
    expect(results).toEqual(direct);
  });

  it('gives up with every unrun cell reported when each new worker dies too', async () => {
    class DeadWorker extends DelayedWorker {
      override postMessage(): void {
        setTimeout(() => this.onerror?.({ message: 'out of memory' } as ErrorEvent), 1);
      }
    }
    const cells = sweepCells(DEFAULT_EXPERIMENT, {
      learningRates: logGrid(0.01, 1, 12),
      steps: 5,
      seeds: 1,
    });
    const end = await new SweepPool(() => new DeadWorker(() => 0), 2).run(
      DEFAULT_EXPERIMENT,
      cells,
      5,
      () => undefined,
    );
    expect(end.status).toBe('failed');
    expect(end.lost.map((c) => c.index).sort((a, b) => a - b)).toEqual(cells.map((c) => c.index));
  });
});

/** A worker whose thread is gone without an error event (killed): it never answers. */
class SilentWorker implements SweepWorkerPort {
  onmessage: ((event: MessageEvent<FromSweepWorker>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  terminated = false;
  postMessage(): void {}
  terminate(): void {
    this.terminated = true;
  }
}

/** A worker on a long cell: a sign of life every second for `seconds`, then the result. */
class SlowWorker extends DelayedWorker {
  constructor(
    seconds: number,
    private readonly timers: VirtualTimers,
  ) {
    super(() => seconds * 1000, timers.schedule);
  }
  override postMessage(message: ToSweepWorker): void {
    for (let t = 1; t < 40; t++)
      this.timers.schedule(
        () =>
          this.onmessage?.({
            data: { call: message.call, kind: 'progress', progress: { step: t } },
          } as MessageEvent<FromSweepWorker>),
        t * 1000,
      );
    super.postMessage(message);
  }
}

describe('SweepPool watchdog', LOADED.short, () => {
  const cells = sweepCells(DEFAULT_EXPERIMENT, {
    learningRates: logGrid(0.01, 3, 4),
    initScales: [1],
    steps: 30,
    seeds: 1,
  });

  it('reports the cell of a worker gone silent, and finishes the sweep on a fresh worker', async () => {
    const timers = new VirtualTimers();
    const silent = new SilentWorker();
    let made = 0;
    const pool = new SweepPool(
      () => (made++ === 0 ? silent : new DelayedWorker(() => 10, timers.schedule)),
      1,
      timers.now,
      timers.schedule,
    );
    const results: number[] = [];
    const running = pool.run(DEFAULT_EXPERIMENT, cells, 30, (r) => results.push(r.index));
    await timers.runAll();
    const end = await running;
    expect(end).toEqual({
      status: 'done',
      lost: [{ index: 0, reason: 'its worker stopped responding (silent for 15 s)' }],
    });
    expect(silent.terminated).toBe(true);
    expect(results.sort((a, b) => a - b)).toEqual([1, 2, 3]);
    expect(made).toBe(2);
  });

  it('waits for a long cell whose worker says it is alive', async () => {
    const timers = new VirtualTimers();
    const pool = new SweepPool(() => new SlowWorker(30, timers), 2, timers.now, timers.schedule);
    const results: number[] = [];
    const running = pool.run(DEFAULT_EXPERIMENT, cells, 30, (r) => results.push(r.index));
    await timers.runAll();
    expect(await running).toEqual({ status: 'done', lost: [] });
    expect(results).toHaveLength(4);
  });
});
