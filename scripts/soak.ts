/**
 * Long runs (`npm run soak`): one million steps of the worked example from the command line,
 * with memory measured against a run ten times shorter; then the page training at full speed
 * for --minutes (default 10) with its JS heap at 1 minute and at the end, and no errors.
 *   npm run soak [-- --minutes 10 --steps 1000000]
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    minutes: { type: 'string', default: '10' },
    steps: { type: 'string', default: '1000000' },
  },
});
const minutes = Number(values.minutes);
const steps = Number(values.steps);
if (!Number.isInteger(minutes) || minutes < 0 || minutes > 120) {
  console.error('--minutes must be a whole number from 0 to 120');
  process.exit(2);
}
if (!Number.isInteger(steps) || steps < 10 || steps > 100_000_000) {
  console.error('--steps must be a whole number from 10 to 100000000');
  process.exit(2);
}

const dir = mkdtempSync(join(tmpdir(), 'bn-lab-soak-'));
let failed = false;

/** Runs the worked example headless; returns its peak memory (MB) and wall time line. */
function cli(count: number): { peakMb: number; output: string } {
  const out = join(dir, `run-${count}.csv`);
  const result = spawnSync(
    process.execPath,
    [
      '--import',
      'tsx',
      'scripts/experiment.ts',
      'worked-example',
      '--steps',
      String(count),
      '--layers-every',
      String(Math.max(1, count / 100)),
      '--out',
      out,
    ],
    { encoding: 'utf8' },
  );
  if (result.status !== 0) {
    console.error(result.stderr);
    failed = true;
  }
  const peak = /peak memory (\d+) MB/.exec(result.stdout);
  return { peakMb: peak ? Number(peak[1]) : Number.NaN, output: result.stdout.trim() };
}

console.log(`▶ command line: worked example, ${steps.toLocaleString('en')} steps (CSV streamed)`);
const short = cli(steps / 10);
const long = cli(steps);
console.log(long.output);
console.log(
  `peak memory: ${short.peakMb} MB at ${(steps / 10).toLocaleString('en')} steps, ${long.peakMb} MB at ${steps.toLocaleString('en')} steps`,
);
if (!(long.peakMb <= short.peakMb * 1.2 + 10)) {
  console.error('✗ memory grew with the length of the run');
  failed = true;
}

if (minutes > 0) {
  console.log(`\n▶ page: deep preset at full speed for ${minutes} minutes`);
  const page = spawnSync(
    process.execPath,
    [
      '--import',
      'tsx',
      'bench/ui-frames.ts',
      '--seconds',
      '5',
      '--paper-steps',
      '0',
      '--heap-minutes',
      String(minutes),
    ],
    { stdio: 'inherit' },
  );
  if (page.status !== 0) failed = true;
}
process.exitCode = failed ? 1 : 0;
