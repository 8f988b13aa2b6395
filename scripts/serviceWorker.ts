import { createHash } from 'node:crypto';
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin, Rolldown } from 'vite';
import type { Build } from '../src/serviceWorker/build.ts';

/** The service worker's file name, beside index.html. */
export const SERVICE_WORKER = 'sw.js';

/** The service worker's entry: installs src/serviceWorker/serviceWorker.ts with the build's files. */
const ENTRY = fileURLToPath(new URL('../src/serviceWorker/entry.ts', import.meta.url));

/**
 * The service worker for one build, as a classic script: the TypeScript module bundled by Vite
 * into one IIFE, with the build's files and version written in.
 */
export async function serviceWorkerSource(build: Build): Promise<string> {
  const { build: viteBuild } = await import('vite');
  const result = await viteBuild({
    configFile: false,
    logLevel: 'silent',
    publicDir: false,
    define: { BUILD: JSON.stringify(build) },
    build: {
      write: false,
      target: 'es2022',
      minify: true,
      copyPublicDir: false,
      lib: {
        entry: ENTRY,
        formats: ['iife'],
        name: 'serviceWorker',
        fileName: () => SERVICE_WORKER,
      },
    },
  });
  const outputs = Array.isArray(result) ? result : [result];
  const chunk = outputs
    .flatMap((o) => ('output' in o ? o.output : []))
    .find((c): c is Rolldown.OutputChunk => c.type === 'chunk');
  if (!chunk) throw new Error('the service worker did not build');
  return `// BatchNorm Lab's service worker, built from src/serviceWorker/ (scripts/serviceWorker.ts).\n${chunk.code}`;
}

/** Every file under `dir`, as paths relative to it with forward slashes. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => statSync(join(dir, f)).isFile())
    .map((f) => relative(dir, join(dir, f)).split('\\').join('/'));
}

/**
 * Writes sw.js into the build: the app is every emitted file but source maps and Vite's
 * manifest, plus index.html's directory itself ('./'); the data are the public directory's
 * `data/` files. The version is a hash of every file's name and size.
 */
export function serviceWorkerPlugin(publicDir = 'public'): Plugin {
  return {
    name: 'service-worker',
    apply: 'build',
    // After Vite's own plugins, so index.html is in the bundle.
    enforce: 'post',
    async generateBundle(_options, bundle) {
      const emitted = Object.keys(bundle).filter(
        (f) => !f.endsWith('.map') && !f.startsWith('.vite/'),
      );
      const pub = filesUnder(publicDir);
      const data = pub.filter((f) => f.startsWith('data/'));
      const app = [
        ...new Set(['./', 'index.html', ...emitted, ...pub.filter((f) => !f.startsWith('data/'))]),
      ].sort();
      const hash = createHash('sha256');
      for (const f of [...app, ...data]) hash.update(f);
      for (const f of pub) hash.update(String(statSync(join(publicDir, f)).size));
      for (const f of emitted) {
        const chunk = bundle[f];
        hash.update(chunk.type === 'chunk' ? chunk.code : String(chunk.source.length));
      }
      this.emitFile({
        type: 'asset',
        fileName: SERVICE_WORKER,
        source: await serviceWorkerSource({ version: hash.digest('hex').slice(0, 12), app, data }),
      });
    },
  };
}
