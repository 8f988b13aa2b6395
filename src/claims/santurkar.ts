import type { Member } from '../experiment/members';
import { claimTexts, columns, CLAIMS_ENGLISH, type Claim, type ClaimWords } from './claim';
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
function finalLossRow(runs: ReturnType<typeof setupRuns>, t: ClaimWords) {
  return {
    label: t.t('finalLoss'),
    cells: (['plain', 'batchNorm'] as const).map((m) =>
      spreadText(
        perSeed(runs, m, (r) => r.outcomes[m]?.finalLoss ?? null),
        plain3,
        t,
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
  texts: (t = CLAIMS_ENGLISH) => claimTexts('santurkar-noisy-bn', t, { rows: NOISY_ROWS }),
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
  judge(results, t = CLAIMS_ENGLISH) {
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
      columns: columns(t, 'col.plain', 'col.withBn', 'col.noisy'),
      rows: [
        {
          label: t.t('santurkar-noisy-bn.rowTest'),
          cells: members.map((m) => spreadText(acc(m), percent, t)),
        },
        {
          label: t.t('santurkar-noisy-bn.rowShift'),
          cells: members.map((m) =>
            spreadText(
              perSeed(runs, m, (r) => measure(r, m, 'shift')),
              plain3,
              t,
            ),
          ),
        },
      ],
      reading: t.t('santurkar-noisy-bn.reading', {
        trains: trains ? 'yes' : 'no',
        unstable: ofText(unstable, t),
      }),
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
  texts: (t = CLAIMS_ENGLISH) => claimTexts('santurkar-ics', t),
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
  judge(results, t = CLAIMS_ENGLISH) {
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
        label: t.t('santurkar-ics.rowChange', { from: w.from, to: w.to }),
        cells: (['plain', 'batchNorm'] as const).map((m) =>
          spreadText(
            perSeed(runs, m, (r) => measure(r, m, `ics@${k}`)),
            plain3,
            t,
            'notMeasured',
          ),
        ),
      },
      {
        label: t.t('santurkar-ics.rowCosine', { from: w.from, to: w.to }),
        cells: (['plain', 'batchNorm'] as const).map((m) =>
          spreadText(
            perSeed(runs, m, (r) => measure(r, m, `cosine@${k}`)),
            plain3,
            t,
            'notMeasured',
          ),
        ),
      },
    ]);
    return {
      verdict: verdictOf(notReduced.map((c) => 2 * c.count >= c.of)),
      columns: columns(t, 'col.plain', 'col.withBn'),
      rows: [...rows, finalLossRow(runs, t)],
      reading: t.t('santurkar-ics.reading', {
        windows: notReduced
          .map((c, k) =>
            t.t('santurkar-ics.readingWindow', {
              count: ofText(c, t),
              from: WINDOWS[k].from,
              to: WINDOWS[k].to,
            }),
          )
          .reduce((list, part) => t.t('and', { first: list, second: part })),
      }),
    };
  },
};

const landscapeNet = fromPreset('deep-relu-xor', (e) => {
  e.optimizer.learningRate = 0.3;
});
const LANDSCAPE = ['lossVariation', 'predictiveness', 'smoothness'] as const;

export const smootherLandscape: Claim = {
  id: 'santurkar-landscape',
  number: 7,
  texts: (t = CLAIMS_ENGLISH) => claimTexts('santurkar-landscape', t),
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
  judge(results, t = CLAIMS_ENGLISH) {
    const runs = setupRuns(results, 'xor');
    const lower = LANDSCAPE.map((name) =>
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
      columns: columns(t, 'col.plain', 'col.withBn'),
      rows: [
        ...LANDSCAPE.map((name) => ({
          label: t.t(`santurkar-landscape.row.${name}`),
          cells: (['plain', 'batchNorm'] as const).map((m) =>
            spreadText(
              perSeed(runs, m, (r) => measure(r, m, `${name}@0`)),
              plain3,
              t,
              'notMeasured',
            ),
          ),
        })),
        finalLossRow(runs, t),
      ],
      reading: t.t('santurkar-landscape.reading', {
        parts: LANDSCAPE.map((name, k) =>
          t.t('santurkar-landscape.readingPart', { count: ofText(lower[k], t), measure: name }),
        ).join(', '),
      }),
    };
  },
};
