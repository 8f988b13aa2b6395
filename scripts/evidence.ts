/**
 * Measures every preset's evidence (the slider's bands, the init probe and the scoreboard's
 * runs, per BN placement) with the command line's sweep pool and writes it where the page loads
 * it from: src/experiment/evidence/<preset>.json.
 *   npm run evidence [-- --only PRESET[,PRESET…]] [--workers N]
 * Every number is a pure function of the preset, so a rerun writes the same files; a test
 * recomputes a sample of the runs and fails when the code would change a shipped number.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { evidenceRequests } from '../src/experiment/evidenceRequests';
import { PRESETS } from '../src/experiment/presets';
import { measureEvidence } from '../src/run/evidence';
import { defaultWorkers, runParallel } from './parallelSweep';

export const EVIDENCE_DIR = 'src/experiment/evidence';

function option(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

const only = option('--only')?.split(',');
const threads = Number(option('--workers') ?? defaultWorkers());
if (!(threads >= 1)) {
  console.error('--workers: a whole number of at least 1');
  process.exit(2);
}
const presets = PRESETS.filter((p) => !only || only.includes(p.id));
if (only && presets.length !== only.length) {
  console.error(`--only: unknown preset among ${only.join(', ')}`);
  process.exit(2);
}
mkdirSync(EVIDENCE_DIR, { recursive: true });
for (const preset of presets) {
  const started = performance.now();
  const evidence = await measureEvidence(
    preset.id,
    evidenceRequests(preset),
    (experiment, cells, steps) => runParallel(experiment, cells, steps, threads),
    (what) => console.error(`  ${what}`),
  );
  const path = `${EVIDENCE_DIR}/${preset.id}.json`;
  writeFileSync(path, JSON.stringify(evidence) + '\n');
  console.log(`${path}: ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
