import { boundedProblems, fieldSaid } from './fieldReader';
import type { Said } from '../i18n/translate';
import { readLesson, type Lesson } from './lesson';
import type { Experiment } from './schema';
import { parseExperiment } from './validate';

/** Larger files are refused before parsing (a description with explicit weights is far smaller). */
export const MAX_EXPERIMENT_FILE_BYTES = 20 * 1024 * 1024;

/**
 * An experiment as a file: the same JSON `npm run experiment -- file.json` reads. Numbers are
 * written in JavaScript's shortest round-trip form, so reading the file back gives the same
 * description exactly.
 */
export function experimentToJson(experiment: Experiment, lesson?: Lesson | null): string {
  return `${JSON.stringify(lesson ? { ...experiment, lesson } : experiment, null, 2)}\n`;
}

export interface ImportedExperiment {
  /** The description, with `defaults` for missing fields and for fields in error; null when the text is unusable. */
  experiment: Experiment | null;
  /** Problems, each naming the field (or the file) and the reason (the first MAX_FIELD_ERRORS). */
  errors: Said[];
  /** Problems found beyond those in `errors`. */
  omitted: number;
  /** A teacher's lesson the file carries (a top-level `lesson`, not part of the setup). */
  lesson?: Lesson | null;
}

/** The UTF-8 size of a text in bytes (what a file of it weighs), counted without copying it. */
export function utf8Bytes(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // A surrogate half is 2 of a pair's 4 bytes; a lone one is written as U+FFFD (3).
    bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c < 0xe000 ? 2 : 3;
  }
  return bytes;
}

/** The refusal of a file over the size limit, with its size. */
export function tooLarge(bytes: number): Said {
  return {
    key: 'file.tooLarge',
    values: { size: bytes / 1024 / 1024, max: MAX_EXPERIMENT_FILE_BYTES / 1024 / 1024 },
  };
}

/** Reads an experiment file's text (untrusted): never throws. */
export function experimentFromJson(text: string, defaults: Experiment): ImportedExperiment {
  // The limit is on the file's bytes (UTF-8), not its characters.
  const bytes = utf8Bytes(text);
  if (bytes > MAX_EXPERIMENT_FILE_BYTES)
    return { experiment: null, errors: [tooLarge(bytes)], omitted: 0 };
  let value: unknown;
  try {
    // A UTF-8 byte order mark is allowed, as editors on Windows write one.
    value = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { experiment: null, errors: [{ key: 'file.notJson', values: { reason } }], omitted: 0 };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return {
      experiment: null,
      errors: [{ key: 'file.oneObject' }],
      omitted: 0,
    };
  }
  const { lesson: lessonValue, ...setup } = value as Record<string, unknown>;
  const lesson = lessonValue === undefined ? null : readLesson(lessonValue);
  const { experiment, errors, omitted = 0 } = parseExperiment(setup, defaults);
  return {
    experiment,
    errors: [...errors.map(fieldSaid), ...(lesson?.errors ?? [])],
    omitted,
    lesson: lesson?.lesson ?? null,
  };
}

/**
 * Why a checked file is refused, in a sentence naming it and its first problems (then how many
 * more); null when it loads. A file is applied all or nothing: the setup is then unchanged.
 */
export function importRefusal(result: ImportedExperiment | null, name: string | Said): Said | null {
  if (result === null) return { key: 'file.unreadable', values: { name } };
  const { experiment, errors, omitted } = result;
  if (experiment && errors.length === 0) return null;
  const reasons = boundedProblems(errors, omitted);
  return experiment
    ? { key: 'file.refusedCount', values: { name, count: errors.length + omitted, reasons } }
    : { key: 'file.refused', values: { name, reasons } };
}
