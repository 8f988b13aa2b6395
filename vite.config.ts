import { playwright } from '@vitest/browser-playwright';
import preact from '@preact/preset-vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { serviceWorkerPlugin } from './scripts/serviceWorker.ts';

/**
 * The built page's Content-Security-Policy: scripts, workers, styles and data only from the
 * page's own origin, no inline script, no eval, no plugins, no base or form targets. Images may
 * also be data:/blob: URLs (the PNG export draws an SVG blob). Sent as a header by `vite preview`
 * and written into the built index.html for any other static host. The dev server goes without:
 * its hot reload needs an inline script.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self'",
  "connect-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/** Flags Debian's Chromium needs on this closed-network machine (also in tests/browser). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: (html) =>
      html.replace(
        '<meta charset="UTF-8" />',
        `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`,
      ),
  };
}

export default defineConfig({
  // Relative URLs throughout: the built dist/ works from any sub-path of any static host.
  base: './',
  // Preact renders the page: its compat layer answers for 'react' and 'react-dom' (Zustand and our
  // components import those names), at about a tenth of React DOM's size.
  plugins: [
    preact({ prerender: { enabled: false } }),
    contentSecurityPolicy(),
    serviceWorkerPlugin(),
  ],
  server: { host: '127.0.0.1' },
  preview: {
    host: '127.0.0.1',
    port: 4173,
    strictPort: false,
    headers: {
      'Content-Security-Policy': `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`,
      'X-Content-Type-Options': 'nosniff',
    },
  },
  build: { target: 'es2022', sourcemap: true, manifest: true },
  test: {
    // Two files at once on two cores: the unit and DOM files run beside the browser files (which
    // run one at a time), instead of every file one after another.
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/browser/**', 'tests/ui/**'],
          environment: 'node',
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          // Through Vite, so that its `react` import meets Preact's compat layer, as in the page.
          server: { deps: { inline: ['zustand'] } },
          include: ['tests/ui/**/*.test.tsx', 'tests/ui/**/*.test.ts'],
          exclude: ['tests/ui/**/*.chromium.test.ts'],
          environment: 'jsdom',
        },
      },
      {
        extends: true,
        test: {
          // Drawing functions on real canvases: Vitest's browser mode in Debian's Chromium.
          name: 'chromium',
          include: ['tests/ui/**/*.chromium.test.ts'],
          testTimeout: 60_000,
          browser: {
            enabled: true,
            headless: true,
            screenshotFailures: false,
            provider: playwright({
              launchOptions: { executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS },
            }),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/browser/previewServer.ts'],
          testTimeout: 60_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
