// The one gate (`npm test`): type check, lint, format check, MNIST asset, production build, then every Vitest
// project (unit, dom, browser). Every step runs even if an earlier one fails; the last line is
// "N passed, N failed" over all tests, with each non-Vitest check counted as one test.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { ensureChromium } from './chromium.mjs';

const bin = (name) => `node_modules/.bin/${name}`;
const checks = [
  ['type check', bin('tsc'), ['-b', '--pretty']],
  ['lint', bin('eslint'), ['--max-warnings', '0', '.']],
  ['format', bin('prettier'), ['--check', '--log-level', 'warn', '.']],
  ['data', bin('tsx'), ['scripts/prepare-mnist.ts']],
  ['build', bin('vite'), ['build', '--logLevel', 'warn']],
];

/** Stops before any test with one line saying what to do, and the tally CI reads. */
function stop(reason) {
  console.error(reason);
  console.log('\n0 passed, 1 failed');
  process.exit(1);
}

// The Node version the README names; the pinned tools (Vite 8, Vitest 4.1, jsdom 29) admit it.
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 20 || (major === 20 && minor < 19))
  stop(`Node ${process.versions.node} is too old: BatchNorm Lab needs Node 20.19 or newer.`);
if (!existsSync('node_modules/.bin/vitest'))
  stop('The dependencies are not installed: run `npm ci`, then npm test again.');
const noBrowser = ensureChromium();
if (noBrowser) stop(noBrowser);

let passed = 0;
let failed = 0;
for (const [name, command, args] of checks) {
  console.log(`\n▶ ${name}: ${command} ${args.join(' ')}`);
  const { status } = spawnSync(command, args, { stdio: 'inherit' });
  if (status === 0) passed++;
  else {
    failed++;
    console.log(`✗ ${name} failed (exit ${status})`);
  }
}

const resultsDir = '.vitest-results';
rmSync(resultsDir, { recursive: true, force: true });
mkdirSync(resultsDir, { recursive: true });
const resultsFile = `${resultsDir}/results.json`;
console.log('\n▶ tests: vitest run (unit, dom, browser)');
const vitest = spawnSync(
  bin('vitest'),
  ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${resultsFile}`],
  { stdio: 'inherit' },
);
try {
  const results = JSON.parse(readFileSync(resultsFile, 'utf8'));
  passed += results.numPassedTests;
  failed += results.numFailedTests + results.numPendingTests + results.numTodoTests;
  // A file that fails to load has no tests but must still count as a failure.
  failed += results.testResults.filter(
    (file) => file.status === 'failed' && file.assertionResults.length === 0,
  ).length;
  if (vitest.status !== 0 && results.numFailedTests === 0) failed++;
} catch {
  console.log('✗ vitest wrote no results');
  failed++;
}

console.log(`\n${passed} passed, ${failed} failed`);
process.exitCode = failed === 0 ? 0 : 1;
