import type { Member } from '../experiment/members';
import type { Claim } from './claim';
import { fromPreset, paperNet, verdictOf } from './setups';
import {
  accuracy,
  everySeed,
  measure,
  ofText,
  percent,
  perSeed,
  plain3,
  setupRuns,
  spreadOf,
  spreadText,
} from './stats';

/** The claims of Santurkar, Tsipras, Ilyas & Madry (2018). */

/** The train loss each twin ended at: a network further along has smaller gradients. */
function finalLossRow(runs: ReturnType<typeof setupRuns>) {
  return {
    label: 'Train loss at the end',
    cells: (['plain', 'batchNorm'] as const).map((m) =>
      spreadText(
        perSeed(runs, m, (r) => r.outcomes[m]?.finalLoss ?? null),
        plain3,
      ),
    ),
  };
}

const NOISY_ROWS = 10_000;
const noisyNet = paperNet((e) => {
  e.cohort = { ...e.cohort, third: 'noisyBatchNorm', noiseScale: 0.5, noiseShift: 1 };
  e.training.evalEvery = 250;
});

export const noisyBatchNorm: Claim = {
  id: 'santurkar-noisy-bn',
  number: 5,
  source: 'Santurkar et al. 2018, Figure 2',
  claim:
    '“Noisy” BN — BN followed by noise whose mean and variance change every step — trains about as well as BN, although its layers’ input distributions are less stable than those of the network without BN.',
  setup: `The paper’s MNIST net on the first ${NOISY_ROWS.toLocaleString('en')} training digits, 2,000 steps: plain, BN, and noisy BN. Noisy BN multiplies every value of every sample by its own scale and adds its own shift; each step, each unit’s scales get a new mean from U(0.5, 1.5) and spread from U(0, 0.5), its shifts a mean from U(−1, 1) and spread from U(0, 1). Stability: every 50 steps, the last hidden layer’s sigmoid inputs on 256 training digits, in training mode as the next layer sees them (the noise included); unit by unit, how far each one’s distribution moved since the last measurement (1-Wasserstein distance) in units of its standard deviation, averaged over the units and the run.`,
  differs:
    'The paper trains VGG on CIFAR-10 and gives the noise’s parameters only loosely; our noise follows its description (i.i.d. per sample and unit, non-zero mean, non-unit variance, redrawn every step) on an MLP.',
  criterion:
    'Holds when noisy BN’s median test accuracy is within 2 points of BN’s and above the plain twin’s, and its layer input moves more per measurement than the plain twin’s in every seed; partly when the accuracy part holds but not the stability part; not when noisy BN falls more than 2 points below BN (or not above plain).',
  seeds: 3,
  setups: [
    {
      id: 'mnist',
      label: `MNIST, ${NOISY_ROWS.toLocaleString('en')} digits`,
      experiment: noisyNet,
      steps: 2000,
      trainRows: NOISY_ROWS,
      probe: { kind: 'track', optimizationEvery: 0, windows: [], layersEvery: 50 },
    },
  ],
  judge(results) {
    const runs = setupRuns(results, 'mnist');
    const members = ['plain', 'batchNorm', 'noisyBatchNorm'] as const;
    const acc = (m: Member) => perSeed(runs, m, (r) => accuracy(r, m));
    const median = (m: Member) => spreadOf(acc(m)).median;
    const noisy = median('noisyBatchNorm');
    const bn = median('batchNorm');
    const plain = median('plain');
    const trains =
      noisy !== null && bn !== null && noisy >= bn - 0.02 && (plain === null || noisy > plain);
    const unstable = everySeed(runs, (r) => {
      const n = measure(r, 'noisyBatchNorm', 'shift');
      const p = measure(r, 'plain', 'shift');
      return n !== null && p !== null && n > p;
    });
    return {
      verdict: trains ? (unstable.count === runs.length ? 'holds' : 'partly') : 'not',
      columns: ['Plain', 'With BN', 'Noisy BN'],
      rows: [
        { label: 'Test accuracy', cells: members.map((m) => spreadText(acc(m), percent)) },
        {
          label: 'Last layer’s inputs, training mode: each unit’s move per 50 steps (× its std)',
          cells: members.map((m) =>
            spreadText(
              perSeed(runs, m, (r) => measure(r, m, 'shift')),
              plain3,
            ),
          ),
        },
      ],
      reading: `Noisy BN ${trains ? 'trained within 2 points of BN and above plain' : 'did not train within 2 points of BN and above plain'}; its layer input moved more than the plain twin’s in ${ofText(unstable)} seeds.`,
    };
  },
};

const ICS_STEPS = 2000;
const WINDOWS = [
  { from: 500, to: 1000 },
  { from: 1500, to: 2000 },
];
/** The page's opening net (8 ReLU layers of 16 on XOR) at η = 0.3, where both twins train. */
const icsNet = fromPreset('deep-relu-xor', (e) => {
  e.optimizer.learningRate = 0.3;
});

