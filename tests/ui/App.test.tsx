import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { findPreset } from '../../src/experiment/presets';
import type { FromTrainer } from '../../src/protocol/training';
import { LabClient } from '../../src/state/client';
import { createLabStore } from '../../src/state/store';
import { App } from '../../src/ui/App';
import { installKeyboardShortcuts } from '../../src/ui/keyboard';
import { LabContext } from '../../src/ui/LabContext';
import { InProcessWorker } from '../helpers/inProcessWorker';
import { LOADED } from '../helpers/timeouts';

let uninstall: (() => void) | null = null;

afterEach(() => {
  uninstall?.();
  cleanup();
});

function renderLab(presetId = 'worked-example') {
  const worker = new InProcessWorker();
  const store = createLabStore({
    experiment: findPreset(presetId)!.experiment,
    presetId,
    notices: [],
  });
  const client = new LabClient(store, { createWorker: () => worker });
  // Preact's act flushes a synchronous callback before it returns.
  void act(() => client.start());
  uninstall = installKeyboardShortcuts(client, window);
  render(
    <LabContext.Provider value={client}>
      <App />
    </LabContext.Provider>,
  );
  return { worker, store, client };
}

const sentTypes = (worker: InProcessWorker) => worker.sent.map((m) => m.type);
/** Lets the in-process worker answer everything sent so far. */
const settle = (worker: InProcessWorker) => act(() => worker.idle());
const stepText = () => screen.getByTestId('step').textContent;
/** Opens a disclosure of the page by its summary; its content (and code) loads then. */
function openDisclosure(summary: string) {
  const details = screen.getByText(summary, { selector: 'summary' })
    .parentElement as HTMLDetailsElement;
  void act(() => {
    details.open = true;
    details.dispatchEvent(new Event('toggle'));
  });
}

