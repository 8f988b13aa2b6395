import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS } from '../../src/run/report';
import type { RunReport } from '../../src/run/headless';
import { utf16le, wideTableCsv } from '../helpers/hostileTables';
import { LOADED } from '../helpers/timeouts';

/**
 * The command line as a Unix tool: stopped by SIGINT, SIGTERM or a closed pipe it leaves valid
 * files marked incomplete; a table alone trains the default setup; long lists are bounded.
 */

const dir = mkdtempSync(join(tmpdir(), 'bn-lab-signals-'));
const ARGS = ['--import', 'tsx', 'scripts/experiment.ts'];

function experiment(...args: string[]) {
  const result = spawnSync(process.execPath, [...ARGS, ...args], {
    encoding: 'utf8',
    timeout: 240_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Starts a long run writing `out`, sends `signal` once the file holds steps, and waits. */
async function interrupted(out: string, signal: NodeJS.Signals) {
  const child = spawn(
    process.execPath,
    [...ARGS, 'deep-saturating', '--steps', '50000000', '--out', out],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  // Steps are flushed to the file 1,024 at a time: wait for the first batch.
  while (!(existsSync(out) && statSync(out).size > 200_000))
    await new Promise((resolve) => setTimeout(resolve, 100));
  child.kill(signal);
  const code = await exited;
  return { code, stdout, stderr };
}

describe('npm run experiment as a Unix tool', LOADED.medium, () => {
  it('stops on SIGINT after the step under way and closes its JSON valid, marked incomplete', async () => {
    const out = join(dir, 'interrupted.json');
    const { code, stderr } = await interrupted(out, 'SIGINT');
    expect(code).toBe(130);
    const report = JSON.parse(readFileSync(out, 'utf8')) as RunReport;
    expect(report.complete).toBe(false);
    expect(report.stepCount).toBe(50_000_000);
    const stopped = report.stoppedAtStep!;
    expect(stopped).toBeGreaterThan(1000);
    expect(report.steps).toHaveLength(stopped);
    expect(report.steps.at(-1)!.step).toBe(stopped);
    // Step 0's evaluation and one every 50 steps up to the stop.
    expect(report.evaluations).toHaveLength(1 + Math.floor(stopped / 50));
    expect(report.final).toBeDefined();
    expect(existsSync(`${out}.evaluations.part`)).toBe(false);
    expect(stderr).toBe(
      `stopped by SIGINT after step ${stopped.toLocaleString('en')} of 50,000,000; ${out} holds the steps so far, marked incomplete\n`,
    );
  });

  it('stops on SIGTERM and ends its CSV on a whole line, then a comment saying so', async () => {
    const out = join(dir, 'terminated.csv');
    const { code, stdout } = await interrupted(out, 'SIGTERM');
    expect(code).toBe(143);
    const lines = readFileSync(out, 'utf8').split('\n');
    expect(lines.pop()).toBe('');
    const last = lines.pop()!;
    const stopped = Number(
      /^# incomplete: stopped by SIGTERM after step (\d+) of 50000000$/.exec(last)?.[1],
    );
    expect(stopped).toBeGreaterThan(0);
    expect(lines[0]).toBe(CSV_COLUMNS.join(','));
    for (const line of lines) expect(line.split(',')).toHaveLength(CSV_COLUMNS.length);
    expect(Number(lines.at(-1)!.split(',')[0])).toBe(stopped);
    expect(stdout).toContain(`steps: ${stopped} of 50000000 (stopped early)`);
  });

  it('stops when its reader does (`| head -1`), leaving a valid CSV and saying nothing', () => {
    const out = join(dir, 'piped.csv');
    const result = spawnSync(
      `"${process.execPath}" ${ARGS.join(' ')} worked-example --steps 100000000 --out "${out}" | head -1`,
      { encoding: 'utf8', shell: '/bin/bash', timeout: 120_000 },
    );
    // Not killed by the timeout: 100 million steps would take over an hour.
    expect(result.error).toBeUndefined();
    expect(result.stdout).toMatch(/^estimate: .*\n$/);
    expect(result.stderr).toBe('');
    const last = readFileSync(out, 'utf8').trimEnd().split('\n').at(-1);
    expect(last).toMatch(/^# incomplete: stopped by a closed pipe after step \d+ of 100000000$/);
  });

  it('trains the default setup on a table given alone, and says so on its first line', () => {
    const file = join(dir, 'alone.csv');
    const rows = Array.from(
      { length: 80 },
      (_, i) => `${(i * 7) % 13},${(i * 3) % 11},S${i},${i % 2}`,
    );
    writeFileSync(file, ['a,b,name,label', ...rows].join('\n'));
    const { code, stdout, stderr } = experiment('--data', file, '--steps', '30');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const lines = stdout.split('\n');
    expect(lines[0]).toBe(
      'no setup given: training the default setup on the table (Dense(3, relu) → Dense(2, relu), BN after each activation, η = 0.1, 500 steps of 8); give a file or preset to choose another',
    );
    expect(lines[1]).toBe('data: alone.csv: 80 of 80 rows used; 2 inputs; binary: 0 → 0, 1 → 1');
    expect(lines[2]).toBe(
      'left out (name them in --features to use them): name (every value is different (an identifier or free text))',
    );
    expect(stdout).toMatch(/^steps: 30$/m);
    // Neither a file nor a table: the usage.
    expect(experiment().stderr).toContain(
      'give exactly one experiment file or preset (or --data TABLE.csv)',
    );
  });

  it('reads a UTF-16 table, and bounds the list of columns when a name is unknown', () => {
    const utf16 = join(dir, 'unicode.txt');
    const rows = Array.from(
      { length: 40 },
      (_, i) => `${(i * 0.37) % 5}\t${(i * 1.7) % 3}\t${i % 2 ? 'oui' : 'non'}`,
    );
    writeFileSync(utf16, utf16le(`x\tZoë\tplacé\n${rows.join('\n')}\n`));
    const read = experiment('worked-example', '--data', utf16, '--label', 'placé', '--steps', '5');
    expect(read.stderr).toBe('');
    expect(read.stdout).toContain(
      'data: unicode.txt: 40 of 40 rows used; 2 inputs; binary: non → 0, oui → 1',
    );
    const wide = join(dir, 'wide.csv');
    writeFileSync(wide, wideTableCsv(10_000, 4));
    const { code, stderr } = experiment('worked-example', '--data', wide, '--label', 'nosuch');
    expect(code).toBe(2);
    const first = stderr.split('\n')[0];
    expect(first).toBe(
      'error: --data: ' +
        wide +
        ': no column "nosuch" (the columns: "c0", "c1", "c2", "c3", "c4", "c5", "c6", "c7", "c8", "c9", and 9,990 more)',
    );
    expect(stderr.length).toBeLessThan(3000);
  });

  it('stops a sweep on SIGINT with nothing written', async () => {
    const out = join(dir, 'sweep.csv');
    const child = spawn(
      process.execPath,
      [
        ...ARGS,
        'deep-saturating',
        '--sweep',
        'lr',
        '--sweep-steps',
        '10000000',
        '--workers',
        '1',
        '--out',
        out,
      ],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    await new Promise((resolve) => setTimeout(resolve, 4000));
    child.kill('SIGINT');
    expect(await exited).toBe(130);
    expect(stderr).toBe('stopped by SIGINT before the sweep finished; nothing was written\n');
    expect(existsSync(out)).toBe(false);
  });
});
