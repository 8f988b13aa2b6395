import { lossThreshold } from '../experiment/evidence';
import type { Member } from '../experiment/members';
import { claimTexts, columns, CLAIMS_ENGLISH, type Claim, type ClaimSetup } from './claim';
import { deepCircle, paperNet, RATE_GRID, verdictOf } from './setups';
import {
  accuracy,
  everySeed,
  highestRate,
  measure,
  ofText,
  percent,
  perSeed,
  plain3,
  pointsIn,
  rateText,
  setupRuns,
  spreadOf,
  spreadText,
} from './stats';

/** The claims of Ioffe & Szegedy (2015) and Ioffe (2017), and the placement question. */

const FIGURE_ONE_STEPS = 5000;
const CHECKPOINTS = [500, 1000, 2000, FIGURE_ONE_STEPS];

export const figureOne: Claim = {
  id: 'ioffe-figure-1',
  number: 1,
  texts: (t = CLAIMS_ENGLISH) => claimTexts('ioffe-figure-1', t, { steps: FIGURE_ONE_STEPS }),
  seeds: 3,
  setups: [
    {
      id: 'paper',
      label: 'MNIST, the paper’s net',
      experiment: paperNet((e) => {
        e.training.evalEvery = 500;
      }),
      steps: FIGURE_ONE_STEPS,
      probe: { kind: 'track', optimizationEvery: 0, windows: [] },
    },
  ],
  judge(results, t = CLAIMS_ENGLISH) {
    const runs = setupRuns(results, 'paper');
    const at = (step: number) => (m: Member) =>
      perSeed(runs, m, (r) => measure(r, m, `accuracy@${step}`));
    const rows = CHECKPOINTS.map((step) => ({
      label: t.t('ioffe-figure-1.rowAccuracy', { step }),
      cells: (['plain', 'batchNorm'] as const).map((m) => spreadText(at(step)(m), percent, t)),
    }));
    const travel = (m: Member) => perSeed(runs, m, (r) => measure(r, m, 'travel'));
    rows.push({
      label: t.t('ioffe-figure-1.rowTravel'),
      cells: (['plain', 'batchNorm'] as const).map((m) => spreadText(travel(m), plain3, t)),
    });
    const sooner = CHECKPOINTS.slice(0, 3).every(
      (step) =>
        everySeed(runs, (r) => {
          const p = measure(r, 'plain', `accuracy@${step}`);
          const b = measure(r, 'batchNorm', `accuracy@${step}`);
          return b !== null && (p === null || b > p);
        }).count === runs.length,
    );
    const steadier = everySeed(runs, (r) => {
      const p = measure(r, 'plain', 'travel');
      const b = measure(r, 'batchNorm', 'travel');
      return b !== null && p !== null && b < p;
    });
    return {
      verdict: verdictOf([sooner, steadier.count === runs.length]),
      columns: columns(t, 'col.plain', 'col.withBn'),
      rows,
      reading: t.t('ioffe-figure-1.reading', {
        sooner: sooner ? 'yes' : 'no',
        steadier: ofText(steadier, t),
      }),
    };
  },
};

const RELU_CIRCLE = deepCircle('relu');
RELU_CIRCLE.cohort.third = 'batchNormAfter';

export const higherRates: Claim = {
  id: 'ioffe-learning-rates',
  number: 2,
  texts: (t = CLAIMS_ENGLISH) => claimTexts('ioffe-learning-rates', t),
  seeds: 3,
  setups: [
    {
      id: 'relu',
      label: 'Deep ReLU, circle',
      experiment: RELU_CIRCLE,
      steps: 500,
      learningRates: RATE_GRID,
      probe: { kind: 'outcome' },
    },
  ],
  judge(results, t = CLAIMS_ENGLISH) {
    const runs = setupRuns(results, 'relu');
    const threshold = lossThreshold(RELU_CIRCLE);
    const top = RATE_GRID[RATE_GRID.length - 1];
    const highest = (m: Member) => highestRate(runs, m, threshold);
    const plain = highest('plain');
    const wider = (m: Member) => {
      const h = highest(m);
      return h !== null && (plain === null || h >= 3 * plain);
    };
    const before = wider('batchNorm');
    const after = wider('batchNormAfter');
    return {
      verdict: verdictOf([before, after]),
      columns: columns(t, 'col.plain', 'col.bnBefore', 'col.bnAfter'),
      rows: [
        {
          label: t.t('ioffe-learning-rates.rowHighest'),
          cells: (['plain', 'batchNorm', 'batchNormAfter'] as const).map((m) =>
            rateText(highest(m), top, t),
          ),
        },
      ],
      reading: t.t('ioffe-learning-rates.reading', {
        before: before ? 'yes' : 'no',
        after: after ? 'yes' : 'no',
      }),
    };
  },
};

