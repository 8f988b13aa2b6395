import type { Experiment } from '../experiment/schema';
import type { Member } from '../experiment/members';
import { logGrid } from '../experiment/sweep';
import type { Claim, ClaimSetup } from './claim';
import { digits, fromPreset, paperNet, testRows, verdictOf } from './setups';
import {
  accuracy,
  everySeed,
  measure,
  ofText,
  percent,
  perSeed,
  plain3,
  points,
  rate,
  setupRuns,
  spreadOf,
  spreadText,
} from './stats';

/** Later papers: Wu & He 2018, Ioffe 2017, Bjorck et al. 2018, Yang et al. 2019, Frankle et al. 2021. */

/** Examples every batch-size run trains on (so a smaller batch takes more steps). */
const EXAMPLES = 32_000;
const BATCHES = [32, 8, 2];

/** The paper's MNIST net at batch size m, η scaled linearly with m (0.5 at 60), one evaluation. */
function batchSetup(m: number, patch: (e: Experiment) => void): ClaimSetup {
  const steps = EXAMPLES / m;
  const e = paperNet((e) => {
    e.training.batchSize = m;
    e.training.evalEvery = steps;
    e.optimizer.learningRate = Number(((0.5 * m) / 60).toPrecision(3));
    patch(e);
  });
  return { id: `m${m}`, label: `m = ${m}`, experiment: e, steps, probe: { kind: 'outcome' } };
}

const GROUP_SETUPS = BATCHES.map((m) =>
  batchSetup(m, (e) => {
    e.cohort = { ...e.cohort, third: 'layerNorm', fourth: 'groupNorm', groups: 4 };
  }),
);
const error = (r: Parameters<typeof accuracy>[0], m: Member) => {
  const a = accuracy(r, m);
  return a === null ? null : 1 - a;
};

export const groupNorm: Claim = {
  id: 'wu-he-batch-size',
  number: 8,
  source: 'Wu & He 2018 (Group Normalization), Figure 1',
  claim:
    'BN’s error grows as the batch shrinks, while Group Norm’s and Layer Norm’s, which do not use the batch, stay flat.',
  setup: `The paper’s MNIST net (BN, LN or GN with 4 groups before each sigmoid) at batches of 32, 8 and 2, each run ${EXAMPLES.toLocaleString('en')} examples long, η = 0.5·m/60 (scaled with the batch), scored on the first ${digits(testRows(GROUP_SETUPS[0].experiment))}.`,
  differs:
    'The paper trains ResNet-50 on ImageNet at 32 to 2 images per GPU for a fixed number of epochs; ours is an MLP for half an epoch.',
  criterion:
    'Holds when BN’s median test error at m = 2 is at least 2 points above its error at m = 32, while Layer Norm’s and Group Norm’s rise by less than half as much; partly when BN’s rises but another’s rises as much; not when BN’s does not rise by 2 points.',
  seeds: 3,
  setups: GROUP_SETUPS,
  judge(results) {
    const members = ['plain', 'batchNorm', 'layerNorm', 'groupNorm'] as const;
    const errorAt = (m: number, member: Member) =>
      spreadOf(perSeed(setupRuns(results, `m${m}`), member, (r) => error(r, member))).median;
    const rise = (member: Member) => {
      const small = errorAt(2, member);
      const large = errorAt(32, member);
      return small === null || large === null ? null : small - large;
    };
    const bn = rise('batchNorm');
    const others = [rise('layerNorm'), rise('groupNorm')];
    const bnRises = bn !== null && bn >= 0.02;
    const flat = bn !== null && others.every((o) => o !== null && o < bn / 2);
    return {
      verdict: bnRises ? (flat ? 'holds' : 'partly') : 'not',
      columns: ['Plain', 'With BN', 'Layer Norm', 'Group Norm'],
      rows: [
        ...BATCHES.map((m) => ({
          label: `Test error, m = ${m}`,
          cells: members.map((member) =>
            spreadText(
              perSeed(setupRuns(results, `m${m}`), member, (r) => error(r, member)),
              percent,
            ),
          ),
        })),
        {
          label: 'Rise from m = 32 to m = 2 (medians)',
          cells: members.map((member) => {
            const r = rise(member);
            return r === null ? '–' : points(r);
          }),
        },
      ],
      reading: `BN’s error rose by ${bn === null ? 'an unknown amount' : points(bn)}; Layer Norm’s by ${others[0] === null ? '–' : points(others[0])}, Group Norm’s by ${others[1] === null ? '–' : points(others[1])}.`,
    };
  },
};

