import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { preview, type PreviewServer } from 'vite';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

let server: PreviewServer | undefined;

/** Serves the production build (`dist/`, made by `npm run build`) on 127.0.0.1 for the browser tests. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (!existsSync('dist/index.html'))
    throw new Error('No build in dist/: run `npm run build` first.');
  const port = await freePort();
  server = await preview({
    preview: { host: '127.0.0.1', port, strictPort: true },
    logLevel: 'warn',
  });
  project.provide('baseUrl', `http://127.0.0.1:${port}/`);
  return async () => {
    await server?.close();
  };
}
