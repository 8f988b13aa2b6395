import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { editableData } from '../../src/tables/editRows';
import { findPreset } from '../../src/experiment/presets';
import { cloneExperiment, type InlineDataSpec } from '../../src/experiment/schema';
import { LabClient } from '../../src/state/client';
import { createLabStore } from '../../src/state/store';
import { DataGrid } from '../../src/ui/DataGrid';
import { LabContext } from '../../src/ui/LabContext';
import { SilentWorker } from '../helpers/fakes';

afterEach(cleanup);

/** The worked example cut to `rows` rows, with a batch of 8, in the edit grid. */
function grid(rows: number) {
  const experiment = cloneExperiment(findPreset('worked-example')!.experiment);
  const data = editableData(experiment.data)!;
  experiment.data = { ...data, x: data.x.slice(0, rows), y: data.y.slice(0, rows) };
  experiment.training.batchSize = 8;
  const store = createLabStore({ experiment, presetId: 'worked-example', notices: [] });
  const client = new LabClient(store, { createWorker: () => new SilentWorker() });
  client.start();
  render(
    <LabContext.Provider value={client}>
      <DataGrid />
    </LabContext.Provider>,
  );
  return store;
}

describe('the edit grid’s Remove buttons', () => {
  it('are disabled, with the reason, when a row fewer would leave fewer training rows than the batch', () => {
    const store = grid(11);
    const remove = screen.getByRole('button', { name: 'Remove row 3' });
    expect(remove).toHaveProperty('disabled', true);
    const reason = document.getElementById(remove.getAttribute('aria-describedby')!);
    expect(reason?.textContent).toBe(
      'Rows cannot be removed: with 10 rows, 7 would train, fewer than the batch of 8. Lower the batch size first.',
    );
    fireEvent.click(remove);
    expect((store.getState().settings.experiment.data as InlineDataSpec).x).toHaveLength(11);
  });

  it('remove a row when the batch still fits, and say nothing', () => {
    const store = grid(12);
    const remove = screen.getByRole('button', { name: 'Remove row 3' });
    expect(remove).toHaveProperty('disabled', false);
    expect(remove.getAttribute('aria-describedby')).toBeNull();
    fireEvent.click(remove);
    expect((store.getState().settings.experiment.data as InlineDataSpec).x).toHaveLength(11);
    expect(screen.queryByRole('alert')).toBeNull();
    // Now at 11 rows: the buttons say why they cannot act.
    expect(screen.getByRole('button', { name: 'Remove row 1' })).toHaveProperty('disabled', true);
  });
});