const RENORM_SETUPS = [32, 2].map((m) =>
  batchSetup(m, (e) => {
    e.cohort = { ...e.cohort, third: 'batchRenorm' };
  }),
);

export const batchRenorm: Claim = {
  id: 'ioffe-batch-renorm',
  number: 9,
  source: 'Ioffe 2017 (Batch Renormalization)',
  claim:
    'With small batches BN’s mismatch between training (batch statistics) and inference (running averages) costs accuracy; Batch Renormalization, which corrects training towards the running averages, recovers it.',
  setup: `The paper’s MNIST net at batches of 32 and 2, ${EXAMPLES.toLocaleString('en')} examples each, η = 0.5·m/60: plain, BN, and Batch Renorm (r clipped to [1/3, 3], d to [−5, 5], opened over the first 100 steps), scored on the first ${digits(testRows(RENORM_SETUPS[0].experiment))}.`,
  differs:
    'The paper uses Inception on ImageNet with 4 images per batch and non-i.i.d. batches, and opens its limits over tens of thousands of steps; we test small i.i.d. batches only.',
  criterion:
    'Holds when, at m = 2, Batch Renorm’s test accuracy is above BN’s in every seed and BN’s median falls from m = 32 to m = 2; partly when Renorm is above BN in the median only; not otherwise.',
  seeds: 3,
  setups: RENORM_SETUPS,
  judge(results) {
    const members = ['plain', 'batchNorm', 'batchRenorm'] as const;
    const small = setupRuns(results, 'm2');
    const median = (id: string, m: Member) =>
      spreadOf(perSeed(setupRuns(results, id), m, (r) => accuracy(r, m))).median;
    const above = everySeed(small, (r) => {
      const b = accuracy(r, 'batchNorm');
      const n = accuracy(r, 'batchRenorm');
      return n !== null && (b === null || n > b);
    });
    const bnSmall = median('m2', 'batchNorm');
    const bnLarge = median('m32', 'batchNorm');
    const renormSmall = median('m2', 'batchRenorm');
    const bnFalls = bnSmall !== null && bnLarge !== null && bnSmall < bnLarge;
    const medianAbove = renormSmall !== null && (bnSmall === null || renormSmall > bnSmall);
    return {
      verdict: above.count === small.length && bnFalls ? 'holds' : medianAbove ? 'partly' : 'not',
      columns: ['Plain', 'With BN', 'Batch Renorm'],
      rows: RENORM_SETUPS.map((s) => ({
        label: `Test accuracy, ${s.label}`,
        cells: members.map((m) =>
          spreadText(
            perSeed(setupRuns(results, s.id), m, (r) => accuracy(r, m)),
            percent,
          ),
        ),
      })),
      reading: `At m = 2 Batch Renorm tested above BN in ${ofText(above)} seeds; BN’s median ${bnFalls ? 'fell' : 'did not fall'} from m = 32 to m = 2.`,
    };
  },
};

/** 0.01 to 3.16, half a decade apart (the rate cards' grid without its top). */
const BJORCK_RATES = logGrid(0.01, 10, 7).slice(0, 6);
const bjorckNet = paperNet((e) => {
  e.training.evalEvery = 1000;
});