const REGULARIZE_ROWS = 1000;
const regularizeNet = paperNet((e) => {
  e.cohort = { ...e.cohort, third: 'plainDropout', fourth: 'batchNormDropout', dropout: 0.2 };
  e.training.evalEvery = 500;
});

export const regularizes: Claim = {
  id: 'ioffe-regularizes',
  number: 3,
  texts: (t = CLAIMS_ENGLISH) => claimTexts('ioffe-regularizes', t, { rows: REGULARIZE_ROWS }),
  seeds: 3,
  setups: [
    {
      id: 'small-mnist',
      label: `${REGULARIZE_ROWS.toLocaleString('en')} MNIST digits`,
      experiment: regularizeNet,
      steps: 2000,
      trainRows: REGULARIZE_ROWS,
      probe: { kind: 'track', optimizationEvery: 0, windows: [] },
    },
  ],
  judge(results, t = CLAIMS_ENGLISH) {
    const runs = setupRuns(results, 'small-mnist');
    const members = ['plain', 'plainDropout', 'batchNorm', 'batchNormDropout'] as const;
    const gap = (r: (typeof runs)[number], m: Member) => {
      const train = measure(r, m, 'trainAccuracy');
      const test = accuracy(r, m);
      return train === null || test === null ? null : train - test;
    };
    const smaller = everySeed(runs, (r) => {
      const p = gap(r, 'plain');
      const b = gap(r, 'batchNorm');
      return p !== null && b !== null && b < p;
    });
    const bnTest = spreadOf(perSeed(runs, 'batchNorm', (r) => accuracy(r, 'batchNorm'))).median;
    const dropoutTest = spreadOf(
      perSeed(runs, 'plainDropout', (r) => accuracy(r, 'plainDropout')),
    ).median;
    const enough = bnTest !== null && dropoutTest !== null && bnTest >= dropoutTest;
    const gapHolds = smaller.count === runs.length;
    return {
      verdict: gapHolds ? (enough ? 'holds' : 'partly') : 'not',
      columns: columns(t, 'col.plain', 'col.plainDropout', 'col.withBn', 'col.bnDropout'),
      rows: [
        {
          label: t.t('ioffe-regularizes.rowTrain'),
          cells: members.map((m) =>
            spreadText(
              perSeed(runs, m, (r) => measure(r, m, 'trainAccuracy')),
              percent,
              t,
            ),
          ),
        },
        {
          label: t.t('ioffe-regularizes.rowTest'),
          cells: members.map((m) =>
            spreadText(
              perSeed(runs, m, (r) => accuracy(r, m)),
              percent,
              t,
            ),
          ),
        },
        {
          label: t.t('ioffe-regularizes.rowGap'),
          cells: members.map((m) =>
            spreadText(
              perSeed(runs, m, (r) => gap(r, m)),
              pointsIn(t),
              t,
            ),
          ),
        },
      ],
      reading: t.t('ioffe-regularizes.reading', {
        smaller: ofText(smaller, t),
        enough: enough ? 'yes' : 'no',
      }),
    };
  },
};

