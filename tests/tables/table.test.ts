import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PLACEMENT_CSV } from '../helpers/fakes';
import { columnInputs, inferTask, summarizeColumns, tableToData } from '../../src/tables/table';
import { chooseColumns } from '../../src/tables/tableColumns';
import {
  detectDelimiter,
  formatTable,
  parseTable,
  type Table,
  type TableError,
} from '../../src/tables/tableText';
import { parseExperiment } from '../../src/experiment/validate';
import { DEFAULT_EXPERIMENT } from '../../src/experiment/defaults';

function table(text: string, options?: Parameters<typeof parseTable>[1]): Table {
  const parsed = parseTable(text, options);
  if ('error' in parsed) throw new Error(parsed.error);
  return parsed;
}

const errorOf = (result: object) => (result as TableError).error;

describe('reading a table', () => {
  it('reads quoted commas, CRLF line ends, a BOM and empty lines', () => {
    const t = table('\uFEFFname,cgpa,placed\r\n"Lee, A.",8.1,1\r\n\r\n"Ng ""B""",6.2,0\r\n');
    expect(t.hasHeader).toBe(true);
    expect(t.header).toEqual(['name', 'cgpa', 'placed']);
    expect(t.rows).toEqual([
      ['Lee, A.', '8.1', '1'],
      ['Ng "B"', '6.2', '0'],
    ]);
    expect(t.delimiter).toBe(',');
  });

  it('finds semicolons and tabs, and reads a table without a header', () => {
    expect(detectDelimiter('a;b;c\n1,5;2;3\n')).toBe(';');
    expect(detectDelimiter('a\tb\n1\t2\n')).toBe('\t');
    const t = table('1;2,5;0\n3;4,5;1\n');
    expect(t.hasHeader).toBe(false);
    expect(t.header).toEqual(['column 1', 'column 2', 'column 3']);
    expect(t.rows[1]).toEqual(['3', '4,5', '1']);
  });

  it('names the line of a ragged row, and refuses binary files and empty ones', () => {
    expect(errorOf(parseTable('a,b,c\n1,2,3\n4,5\n'))).toBe(
      'row 3 has 2 fields; the first row has 3',
    );
    expect(errorOf(parseTable('PK\u0003\u0004\u0000\u0000junk'))).toBe(
      'the file is binary, not a table of text',
    );
    expect(errorOf(parseTable('\n\n'))).toBe('the file holds no rows');
  });

  it('names rows by their line in the file when quoted fields hold line breaks', () => {
    const text = 'name,x,y\n"two\nlines",1,0\n"three\r\nlines\nhere",2,1\n\nlast,3\n';
    // The ragged row starts on line 8: 1 header, 2 + 3 lines of quoted rows, 1 empty line.
    expect(errorOf(parseTable(text))).toBe('row 8 has 2 fields; the first row has 3');
    const dropped = tableToData(
      table('note,x,y\n"a\nb",1,0\n"c\nd",NA,1\ne,3,0\nf,4,1\ng,5,0\nh,6,1\n'),
      {
        features: [1],
        label: 2,
      },
    );
    if ('error' in dropped) throw new Error(dropped.error);
    expect(dropped.dropped).toEqual({ count: 1, first: [4] });
  });

  it('shows control and bidi characters in names, so names read as written and exports stay valid', () => {
    const t = table(
      '\u202Esey,bell\u0007,label\n1,a\u202E,x\u0001y\n2,b,z\n3,a\u202E,z\n4,b,x\u0001y\n',
    );
    expect(t.header).toEqual(['⟨U+202E⟩sey', 'bell⟨U+0007⟩', 'label']);
    const result = tableToData(t, { features: [0, 1], label: 2 });
    if ('error' in result) throw new Error(result.error);
    expect(result.data.featureNames).toEqual([
      '⟨U+202E⟩sey',
      'bell⟨U+0007⟩=a⟨U+202E⟩',
      'bell⟨U+0007⟩=b',
    ]);
    expect(result.classNames).toEqual(['x⟨U+0001⟩y', 'z']);
  });

  it('reads thousands of columns', () => {
    const header = Array.from({ length: 3000 }, (_, j) => `f${j}`);
    const rows = Array.from({ length: 5 }, (_, i) => header.map((_, j) => String(i * j)));
    const t = table([header, ...rows].map((r) => r.join(',')).join('\n'));
    expect(t.header).toHaveLength(3000);
    expect(t.rows).toHaveLength(5);
    expect(t.rows[4][2999]).toBe(String(4 * 2999));
  });

  it('reads back any table it writes, exactly (property)', () => {
    const cell = fc.oneof(
      fc.string({ maxLength: 8 }),
      fc.double({ noNaN: true }).map(String),
      fc.constantFrom('a,b', 'say "hi"', 'line\nbreak', ' padded ', '1;2', 'tab\there'),
    );
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 6 }).chain((width) =>
          fc.record({
            header: fc.array(
              fc.string({ minLength: 1, maxLength: 6 }).filter((s) => s.trim() !== ''),
              { minLength: width, maxLength: width },
            ),
            rows: fc.array(fc.array(cell, { minLength: width, maxLength: width }), {
              minLength: 1,
              maxLength: 8,
            }),
            delimiter: fc.constantFrom<Table['delimiter']>(',', ';', '\t'),
          }),
        ),
        ({ header, rows, delimiter }) => {
          // Rows whose cells are all blank are skipped on reading, as empty lines are.
          const written: Table = {
            header: header.map((h) => h.trim()),
            rows: rows.filter((r) => r.length > 1 || r[0].trim() !== ''),
            delimiter,
            hasHeader: true,
            decimalComma: false,
          };
          fc.pre(written.rows.length > 0);
          const read = table(formatTable(written), { delimiter, header: true });
          expect({ ...read, decimalComma: false, lines: undefined }).toEqual(written);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('a table as training data', () => {
  const placement = table(PLACEMENT_CSV);

  it('summarizes columns and infers the task from the label', () => {
    expect(summarizeColumns(placement).map((c) => [c.name, c.kind, c.distinct, c.missing])).toEqual(
      [
        // "n/a" is a missing value: cgpa stays a number column (the review's "one NA made it text").
        ['cgpa', 'numeric', 6, 1],
        ['iq', 'numeric', 6, 1],
        ['city', 'categorical', 3, 0],
        ['placed', 'categorical', 2, 0],
      ],
    );
    expect(inferTask(placement, 3)).toBe('binary');
    // Whole numbers with few values are classes; other numbers are a quantity.
    expect(inferTask(placement, 1)).toBe('multiclass');
    expect(inferTask(table('a,t\n1,0.5\n2,1.7\n3,2.2\n4,3.1\n'), 1)).toBe('regression');
    expect(inferTask(table('a,k\n1,0\n2,1\n3,2\n4,1\n'), 1)).toBe('multiclass');
  });

  it('one-hot encodes categories, drops rows with missing numbers (counted, by line) and validates', () => {
    const result = tableToData(placement, { features: [1, 2], label: 3 });
    if ('error' in result) throw new Error(result.error);
    expect(result.data.featureNames).toEqual(['iq', 'city=Delhi', 'city=Mumbai', 'city=Pune']);
    expect(result.dropped).toEqual({ count: 1, first: [4] });
    expect(result.classNames).toEqual(['no', 'yes']);
    expect(result.data.x[0]).toEqual([120, 0, 0, 1]);
    expect(result.data.y).toEqual([1, 0, 0, 1, 0, 0]);
    // The page's and the command line's validation accepts it as it is.
    const { errors } = parseExperiment({
      ...DEFAULT_EXPERIMENT,
      data: result.data,
      training: { ...DEFAULT_EXPERIMENT.training, batchSize: 4 },
    });
    expect(errors).toEqual([]);
  });

  it('reads missing values and numbers as people write them: NaN, inf, 1e400, NA, 1_000', () => {
    const messy = table(
      [
        'x,y,label',
        '1,2,0',
        'NaN,3,1',
        '2,Infinity,0',
        '3,1e400,1',
        '4,nan,0',
        '5,inf,1',
        '1_000,-inf,0',
        '6,NA,1',
        '7,4,0',
        '8,5,1',
        '9,6,0',
        '10,7,1',
      ].join('\n'),
    );
    expect(summarizeColumns(messy).map((c) => [c.name, c.kind, c.missing])).toEqual([
      ['x', 'numeric', 1],
      ['y', 'numeric', 6],
      ['label', 'numeric', 0],
    ]);
    const result = tableToData(messy, { features: [0, 1], label: 2 });
    if ('error' in result) throw new Error(result.error);
    // Two numeric inputs, not one-hot text; the rows with a missing value dropped, by file line.
    expect(result.data.featureNames).toEqual(['x', 'y']);
    expect(result.dropped).toEqual({ count: 7, first: [3, 4, 5, 6, 7] });
    expect(result.data.x.map((r) => r[0])).toEqual([1, 7, 8, 9, 10]);
  });

  it('reads decimal commas in a semicolon-separated table, and never in a comma-separated one', () => {
    const european = table(
      'höhe;gewicht;klasse\n1,72;68,5;a\n1,80;81,2;b\n1,65;59,9;a\n1,91;90,1;b\n',
    );
    expect(european.decimalComma).toBe(true);
    expect(summarizeColumns(european).map((c) => c.kind)).toEqual([
      'numeric',
      'numeric',
      'categorical',
    ]);
    const result = tableToData(european, { features: [0, 1], label: 2 });
    if ('error' in result) throw new Error(result.error);
    expect(result.data.x[0]).toEqual([1.72, 68.5]);
    // A dot decimal anywhere means commas are something else.
    expect(table('a;b\n1,5;2.5\n2,5;3.5\n').decimalComma).toBe(false);
    expect(table('a,b\n"1,5",2\n"2,5",3\n').decimalComma).toBe(false);
  });

  it('leaves identifiers and free text out of the default features, and says why', () => {
    const rows = Array.from(
      { length: 60 },
      (_, i) =>
        `${i + 1},S-${1000 + i},${(i * 7) % 60},note ${i} about ${i % 7},${['Pune', 'Delhi'][i % 2]},${i % 9 === 0 ? 'NA' : 90 + (i % 13)},${i % 2}`,
    );
    const t = table(['row,student id,id,notes,city,iq,placed', ...rows].join('\n'));
    const summaries = summarizeColumns(t);
    expect(summaries.map((c) => c.leftOut)).toEqual([
      'it counts the rows (an identifier)',
      'every value is different (an identifier or free text)',
      'its name and unique values say identifier',
      'every value is different (an identifier or free text)',
      undefined,
      undefined, // one "NA" is a missing value: iq stays a number column
      undefined,
    ]);
    expect(summaries.map(columnInputs)).toEqual([1, 60, 1, 60, 2, 1, 1]);
    // The command line's default features are the page's.
    expect(chooseColumns(t, {}, summaries)).toEqual({
      label: 6,
      features: [4, 5],
      leftOut: [
        'row (it counts the rows (an identifier))',
        'student id (every value is different (an identifier or free text))',
        'id (its name and unique values say identifier)',
        'notes (every value is different (an identifier or free text))',
      ],
    });
    // A text column of few values repeated is a feature; a name with a bidi override is matched
    // as written or as shown.
    const odd = table('a\u202Eb,k\n1,x\n2,y\n3,x\n');
    expect(chooseColumns(odd, { label: 'a⟨U+202E⟩b' })).toMatchObject({ label: 0 });
    expect(chooseColumns(odd, { label: 'a\u202Eb' })).toMatchObject({ label: 0 });
  });

  it('bounds the list of names in an unknown-column error', () => {
    const wide = table(
      [Array.from({ length: 10_000 }, (_, j) => `c${j}`), Array.from({ length: 10_000 }, () => '1')]
        .map((r) => r.join(','))
        .join('\n'),
      { header: true },
    );
    const error = errorOf(chooseColumns(wide, { label: 'nosuch' }));
    expect(error).toBe(
      'no column "nosuch" (the columns: "c0", "c1", "c2", "c3", "c4", "c5", "c6", "c7", "c8", "c9", and 9,990 more)',
    );
  });

  it('refuses, by name, what cannot train', () => {
    const one = table('x,y\n1,a\n2,a\n3,a\n4,a\n');
    expect(errorOf(tableToData(one, { features: [0], label: 1 }))).toBe(
      'the label column "y" has one class only (a)',
    );
    const rows = Array.from({ length: 10_001 }, (_, i) => `${i},c${i}`).join('\n');
    expect(errorOf(tableToData(table(`x,y\n${rows}`), { features: [0], label: 1 }))).toBe(
      'the label column "y" has 10,001 classes; at most 1,000',
    );
    const flat = table('x,z,y\n1,5,0\n1,5,1\n1,5,0\n1,5,1\n');
    expect(errorOf(tableToData(flat, { features: [0, 1], label: 2 }))).toBe(
      'every feature is constant over the rows used: there is nothing to learn from',
    );
    expect(errorOf(tableToData(table('x,y\n1,0\n'), { features: [0], label: 1 }))).toBe(
      'only 1 row can be used (0 have a missing or non-numeric value); at least 4 are needed',
    );
    expect(errorOf(tableToData(flat, { features: [2], label: 2 }))).toBe(
      'the label column "y" cannot also be a feature',
    );
  });
});
