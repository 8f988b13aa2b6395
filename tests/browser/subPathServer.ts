import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import type { Page } from 'playwright';
import { afterAll, beforeAll } from 'vitest';

/** dist/ served under /lab/, as a static host would serve it from a sub-path. */
export function subPathServer(): Promise<{ server: Server; url: string }> {
  const types: Record<string, string> = {
    '.html': 'text/html',
    '.js': 'text/javascript',
    '.css': 'text/css',
    '.svg': 'image/svg+xml',
    '.bin': 'application/octet-stream',
  };
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    if (!path.startsWith('/lab/')) {
      response.writeHead(404).end();
      return;
    }
    let file = normalize(join('dist', path.slice('/lab/'.length)));
    if (!file.startsWith('dist')) {
      response.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream' });
    response.end(readFileSync(file));
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      resolve({ server, url: `http://127.0.0.1:${port}/lab/` });
    }),
  );
}

/** dist/ hosted under /lab/ for the tests of a describe block: the URL, once it listens. */
export function hostedBuild(): () => string {
  let host: { server: Server; url: string } | null = null;
  beforeAll(async () => {
    host = await subPathServer();
  });
  afterAll(
    () => new Promise<void>((resolve) => (host ? host.server.close(() => resolve()) : resolve())),
  );
  return () => {
    if (!host) throw new Error('the build is not hosted yet (call inside a test)');
    return host.url;
  };
}

/** Opens the hosted build's deep sigmoid preset, and the paths its service worker has cached. */
export async function visitAndCache(page: Page, url: string): Promise<string[]> {
  await page.goto(`${url}#preset=deep-saturating`);
  await page.getByRole('heading', { level: 3, name: 'Layer 6' }).waitFor();
  return page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    const keys = await caches.keys();
    const cache = await caches.open(
      keys.find((k) => k.startsWith('bn-lab-') && !k.endsWith('versions'))!,
    );
    return (await cache.keys()).map((r) => new URL(r.url).pathname);
  });
}
