import type { Experiment } from '../experiment/schema';
import { claimsEn } from '../i18n/messages/en-claims';
import { Translator, type ClaimKey, type MessageValues } from '../i18n/translate';
import { sweepCells, type CellResult, type ClaimProbe, type SweepCell } from '../experiment/sweep';

export type { ClaimProbe } from '../experiment/sweep';

/**
 * A published claim about Batch Normalization, re-measured: what the paper says, the setups we
 * test it on and how they differ from the paper's, the criterion the verdict follows (stated
 * before the result), and the verdict computed from the runs. Data in, data out: the runs are
 * made by src/run/claims.ts (the command line, `npm run claims`) or by the page's sweep workers,
 * with the same code, so either gives the same numbers.
 */

/** One setup of a claim: an experiment run over seeds (and learning rates, init scales). */
export interface ClaimSetup {
  id: string;
  /** How the card names it ("m = 2", "BN before", "depth 30"). */
  label: string;
  experiment: Experiment;
  steps: number;
  /** Default: the experiment's own. */
  learningRates?: readonly number[];
  initScales?: readonly number[];
  probe: ClaimProbe;
  /** MNIST only: train on the first this many training digits (the test digits stay 10,000). */
  trainRows?: number;
}

/** The words a claim is written in: the gallery's catalog of a language (English by default). */
export type ClaimWords = Translator<ClaimKey>;

/** The claims in English, as the command line and docs/claims.md write them. */
export const CLAIMS_ENGLISH: ClaimWords = new Translator<ClaimKey>('en', 'latn', claimsEn);

/** What a card says before its numbers, in one language. */
export interface ClaimTexts {
  /** Who and where: "Ioffe & Szegedy 2015, Fig. 1". */
  source: string;
  /** The claim in one sentence. */
  claim: string;
  /** The setups we test it on, in words, and how they differ from the paper's. */
  setup: string;
  differs: string;
  /** The rule the verdict follows, in words (stated on the card before the result). */
  criterion: string;
}

/** A claim's texts from its messages (`<id>.source`, `<id>.claim`…), with the values they hold. */
export function claimTexts(id: string, t: ClaimWords, values: MessageValues = {}): ClaimTexts {
  const say = (part: keyof ClaimTexts) => t.t(`${id}.${part}` as ClaimKey, values);
  return {
    source: say('source'),
    claim: say('claim'),
    setup: say('setup'),
    differs: say('differs'),
    criterion: say('criterion'),
  };
}

/** A claim table's column names, in `t`'s language. */
export function columns(t: ClaimWords, ...keys: ClaimKey[]): string[] {
  return keys.map((key) => t.t(key));
}

export type Verdict = 'holds' | 'partly' | 'not';

export const VERDICT_LABELS: Record<Verdict, string> = {
  holds: 'Holds here',
  partly: 'Holds partly',
  not: 'Does not hold here',
};

/** What a card shows of its runs: a small table (rows × columns of text) and its reading. */
export interface Judgement {
  verdict: Verdict;
  columns: string[];
  rows: { label: string; cells: string[] }[];
  /** One or two sentences computed from the numbers: what was measured, against the criterion. */
  reading: string;
}

/** The runs of one setup, in the order of its cells. */
export interface SetupResults {
  id: string;
  results: CellResult[];
}

/** A claim's runs: every setup's, at `seeds` seeds. */
export interface ClaimResults {
  claimId: string;
  seeds: number;
  /** The plan the runs followed (setups and seeds as JSON): results of another plan are stale. */
  plan: string;
  setups: SetupResults[];
}

export interface Claim {
  id: string;
  /** Its place in the gallery (1…). */
  number: number;
  /** Its source, claim, setup, difference and criterion in a language (English by default). */
  texts(t?: ClaimWords): ClaimTexts;
  /** Seeds per setup (each seed its own initial weights, batches and data). */
  seeds: number;
  setups: readonly ClaimSetup[];
  /** The verdict and the measured numbers, from the runs, in a language (English by default). */
  judge(results: ClaimResults, t?: ClaimWords): Judgement;
}

/** The plan a claim's runs follow at `seeds` seeds, as a key. */
export function claimPlan(claim: Claim, seeds = claim.seeds): string {
  return JSON.stringify({ seeds, setups: claim.setups });
}

/** The runs of a setup at `seeds` seeds: learning rate × init scale × seed, seed fastest. */
export function claimCells(setup: ClaimSetup, seeds: number): SweepCell[] {
  const e = setup.experiment;
  return sweepCells(e, {
    learningRates: [...(setup.learningRates ?? [e.optimizer.learningRate])],
    ...(setup.initScales ? { initScales: [...setup.initScales] } : {}),
    seeds,
    steps: setup.steps,
    ...(setup.probe.kind === 'outcome' && setup.probe.target !== undefined
      ? { target: setup.probe.target }
      : {}),
  }).map((cell) => ({
    ...cell,
    probe: setup.probe,
    ...(setup.trainRows === undefined ? {} : { trainRows: setup.trainRows }),
  }));
}
