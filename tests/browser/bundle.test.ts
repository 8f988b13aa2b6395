import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

interface Chunk {
  file: string;
  imports?: string[];
  dynamicImports?: string[];
  assets?: string[];
}

const manifest = () =>
  JSON.parse(readFileSync('dist/.vite/manifest.json', 'utf8')) as Record<string, Chunk>;

/** The source modules bundled into a built file, from its source map. */
function modules(file: string): string[] {
  const map = `dist/${file}.map`;
  if (!existsSync(map)) return [];
  const { sources } = JSON.parse(readFileSync(map, 'utf8')) as { sources: string[] };
  return sources.map((s) => s.replace(/^(\.\.\/)+/, '')).filter((s) => s.startsWith('src/'));
}

/** Every chunk the page loads: the entry and all it imports, statically or lazily. */
function pageChunks(): string[] {
  const chunks = manifest();
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    for (const next of [...(chunks[key].imports ?? []), ...(chunks[key].dynamicImports ?? [])])
      visit(next);
  };
  visit('index.html');
  return [...seen].map((key) => chunks[key].file);
}

describe('the production build', () => {
  it('keeps the engine, data, run and worker modules out of the page’s bundle', () => {
    const page = pageChunks().flatMap(modules);
    expect(page).toContain('src/ui/App.tsx');
    expect(page).toContain('src/experiment/validate.ts');
    expect(page.filter((m) => /^src\/(engine|data|run|worker)\//.test(m))).toEqual([]);
  });

  it('bundles the engine into the training worker, which the page loads as a separate file', () => {
    const workers = manifest()['index.html'].assets ?? [];
    const training = workers.find((f) => f.includes('training.worker'));
    expect(training).toBeDefined();
    const inside = modules(training!);
    expect(inside).toContain('src/engine/network.ts');
    expect(inside).toContain('src/run/runner.ts');
    expect(inside.some((m) => m.startsWith('src/ui/'))).toBe(false);
  });
});
