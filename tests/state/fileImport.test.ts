import { english } from '../../src/i18n/translate';
import { describe, expect, it, vi } from 'vitest';
import { findPreset } from '../../src/experiment/presets';
import { cloneExperiment, type InlineDataSpec } from '../../src/experiment/schema';
import { isTableFile, TableReader } from '../../src/tables/tableDraft';
import { LabClient } from '../../src/state/client';
import { createLabStore } from '../../src/state/store';
import { PLACEMENT_CSV, SilentWorker } from '../helpers/fakes';
import { InProcessFileWorker } from '../helpers/inProcessFileWorker';

function lab() {
  const store = createLabStore({
    experiment: cloneExperiment(findPreset('worked-example')!.experiment),
    presetId: 'worked-example',
    notices: [],
  });
  const worker = new SilentWorker();
  const client = new LabClient(store, {
    createWorker: () => worker,
    createFileWorker: () => new InProcessFileWorker(),
  });
  client.start();
  return { store, client, worker };
}

const file = (text: string, name: string): Blob & { name: string } =>
  Object.assign(new Blob([text]), { name });
/** Lets the in-page reader's promises settle. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('files the learner drops, picks or pastes', () => {
  it('tells tables from experiment files by name, else by how the text starts', () => {
    expect(isTableFile('a.json', 'cgpa,iq')).toBe(false);
    expect(isTableFile('a.csv', '{"seed": 1}')).toBe(true);
    expect(isTableFile('a.TSV', '')).toBe(true);
    expect(isTableFile('pasted table', '\uFEFF  {"seed": 1}')).toBe(false);
    expect(isTableFile('pasted table', 'cgpa\tiq\n')).toBe(true);
  });

  it('drafts a table: columns with kinds and counts, the last as label, its task inferred', () => {
    const contents = new TableReader().read(PLACEMENT_CSV, 'placement.csv');
    expect(contents.kind).toBe('table');
    const draft = contents.kind === 'table' ? contents.draft : null;
    expect(draft).toMatchObject({
      rows: 7,
      label: 3,
      features: [0, 1, 2],
      task: 'binary',
      // cgpa's "n/a" is a missing value: a column of decimals, a quantity if it were the label.
      tasks: ['regression', 'multiclass', 'multiclass', 'binary'],
      hasHeader: true,
      delimiter: ',',
    });
    expect(draft!.columns.map((c) => [c.name, c.kind, c.distinct, c.missing])).toEqual([
      ['cgpa', 'numeric', 6, 1],
      ['iq', 'numeric', 6, 1],
      ['city', 'categorical', 3, 0],
      ['placed', 'categorical', 2, 0],
    ]);
    expect(draft!.preview[0]).toEqual(['8.1', '120', 'Pune', 'yes']);
  });

  it('picks columns, trains on them, and says which rows were dropped', async () => {
    const { store, client } = lab();
    client.importFile(file(PLACEMENT_CSV, 'placement.csv'));
    await settle();
    expect(store.getState().table.draft?.name).toBe('placement.csv');
    client.files.setFeature(0, false); // cgpa has "n/a": text, so left out
    client.files.setFeature(2, false);
    expect(store.getState().table.draft?.features).toEqual([1]);
    client.files.apply();
    await settle();
    expect(store.getState().table).toMatchObject({ draft: null, problem: null, busy: null });
    const data = store.getState().settings.experiment.data as InlineDataSpec;
    expect(data).toMatchObject({ type: 'inline', task: 'binary', featureNames: ['iq'] });
    expect(data.x).toEqual([[120], [95], [88], [130], [101], [99]]);
    expect(data.y).toEqual([1, 0, 0, 1, 0, 0]);
    // The table's 4 training rows are fewer than the preset's batch of 8: the batch takes them all.
    expect(store.getState().settings.experiment.training.batchSize).toBe(4);
    expect(store.getState().run.status).toBe('loading');
    // What the table became is stated (not as a problem), for as long as it is the data.
    expect(store.getState().messages.notices).toEqual([]);
    const applied = store.getState().table.applied!;
    expect({ ...applied, description: english(applied.description) }).toEqual({
      description:
        'placement.csv: 6 of 7 rows used (1 dropped for a missing or non-numeric value: line 4); 1 input; binary: no → 0, yes → 1',
      rows: data.x,
      dismissed: false,
    });
  });

  it('keeps the setup and explains columns that cannot train', async () => {
    const { store, client } = lab();
    const before = store.getState().settings.experiment;
    client.importFile(file('a,b,c\n1,2,x\n3,2,x\n2,2,x\n5,2,x\n4,2,x\n', 'flat.csv'));
    await settle();
    client.files.apply();
    await settle();
    expect(english(store.getState().table.problem!)).toBe(
      'the label column "c" has one class only (x). The setup is unchanged.',
    );
    expect(store.getState().settings.experiment).toBe(before);
    // Another label: the problem clears; a table whose features are all constant is refused.
    client.files.chooseLabel(0);
    expect(store.getState().table.problem).toBeNull();
    expect(store.getState().table.draft?.features).toEqual([1, 2]);
    client.files.setFeature(2, false);
    client.files.setTask('regression');
    client.files.apply();
    await settle();
    expect(english(store.getState().table.problem!)).toBe(
      'every feature is constant over the rows used: there is nothing to learn from. The setup is unchanged.',
    );
    client.files.cancel();
    expect(store.getState().table.draft).toBeNull();
    expect(store.getState().settings.experiment).toBe(before);
  });

  it('switches the head to the table’s task, as the command line does', async () => {
    const { store, client } = lab();
    expect(store.getState().settings.experiment.model.head).toBe('sigmoid');
    const rows = Array.from(
      { length: 12 },
      (_, i) =>
        `${(i * 0.37) % 3},${(i * 1.3) % 2},${i % 3 === 0 ? 'a' : i % 3 === 1 ? 'b' : 'c'},${(i * 0.71).toFixed(2)}`,
    );
    client.importFile(file(['u,v,kind,size', ...rows].join('\n'), 'three.csv'));
    await settle();
    client.files.chooseLabel(2);
    client.files.apply();
    await settle();
    expect(store.getState().table.problem).toBeNull();
    expect(store.getState().settings.experiment.model.head).toBe('softmax');
    client.importFile(file(['u,v,kind,size', ...rows].join('\n'), 'three.csv'));
    await settle();
    client.files.setFeature(2, false);
    client.files.apply();
    await settle();
    expect(store.getState().settings.experiment.data).toMatchObject({ task: 'regression' });
    expect(store.getState().settings.experiment.model.head).toBe('linear');
  });

  it('reads a header declared by the learner, and refuses a ragged table by its line', async () => {
    const { store, client } = lab();
    client.importFile(file('1,2,0\n3,4,1\n5,6,0\n7,8,1\n9,9,0\n', 'numbers.csv'));
    await settle();
    expect(store.getState().table.draft).toMatchObject({ hasHeader: false, rows: 5 });
    client.files.setHeader(true);
    await settle();
    expect(store.getState().table.draft).toMatchObject({ hasHeader: true, rows: 4 });
    expect(store.getState().table.draft?.columns.map((c) => c.name)).toEqual(['1', '2', '0']);

    client.importFile(file('a,b\n1,2\n3\n', 'ragged.csv'));
    await settle();
    expect(store.getState().table.draft).toBeNull();
    expect(english(store.getState().messages.notices.at(-1)!)).toBe(
      'Could not read ragged.csv as a table: row 3 has 1 field; the first row has 2. The setup is unchanged.',
    );
  });

  it('reads pasted cells (tabs) as a table, and a pasted experiment as a file', async () => {
    const { store, client } = lab();
    client.files.importText('x\ty\tclass\n0\t1\ta\n1\t0\tb\n1\t1\ta\n0\t0\tb\n');
    await settle();
    expect(store.getState().table.draft).toMatchObject({
      name: 'pasted table',
      delimiter: '\t',
      task: 'binary',
    });
    client.files.cancel();
    const e = cloneExperiment(findPreset('deep-relu-xor')!.experiment);
    e.seed = 77;
    client.files.importText(JSON.stringify(e));
    await settle();
    expect(store.getState().settings.experiment.seed).toBe(77);
  });

  it('says how far a large file is read while it is read', async () => {
    const { store, client } = lab();
    const busy: string[] = [];
    store.subscribe((state) => {
      const line = state.table.busy && english(state.table.busy);
      if (line && busy.at(-1) !== line) busy.push(line);
    });
    // About 4.7 MB in 180,000 rows: the reader reports after its first 4 MiB piece and at the end.
    const rows = Array.from(
      { length: 180_000 },
      (_, i) => `${(i % 97) + 0.123456789},${((i * 7) % 13) + 0.5},${i % 1000}.25,${i % 2}`,
    );
    const big = file(`x,y,z,label\n${rows.join('\n')}\n`, 'big.csv');
    expect(big.size).toBeGreaterThan(4 * 1024 * 1024);
    client.importFile(big);
    await vi.waitFor(() => expect(store.getState().table.draft?.name).toBe('big.csv'), {
      timeout: 30_000,
    });
    const share = Math.floor((100 * 4 * 1024 * 1024) / big.size);
    expect(busy).toContain(`Reading big.csv… ${share}% of ${(big.size / 1e6).toFixed(1)} MB`);
  }, 60_000);

  it('refuses a table over the size limit before reading it', () => {
    const { store, client } = lab();
    const huge = Object.assign(new Blob(['a']), { name: 'huge.csv' });
    Object.defineProperty(huge, 'size', { value: 250e6 });
    client.importFile(huge);
    expect(store.getState().messages.notices.map(english)).toEqual([
      'Could not import huge.csv: the file is 250 MB; a table is at most 200 MB. The setup is unchanged.',
    ]);
  });
});

describe('a table file read a piece at a time', () => {
  const decoder = () => new TextDecoder();
  /** 300 rows with quoted commas and line breaks, accents (2-byte) and a 4-byte emoji. */
  const text =
    '\uFEFFname,note,x,label\r\n' +
    Array.from(
      { length: 300 },
      (_, i) =>
        `"é${i}, ok","line one\nline ${i} 😀",${(i * 0.37).toFixed(2)},${i % 3 === 0 ? 'yes' : 'no'}`,
    ).join('\r\n') +
    '\r\n';

  it('reads the same table as the whole text, whatever the pieces', async () => {
    const whole = new TableReader().read(text, 'notes.csv');
    expect(whole.kind).toBe('table');
    for (const chunk of [97, 1000, 4099, 1 << 20]) {
      const reader = new TableReader();
      const seen: number[] = [];
      const read = await reader.readFile(
        new Blob([text]),
        'notes.csv',
        decoder,
        (loaded) => seen.push(loaded),
        chunk,
      );
      expect(read, `pieces of ${chunk} bytes`).toEqual(whole);
      expect(seen.at(-1)).toBe(new Blob([text]).size);
      // The rows are whole: the data the reader makes is the same too.
      const choice = { label: 3, features: [2] };
      const fromWhole = new TableReader();
      fromWhole.read(text, 'notes.csv');
      expect(reader.data(choice)).toEqual(fromWhole.data(choice));
    }
  });

  it('reads UTF-16 files with a byte order mark (Excel’s "Unicode text"), as UTF-8 is read', async () => {
    const table = 'name\tx\tlabel\nJosé\t1,5\toui\nZoë\t2\tnon\nÅsa\t3\toui\nLi 😀\t4\tnon\n';
    const utf8 = new TableReader().read(table, 'u.txt');
    const units = [...table].flatMap((c) => {
      const out: number[] = [];
      for (let i = 0; i < c.length; i++) out.push(c.charCodeAt(i));
      return out;
    });
    const le = new Uint8Array(2 + 2 * units.length);
    const be = new Uint8Array(2 + 2 * units.length);
    le.set([0xff, 0xfe]);
    be.set([0xfe, 0xff]);
    units.forEach((u, i) => {
      le.set([u & 0xff, u >> 8], 2 + 2 * i);
      be.set([u >> 8, u & 0xff], 2 + 2 * i);
    });
    const utf16 = (encoding: string) => new TextDecoder(encoding);
    for (const [bytes, name, chunk] of [
      [le, 'u.txt', 7],
      [be, 'u.txt', 1 << 20],
      [le, 'pasted table', 1 << 20],
    ] as const) {
      const read = await new TableReader().readFile(
        new Blob([bytes]),
        name,
        utf16,
        undefined,
        chunk,
      );
      expect(read).toEqual(name === 'u.txt' ? utf8 : new TableReader().read(table, name));
      expect(read.kind).toBe('table');
    }
  });

  it('names the line of a ragged row in a later piece, and refuses a binary file', async () => {
    const ragged = 'a,b\n' + '1,2\n'.repeat(2000) + '3\n';
    const read = await new TableReader().readFile(
      new Blob([ragged]),
      'r.csv',
      decoder,
      undefined,
      500,
    );
    expect(read).toMatchObject({
      kind: 'tableError',
      error: 'row 2002 has 1 field; the first row has 2',
    });
    const binary = await new TableReader().readFile(
      new Blob([new Uint8Array([71, 73, 70, 0, 1, 2])]),
      'photo.csv',
      decoder,
    );
    expect(binary).toMatchObject({
      kind: 'tableError',
      error: 'the file is binary, not a table of text',
    });
  });
});
