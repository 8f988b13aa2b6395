import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { serviceWorkerSource } from '../../scripts/serviceWorker';

const SCOPE = 'https://lab.example/app/';

/** A CacheStorage in memory: named caches of URL → body text. */
class Caches {
  readonly stores = new Map<string, Map<string, string>>();
  private store(name: string) {
    let s = this.stores.get(name);
    if (!s) this.stores.set(name, (s = new Map<string, string>()));
    return s;
  }
  open(name: string) {
    const s = this.store(name);
    return Promise.resolve({
      addAll: (urls: string[]) => {
        for (const u of urls) s.set(u, `${name}:${u}`);
        return Promise.resolve();
      },
      add: (u: string) => {
        s.set(u, `${name}:${u}`);
        return Promise.resolve();
      },
      put: async (u: string, response: Response) => {
        s.set(u, await response.text());
      },
      match: (u: string) => Promise.resolve(s.has(u) ? new Response(s.get(u)) : undefined),
    });
  }
  keys() {
    return Promise.resolve([...this.stores.keys()]);
  }
  delete(name: string) {
    return Promise.resolve(this.stores.delete(name));
  }
  match(request: { url: string } | string, options: { cacheName?: string } = {}) {
    const u = typeof request === 'string' ? request : request.url;
    const names = options.cacheName ? [options.cacheName] : [...this.stores.keys()];
    for (const name of names) {
      const body = this.stores.get(name)?.get(u);
      if (body !== undefined) return Promise.resolve(new Response(body));
    }
    return Promise.resolve(undefined);
  }
}

/** Installs and activates one build's worker against `caches`; returns its fetch handler. */
async function deploy(caches: Caches, version: string, app: string[]) {
  const listeners = new Map<string, (event: unknown) => void>();
  const self = {
    registration: { scope: SCOPE },
    location: new URL('sw.js', SCOPE),
    skipWaiting: () => Promise.resolve(),
    clients: { claim: () => Promise.resolve() },
    addEventListener: (type: string, listener: (event: unknown) => void) =>
      listeners.set(type, listener),
  };
  runInNewContext(await serviceWorkerSource({ version, app, data: [] }), {
    self,
    caches,
    URL,
    Response,
    Promise,
    JSON,
    fetch: () => Promise.resolve(new Response('network', { status: 404 })),
  });
  for (const type of ['install', 'activate']) {
    let done: Promise<unknown> = Promise.resolve();
    listeners.get(type)!({ waitUntil: (p: Promise<unknown>) => void (done = p) });
    await done;
  }
  return async (path: string) => {
    let answer: Promise<Response> | undefined;
    listeners.get('fetch')!({
      request: { method: 'GET', url: new URL(path, SCOPE).href, mode: 'no-cors' },
      respondWith: (p: Promise<Response>) => void (answer = p),
    });
    return (await answer!).text();
  };
}

describe('the service worker across deploys', () => {
  it('keeps the previous version’s files for a tab still on it, and drops the ones before', async () => {
    const caches = new Caches();
    await deploy(caches, 'a', ['index.html', 'assets/figure-A.js']);
    await deploy(caches, 'b', ['index.html', 'assets/figure-B.js']);
    // A tab opened on build a asks for its lazy view after build b took over: still served.
    const fromB = await deploy(caches, 'b', ['index.html', 'assets/figure-B.js']);
    expect(await fromB('assets/figure-A.js')).toBe(`bn-lab-a:${SCOPE}assets/figure-A.js`);
    expect(await fromB('assets/figure-B.js')).toBe(`bn-lab-b:${SCOPE}assets/figure-B.js`);
    const fromC = await deploy(caches, 'c', ['index.html', 'assets/figure-C.js']);
    expect([...caches.stores.keys()].sort()).toEqual(['bn-lab-b', 'bn-lab-c', 'bn-lab-versions']);
    expect(await fromC('assets/figure-B.js')).toBe(`bn-lab-b:${SCOPE}assets/figure-B.js`);
    // Two versions back, the file is gone: the network answers.
    expect(await fromC('assets/figure-A.js')).toBe('network');
  });
});