describe('the lab page', LOADED.short, () => {
  it('renders every view with no React warning or error on the console', async () => {
    const logged: string[] = [];
    const spies = (['error', 'warn'] as const).map((level) =>
      vi.spyOn(console, level).mockImplementation((...args: unknown[]) => {
        logged.push(args.map(String).join(' '));
      }),
    );
    try {
      const { worker, client } = renderLab();
      await settle(worker);
      for (let i = 0; i < 3; i++) fireEvent.click(screen.getByRole('button', { name: 'Step' }));
      await settle(worker);
      for (const [name, heading] of [
        ['Figure 1', 'The BN paper’s Figure 1'],
        [
          'BN at test time',
          'Running statistics against the current batch (BN twin, followed layer)',
        ],
        ['Stable range', 'Stable range of learning rates'],
        ['Optimization', 'Optimization: Santurkar et al.’s measures'],
        ['Network and notes', 'The twins'],
        ['Live', 'Layer distributions'],
      ]) {
        fireEvent.click(screen.getByRole('tab', { name }));
        await settle(worker);
        // Each view's own content is drawn (lazy views load first).
        await screen.findByRole('heading', { name: heading }, { timeout: 10_000 });
      }
      expect(client.store.getState().settings.view).toBe('live');
      expect(logged).toEqual([]);
    } finally {
      for (const spy of spies) spy.mockRestore();
    }
  });

  it('offers the controls by accessible name', async () => {
    const { worker } = renderLab();
    await settle(worker);
    for (const name of ['Play', 'Step', 'Reset'])
      expect(screen.getByRole('button', { name })).toBeDefined();
    const slider = screen.getByRole('slider', { name: 'Learning rate' });
    expect(slider.getAttribute('aria-valuetext')).toBe('η = 0.1');
    const placement = screen.getByRole('group', { name: 'BN placement' });
    expect(within(placement).getByRole('radio', { name: 'After activation' })).toHaveProperty(
      'checked',
      true,
    );
    expect(within(placement).getByRole('radio', { name: 'Before activation' })).toHaveProperty(
      'checked',
      false,
    );
  });

  it('plays and pauses: the button’s name follows the run', async () => {
    const { worker } = renderLab();
    await settle(worker);
    fireEvent.click(screen.getByRole('button', { name: 'Play' }));
    await act(() => worker.runTasks(3));
    expect(sentTypes(worker)).toContain('play');
    expect(screen.getByRole('button', { name: 'Pause' })).toBeDefined();
    expect(Number(stepText())).toBe(30);
    fireEvent.click(screen.getByRole('button', { name: 'Pause' }));
    await settle(worker);
    expect(screen.getByRole('button', { name: 'Play' })).toBeDefined();
  });

  it('steps once per click on Step', async () => {
    const { worker } = renderLab();
    await settle(worker);
    fireEvent.click(screen.getByRole('button', { name: 'Step' }));
    fireEvent.click(screen.getByRole('button', { name: 'Step' }));
    await settle(worker);
    expect(stepText()).toBe('2');
    expect(worker.sent.filter((m) => m.type === 'step')).toEqual([
      { type: 'step', count: 1 },
      { type: 'step', count: 1 },
    ]);
  });

  it('sends the learning rate of the log slider to the worker live, without restarting', async () => {
    const { worker } = renderLab();
    await settle(worker);
    fireEvent.click(screen.getByRole('button', { name: 'Step' }));
    fireEvent.input(screen.getByRole('slider', { name: 'Learning rate' }), {
      target: { value: '-2' },
    });
    await settle(worker);
    expect(worker.sent.at(-1)).toEqual({ type: 'setLearningRate', learningRate: 0.01 });
    expect(screen.getByTestId('lr-in-use').textContent).toBe('0.01');
    expect(stepText()).toBe('1');
  });

  it('takes an exact η typed beside the slider (3 stays 3), and explains one out of range', async () => {
    const { worker } = renderLab();
    await settle(worker);
    const exact = screen.getByRole('spinbutton', { name: 'Exact η' });
    fireEvent.input(exact, { target: { value: '3' } });
    fireEvent.keyDown(exact, { key: 'Enter' });
    await settle(worker);
    expect(worker.sent.at(-1)).toEqual({ type: 'setLearningRate', learningRate: 3 });
    expect(
      screen.getByRole('slider', { name: 'Learning rate' }).getAttribute('aria-valuetext'),
    ).toBe('η = 3');
    const again = screen.getByRole('spinbutton', { name: 'Exact η' });
    fireEvent.input(again, { target: { value: '1000' } });
    fireEvent.keyDown(again, { key: 'Enter' });
    expect(screen.getByRole('alert').textContent).toBe('Exact η: a number above 0 and at most 100');
    expect(worker.sent.at(-1)).toEqual({ type: 'setLearningRate', learningRate: 3 });
  });

  it('says what to look for in the chosen preset, beside the picker', async () => {
    const { worker } = renderLab();
    await settle(worker);
    fireEvent.click(screen.getByRole('radio', { name: 'Bad initialization' }));
    await settle(worker);
    expect(screen.getByTestId('preset-summary').textContent).toBe(
      `Look for: ${findPreset('bad-init')!.summary}`,
    );
  });

  it('copies the link that holds the setup, or shows it to copy by hand without a clipboard', async () => {
    const { worker } = renderLab();
    await settle(worker);
    const written: string[] = [];
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: (text: string) => (written.push(text), Promise.resolve()) },
    });
    openDisclosure('Share, export and import');
    fireEvent.click(await screen.findByRole('button', { name: 'Copy link' }, { timeout: 10_000 }));
    await settle(worker);
    expect(written).toEqual([window.location.href]);
    expect(screen.getByTestId('copy-link-status').textContent).toBe(
      'Link copied: it holds this whole setup.',
    );
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: undefined });
    fireEvent.click(screen.getByRole('button', { name: 'Copy link' }));
    await settle(worker);
    expect(screen.getByRole('textbox', { name: 'Copy this link by hand' })).toHaveProperty(
      'value',
      window.location.href,
    );
  });

  it('restarts the run with the new BN placement and shows it in the diagram', async () => {
    const { worker } = renderLab();
    await settle(worker);
    fireEvent.click(screen.getByRole('button', { name: 'Step' }));
    await settle(worker);
    expect(stepText()).toBe('1');
    fireEvent.click(screen.getByRole('radio', { name: 'Before activation' }));
    await settle(worker);
    const load = worker.sent.at(-1);
    expect(load?.type === 'load' && load.experiment.batchNorm.placement).toBe('before');
    expect(stepText()).toBe('0');
    // The BN twin of the previous placement stays as a labelled ghost on the loss chart.
    expect(screen.getByText('┈ BN after (before the switch)')).toBeTruthy();
    fireEvent.click(screen.getByRole('tab', { name: 'Network and notes' }));
    expect(
      screen.getByRole('tab', { name: 'Network and notes' }).getAttribute('aria-selected'),
    ).toBe('true');
    const chain = within(
      await screen.findByRole('list', { name: 'With BN twin layers' }, { timeout: 10_000 }),
    ).getAllByRole('listitem');
    expect(chain.map((li) => li.textContent).slice(0, 4)).toEqual([
      'Input 2',
      'Dense 3',
      'BN',
      'relu',
    ]);
  });

  it('states what the setup costs here, at the speed the worker measured', async () => {
    const { worker } = renderLab('paper');
    await settle(worker);
    openDisclosure('Setup: data, network, training');
    await screen.findByText(/^Cost: /, undefined, { timeout: 10_000 });
    const line = () => screen.getByText(/^Cost: /).textContent;
    expect(line()).toBe(
      'Cost: 2 networks of 100k parameters · 72 MFLOP per step · ≈ 49 ms per step here at 1.5 GFLOP/s (assumed until measured) · 70 MB',
    );
    await act(async () => {
      worker.onmessage?.({
        data: { type: 'calibrated', flopsPerSecond: 3e9 },
      } as MessageEvent<FromTrainer>);
      await Promise.resolve();
    });
    // The lazily loaded form re-renders once React has flushed the store's change.
    await waitFor(() =>
      expect(line()).toBe(
        'Cost: 2 networks of 100k parameters · 72 MFLOP per step · ≈ 25 ms per step here at 3 GFLOP/s (measured) · 70 MB',
      ),
    );
  });

  it('rejects an impossible batch size with the reason, and sends nothing', async () => {
    const { worker } = renderLab();
    const before = worker.sent.length;
    openDisclosure('Setup: data, network, training');
    const field = await screen.findByRole(
      'spinbutton',
      { name: 'Batch size' },
      { timeout: 10_000 },
    );
    fireEvent.input(field, { target: { value: '0' } });
    // Leaving a field fires focusout, which the page listens to (React's bubbling blur).
    fireEvent(field, new FocusEvent('focusout', { bubbles: true }));
    expect(screen.getByRole('alert').textContent).toContain(
      'training.batchSize: must be an integer at least 1',
    );
    expect(worker.sent.length).toBe(before);
  });

  it('applies a valid seed and restarts', async () => {
    const { worker } = renderLab();
    // The opening setup's load is answered first (one load in flight at a time).
    await settle(worker);
    openDisclosure('Setup: data, network, training');
    const field = await screen.findByRole('spinbutton', { name: 'Seed' }, { timeout: 10_000 });
    fireEvent.input(field, { target: { value: '7' } });
    fireEvent.keyDown(field, { key: 'Enter' });
    const load = worker.sent.at(-1);
    expect(load?.type === 'load' && load.experiment.seed).toBe(7);
  });

  it('takes keyboard shortcuts: Space toggles play, → steps', async () => {
    const { worker } = renderLab();
    await settle(worker);
    fireEvent.keyDown(document.body, { key: 'ArrowRight' });
    await settle(worker);
    expect(stepText()).toBe('1');
    fireEvent.keyDown(document.body, { key: ' ' });
    expect(worker.sent.at(-1)).toEqual({ type: 'play' });
    await act(() => worker.runTasks(1));
    fireEvent.keyDown(document.body, { key: ' ' });
    expect(worker.sent.at(-1)).toEqual({ type: 'pause' });
  });

  it('lists one row per hidden layer, with drift and saturation readouts in words', async () => {
    const { worker } = renderLab('deep-saturating');
    await settle(worker);
    fireEvent.click(screen.getByRole('button', { name: 'Step' }));
    await act(() => worker.runTasks(1));
    expect(screen.getAllByRole('heading', { level: 3, name: /^Layer \d$/ }).length).toBe(6);
    await act(() => new Promise<void>((resolve) => requestAnimationFrame(() => resolve())));
    const readouts = document.querySelectorAll('.readout');
    const lines = [...readouts[0].querySelectorAll('li')].map((li) => li.textContent);
    expect(lines[0]).toMatch(
      /^Plain: moved \d.* σ₀ · spread ×[\d.]+ · (centred|off centre .*) · \d+% in the sigmoid’s flat ends$/,
    );
    expect(lines[1]).toMatch(/^With BN: moved \d.* σ₀ · /);
    // The exact figures are there on hover and focus.
    expect(readouts[0].querySelector('li')!.getAttribute('title')).toMatch(
      /^drift from step 0: .* in its units \(1-Wasserstein\), .* σ₀ .*· mean .*standard deviation.*saturated [\d.]+% \(\|x\| ≥ 4\)$/,
    );
  });
});
