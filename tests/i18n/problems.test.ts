import { describe, expect, it } from 'vitest';
import { DEFAULT_EXPERIMENT } from '../../src/experiment/defaults';
import { experimentFromJson, importRefusal, tooLarge } from '../../src/experiment/file';
import { decodeLesson, readLesson } from '../../src/experiment/lesson';
import { bn } from '../../src/i18n/messages/bn';
import { KEPT_IN_ENGLISH } from '../../src/i18n/terms';
import { english, say, Translator, type Said } from '../../src/i18n/translate';
import { readOpeningHash } from '../../src/state/urlSync';
import { VIEWS } from '../../src/state/pageHash';
import { TableReader } from '../../src/tables/tableDraft';
import { whyNoRemoval } from '../../src/tables/editRows';
import { editableData } from '../../src/tables/editRows';
import { findPreset } from '../../src/experiment/presets';

const BENGALI = new Translator('bn', 'latn', bn);
const BENGALI_DIGITS = new Translator('bn', 'beng', bn);
const allowed = new Set<string>(KEPT_IN_ENGLISH);

/**
 * The English words a Bengali problem still has, beyond the allow-list's terms and the words of
 * what the learner gave (a key, a file name, a column: quoted as they are).
 */
function englishLeft(said: Said, given: string): string[] {
  const theirs = new Set(given.match(/[A-Za-z]{2,}/g) ?? []);
  return (say(BENGALI, said).match(/[A-Za-z]{2,}/g) ?? []).filter(
    (w) => !allowed.has(w) && !allowed.has(w.toLowerCase()) && !theirs.has(w),
  );
}

/** Every check a problem said in Bengali must pass. */
function expectBengali(said: Said, given: string) {
  const text = say(BENGALI, said);
  expect(englishLeft(said, given), text).toEqual([]);
  expect(text, english(said)).toMatch(/[\u0980-\u09FF]/);
  // no placeholder left unfilled
  expect(text).not.toMatch(/\{[a-z]+[,}]/i);
}

