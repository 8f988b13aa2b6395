import { describe, expect, it } from 'vitest';
import type { CellResult, SweepSpec, TwinOutcome } from '../../src/experiment/sweep';
import { IDLE_EVIDENCE, type EvidenceState } from '../../src/state/evidenceClient';
import { scoreRows, verdictOf, type SeedValue } from '../../src/state/scoreboard';
import {
  cellText,
  scoreboardSentences,
  scoreboardSummary,
  type ScoreContext,
} from '../../src/ui/scoreboardText';

const TRAINS: TwinOutcome = {
  finalLoss: 0.1,
  lossAtThreeQuarters: 0.2,
  bestLoss: 0.1,
  finalAccuracy: 0.95,
  divergedAtStep: null,
};
const BLOWS_UP: TwinOutcome = {
  ...TRAINS,
  finalLoss: null,
  finalAccuracy: null,
  divergedAtStep: 6,
};
const STALLS: TwinOutcome = { ...TRAINS, finalLoss: 0.69, lossAtThreeQuarters: 0.69 };

let index = 0;
const cell = (
  learningRate: number,
  seed: number,
  plain: TwinOutcome,
  batchNorm: TwinOutcome,
  initScale = 1,
): CellResult => ({
  index: index++,
  learningRate,
  initScale,
  seed,
  outcomes: { plain, batchNorm },
});

const sweep = (spec: SweepSpec, results: CellResult[]) => ({
  status: 'done' as const,
  source: 'preset' as const,
  spec,
  results: results.map((r, i) => ({ ...r, index: i })),
  cells: results.length,
});

const values = (...v: (number | null)[]): SeedValue[] => v.map((value, seed) => ({ seed, value }));

describe('the scoreboard’s verdicts', () => {
  it('favours a twin only when its seeds are all better than the other’s', () => {
    expect(verdictOf('edge', values(0.3, 1, 1), values(3, 3, 5))).toBe('batchNorm');
    expect(verdictOf('edge', values(0.3, 1, 3), values(3, 3, 5))).toBe('tie');
    expect(verdictOf('speed', values(80, 90, 120), values(30, 40, 60))).toBe('batchNorm');
    expect(verdictOf('speed', values(null, null, 50), values(30, 40, 60))).toBe('tie');
    // Never reaching the target is worse than any step count; none trains is below any rate.
    expect(verdictOf('speed', values(null, null, null), values(30, 40, 60))).toBe('batchNorm');
    expect(verdictOf('speed', values(null, null, null), values(null, null, null))).toBe('tie');
    expect(verdictOf('edge', values(null, null, null), values(0.01, 0.1, 0.1))).toBe('batchNorm');
    // A smaller train − test gap is BN's claim; a missing gap (a run blew up) cannot be judged.
    expect(verdictOf('gap', values(5, 6, 7), values(1, 2, 3))).toBe('batchNorm');
    expect(verdictOf('gap', values(1, 2, 3), values(2, 3, 4))).toBe('tie');
    expect(verdictOf('gap', values(null, 2, 3), values(1, 1, 1))).toBe('incomparable');
    expect(verdictOf('init', values(2, 2, 3), values(4, 5, 5))).toBe('batchNorm');
    expect(verdictOf('init', values(4, 5, 5), values(2, 2, 3))).toBe('plain');
  });
});