const INIT_SCALES = [0.01, 0.1, 1, 10, 100];
const initSetup = (activation: 'relu' | 'tanh'): ClaimSetup => ({
  id: activation,
  label: `Deep ${activation === 'relu' ? 'ReLU' : 'tanh'}, circle`,
  experiment: deepCircle(activation),
  steps: 500,
  initScales: INIT_SCALES,
  probe: { kind: 'outcome' },
});

export const initScale: Claim = {
  id: 'ioffe-init-scale',
  number: 4,
  texts: (t = CLAIMS_ENGLISH) => claimTexts('ioffe-init-scale', t),
  seeds: 3,
  setups: [initSetup('relu'), initSetup('tanh')],
  judge(results, t = CLAIMS_ENGLISH) {
    const counts = (['relu', 'tanh'] as const).map((id) => {
      const runs = setupRuns(results, id);
      const threshold = lossThreshold(deepCircle(id));
      const trains = (m: Member) =>
        INIT_SCALES.filter((k) => highestRate(runs, m, threshold, k) !== null);
      return { id, plain: trains('plain'), bn: trains('batchNorm') };
    });
    const list = (scales: number[]) =>
      scales.length === 0
        ? t.t('none')
        : t.t('ioffe-init-scale.scales', {
            count: scales.length,
            scales: t.digitsOf(scales.join(', ')),
          });
    const name = (id: 'relu' | 'tanh') => (id === 'relu' ? 'ReLU' : 'tanh');
    return {
      verdict: verdictOf(counts.map((c) => c.bn.length > c.plain.length)),
      columns: columns(t, 'col.plain', 'col.withBn'),
      rows: counts.map((c) => ({
        label: t.t('ioffe-init-scale.row', { activation: name(c.id) }),
        cells: [list(c.plain), list(c.bn)],
      })),
      reading: t.t('ioffe-init-scale.reading', {
        parts: counts
          .map((c) =>
            t.t('ioffe-init-scale.readingPart', {
              activation: name(c.id),
              bn: c.bn.length,
              plain: c.plain.length,
            }),
          )
          .join('; '),
      }),
    };
  },
};

const placementSetup = (activation: 'relu' | 'tanh' | 'sigmoid'): ClaimSetup => {
  const e = deepCircle(activation);
  e.batchNorm.placement = 'before';
  e.cohort.third = 'batchNormAfter';
  return {
    id: activation,
    label: `Deep ${activation}, circle`,
    experiment: e,
    steps: 500,
    learningRates: RATE_GRID,
    probe: { kind: 'outcome' },
  };
};
const PLACEMENT_SETUPS = (['sigmoid', 'tanh', 'relu'] as const).map(placementSetup);

export const placement: Claim = {
  id: 'placement',
  number: 13,
  texts: (t = CLAIMS_ENGLISH) => claimTexts('placement', t),
  seeds: 3,
  setups: PLACEMENT_SETUPS,
  judge(results, t = CLAIMS_ENGLISH) {
    const top = RATE_GRID[RATE_GRID.length - 1];
    const rows = PLACEMENT_SETUPS.map((s) => {
      const runs = setupRuns(results, s.id);
      const threshold = lossThreshold(s.experiment);
      const h = (m: Member) => highestRate(runs, m, threshold);
      const plain = h('plain');
      const before = h('batchNorm');
      const after = h('batchNormAfter');
      const ok =
        after !== null &&
        (plain === null || after >= plain) &&
        (before === null || after * 3.17 >= before);
      return { s, plain, before, after, ok };
    });
    const failing = rows.filter((r) => !r.ok).map((r) => r.s.id);
    return {
      verdict: verdictOf(rows.map((r) => r.ok)),
      columns: columns(t, 'col.plain', 'col.bnBefore', 'col.bnAfter'),
      rows: rows.map((r) => ({
        label: t.t('placement.row', { activation: r.s.id }),
        cells: [r.plain, r.before, r.after].map((v) => rateText(v, top, t)),
      })),
      reading:
        failing.length === 0
          ? t.t('placement.readingAll')
          : t.t('placement.readingBehind', {
              activations: failing.reduce((list, id) => t.t('and', { first: list, second: id })),
            }),
    };
  },
};
