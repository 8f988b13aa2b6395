/** The value at a dotted path of a description (undefined where the path leads nowhere). */
export function valueAt(object: unknown, path: string): unknown {
  let value = object;
  for (const key of path.split('.')) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

/**
 * Sets `value` at a dotted path, creating (or replacing non-object values with) the objects on
 * the way.
 */
export function setAt(target: object, path: string, value: unknown): void {
  const keys = path.split('.');
  let object = target as Record<string, unknown>;
  for (const key of keys.slice(0, -1)) {
    const next = object[key];
    if (typeof next !== 'object' || next === null || Array.isArray(next)) object[key] = {};
    object = object[key] as Record<string, unknown>;
  }
  object[keys[keys.length - 1]] = value;
}
