import { formatFieldError } from './fieldReader';
import type { Experiment } from './schema';
import { parseExperiment } from './validate';

/** Larger files are refused before parsing (a description with explicit weights is far smaller). */
export const MAX_EXPERIMENT_FILE_BYTES = 20 * 1024 * 1024;

/**
 * An experiment as a file: the same JSON `npm run experiment -- file.json` reads. Numbers are
 * written in JavaScript's shortest round-trip form, so reading the file back gives the same
 * description exactly.
 */
export function experimentToJson(experiment: Experiment): string {
  return `${JSON.stringify(experiment, null, 2)}\n`;
}

export interface ImportedExperiment {
  /** The description, with `defaults` for missing fields and for fields in error; null when the text is unusable. */
  experiment: Experiment | null;
  /** Problems, each naming the field (or the file) and the reason. */
  errors: string[];
}

/** Reads an experiment file's text (untrusted): never throws. */
export function experimentFromJson(text: string, defaults: Experiment): ImportedExperiment {
  if (text.length > MAX_EXPERIMENT_FILE_BYTES) {
    return {
      experiment: null,
      errors: [
        `the file is ${(text.length / 1024 / 1024).toFixed(1)} MB; an experiment file is at most ${MAX_EXPERIMENT_FILE_BYTES / 1024 / 1024} MB`,
      ],
    };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { experiment: null, errors: [`the file is not JSON (${reason})`] };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { experiment: null, errors: ['the file must hold one JSON object, an experiment'] };
  }
  const { experiment, errors } = parseExperiment(value, defaults);
  return { experiment, errors: errors.map(formatFieldError) };
}
