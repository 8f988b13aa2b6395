/**
 * Measures every preset's evidence (the slider's bands, the init probe and the scoreboard's
 * runs, per BN placement) with the command line's sweep pool and writes it where the page loads
 * it from: src/experiment/evidence/<preset>.json.
 *   npm run evidence [-- --only PRESET[,PRESET…]] [--workers N] [--reuse]
 * --reuse keeps the sweeps of the files already there whose setup and plan are unchanged (for a
 * change that adds a measurement and changes no number).
 * Every number is a pure function of the preset, so a rerun writes the same files; a test
 * recomputes a sample of the runs and fails when the code would change a shipped number.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { PresetEvidence } from '../src/experiment/evidence';
import { evidenceRequests } from '../src/page/evidenceRequests';
import { PRESETS } from '../src/experiment/presets';
import { mnistAssets, needsMnist } from '../src/run/assets';
import { measureEvidence } from '../src/run/evidence';
import { ensureMnistAsset } from './prepare-mnist';
import { option, runParallel, workersOption } from './parallelSweep';

export const EVIDENCE_DIR = 'src/experiment/evidence';

const only = option('--only')?.split(',');
const threads = workersOption();
const presets = PRESETS.filter((p) => !only || only.includes(p.id));
if (only && presets.length !== only.length) {
  console.error(`--only: unknown preset among ${only.join(', ')}`);
  process.exit(2);
}
mkdirSync(EVIDENCE_DIR, { recursive: true });
for (const preset of presets) {
  const started = performance.now();
  const path = `${EVIDENCE_DIR}/${preset.id}.json`;
  const reuse =
    process.argv.includes('--reuse') && existsSync(path)
      ? (JSON.parse(readFileSync(path, 'utf8')) as PresetEvidence)
      : undefined;
  const evidence = await measureEvidence(
    preset.id,
    evidenceRequests(preset),
    (experiment, cells, steps) => runParallel(experiment, cells, steps, threads),
    (what) => console.error(`  ${what}`),
    needsMnist(preset.experiment) ? mnistAssets(ensureMnistAsset()) : {},
    reuse,
  );
  writeFileSync(path, JSON.stringify(evidence) + '\n');
  console.log(`${path}: ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
