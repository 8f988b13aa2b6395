import { describe, expect, it } from 'vitest';
import { TableReader, type TableDraft } from '../../src/tables/tableDraft';
import {
  askBeforeTraining,
  columnPage,
  draftInputs,
  inputsLine,
} from '../../src/tables/tableInputs';
import { messyTableCsv, wideTableCsv } from '../helpers/hostileTables';

function draftOf(text: string, name: string): TableDraft {
  const read = new TableReader().read(text, name);
  if (read.kind !== 'table') throw new Error(JSON.stringify(read));
  return read.draft;
}

describe('what the chosen columns cost before they train', () => {
  const messy = draftOf(messyTableCsv(), 'messy.csv');

  it('counts inputs by column kind and states the first layer and a step’s FLOPs', () => {
    expect(messy.features).toEqual([1, 2, 3]);
    expect(draftInputs(messy)).toEqual({
      inputs: 22,
      oneHot: 20,
      textColumns: [{ name: 'city', values: 20 }],
    });
    // 22·3 + 3·2 + 2·1 = 74 multiply-adds a row, 6 FLOPs each, a batch of 8: 3,552.
    expect(inputsLine(messy, { hidden: [3, 2], batchSize: 8 })).toBe(
      'up to 22 inputs (20 from one-hot text columns); first layer 22 × 3 = 66 weights; a training step ≈ 3.6 kFLOP per twin',
    );
    expect(askBeforeTraining(messy)).toBeNull();
  });

  it('asks when one-hot encoding would add more than 50 inputs, naming the columns', () => {
    const all = { ...messy, features: [0, 1, 2, 3, 4] };
    expect(draftInputs(all).inputs).toBe(1022);
    expect(askBeforeTraining(all)).toBe(
      'One-hot encoding adds 1,020 inputs, one per value of student_id (500), notes (500), city (20): 1,022 inputs in all. A column whose values are mostly different teaches the net to memorize rows, not to generalize.',
    );
    // 50 one-hot inputs is the most that trains without asking.
    const fifty = {
      ...messy,
      columns: messy.columns.map((c, j) => (j === 3 ? { ...c, distinct: 50 } : c)),
    };
    expect(askBeforeTraining(fifty)).toBeNull();
    expect(
      askBeforeTraining({
        ...fifty,
        columns: fifty.columns.map((c, j) => (j === 3 ? { ...c, distinct: 51 } : c)),
      }),
    ).not.toBeNull();
  });

  it('pages a wide table 40 columns at a time and finds columns by name', () => {
    const wide = draftOf(wideTableCsv(10_000, 4), 'wide.csv');
    expect(columnPage(wide, '', 0)).toMatchObject({ matching: 10_000, page: 0, pages: 250 });
    expect(columnPage(wide, '', 0).columns).toEqual(Array.from({ length: 40 }, (_, j) => j));
    expect(columnPage(wide, '', 249).columns.at(-1)).toBe(9999);
    // A page past the end shows the last; a search that matches nothing shows none.
    expect(columnPage(wide, '', 900).page).toBe(249);
    expect(columnPage(wide, ' C999 ', 0)).toMatchObject({ matching: 11, pages: 1 });
    expect(columnPage(wide, 'nothing', 3)).toEqual({ columns: [], matching: 0, page: 0, pages: 1 });
    expect(inputsLine(wide, { hidden: [16], batchSize: 32 })).toMatch(
      /^9,999 inputs; first layer 9,999 × 16 = 160k weights; .* — more than the 4,096 inputs a network here takes: leave some columns out$/,
    );
  });
});
