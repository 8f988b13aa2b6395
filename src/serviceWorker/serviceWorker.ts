/**
 * BatchNorm Lab's service worker. It caches the app (HTML, scripts, styles, workers, icons) when
 * installed and the data assets right after, without failing the install when a data asset is
 * missing; it answers from that cache first (every built file's name holds its content hash, so a
 * cached file is never stale), fetching what is not cached; a navigation goes to the network
 * first, so a new build is seen when online, and falls back to the cached page offline.
 *
 * A new build has a new version, so its worker installs beside the old one and takes over at
 * once; it keeps the previous version's cache (a tab still open on that version fetches its
 * lazily loaded views from it, even after the server dropped those files) and deletes the ones
 * before (the order of versions is kept in a small cache of its own). Assets are looked up in
 * every kept cache. Every URL is relative to the worker's scope, so the app works from any
 * sub-path of any static host.
 *
 * The build (scripts/serviceWorker.ts) bundles this module into `sw.js` with the build's files.
 */

import type { Build } from './build';

/** The part of a service worker's global scope this worker uses. */
export type WorkerScope = Pick<
  ServiceWorkerGlobalScope,
  'registration' | 'location' | 'skipWaiting' | 'clients' | 'addEventListener'
>;

const PREFIX = 'bn-lab-';
/** The cache holding the versions installed, oldest first. */
const VERSIONS = `${PREFIX}versions`;
/** How many versions' caches are kept: this one and the one before. */
const KEPT = 2;

export function installServiceWorker(scope: WorkerScope, build: Build, store: CacheStorage): void {
  const cacheName = `${PREFIX}${build.version}`;
  const url = (path: string) => new URL(path, scope.registration.scope).href;
  const versionsKey = url(`${VERSIONS}.json`);

  const install = async () => {
    const cache = await store.open(cacheName);
    await cache.addAll(build.app.map(url));
    await Promise.all(build.data.map((path) => cache.add(url(path)).catch(() => undefined)));
    await scope.skipWaiting();
  };

  const readVersions = async (meta: Cache): Promise<string[]> => {
    try {
      const response = await meta.match(versionsKey);
      const known: unknown = response ? await response.json() : [];
      return Array.isArray(known) ? known.filter((v): v is string => typeof v === 'string') : [];
    } catch {
      return [];
    }
  };

  const activate = async () => {
    const meta = await store.open(VERSIONS);
    const known = await readVersions(meta);
    const keep = [...known.filter((v) => v !== cacheName), cacheName].slice(-KEPT);
    await meta.put(versionsKey, new Response(JSON.stringify(keep)));
    const stale = (await store.keys()).filter(
      (k) => k.startsWith(PREFIX) && k !== VERSIONS && !keep.includes(k),
    );
    await Promise.all(stale.map((k) => store.delete(k)));
    await scope.clients.claim();
  };

  const navigate = async (request: Request) => {
    try {
      return await fetch(request);
    } catch {
      return (await store.match(url('index.html'), { cacheName })) ?? Response.error();
    }
  };

  // This version's files, then the previous version's (a tab still on it), then the network.
  const asset = async (request: Request) =>
    (await store.match(request, { cacheName, ignoreSearch: true })) ??
    (await store.match(request, { ignoreSearch: true })) ??
    (await fetch(request));

  scope.addEventListener('install', (event) => event.waitUntil(install()));
  scope.addEventListener('activate', (event) => event.waitUntil(activate()));
  scope.addEventListener('fetch', (event) => {
    const request = event.request;
    if (request.method !== 'GET' || new URL(request.url).origin !== scope.location.origin) return;
    event.respondWith(request.mode === 'navigate' ? navigate(request) : asset(request));
  });
}