describe('problems of links, files, lessons and tables, said in Bengali', () => {
  it('names every problem of a bad link in Bengali, the link’s own words quoted as given', () => {
    const hash =
      '#preset=nosuch&seed=-4&wat=1&=2&training.batchSize=%FF&view=nowhere&tour=99&lang=xx&claim=%3Cb%3E&lesson=%7Bnot';
    const opened = readOpeningHash(hash, 13);
    // One notice per bad part: preset, seed, wat, the part without a name, the batch, the
    // view, the step, the language, the claim and the lesson.
    expect(opened.notices).toHaveLength(10);
    for (const notice of opened.notices)
      expectBengali(notice, `${hash} deep-relu-xor ${VIEWS.map((v) => v.id).join(' ')} en bn`);
    expect(say(BENGALI, opened.notices[0])).toBe(
      'Link-এর setting preset: "nosuch" নামে কোনো preset নেই; deep-relu-xor নেওয়া হলো — তার বদলে preset-এর মান নেওয়া হলো।',
    );
    // A page key says what the page does instead, and claims no preset's value.
    expect(opened.notices.map(english)).toContain(
      'The link’s setting tour: a step from 1 to 13, not "99".',
    );
    expect(opened.notices.map((n) => say(BENGALI, n))).toContain(
      'Link-এর setting tour: 1 থেকে 13-এর মধ্যে একটি ধাপ, "99" নয়।',
    );
    // Many bad parts: ten notices, then one that counts the rest, in Bengali digits if chosen.
    const many = readOpeningHash(
      `#${Array.from({ length: 15 }, (_, i) => `k${i}=1`).join('&')}`,
      13,
    );
    expect(many.notices).toHaveLength(11);
    expect(say(BENGALI_DIGITS, many.notices[10])).toBe(
      'Link-এর আরও ৫টি setting নেওয়া হয়নি (সেগুলোর বদলে preset-এর মান নেওয়া হলো)।',
    );
  });

  it('refuses a bad file and a bad lesson in Bengali, with its count and reasons', () => {
    const bad = experimentFromJson(
      JSON.stringify({ seed: -1, training: { batchSize: 'x' }, lesson: { title: 3 } }),
      DEFAULT_EXPERIMENT,
    );
    const refusal = importRefusal(bad, 'ক্লাস.json')!;
    expect(english(refusal)).toBe(
      'Could not import ক্লাস.json: 3 settings are invalid: seed: must be an integer at least 0 and at most 4294967295, got -1; training.batchSize: must be an integer at least 1 and at most 4096, got "x"; lesson.title: must be text. The setup is unchanged.',
    );
    expectBengali(refusal, 'json training.batchSize lesson.title');
    expect(say(BENGALI, refusal)).toContain('3টি setting ঠিক নয়');
    for (const text of ['{', '[1]', 'null']) {
      const refused = importRefusal(experimentFromJson(text, DEFAULT_EXPERIMENT), 'a.json')!;
      expectBengali(
        refused,
        `a.json ${text} ${english(refused)}`.replace(
          /Could not import|The setup is unchanged/g,
          '',
        ),
      );
    }
    expectBengali(
      { key: 'file.refused', values: { name: 'a.json', reasons: tooLarge(30e6) } },
      'a.json',
    );
    expect(say(BENGALI_DIGITS, tooLarge(30 * 1024 * 1024))).toBe(
      'file-টি ৩০.০ MB; একটি experiment file সর্বোচ্চ ২০ MB হতে পারে',
    );
    for (const problem of [
      ...readLesson({ title: 'x'.repeat(200), questions: 'no', extra: 1 }).errors,
      ...decodeLesson('{not json').errors,
      ...decodeLesson('x'.repeat(13_000)).errors,
    ])
      expectBengali(problem, 'lesson.extra lesson.questions lesson.title');
  });

  it('says what a table cannot train on, and what it became, in Bengali', () => {
    const reader = new TableReader();
    const ragged = reader.read('a,b\n1,2\n3\n', 'r.csv');
    expect(ragged).toMatchObject({
      kind: 'tableError',
      error: 'row 3 has 1 field; the first row has 2',
    });
    if (ragged.kind !== 'tableError') throw new Error('a ragged table is refused');
    expect(say(BENGALI, ragged.said)).toBe('3 নম্বর সারিতে 1টি ঘর; প্রথম সারিতে 2টি');
    reader.read('a,b,c\n1,2,x\n3,2,x\n2,2,x\n5,2,x\n4,2,x\n', 'flat.csv');
    const oneClass = reader.data({ label: 2, features: [0, 1] });
    expect('error' in oneClass && oneClass.error).toBe(
      'the label column "c" has one class only (x)',
    );
    if (!('error' in oneClass)) throw new Error('one class is refused');
    expectBengali(oneClass.said, 'c x');
    const good = reader.data({ label: 0, features: [1], task: 'regression' });
    expect('error' in good && english(good.said)).toBe(
      'every feature is constant over the rows used: there is nothing to learn from',
    );
    reader.read('x,label\n1,no\n2,yes\n,no\n3,no\n4,yes\n5,no\n6,yes\n', 'marks.csv');
    const made = reader.data({ label: 1, features: [0] });
    if ('error' in made) throw new Error(made.error);
    expect(made.description).toBe(
      'data: marks.csv: 6 of 7 rows used (1 dropped for a missing or non-numeric value: line 4); 1 input; binary: no → 0, yes → 1',
    );
    expect(say(BENGALI, made.said)).toBe(
      'marks.csv: 7টি সারির 6টি ব্যবহৃত (1টি বাদ, কোনো মান নেই বা মান সংখ্যা নয়: লাইন 4); 1টি input; দুই-class: no → 0, yes → 1',
    );
    const worked = editableData(findPreset('worked-example')!.experiment.data)!;
    const four = { ...worked, x: worked.x.slice(0, 4), y: worked.y.slice(0, 4) };
    expectBengali(whyNoRemoval(four, 2)!, '');
  });
});
