import { act, cleanup, render, screen } from '@testing-library/preact';
import { options, type ComponentType, type VNode } from 'preact';
import { afterEach, describe, expect, it, onTestFinished } from 'vitest';
import { findPreset } from '../../src/experiment/presets';
import { LabClient } from '../../src/state/client';
import { createLabStore } from '../../src/state/store';
import { LabContext, useLab } from '../../src/ui/LabContext';
import { Placement } from '../../src/ui/Placement';
import SetupForm from '../../src/ui/SetupForm';
import { StatusBar } from '../../src/ui/StatusBar';
import { Transport } from '../../src/ui/Transport';
import { InProcessWorker } from '../helpers/inProcessWorker';
import { LOADED } from '../helpers/timeouts';

afterEach(cleanup);

/** What a component that selected the step itself would do: render on every frame. */
function StepEcho() {
  const step = useLab((s) => s.run.step);
  return <span>{step}</span>;
}

describe('rendering while frames stream in', LOADED.short, () => {
  it('re-renders the status bar and the controls only when what they show changes, not per frame', async () => {
    const worker = new InProcessWorker();
    const store = createLabStore({
      experiment: findPreset('deep-saturating')!.experiment,
      presetId: 'deep-saturating',
    });
    const client = new LabClient(store, { createWorker: () => worker });
    // Preact's diffed hook sees every component render: count those of the components watched.
    const renders = new Map<string, number>();
    const watched = new Map<unknown, string>([
      [StatusBar, 'status'],
      [Transport, 'transport'],
      [Placement, 'placement'],
      [SetupForm, 'setup'],
      [StepEcho, 'echo'],
    ]);
    const before = options.diffed?.bind(options);
    options.diffed = (vnode: VNode) => {
      const id = watched.get(vnode.type as ComponentType);
      if (id) renders.set(id, (renders.get(id) ?? 0) + 1);
      before?.(vnode);
    };
    onTestFinished(() => {
      options.diffed = before;
    });
    render(
      <LabContext.Provider value={client}>
        <StatusBar />
        <Transport />
        <Placement />
        <SetupForm />
        <StepEcho />
      </LabContext.Provider>,
    );
    await act(() => client.start());
    await act(() => worker.idle());
    renders.clear();
    // 60 frames, one per Step, each drawn before the next.
    for (let i = 0; i < 60; i++) {
      client.step();
      await act(() => worker.idle());
    }
    expect(store.getState().run.frameCount).toBe(61);
    expect(screen.getByTestId('step').textContent).toBe('60');
    // The echo shows the test would see per-frame renders; the real components have none.
    expect(renders.get('echo')).toBeGreaterThanOrEqual(30);
    expect(renders.get('status') ?? 0).toBe(0);
    expect(renders.get('transport') ?? 0).toBe(0);
    expect(renders.get('placement') ?? 0).toBe(0);
    expect(renders.get('setup') ?? 0).toBe(0);
  });
});
