import { problemAt, visibleText } from './fieldReader';
import type { Said } from '../i18n/translate';

/**
 * A teacher's lesson over a setup: a title, a short note and questions to ask before the run
 * answers them. It travels in a shared link (`#…&lesson=…`) and in an experiment file (a
 * top-level `lesson`, which the command line ignores); everything in it is untrusted text,
 * bounded here and shown as text only.
 */
export interface Lesson {
  title: string;
  note: string;
  questions: LessonQuestion[];
}

export interface LessonQuestion {
  prompt: string;
  choices: string[];
}

/** The bounds of a lesson, in characters and counts. */
export const LESSON_LIMITS = {
  title: 120,
  note: 2000,
  questions: 10,
  prompt: 300,
  choices: 6,
  choice: 120,
} as const;

/** A lesson read from untrusted data: what could be read, and what was refused and why. */
export interface ReadLesson {
  lesson: Lesson | null;
  errors: Said[];
}

/** A string field: trimmed, invisible characters shown escaped; refused when too long. */
function text(value: unknown, path: string, max: number, errors: Said[]): string | null {
  if (value === undefined) return '';
  if (typeof value !== 'string') {
    errors.push(problemAt(path, { key: 'problem.text' }));
    return null;
  }
  const trimmed = value.trim();
  if (trimmed.length > max) {
    errors.push(
      problemAt(path, { key: 'problem.textLength', values: { max, count: trimmed.length } }),
    );
    return null;
  }
  return visibleText(trimmed);
}

/** Reads a lesson (from a link's JSON or a file's `lesson`); never throws. */
export function readLesson(value: unknown): ReadLesson {
  const errors: Said[] = [];
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return { lesson: null, errors: [problemAt('lesson', { key: 'problem.lessonObject' })] };
  const v = value as Record<string, unknown>;
  for (const key of Object.keys(v))
    if (!['title', 'note', 'questions'].includes(key))
      errors.push(problemAt(`lesson.${key.slice(0, 40)}`, { key: 'problem.notInLesson' }));
  const title = text(v.title, 'lesson.title', LESSON_LIMITS.title, errors) ?? '';
  const note = text(v.note, 'lesson.note', LESSON_LIMITS.note, errors) ?? '';
  const questions: LessonQuestion[] = [];
  const list = v.questions ?? [];
  if (!Array.isArray(list)) errors.push(problemAt('lesson.questions', { key: 'problem.list' }));
  else {
    if (list.length > LESSON_LIMITS.questions)
      errors.push(
        problemAt('lesson.questions', {
          key: 'problem.tooManyQuestions',
          values: { max: LESSON_LIMITS.questions, count: list.length },
        }),
      );
    list.slice(0, LESSON_LIMITS.questions).forEach((q: unknown, i) => {
      const at = `lesson.questions[${i}]`;
      const question = (typeof q === 'object' && q !== null ? q : {}) as Record<string, unknown>;
      const prompt = text(question.prompt, `${at}.prompt`, LESSON_LIMITS.prompt, errors);
      const raw = Array.isArray(question.choices) ? question.choices : [];
      if (raw.length > LESSON_LIMITS.choices)
        errors.push(
          problemAt(`${at}.choices`, {
            key: 'problem.tooManyChoices',
            values: { max: LESSON_LIMITS.choices },
          }),
        );
      const choices = raw
        .slice(0, LESSON_LIMITS.choices)
        .map((c, k) => text(c, `${at}.choices[${k}]`, LESSON_LIMITS.choice, errors))
        .filter((c): c is string => !!c);
      if (prompt) questions.push({ prompt, choices });
      else if (prompt === '') errors.push(problemAt(at, { key: 'problem.noPrompt' }));
    });
  }
  if (!title && !note && questions.length === 0) return { lesson: null, errors };
  return { lesson: { title, note, questions }, errors };
}

/**
 * Questions as a teacher types them: one block per question, its first line the prompt and each
 * line starting with "-" a choice; blank lines between questions.
 */
export function questionsFromText(source: string): LessonQuestion[] {
  return source
    .split(/\n\s*\n/)
    .map((block) =>
      block
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean),
    )
    .filter((lines) => lines.length > 0)
    .map((lines) => ({
      prompt: lines.filter((l) => !l.startsWith('-')).join(' '),
      choices: lines
        .filter((l) => l.startsWith('-'))
        .map((l) => l.slice(1).trim())
        .filter(Boolean),
    }));
}

/** The questions in the format `questionsFromText` reads. */
export function questionsToText(questions: readonly LessonQuestion[]): string {
  return questions
    .map((q) => [q.prompt, ...q.choices.map((c) => `- ${c}`)].join('\n'))
    .join('\n\n');
}

/** The most a lesson may take in a link, encoded (a longer one is refused, not cut). */
export const MAX_LESSON_LINK = 12_000;

/** A lesson as the value of the link's `lesson=` key. */
export function encodeLesson(lesson: Lesson): string {
  return encodeURIComponent(JSON.stringify(lesson));
}

/** The lesson of a link's `lesson=` value (already percent-decoded); never throws. */
export function decodeLesson(decoded: string): ReadLesson {
  if (decoded.length > MAX_LESSON_LINK)
    return {
      lesson: null,
      errors: [
        problemAt('lesson', {
          key: 'problem.lessonLink',
          values: { max: MAX_LESSON_LINK, count: decoded.length },
        }),
      ],
    };
  try {
    return readLesson(JSON.parse(decoded));
  } catch {
    return { lesson: null, errors: [problemAt('lesson', { key: 'problem.lessonJson' })] };
  }
}
