import { lossThreshold } from '../experiment/evidence';
import type { Member } from '../experiment/members';
import type { Claim, ClaimSetup } from './claim';
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
  points,
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
  source: 'Ioffe & Szegedy 2015, Figure 1',
  claim:
    'With BN the MNIST net reaches higher test accuracy sooner, and a last-layer sigmoid’s input distribution stays steadier (its 15th, 50th and 85th percentiles).',
  setup:
    'The paper’s net on the full MNIST: 784-100-100-100-10 sigmoid, N(0, 0.1²) weights, SGD η = 0.5, batches of 60, BN before each sigmoid; test accuracy every 500 steps; the followed unit is the last hidden layer’s first.',
  differs: `${FIGURE_ONE_STEPS.toLocaleString('en')} steps instead of the paper’s 50,000; the paper’s η and initialization are not stated exactly (we use the page’s Figure 1 preset).`,
  criterion:
    'Holds when the BN twin’s test accuracy is above the plain twin’s at steps 500, 1,000 and 2,000 in every seed (sooner, higher), and its followed unit’s median travels less over training in every seed (steadier); partly when one of the two; not when neither.',
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
  judge(results) {
    const runs = setupRuns(results, 'paper');
    const at = (step: number) => (m: Member) =>
      perSeed(runs, m, (r) => measure(r, m, `accuracy@${step}`));
    const rows = CHECKPOINTS.map((step) => ({
      label: `Test accuracy at step ${step.toLocaleString('en')}`,
      cells: (['plain', 'batchNorm'] as const).map((m) => spreadText(at(step)(m), percent)),
    }));
    const travel = (m: Member) => perSeed(runs, m, (r) => measure(r, m, 'travel'));
    rows.push({
      label: 'Unit’s median: distance travelled (× its 15–85 spread)',
      cells: (['plain', 'batchNorm'] as const).map((m) => spreadText(travel(m), plain3)),
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
      columns: ['Plain', 'With BN'],
      rows,
      reading: `Higher at steps 500–2,000 in every seed: ${sooner ? 'yes' : 'no'}. The unit’s median travelled less with BN in ${ofText(steadier)} seeds.`,
    };
  },
};

const RELU_CIRCLE = deepCircle('relu');
RELU_CIRCLE.cohort.third = 'batchNormAfter';

