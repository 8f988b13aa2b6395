import { lazy, type ComponentType } from 'react';

/** How long to wait before fetching a view's code again after a failure. */
const RETRY_MS = 500;

/** The URL of a module whose fetch failed, as the browser's error names it. */
function failedUrl(error: unknown): string | null {
  return /(https?:\/\/[^\s'"]+?\.js)\b/.exec(String(error))?.[1] ?? null;
}

let retries = 0;

/**
 * A view loaded on demand whose fetch is tried twice (a dropped connection often comes back);
 * `fresh()` gives a new component that fetches again, for the error boundary's "Try again".
 * The browser remembers a module that failed to load and fails every later import of that URL
 * at once, so a retry imports the failed URL with a query of its own (the server and the service
 * worker ignore it).
 */
export function lazyView<T extends ComponentType>(
  load: () => Promise<{ default: T }>,
): { fresh: () => ReturnType<typeof lazy<T>> } {
  let failed: string | null = null;
  const again = () =>
    failed
      ? (import(/* @vite-ignore */ `${failed}?retry=${++retries}`) as Promise<{ default: T }>)
      : load();
  const attempt = () =>
    again().catch(async (error: unknown) => {
      failed = failedUrl(error) ?? failed;
      if (!failed) throw error;
      await new Promise((resolve) => setTimeout(resolve, RETRY_MS));
      return again();
    });
  return { fresh: () => lazy(attempt) };
}
