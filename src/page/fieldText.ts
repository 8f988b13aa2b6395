import type { Choice } from '../experiment/choices';
import type { FieldPath } from '../experiment/fields';
import type { MessageKey } from '../i18n/messages/en';
import { ENGLISH, type Translator } from '../i18n/translate';

/** What the page calls a setup field, in its language. */
export function fieldLabel(path: FieldPath, t: Translator = ENGLISH): string {
  return t.t(`field.${path}.label`);
}

/** A setup field's one-sentence help, in the page's language. */
export function fieldHelp(path: FieldPath, t: Translator = ENGLISH): string {
  return t.t(`field.${path}.help`);
}

/** A choice field's options, each labelled in the page's language. */
export function fieldOptions<T extends string>(
  path: FieldPath,
  options: readonly Choice<T>[],
  t: Translator = ENGLISH,
): Choice<T>[] {
  return options.map((option) => ({
    ...option,
    label: t.t(`option.${path}.${option.value}` as MessageKey),
  }));
}
