// Debian's Chromium for the browser tests (Playwright's own browser download does not work on
// this kind of machine). `ensureChromium()` returns null when /usr/bin/chromium is there, or after
// installing it with apt when this process is root; otherwise one line naming the command to run.
// Run directly (`node scripts/chromium.mjs`) it prints that line and exits 1.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const CHROMIUM = '/usr/bin/chromium';
const INSTALL = 'apt-get install -y chromium';

function aptAvailable() {
  return spawnSync('apt-get', ['--version'], { stdio: 'ignore' }).status === 0;
}

export function ensureChromium() {
  if (existsSync(CHROMIUM)) return null;
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!root || !aptAvailable())
    return `Chromium is missing at ${CHROMIUM}: run \`sudo ${INSTALL}\` (Debian or Ubuntu), then npm test again.`;
  console.log(`▶ ${CHROMIUM} is missing: installing Debian's Chromium (${INSTALL})`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const run = (args) => spawnSync('apt-get', args, { stdio: ['ignore', 'ignore', 'inherit'], env });
  run(['update', '-qq']);
  run(['install', '-y', '-qq', 'chromium']);
  if (existsSync(CHROMIUM)) return null;
  return `Installing Chromium failed: run \`${INSTALL}\` to see why, then npm test again.`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const problem = ensureChromium();
  if (problem) console.error(problem);
  process.exitCode = problem ? 1 : 0;
}
