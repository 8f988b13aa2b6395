/**
 * The claims on the command line:
 *   npm run experiment -- --claims                 lists them
 *   npm run experiment -- --claim ID [--seeds N] [--workers N] [--out FILE.json]
 * reproduces one claim's runs with the page's code and prints its card and verdict.
 */
import { writeFileSync } from 'node:fs';
import { extname } from 'node:path';
import { parseArgs } from 'node:util';
import { CLAIMS, findClaim } from '../src/claims/catalog';
import { VERDICT_LABELS, type Claim } from '../src/claims/claim';
import { claimText } from '../src/claims/report';
import { measureClaim } from '../src/run/claims';
import { defaultWorkers, runParallel } from './parallelSweep';
import { UsageError } from './commandLine';

export function isClaimsCommand(argv: readonly string[]): boolean {
  return argv.some((a) => a === '--claims' || a === '--claim' || a.startsWith('--claim='));
}

/** Runs a claim's setups on a pool of threads, printing progress to stderr. */
export async function runClaim(claim: Claim, seeds: number, workers: number) {
  const started = performance.now();
  const results = await measureClaim(
    claim,
    (experiment, cells, steps) =>
      runParallel(experiment, cells, steps, workers, (done) => {
        if (process.stderr.isTTY) process.stderr.write(`\r  ${done} of ${cells.length} runs`);
      }),
    seeds,
    (label, runs) => console.error(`  ${claim.id}: ${label}, ${runs} runs`),
  );
  if (process.stderr.isTTY) process.stderr.write('\n');
  return { results, seconds: (performance.now() - started) / 1000 };
}

function count(flag: string, text: string | undefined, max: number): number | undefined {
  if (text === undefined) return undefined;
  const n = Number(text);
  if (!/^\d+$/.test(text.trim()) || n < 1 || n > max)
    throw new UsageError(`--${flag} must be a whole number from 1 to ${max}, got "${text}"`);
  return n;
}

export async function claimsMain(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: {
        claims: { type: 'boolean' },
        claim: { type: 'string' },
        seeds: { type: 'string' },
        workers: { type: 'string' },
        out: { type: 'string' },
      },
    });
  } catch (error) {
    throw new UsageError(`${(error as Error).message} (with --claim: --seeds, --workers, --out)`);
  }
  const { values } = parsed;
  if (values.claims) {
    if (values.claim !== undefined) throw new UsageError('give --claims or --claim ID, not both');
    for (const c of CLAIMS)
      console.log(`${String(c.number).padStart(2)}  ${c.id.padEnd(26)} ${c.texts().source}`);
    return 0;
  }
  const claim = findClaim(values.claim ?? '');
  if (!claim)
    throw new UsageError(
      `--claim: "${values.claim ?? ''}" is not a claim; --claims lists them (${CLAIMS.map((c) => c.id).join(', ')})`,
    );
  const seeds = count('seeds', values.seeds, 50) ?? claim.seeds;
  const workers = count('workers', values.workers, 256) ?? defaultWorkers();
  const out = values.out;
  if (out !== undefined && extname(out).toLowerCase() !== '.json')
    throw new UsageError(`--out must end in .json, got "${out}"`);
  const { results, seconds } = await runClaim(claim, seeds, workers);
  const judgement = claim.judge(results);
  console.log(claimText(claim, judgement, seeds));
  console.error(`${claim.id}: ${seconds.toFixed(1)} s`);
  if (out !== undefined) {
    writeFileSync(out, JSON.stringify({ ...results, judgement }, null, 1) + '\n');
    console.log(`wrote ${out}`);
  }
  return judgement.verdict in VERDICT_LABELS ? 0 : 1;
}
