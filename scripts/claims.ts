/**
 * Measures every claim of the gallery and writes what the page ships:
 * src/claims/results/<id>.json (the runs; the page computes each verdict from them) and
 * docs/claims.md (the table of verdicts).
 *   npm run claims [-- --only ID[,ID…]] [--workers N] [--docs]
 * --docs rewrites docs/claims.md from the results already there, running nothing.
 * Every number is a pure function of the claim's setups, so a rerun writes the same files; a test
 * recomputes the cheap claims and a sampled run of the others, and fails when one would change.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { CLAIMS } from '../src/claims/catalog';
import type { ClaimResults } from '../src/claims/claim';
import { claimsMarkdown } from '../src/claims/report';
import { ensureMnistAsset } from './prepare-mnist';
import { option, workersOption } from './parallelSweep';
import { runClaim } from './claimsCommand';

export const CLAIMS_DIR = 'src/claims/results';

const only = option('--only')?.split(',');
const workers = workersOption();
const chosen = CLAIMS.filter((c) => !only || only.includes(c.id));
if (only && chosen.length !== only.length) {
  console.error(`--only: unknown claim among ${only.join(', ')}`);
  process.exit(2);
}
mkdirSync(CLAIMS_DIR, { recursive: true });
if (!process.argv.includes('--docs')) {
  ensureMnistAsset();
  for (const claim of chosen) {
    const { results, seconds } = await runClaim(claim, claim.seeds, workers);
    writeFileSync(`${CLAIMS_DIR}/${claim.id}.json`, JSON.stringify(results) + '\n');
    console.log(
      `${claim.number}. ${claim.id}: ${seconds.toFixed(1)} s, ${claim.judge(results).verdict}`,
    );
  }
}
const entries = CLAIMS.map((claim) => {
  const path = `${CLAIMS_DIR}/${claim.id}.json`;
  const results = existsSync(path)
    ? (JSON.parse(readFileSync(path, 'utf8')) as ClaimResults)
    : null;
  return { claim, results };
});
writeFileSync('docs/claims.md', claimsMarkdown(entries));
console.log('wrote docs/claims.md');