export const largerRates: Claim = {
  id: 'bjorck-learning-rates',
  number: 10,
  source: 'Bjorck, Gomes, Selman & Weinberger 2018',
  claim:
    'BN’s benefit comes mostly from the larger learning rates it allows: at the same small η BN and plain train alike; at each one’s best η BN wins.',
  setup: `The paper’s MNIST net on the first 5,000 training digits, 1,000 steps, at 6 learning rates from 0.01 to 3.16, scored on the first ${digits(testRows(bjorckNet))}.`,
  differs: 'The paper trains ResNets on CIFAR-10; we use an MLP on MNIST and a short budget.',
  criterion:
    'Holds when, at the smallest η, the twins’ median test accuracies are within 3 points, and the BN twin’s best median (over η) beats the plain twin’s best by at least 1 point; partly when one of the two; not when neither.',
  seeds: 3,
  setups: [
    {
      id: 'mnist',
      label: 'MNIST, 5,000 digits',
      experiment: bjorckNet,
      steps: 1000,
      learningRates: BJORCK_RATES,
      trainRows: 5000,
      probe: { kind: 'outcome' },
    },
  ],
  judge(results) {
    const runs = setupRuns(results, 'mnist');
    const at = (eta: number, m: Member) =>
      spreadOf(
        perSeed(
          runs,
          m,
          (r) => accuracy(r, m),
          (r) => r.learningRate === eta,
        ),
      ).median;
    const best = (m: Member) => {
      const medians = BJORCK_RATES.map((eta) => at(eta, m)).filter((v): v is number => v !== null);
      return medians.length === 0 ? null : Math.max(...medians);
    };
    const low = BJORCK_RATES[0];
    const p0 = at(low, 'plain');
    const b0 = at(low, 'batchNorm');
    const alike = p0 !== null && b0 !== null && Math.abs(p0 - b0) <= 0.03;
    const bp = best('plain');
    const bb = best('batchNorm');
    const wins = bb !== null && (bp === null || bb >= bp + 0.01);
    return {
      verdict: verdictOf([alike, wins]),
      columns: ['Plain', 'With BN'],
      rows: [
        ...BJORCK_RATES.map((eta) => ({
          label: `Test accuracy at η = ${rate(eta)}`,
          cells: (['plain', 'batchNorm'] as const).map((m) =>
            spreadText(
              perSeed(
                runs,
                m,
                (r) => accuracy(r, m),
                (r) => r.learningRate === eta,
              ),
              percent,
            ),
          ),
        })),
        {
          label: 'Best median over η',
          cells: [bp, bb].map((v) => (v === null ? 'none' : percent(v))),
        },
      ],
      reading: `At η = ${rate(low)} the twins were ${alike ? 'within' : 'more than'} 3 points apart; at its best η BN ${wins ? 'won by at least 1 point' : 'did not win by 1 point'}.`,
    };
  },
};

const DEPTHS = [5, 15, 30, 50];
const depthSetup = (depth: number): ClaimSetup => ({
  id: `depth${depth}`,
  label: `${depth} layers`,
  experiment: fromPreset('high-learning-rate', (e) => {
    if (e.data.type === 'named') e.data.name = 'gaussians';
    e.model.hidden = Array.from({ length: depth }, () => ({ units: 32, activation: 'relu' }));
    e.training.batchSize = 64;
  }),
  steps: 1,
  probe: { kind: 'gradients' },
});
const DEPTH_SETUPS = DEPTHS.map(depthSetup);