export const covariateShift: Claim = {
  id: 'santurkar-ics',
  number: 6,
  source: 'Santurkar et al. 2018, Figure 4',
  claim:
    'BN does not reduce internal covariate shift measured as ‖G − G′‖/‖G‖ and cos(G, G′): how much a layer’s gradient changes when the layers before it take their step.',
  setup:
    'The page’s opening net (8 ReLU layers of 16, XOR) at η = 0.3, where both twins train, 2,000 steps, measured every 100 steps; per window, each layer’s median, averaged over Dense layers 2–9.',
  differs:
    'The paper measures VGG and deep linear nets on CIFAR-10; we measure an MLP on 2-D data, in two windows of training.',
  criterion:
    'Holds when, in each window, the BN twin’s ‖G − G′‖/‖G‖ is at least the plain twin’s in at least half the seeds (BN did not reduce it); partly when in one window only; not when BN’s is smaller in most seeds in both windows.',
  seeds: 3,
  setups: [
    {
      id: 'xor',
      label: 'Deep ReLU, XOR',
      experiment: icsNet,
      steps: ICS_STEPS,
      probe: { kind: 'track', optimizationEvery: 100, windows: WINDOWS },
    },
  ],
  judge(results) {
    const runs = setupRuns(results, 'xor');
    const notReduced = WINDOWS.map((_, k) =>
      everySeed(runs, (r) => {
        const p = measure(r, 'plain', `ics@${k}`);
        const b = measure(r, 'batchNorm', `ics@${k}`);
        return p !== null && b !== null && b >= p;
      }),
    );
    const rows = WINDOWS.flatMap((w, k) => [
      {
        label: `‖G − G′‖/‖G‖, steps ${w.from.toLocaleString('en')}–${w.to.toLocaleString('en')}`,
        cells: (['plain', 'batchNorm'] as const).map((m) =>
          spreadText(
            perSeed(runs, m, (r) => measure(r, m, `ics@${k}`)),
            plain3,
            'not measured',
          ),
        ),
      },
      {
        label: `cos(G, G′), steps ${w.from.toLocaleString('en')}–${w.to.toLocaleString('en')}`,
        cells: (['plain', 'batchNorm'] as const).map((m) =>
          spreadText(
            perSeed(runs, m, (r) => measure(r, m, `cosine@${k}`)),
            plain3,
            'not measured',
          ),
        ),
      },
    ]);
    return {
      verdict: verdictOf(notReduced.map((c) => 2 * c.count >= c.of)),
      columns: ['Plain', 'With BN'],
      rows: [...rows, finalLossRow(runs)],
      reading: `BN’s change was at least the plain twin’s in ${notReduced
        .map(
          (c, k) =>
            `${ofText(c)} seeds at steps ${WINDOWS[k].from.toLocaleString('en')}–${WINDOWS[k].to.toLocaleString('en')}`,
        )
        .join(' and ')}.`,
    };
  },
};

const landscapeNet = fromPreset('deep-relu-xor', (e) => {
  e.optimizer.learningRate = 0.3;
});
const LANDSCAPE = [
  { name: 'lossVariation', label: 'Loss variation along the gradient' },
  { name: 'predictiveness', label: 'Gradient change along the gradient (predictiveness)' },
  { name: 'smoothness', label: 'Effective β-smoothness' },
] as const;

export const smootherLandscape: Claim = {
  id: 'santurkar-landscape',
  number: 7,
  source: 'Santurkar et al. 2018, Figure 5',
  claim:
    'BN makes the loss landscape smoother: the loss changes less along the gradient, the gradient is more predictive, and the effective β-smoothness is lower.',
  setup:
    'The page’s opening net (8 ReLU layers of 16, XOR) at η = 0.3, 2,000 steps; every 100 steps the loss and gradient are measured at θ − η′g for η′ from η/4 to 4η; each measure is the median over the run.',
  differs:
    'The paper measures VGG on CIFAR-10 over a range of step sizes; we use an MLP on 2-D data.',
  criterion:
    'Holds when the BN twin’s measure is lower than the plain twin’s on all three measures in every seed; partly when on some (or not every seed); not on none.',
  seeds: 3,
  setups: [
    {
      id: 'xor',
      label: 'Deep ReLU, XOR',
      experiment: landscapeNet,
      steps: 2000,
      probe: { kind: 'track', optimizationEvery: 100, windows: [{ from: 100, to: 2000 }] },
    },
  ],
  judge(results) {
    const runs = setupRuns(results, 'xor');
    const lower = LANDSCAPE.map(({ name }) =>
      everySeed(runs, (r) => {
        const p = measure(r, 'plain', `${name}@0`);
        const b = measure(r, 'batchNorm', `${name}@0`);
        return p !== null && b !== null && b < p;
      }),
    );
    const all = lower.map((c) => c.count === c.of);
    const some = lower.some((c) => c.count > 0);
    return {
      verdict: all.every(Boolean) ? 'holds' : some ? 'partly' : 'not',
      columns: ['Plain', 'With BN'],
      rows: [
        ...LANDSCAPE.map(({ name, label }) => ({
          label,
          cells: (['plain', 'batchNorm'] as const).map((m) =>
            spreadText(
              perSeed(runs, m, (r) => measure(r, m, `${name}@0`)),
              plain3,
              'not measured',
            ),
          ),
        })),
        finalLossRow(runs),
      ],
      reading: `BN was lower in ${LANDSCAPE.map((l, k) => `${ofText(lower[k])} seeds on ${l.name === 'lossVariation' ? 'loss variation' : l.name === 'predictiveness' ? 'gradient change' : 'β-smoothness'}`).join(', ')}.`,
    };
  },
};
