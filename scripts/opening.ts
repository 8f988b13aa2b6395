/**
 * The opening's seed table (docs/opening.md): the page's opening setup at its η, ten seeds, BN
 * before and after the activation, over the first 3,000 steps (about 10 s of the page at its
 * default speed): how the plain twin ended, and when the BN twin reached 90% test accuracy
 * (checked after every step).
 *   npm run opening [-- --seeds N] [--steps N]
 */
import { TARGET_ACCURACY, lossThreshold } from '../src/experiment/evidence';
import { findPreset, OPENING_ID } from '../src/experiment/presets';
import { cloneExperiment } from '../src/experiment/schema';
import { outcomeOf, type TwinOutcome } from '../src/experiment/sweep';
import { runSweepCell } from '../src/run/sweepCell';

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(name);
  const value = at >= 0 ? Number(process.argv[at + 1]) : fallback;
  if (!Number.isInteger(value) || value < 1) {
    console.error(`${name}: a whole number of at least 1`);
    process.exit(2);
  }
  return value;
}

const seeds = option('--seeds', 10);
const steps = option('--steps', 3000);
const base = cloneExperiment(findPreset(OPENING_ID)!.experiment);
const threshold = lossThreshold(base);
const eta = base.optimizer.learningRate;

function plainText(o: TwinOutcome): string {
  const outcome = outcomeOf(o, threshold);
  if (outcome === 'blowsUp') return `blows up at step ${o.divergedAtStep}`;
  return `${outcome === 'stalls' ? 'stalls' : outcome} (test accuracy ${o.finalAccuracy?.toFixed(2)})`;
}

function bnText(o: TwinOutcome): string {
  if (o.divergedAtStep !== null) return `blows up at step ${o.divergedAtStep} | –`;
  const trained =
    outcomeOf(o, threshold) === 'trains' ? '' : ` (final loss ${o.finalLoss?.toFixed(2)})`;
  return `${o.stepsToTarget ?? 'never'} | ${o.finalAccuracy?.toFixed(2)}${trained}`;
}

const rows: string[] = [];
const counts = { plainFails: 0, before: 0, after: 0 };
for (let k = 0; k < seeds; k++) {
  const cells = (['before', 'after'] as const).map((placement) => {
    const e = cloneExperiment(base);
    e.batchNorm.placement = placement;
    const seed = base.seed + k;
    return runSweepCell(
      e,
      { index: 0, learningRate: eta, initScale: 1, seed, target: TARGET_ACCURACY },
      steps,
    );
  });
  const plain = cells[0].outcomes.plain;
  const [before, after] = cells.map((c) => c.outcomes.batchNorm);
  if (outcomeOf(plain, threshold) !== 'trains' && plain.stepsToTarget === null) counts.plainFails++;
  for (const [name, o] of [
    ['before', before],
    ['after', after],
  ] as const)
    if (
      o.divergedAtStep === null &&
      o.stepsToTarget !== null &&
      outcomeOf(o, threshold) === 'trains'
    )
      counts[name]++;
  rows.push(`| ${cells[0].seed} | ${plainText(plain)} | ${bnText(before)} | ${bnText(after)} |`);
}
console.log(
  `The opening (${base.model.hidden.length} × ${base.model.hidden[0].units} ${base.model.hidden[0].activation}, η = ${eta}), ${steps.toLocaleString('en')} steps, ${seeds} seeds:\n`,
);
console.log(
  `| seed | plain twin | BN before: steps to 90% | BN before: test accuracy at step ${steps} | BN after: steps to 90% | BN after: test accuracy at step ${steps} |`,
);
console.log('| ---: | --- | ---: | ---: | ---: | ---: |');
console.log(rows.join('\n'));
console.log(
  `\nThe plain twin fails (never reaches 90% test accuracy, final loss ≥ ${threshold}) on ${counts.plainFails} of ${seeds} seeds; the BN twin reaches 90% and ends under that loss on ${counts.before} of ${seeds} before the activation and ${counts.after} of ${seeds} after it.`,
);