export const gradientExplosion: Claim = {
  id: 'yang-gradient-explosion',
  number: 11,
  source: 'Yang, Pennington, Rao, Sohl-Dickstein & Schoenholz 2019',
  claim:
    'A counter-claim: in deep networks without skip connections BN makes gradients explode at initialization, more with every layer.',
  setup:
    'ReLU networks of 32 units per layer, 5 to 50 layers deep, He initialization, on 2-D data (two Gaussians), batches of 64: each Dense layer’s gradient norm at step 0, and the ratio of the first hidden layer’s to the last hidden layer’s.',
  differs:
    'The paper derives it by mean-field theory and checks it on wide nets; ours are narrow and measured on one batch per seed.',
  criterion:
    'Holds when the BN twin’s ratio grows with depth and, at 50 layers, is at least 10 and above the plain twin’s in every seed; partly when it grows but not that far; not when it does not grow.',
  seeds: 3,
  setups: DEPTH_SETUPS,
  judge(results) {
    const ratios = (depth: number, m: Member) =>
      perSeed(setupRuns(results, `depth${depth}`), m, (r) => measure(r, m, 'ratio'));
    const median = (depth: number, m: Member) => spreadOf(ratios(depth, m)).median;
    const bnMedians = DEPTHS.map((d) => median(d, 'batchNorm'));
    const grows = bnMedians.every(
      (v, k) => v !== null && (k === 0 || (bnMedians[k - 1] ?? Infinity) < v),
    );
    const deepest = setupRuns(results, `depth${DEPTHS[DEPTHS.length - 1]}`);
    const explodes = everySeed(deepest, (r) => {
      const b = measure(r, 'batchNorm', 'ratio');
      const p = measure(r, 'plain', 'ratio');
      return b !== null && b >= 10 && (p === null || b > p);
    });
    return {
      verdict: grows ? (explodes.count === deepest.length ? 'holds' : 'partly') : 'not',
      columns: ['Plain', 'With BN'],
      rows: DEPTHS.map((d) => ({
        label: `First ÷ last hidden layer’s gradient, ${d} layers`,
        cells: (['plain', 'batchNorm'] as const).map((m) => spreadText(ratios(d, m), plain3)),
      })),
      reading: `BN’s ratio ${grows ? 'grew' : 'did not grow'} with every depth; at ${DEPTHS[DEPTHS.length - 1]} layers it was at least 10 and above the plain twin’s in ${ofText(explodes)} seeds.`,
    };
  },
};

const TRAIN_ONLY = ['all', 'normalization', 'output'] as const;
const frankleSetup = (only: (typeof TRAIN_ONLY)[number]): ClaimSetup => ({
  id: only,
  label:
    only === 'all'
      ? 'Every weight'
      : only === 'normalization'
        ? 'Only γ and β'
        : 'Only the output layer',
  experiment: paperNet((e) => {
    e.model.hidden = e.model.hidden.map((h) => ({ ...h, activation: 'relu' }));
    e.init = { scheme: 'heNormal', scale: 1, sigma: 0.01 };
    e.optimizer.learningRate = 0.1;
    e.training.trainOnly = only;
    e.training.evalEvery = 2000;
  }),
  steps: 2000,
  trainRows: 10_000,
  probe: { kind: 'outcome' },
});
const FRANKLE_SETUPS = TRAIN_ONLY.map(frankleSetup);

export const onlyGammaBeta: Claim = {
  id: 'frankle-gamma-beta',
  number: 12,
  source: 'Frankle, Schwab & Morcos 2021',
  claim:
    'Training only BN’s γ and β, every other weight frozen at its random initial value, reaches accuracy far above chance.',
  setup: `784-100-100-100-10 with ReLU (He init) and BN before each ReLU, on the first 10,000 MNIST training digits, 2,000 steps at η = 0.1, scored on the first ${digits(testRows(FRANKLE_SETUPS[0].experiment))}: all weights (99,710 in the Dense layers, and 600 γ and β), only γ and β (600), or only the output layer (1,010). Chance is 10%.`,
  differs:
    'The paper trains deep ResNets on CIFAR-10 and ImageNet, where γ and β are a larger share of the parameters; ours is a 3-layer MLP.',
  criterion:
    'Holds when γ/β-only training reaches at least 50% test accuracy (5× chance) in every seed; partly when above 20% (2× chance) in every seed; not otherwise.',
  seeds: 3,
  setups: FRANKLE_SETUPS,
  judge(results) {
    const bnAcc = (id: string) =>
      perSeed(setupRuns(results, id), 'batchNorm', (r) => accuracy(r, 'batchNorm'));
    const gammaBeta = bnAcc('normalization');
    const all = (floor: number) =>
      gammaBeta.length > 0 && gammaBeta.every((v) => v !== null && v >= floor);
    return {
      verdict: all(0.5) ? 'holds' : all(0.2) ? 'partly' : 'not',
      columns: ['With BN (test accuracy)'],
      rows: FRANKLE_SETUPS.map((s) => ({
        label: s.label,
        cells: [spreadText(bnAcc(s.id), percent)],
      })),
      reading: `Training only γ and β (600 numbers) reached ${spreadText(gammaBeta, percent)} against 10% chance; training only the output layer (1,010) reached ${spreadText(bnAcc('output'), percent)}.`,
    };
  },
};