export const higherRates: Claim = {
  id: 'ioffe-learning-rates',
  number: 2,
  source: 'Ioffe & Szegedy 2015, §3.3',
  claim: 'Batch Normalization enables much higher learning rates than the same network without it.',
  setup:
    'Six ReLU layers of 8 units (He init) on the circle set, SGD, batches of 32, 500 steps per run, at 7 learning rates from 0.01 to 10; BN before the ReLU (the twin) and after it (a third network). A rate trains when at least half the seeds end under the loss threshold (75% of ln 2).',
  differs:
    'The paper trains Inception on ImageNet and raises η 5× and 30×; we sweep a small MLP on 2-D data, so the numbers are ours, not the paper’s.',
  criterion:
    'Holds when the highest η that trains is at least 3× the plain twin’s with BN before and with BN after the activation; partly when at one placement; not at neither.',
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
  judge(results) {
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
      columns: ['Plain', 'BN before', 'BN after'],
      rows: [
        {
          label: 'Highest η that trains',
          cells: (['plain', 'batchNorm', 'batchNormAfter'] as const).map((m) =>
            rateText(highest(m), top),
          ),
        },
      ],
      reading: `BN before: ${before ? 'at least 3×' : 'not 3×'} the plain twin’s highest η; BN after: ${after ? 'at least 3×' : 'not 3×'}.`,
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
  source: 'Ioffe & Szegedy 2015, §3.4',
  claim:
    'BN regularizes the model and reduces the need for dropout (the lecture’s advantage 3: a slight regularizing effect).',
  setup: `The paper’s MNIST net trained on the first ${REGULARIZE_ROWS.toLocaleString('en')} training digits for 2,000 steps (120 epochs) and tested on all 10,000: plain, plain + dropout, BN, BN + dropout (rate 0.2 after every hidden layer).`,
  differs:
    'The paper’s evidence is Inception on ImageNet with dropout removed; a small training set makes overfitting visible in an MLP in minutes.',
  criterion:
    'Holds when the BN twin’s train − test accuracy gap is smaller than the plain twin’s in every seed, and BN alone tests at least as well as plain + dropout (medians); partly when only the gap is smaller; not when it is not.',
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
  judge(results) {
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
      columns: ['Plain', 'Plain + dropout', 'With BN', 'BN + dropout'],
      rows: [
        {
          label: 'Train accuracy',
          cells: members.map((m) =>
            spreadText(
              perSeed(runs, m, (r) => measure(r, m, 'trainAccuracy')),
              percent,
            ),
          ),
        },
        {
          label: 'Test accuracy',
          cells: members.map((m) =>
            spreadText(
              perSeed(runs, m, (r) => accuracy(r, m)),
              percent,
            ),
          ),
        },
        {
          label: 'Train − test gap',
          cells: members.map((m) =>
            spreadText(
              perSeed(runs, m, (r) => gap(r, m)),
              points,
            ),
          ),
        },
      ],
      reading: `BN’s gap was smaller than the plain twin’s in ${ofText(smaller)} seeds; BN alone tested ${enough ? 'at least as well as' : 'below'} plain + dropout (medians).`,
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
  source: 'Ioffe & Szegedy 2015, §3.3',
  claim:
    'Batch Normalization makes training more resilient to the scale of the parameters: it is robust to the initial weights’ scale.',
  setup:
    'Six hidden layers of 8 units on the circle set, η = 0.1, 500 steps, the initial weights multiplied by 0.01, 0.1, 1, 10 and 100 (He init for ReLU, Glorot for tanh). A scale trains when at least half the seeds end under the loss threshold.',
  differs: 'The paper argues it from BN’s scale invariance; we count the scales that train.',
  criterion:
    'Holds when the BN twin trains at more of the 5 scales than the plain twin with ReLU and with tanh; partly with one; not with neither.',
  seeds: 3,
  setups: [initSetup('relu'), initSetup('tanh')],
  judge(results) {
    const counts = (['relu', 'tanh'] as const).map((id) => {
      const runs = setupRuns(results, id);
      const threshold = lossThreshold(deepCircle(id));
      const trains = (m: Member) =>
        INIT_SCALES.filter((k) => highestRate(runs, m, threshold, k) !== null);
      return { id, plain: trains('plain'), bn: trains('batchNorm') };
    });
    const list = (scales: number[]) =>
      scales.length === 0 ? 'none' : `${scales.length} of 5 (${scales.join(', ')})`;
    return {
      verdict: verdictOf(counts.map((c) => c.bn.length > c.plain.length)),
      columns: ['Plain', 'With BN'],
      rows: counts.map((c) => ({
        label: `Scales that train, ${c.id === 'relu' ? 'ReLU' : 'tanh'}`,
        cells: [list(c.plain), list(c.bn)],
      })),
      reading: counts
        .map(
          (c) =>
            `${c.id === 'relu' ? 'ReLU' : 'tanh'}: BN ${c.bn.length}, plain ${c.plain.length} of 5 scales`,
        )
        .join('; ')
        .concat('.'),
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
  source: 'Ioffe & Szegedy 2015, §3.2, against common practice',
  claim:
    'BN works after the activation (as in much practice and the lecture’s Keras model) as well as before it, where the paper puts it.',
  setup:
    'Six hidden layers of 8 units on the circle set with sigmoid, tanh and ReLU, 500 steps, 7 learning rates from 0.01 to 10: plain, BN before, BN after.',
  differs: 'The paper argues for “before” and does not test “after”; we measure both.',
  criterion:
    'Holds when, for every activation, BN after trains up to an η at least the plain twin’s and within a factor 3.16 (one grid step) of BN before’s; partly when for some activations; not for none.',
  seeds: 3,
  setups: PLACEMENT_SETUPS,
  judge(results) {
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
      columns: ['Plain', 'BN before', 'BN after'],
      rows: rows.map((r) => ({
        label: `Highest η that trains, ${r.s.id}`,
        cells: [r.plain, r.before, r.after].map((v) => rateText(v, top)),
      })),
      reading:
        failing.length === 0
          ? 'BN after kept up with BN before and the plain twin for every activation.'
          : `BN after fell behind with ${failing.join(' and ')} (below the plain twin, or more than a grid step below BN before).`,
    };
  },
};
