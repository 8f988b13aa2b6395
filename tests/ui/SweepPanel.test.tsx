import { act, cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { findPreset } from '../../src/experiment/presets';
import type { FromSweepWorker, ToSweepWorker } from '../../src/protocol/sweep';
import { CellSetups, runSweepCell } from '../../src/run/sweepCell';
import { LabClient } from '../../src/state/client';
import { createLabStore } from '../../src/state/store';
import type { SweepWorkerPort } from '../../src/state/sweepPool';
import SweepPanel from '../../src/ui/SweepPanel';
import { LabContext } from '../../src/ui/LabContext';
import { InProcessWorker } from '../helpers/inProcessWorker';
import { LOADED } from '../helpers/timeouts';

afterEach(cleanup);

/** A sweep worker answering in the same thread; the cells in `crashCells` kill it, once each. */
function sweepWorkers(crashCells: Set<number>) {
  return (): SweepWorkerPort => {
    const setups = new CellSetups();
    const worker: SweepWorkerPort = {
      onmessage: null,
      onerror: null,
      terminate: () => undefined,
      postMessage: (message: ToSweepWorker) => {
        const { call, request } = structuredClone(message);
        const { cell, steps } = request;
        const experiment = setups.of(request);
        setTimeout(() => {
          if (crashCells.delete(cell.index)) {
            worker.onerror?.({ message: 'the sweep worker ran out of memory' } as ErrorEvent);
            return;
          }
          worker.onmessage?.({
            data: { call, kind: 'answer', answer: runSweepCell(experiment, cell, steps) },
          } as MessageEvent<FromSweepWorker>);
        }, 0);
      },
    };
    return worker;
  };
}

describe('the sweep panel', LOADED.short, () => {
  it('reports runs lost with their worker and reruns them on request', async () => {
    const store = createLabStore({
      experiment: findPreset('worked-example')!.experiment,
      presetId: 'worked-example',
      notices: [],
    });
    const client = new LabClient(store, {
      createWorker: () => new InProcessWorker(),
      createSweepWorker: sweepWorkers(new Set([1, 3])),
      sweepPoolSize: 2,
    });
    render(
      <LabContext.Provider value={client}>
        <SweepPanel />
      </LabContext.Provider>,
    );
    await act(() =>
      client.sweeps.start({ learningRates: [0.01, 0.1, 1, 10], steps: 20, seeds: 1 }),
    );
    const alert = await screen.findByText(/2 runs were lost/);
    expect(alert.textContent).toContain('η = 0.1, seed 1: the sweep worker ran out of memory');
    expect(store.getState().sweep.results.filter(Boolean).length).toBe(2);
    fireEvent.click(screen.getByRole('button', { name: 'Rerun lost runs' }));
    // The rerun settles when its two cells are back, however long a busy machine takes.
    await act(() =>
      vi.waitFor(() => expect(store.getState().sweep.status).toBe('done'), {
        timeout: 20_000,
        interval: 10,
      }),
    );
    const { sweep } = store.getState();
    expect(sweep.lost).toEqual([]);
    expect(sweep.results.filter(Boolean).length).toBe(4);
    expect(sweep.progress).toMatchObject({ done: 4, total: 4 });
    expect(screen.queryByText(/runs were lost/)).toBeNull();
  });
});