describe('the scoreboard’s rows from the evidence', () => {
  const rates = [0.1, 1, 10];
  // Plain: seed 1 trains up to 1, seeds 2 and 3 up to 0.1. BN: all seeds up to 10 but seed 3 to 1.
  const bands = [
    cell(0.1, 1, TRAINS, TRAINS),
    cell(0.1, 2, TRAINS, TRAINS),
    cell(0.1, 3, TRAINS, TRAINS),
    cell(1, 1, TRAINS, TRAINS),
    cell(1, 2, STALLS, TRAINS),
    cell(1, 3, BLOWS_UP, TRAINS),
    cell(10, 1, BLOWS_UP, TRAINS),
    cell(10, 2, BLOWS_UP, TRAINS),
    cell(10, 3, BLOWS_UP, STALLS),
  ];
  const reach = (o: TwinOutcome, steps: number | null, trainAccuracy: number): TwinOutcome => ({
    ...o,
    stepsToTarget: steps,
    trainAccuracy: o.divergedAtStep === null ? trainAccuracy : null,
  });
  const scores = [
    cell(1, 1, reach(TRAINS, 400, 0.99), reach(TRAINS, 60, 0.97)),
    cell(1, 2, reach(STALLS, null, 0.5), reach(TRAINS, 40, 0.96)),
    cell(1, 3, reach(BLOWS_UP, null, 0), reach(TRAINS, 50, 0.99)),
  ];
  const init = [0.01, 1, 100].flatMap((scale) =>
    [1, 2, 3].map((seed) =>
      cell(1, seed, scale === 1 ? TRAINS : STALLS, scale === 100 ? BLOWS_UP : TRAINS, scale),
    ),
  );
  const evidence: EvidenceState = {
    ...IDLE_EVIDENCE,
    threshold: 0.52,
    learningRate: 1,
    bands: sweep({ learningRates: rates, seeds: 3, steps: 500 }, bands),
    scores: sweep({ learningRates: [1], seeds: 3, steps: 3000, target: 0.9 }, scores),
    init: sweep({ learningRates: [1], initScales: [0.01, 1, 100], seeds: 3, steps: 500 }, init),
  };
  const context: ScoreContext = {
    learningRate: 1,
    steps: 3000,
    bandSteps: 500,
    target: 0.9,
    scales: 3,
    seeds: 3,
    scoredOn: 'test',
  };
  const rows = scoreRows(evidence, ['plain', 'batchNorm']);

  it('takes each seed’s edge, steps, gap and init scales', () => {
    const [edge, speed, gap, initRow] = rows;
    expect(edge.values!.plain!.map((v) => v.value)).toEqual([1, 0.1, 0.1]);
    // The row leads with the band's edge as the slider draws it (the majority per rate).
    expect(edge.headline!.plain!.value).toBe(0.1);
    expect([edge.headline!.batchNorm!.value, edge.headline!.batchNorm!.atTop]).toEqual([10, true]);
    expect(edge.values!.batchNorm!.map((v) => [v.value, v.atTop])).toEqual([
      [10, true],
      [10, true],
      [1, false],
    ]);
    expect(speed.values!.plain!.map((v) => [v.value, v.failed])).toEqual([
      [400, undefined],
      [null, 'stalls'],
      [null, 'blowsUp'],
    ]);
    expect(gap.values!.batchNorm!.map((v) => v.value!.toFixed(1))).toEqual(['2.0', '1.0', '4.0']);
    expect(gap.values!.plain![2].value).toBeNull();
    expect(initRow.values!.plain!.map((v) => v.value)).toEqual([1, 1, 1]);
    expect(initRow.values!.batchNorm!.map((v) => v.value)).toEqual([2, 2, 2]);
    // BN's worst seed (1) is as high as plain's best (1): the spreads touch, so the row ties.
    expect(rows.map((r) => r.verdict)).toEqual(['tie', 'batchNorm', 'incomparable', 'batchNorm']);
  });

  it('writes each cell as the median and the range over the seeds', () => {
    const [edge, speed, gap, initRow] = rows;
    expect(cellText('edge', edge.values!.plain!, context)).toBe('0.1 (0.1–1)');
    expect(cellText('edge', edge.values!.batchNorm!, context)).toBe('≥ 10 (1–≥ 10)');
    expect(cellText('speed', speed.values!.batchNorm!, context)).toBe('50 (40–60)');
    expect(cellText('speed', speed.values!.plain!, context)).toBe('never (400–never)');
    expect(cellText('gap', gap.values!.batchNorm!, context)).toBe('+2.0 pts (+1.0–+4.0)');
    expect(cellText('gap', gap.values!.plain!, context)).toBe('– (stalled 1, blew up 1)');
    expect(cellText('init', initRow.values!.batchNorm!, context)).toBe('2 of 3');
    expect(cellText('speed', values(null, null), context)).toBe('never');
  });

  it('says what the rows show and what they do not', () => {
    expect(scoreboardSentences(rows, context)).toEqual([
      'The twins’ highest learning rates that train overlap over the seeds (medians 0.1 and 10 (the slider’s end)): no clear difference in stability.',
      'The BN twin reaches 90% test accuracy sooner at η = 1: in 50 steps (median of 3 seeds), the plain twin on 1 of 3 seeds only.',
      'The train − test gap cannot be compared at η = 1: the plain twin did not train on every seed (stalled 1 of 3, blew up 1 of 3).',
      'BN trains from more initial weight scales at η = 1: 2 of 3 against 1.',
    ]);
    const tied = scoreRows(
      {
        ...evidence,
        scores: sweep(evidence.scores.spec!, [
          cell(1, 1, reach(TRAINS, 60, 0.97), reach(TRAINS, 50, 0.97)),
          cell(1, 2, reach(TRAINS, 40, 0.96), reach(TRAINS, 70, 0.99)),
        ]),
      },
      ['plain', 'batchNorm'],
    );
    expect(scoreboardSentences(tied, context).slice(1, 3)).toEqual([
      'Both twins reach 90% test accuracy at η = 1 in about as many steps (medians 40 and 50; the seeds overlap): no speed-up shows here.',
      'No regularizing effect shows here: the train − test gaps overlap (+1.0 and +2.0 points).',
    ]);
  });

  it('sums the rows up in one sentence: what this setup shows, and what it does not', () => {
    expect(scoreboardSummary(rows, context)).toBe(
      'Over 3 seeds this setup shows BN reaching 90% test accuracy sooner at η = 1 (50 steps with BN, never without) and training from more initial weight scales (2 of 3 with BN, 1 without); it does not show a difference in the learning rates that train (the seeds overlap) and a regularizing effect (a twin blew up at η = 1).',
    );
    expect(scoreboardSummary(scoreRows(IDLE_EVIDENCE, ['plain', 'batchNorm']), context)).toBeNull();
    // Where neither twin gets there, the sentence says so rather than "the seeds overlap".
    const never = scoreRows(
      {
        ...evidence,
        scores: sweep(evidence.scores.spec!, [
          cell(1, 1, reach(STALLS, null, 0.5), reach(STALLS, null, 0.5)),
          cell(1, 2, reach(STALLS, null, 0.5), reach(STALLS, null, 0.5)),
        ]),
      },
      ['plain', 'batchNorm'],
    );
    expect(scoreboardSummary(never, context)).toContain(
      'a difference in speed (neither twin reaches 90% test accuracy at η = 1)',
    );
  });

  it('scores the training rows and leaves out the gap when no rows are held out for testing', () => {
    const trainOnly = scoreRows(evidence, ['plain', 'batchNorm'], false);
    expect(trainOnly.map((r) => r.id)).toEqual(['edge', 'speed', 'init']);
    const onTraining: ScoreContext = { ...context, scoredOn: 'training' };
    expect(scoreboardSentences(trainOnly, onTraining)[1]).toBe(
      'The BN twin reaches 90% training accuracy sooner at η = 1: in 50 steps (median of 3 seeds), the plain twin on 1 of 3 seeds only.',
    );
    const summary = scoreboardSummary(trainOnly, onTraining)!;
    expect(summary).toContain('reaching 90% training accuracy sooner');
    expect(summary).not.toMatch(/test|regularizing/);
  });

  it('has no rows before the runs are in', () => {
    const waiting = scoreRows(IDLE_EVIDENCE, ['plain', 'batchNorm']);
    expect(waiting.map((r) => [r.values, r.verdict])).toEqual([
      [null, null],
      [null, null],
      [null, null],
      [null, null],
    ]);
  });
});
