import { createHash } from 'node:crypto';
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Plugin } from 'vite';

/** The service worker's file name, beside index.html. */
export const SERVICE_WORKER = 'sw.js';

/**
 * The source of the service worker for one build. It caches the app (HTML, scripts, styles,
 * workers, icons) when installed and the data assets right after, without failing the install
 * when a data asset is missing; it answers from that cache first (every built file's name holds
 * its content hash, so a cached file is never stale), fetching what is not cached; a navigation
 * goes to the network first, so a new build is seen when online, and falls back to the cached
 * page offline. A new build has a new version, so its worker installs beside the old one and
 * takes over at once; it keeps the previous version's cache (a tab still open on that version
 * fetches its lazily loaded views from it, even after the server dropped those files) and deletes
 * the ones before (the order of versions is kept in a small cache of its own). Assets are looked
 * up in every kept cache. Every URL is relative to the worker's own location, so the app works
 * from any sub-path of any static host.
 */
export function serviceWorkerSource(version: string, app: string[], data: string[]): string {
  return `// BatchNorm Lab's service worker, generated at build time (scripts/serviceWorker.ts).
const CACHE = 'bn-lab-${version}';
const APP = ${JSON.stringify(app)};
const DATA = ${JSON.stringify(data)};
const url = (path) => new URL(path, self.registration.scope).href;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) =>
        cache.addAll(APP.map(url)).then(() =>
          Promise.all(DATA.map((path) => cache.add(url(path)).catch(() => undefined))),
        ),
      )
      .then(() => self.skipWaiting()),
  );
});

// The versions installed, oldest first: this one and the one before are kept.
const VERSIONS = 'bn-lab-versions';
const VERSIONS_KEY = url('bn-lab-versions.json');

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .open(VERSIONS)
      .then((meta) =>
        meta
          .match(VERSIONS_KEY)
          .then((response) => (response ? response.json() : []))
          .catch(() => [])
          .then((known) => {
            const order = [...known.filter((v) => v !== CACHE), CACHE];
            const keep = order.slice(-2);
            return meta
              .put(VERSIONS_KEY, new Response(JSON.stringify(keep)))
              .then(() => caches.keys())
              .then((keys) =>
                Promise.all(
                  keys
                    .filter((k) => k.startsWith('bn-lab-') && k !== VERSIONS && !keep.includes(k))
                    .map((k) => caches.delete(k)),
                ),
              );
          }),
      )
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    event.respondWith(
      fetch(request).catch(() =>
        caches.match(url('index.html'), { cacheName: CACHE }).then((page) => page || Response.error()),
      ),
    );
    return;
  }
  // This version's files, then the previous version's (a tab still on it), then the network.
  event.respondWith(
    caches
      .match(request, { cacheName: CACHE, ignoreSearch: true })
      .then((hit) => hit || caches.match(request, { ignoreSearch: true }))
      .then((hit) => hit || fetch(request)),
  );
});
`;
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
    generateBundle(_options, bundle) {
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
        source: serviceWorkerSource(hash.digest('hex').slice(0, 12), app, data),
      });
    },
  };
}
