import { english } from '../../src/i18n/translate';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { experimentFromJson, experimentToJson } from '../../src/experiment/file';
import { DEFAULT_EXPERIMENT } from '../../src/experiment/defaults';
import { visibleText } from '../../src/experiment/fieldReader';
import {
  decodeLesson,
  encodeLesson,
  LESSON_LIMITS,
  MAX_LESSON_LINK,
  questionsFromText,
  questionsToText,
  readLesson,
  type Lesson,
} from '../../src/experiment/lesson';

const lesson: Lesson = {
  title: 'Why BN tolerates a larger η',
  note: 'Watch the loss chart.\nThen slide η.',
  questions: [{ prompt: 'Raise η to 3: which twin survives?', choices: ['plain', 'BN', 'both'] }],
};

describe('a teacher’s lesson', () => {
  it('goes through a link and a file unchanged', () => {
    expect(decodeLesson(decodeURIComponent(encodeLesson(lesson)))).toEqual({ lesson, errors: [] });
    const file = experimentToJson(DEFAULT_EXPERIMENT, lesson);
    const read = experimentFromJson(file, DEFAULT_EXPERIMENT);
    expect(read.errors.map(english)).toEqual([]);
    expect(read.lesson).toEqual(lesson);
    expect(read.experiment).toEqual(DEFAULT_EXPERIMENT);
    // A file without one reads as before.
    expect(
      experimentFromJson(experimentToJson(DEFAULT_EXPERIMENT), DEFAULT_EXPERIMENT).lesson,
    ).toBeNull();
  });

  it('round-trips any text a teacher may type, within its bounds', () => {
    const line = (max: number) => fc.string({ maxLength: max }).map((s) => s.trim());
    fc.assert(
      fc.property(
        line(LESSON_LIMITS.title),
        line(200),
        fc.array(
          fc.record({
            prompt: line(80).filter((s) => s !== ''),
            choices: fc.array(
              line(40).filter((s) => s !== ''),
              { maxLength: 6 },
            ),
          }),
          { maxLength: 10 },
        ),
        (title, note, questions) => {
          const read = decodeLesson(decodeURIComponent(encodeLesson({ title, note, questions })));
          expect(read.errors.map(english)).toEqual([]);
          // Invisible characters are shown escaped; everything else is kept exactly.
          const visible = (s: string) => visibleText(s) === s;
          if ([title, note, ...questions.flatMap((q) => [q.prompt, ...q.choices])].every(visible))
            expect(read.lesson ?? { title: '', note: '', questions: [] }).toEqual({
              title,
              note,
              questions,
            });
        },
      ),
      { numRuns: 300 },
    );
  });

  it('refuses what is too long or not a lesson, saying why, and never throws', () => {
    expect(readLesson({ title: 'x'.repeat(121) }).errors.map(english)).toEqual([
      'lesson.title: at most 120 characters, got 121',
    ]);
    const many = readLesson({
      title: 'Many',
      questions: Array.from({ length: 12 }, (_, i) => ({ prompt: `q${i}`, choices: ['a'] })),
    });
    expect(many.lesson!.questions).toHaveLength(10);
    expect(english(many.errors[0])).toBe(
      'lesson.questions: at most 10, got 12; the first 10 are kept',
    );
    expect(readLesson([1, 2]).lesson).toBeNull();
    expect(readLesson({ title: 'T', script: '<b>' }).errors.map(english)).toEqual([
      'lesson.script: is not part of a lesson',
    ]);
    expect(decodeLesson('{not json').errors.map(english)).toEqual([
      'lesson: is not readable (not JSON)',
    ]);
    expect(english(decodeLesson('x'.repeat(MAX_LESSON_LINK + 1)).errors[0])).toContain(
      'at most 12,000 characters in a link',
    );
    // Markup stays text, and invisible characters are shown.
    expect(readLesson({ title: '<img src=x onerror=alert(1)>\u202E' }).lesson!.title).toBe(
      '<img src=x onerror=alert(1)>⟨U+202E⟩',
    );
  });

  it('reads questions as a teacher types them', () => {
    const text =
      'Raise η to 3:\nwhich twin survives?\n- plain\n-BN\n\n\nIs the gap smaller?\n- yes\n- no';
    const questions = questionsFromText(text);
    expect(questions).toEqual([
      { prompt: 'Raise η to 3: which twin survives?', choices: ['plain', 'BN'] },
      { prompt: 'Is the gap smaller?', choices: ['yes', 'no'] },
    ]);
    expect(questionsFromText(questionsToText(questions))).toEqual(questions);
  });
});
