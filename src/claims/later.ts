import type { Experiment } from '../experiment/schema';
import type { Member } from '../experiment/members';
import { logGrid } from '../experiment/sweep';
import { claimTexts, columns, CLAIMS_ENGLISH, type Claim, type ClaimSetup } from './claim';
import { digits, fromPreset, paperNet, testRows, verdictOf } from './setups';
import {
  accuracy,
  everySeed,
  measure,
  ofText,
  percent,
  perSeed,
  plain3,
  pointsIn,
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
  texts: (t = CLAIMS_ENGLISH) =>
    claimTexts('wu-he-batch-size', t, {
      examples: EXAMPLES,
      digits: digits(testRows(GROUP_SETUPS[0].experiment), t),
    }),
  seeds: 3,
  setups: GROUP_SETUPS,
  judge(results, t = CLAIMS_ENGLISH) {
    const points = pointsIn(t);
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
      columns: columns(t, 'col.plain', 'col.withBn', 'col.layerNorm', 'col.groupNorm'),
      rows: [
        ...BATCHES.map((m) => ({
          label: t.t('wu-he-batch-size.rowError', { m }),
          cells: members.map((member) =>
            spreadText(
              perSeed(setupRuns(results, `m${m}`), member, (r) => error(r, member)),
              percent,
              t,
            ),
          ),
        })),
        {
          label: t.t('wu-he-batch-size.rowRise'),
          cells: members.map((member) => {
            const r = rise(member);
            return r === null ? '–' : t.digitsOf(points(r));
          }),
        },
      ],
      reading: t.t('wu-he-batch-size.reading', {
        bn: bn === null ? t.t('wu-he-batch-size.unknown') : t.digitsOf(points(bn)),
        layerNorm: others[0] === null ? '–' : t.digitsOf(points(others[0])),
        groupNorm: others[1] === null ? '–' : t.digitsOf(points(others[1])),
      }),
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
  texts: (t = CLAIMS_ENGLISH) =>
    claimTexts('ioffe-batch-renorm', t, {
      examples: EXAMPLES,
      digits: digits(testRows(RENORM_SETUPS[0].experiment), t),
    }),
  seeds: 3,
  setups: RENORM_SETUPS,
  judge(results, t = CLAIMS_ENGLISH) {
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
      columns: columns(t, 'col.plain', 'col.withBn', 'col.renorm'),
      rows: RENORM_SETUPS.map((s) => ({
        label: t.t('ioffe-batch-renorm.row', { m: s.experiment.training.batchSize }),
        cells: members.map((m) =>
          spreadText(
            perSeed(setupRuns(results, s.id), m, (r) => accuracy(r, m)),
            percent,
            t,
          ),
        ),
      })),
      reading: t.t('ioffe-batch-renorm.reading', {
        above: ofText(above, t),
        falls: bnFalls ? 'yes' : 'no',
      }),
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
  texts: (t = CLAIMS_ENGLISH) =>
    claimTexts('bjorck-learning-rates', t, { digits: digits(testRows(bjorckNet), t) }),
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
  judge(results, t = CLAIMS_ENGLISH) {
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
      columns: columns(t, 'col.plain', 'col.withBn'),
      rows: [
        ...BJORCK_RATES.map((eta) => ({
          label: t.t('bjorck-learning-rates.row', { eta: t.digitsOf(rate(eta)) }),
          cells: (['plain', 'batchNorm'] as const).map((m) =>
            spreadText(
              perSeed(
                runs,
                m,
                (r) => accuracy(r, m),
                (r) => r.learningRate === eta,
              ),
              percent,
              t,
            ),
          ),
        })),
        {
          label: t.t('bjorck-learning-rates.rowBest'),
          cells: [bp, bb].map((v) => (v === null ? t.t('none') : t.digitsOf(percent(v)))),
        },
      ],
      reading: t.t('bjorck-learning-rates.reading', {
        eta: t.digitsOf(rate(low)),
        alike: alike ? 'yes' : 'no',
        wins: wins ? 'yes' : 'no',
      }),
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
  texts: (t = CLAIMS_ENGLISH) => claimTexts('yang-gradient-explosion', t),
  seeds: 3,
  setups: DEPTH_SETUPS,
  judge(results, t = CLAIMS_ENGLISH) {
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
      columns: columns(t, 'col.plain', 'col.withBn'),
      rows: DEPTHS.map((d) => ({
        label: t.t('yang-gradient-explosion.row', { depth: d }),
        cells: (['plain', 'batchNorm'] as const).map((m) => spreadText(ratios(d, m), plain3, t)),
      })),
      reading: t.t('yang-gradient-explosion.reading', {
        grows: grows ? 'yes' : 'no',
        depth: DEPTHS[DEPTHS.length - 1],
        explodes: ofText(explodes, t),
      }),
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
  texts: (t = CLAIMS_ENGLISH) =>
    claimTexts('frankle-gamma-beta', t, {
      digits: digits(testRows(FRANKLE_SETUPS[0].experiment), t),
    }),
  seeds: 3,
  setups: FRANKLE_SETUPS,
  judge(results, t = CLAIMS_ENGLISH) {
    const bnAcc = (id: string) =>
      perSeed(setupRuns(results, id), 'batchNorm', (r) => accuracy(r, 'batchNorm'));
    const gammaBeta = bnAcc('normalization');
    const all = (floor: number) =>
      gammaBeta.length > 0 && gammaBeta.every((v) => v !== null && v >= floor);
    return {
      verdict: all(0.5) ? 'holds' : all(0.2) ? 'partly' : 'not',
      columns: columns(t, 'col.bnTest'),
      rows: FRANKLE_SETUPS.map((s) => ({
        label: t.t(`frankle-gamma-beta.row.${s.id as (typeof TRAIN_ONLY)[number]}`),
        cells: [spreadText(bnAcc(s.id), percent, t)],
      })),
      reading: t.t('frankle-gamma-beta.reading', {
        gammaBeta: spreadText(gammaBeta, percent, t),
        output: spreadText(bnAcc('output'), percent, t),
      }),
    };
  },
};
