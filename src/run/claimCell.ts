import type { DataAssets } from '../data/build';
import type { MnistDigits } from '../data/mnist';
import type { Experiment } from '../experiment/schema';
import type { CellResult, ClaimProbe, SweepCell, TwinOutcome } from '../experiment/sweep';
import type { Member, PerMember } from '../experiment/members';
import { median } from './evidence';
import { HeadlessRun } from './headless';
import type { OptimizationMeasure } from './optimization';
import { cellExperiment, runSweepCell } from './sweepCell';

/**
 * One run of a claim (src/claims/): a sweep cell, or a tracked run measuring what the claim
 * needs (accuracy over time, Figure 1's unit, Santurkar et al.'s measures), or the gradients at
 * initialization. A pure function of its inputs, like a sweep cell: the page's workers and the
 * command line give the same numbers.
 */
export function runClaimCell(
  experiment: Experiment,
  cell: SweepCell,
  steps: number,
  assets: DataAssets = {},
  onStep?: (step: number) => void,
): CellResult {
  const data = cell.trainRows === undefined ? assets : withTrainRows(assets, cell.trainRows);
  const probe = cell.probe ?? { kind: 'outcome' };
  if (probe.kind === 'outcome') return runSweepCell(experiment, cell, steps, data, onStep);
  const e = cellExperiment(experiment, cell);
  return probe.kind === 'track'
    ? trackedRun(e, cell, steps, probe, data, onStep)
    : gradientRun(e, cell, data);
}

const subsets = new WeakMap<MnistDigits, Map<number, MnistDigits>>();

/** The MNIST digits with only the first `rows` training digits (and every test digit). */
export function withTrainRows(assets: DataAssets, rows: number): DataAssets {
  const digits = assets.mnist;
  if (!digits || rows >= digits.trainCount) return assets;
  const cache = subsets.get(digits) ?? new Map<number, MnistDigits>();
  subsets.set(digits, cache);
  let subset = cache.get(rows);
  if (!subset) {
    const pixels = digits.pixels.length / (digits.trainCount + digits.testCount);
    const labels = new Uint8Array(rows + digits.testCount);
    labels.set(digits.labels.subarray(0, rows));
    labels.set(digits.labels.subarray(digits.trainCount), rows);
    const image = new Uint8Array(labels.length * pixels);
    image.set(digits.pixels.subarray(0, rows * pixels));
    image.set(digits.pixels.subarray(digits.trainCount * pixels), rows * pixels);
    subset = { trainCount: rows, testCount: digits.testCount, labels, pixels: image };
    cache.set(rows, subset);
  }
  return { ...assets, mnist: subset };
}

function mean(values: readonly number[]): number | null {
  return values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length;
}

const finite = (v: number | null | undefined): v is number => v != null && Number.isFinite(v);

/**
 * Santurkar et al.'s measures over one window of a run: the ICS (‖G − G′‖/‖G‖ and cos(G, G′),
 * each layer's median, averaged over Dense layers 2…), and the landscape's loss variation (the
 * range of L(θ − η′g)), gradient predictiveness (the largest ‖∇L(θ − η′g) − ∇L(θ)‖) and
 * effective β-smoothness, each the median over the window's measured steps.
 */
function windowMeasures(list: readonly OptimizationMeasure[], suffix: string) {
  const layers = list[0]?.layers.length ?? 0;
  const perLayer = (read: (m: OptimizationMeasure, l: number) => number | null) =>
    mean(
      Array.from({ length: Math.max(0, layers - 1) }, (_, k) =>
        median(list.map((m) => read(m, k + 1)).filter(finite)),
      ).filter(finite),
    );
  const landscape = (read: (m: OptimizationMeasure) => number | null) =>
    median(list.map(read).filter(finite));
  return {
    [`ics${suffix}`]: perLayer((m, l) => m.layers[l]?.gradientChange ?? null),
    [`cosine${suffix}`]: perLayer((m, l) => m.layers[l]?.gradientCosine ?? null),
    [`lossVariation${suffix}`]: landscape((m) => {
      const losses = m.landscape.losses.filter(finite);
      return losses.length === m.landscape.losses.length && losses.length > 0
        ? Math.max(...losses) - Math.min(...losses)
        : null;
    }),
    [`predictiveness${suffix}`]: landscape((m) => {
      const changes = m.landscape.gradientChanges.filter(finite);
      return changes.length > 0 ? Math.max(...changes) : null;
    }),
    [`smoothness${suffix}`]: landscape((m) => m.landscape.smoothness),
  };
}

function trackedRun(
  e: Experiment,
  cell: SweepCell,
  steps: number,
  probe: Extract<ClaimProbe, { kind: 'track' }>,
  assets: DataAssets,
  onStep?: (step: number) => void,
): CellResult {
  const accuracy = new Map<Member, Record<string, number | null>>();
  const medians = new Map<Member, number[]>();
  const widths = new Map<Member, number[]>();
  const measured = new Map<Member, OptimizationMeasure[]>();
  /** Appends to a member's list (made on first use). */
  const append = <T>(lists: Map<Member, T[]>, member: string, value: T) => {
    const list = lists.get(member as Member);
    if (list) list.push(value);
    else lists.set(member as Member, [value]);
  };
  /** Per member: each training-mode measurement's move from the one before, ÷ its spread. */
  const moves = new Map<Member, number[]>();
  const run = new HeadlessRun(
    e,
    {
      steps,
      layersEvery: probe.layersEvery ?? 0,
      keep: false,
      final: false,
      optimizationEvery: probe.optimizationEvery,
      onStep: (record) => {
        onStep?.(record.step);
        for (const [member, layers] of Object.entries(record.layers ?? {})) {
          const tap = layers?.[layers.length - 1]?.preActivation;
          if (tap && tap.unitDrift !== null) append(moves, member, tap.unitDrift);
        }
        for (const [member, m] of Object.entries(record.optimization ?? {}))
          if (m) append(measured, member, m);
      },
      onEvaluation: (evaluation) => {
        for (const [member, scores] of Object.entries(evaluation.test)) {
          const split = scores ?? evaluation.train[member as Member] ?? null;
          const row = accuracy.get(member as Member) ?? {};
          row[`accuracy@${evaluation.step}`] = split ? split.accuracy : null;
          accuracy.set(member as Member, row);
        }
        for (const [member, p] of Object.entries(evaluation.followed?.percentiles ?? {})) {
          if (!p) continue;
          append(medians, member, p[1]);
          append(widths, member, p[2] - p[0]);
        }
      },
    },
    assets,
  );
  run.advance();
  const report = run.report();
  const members = Object.keys(report.divergedAtStep) as Member[];
  const outcomes = {} as PerMember<TwinOutcome>;
  const measures = {} as PerMember<Record<string, number | null>>;
  for (const member of members) {
    const diverged = report.divergedAtStep[member] ?? null;
    const last = report.evaluations[report.evaluations.length - 1];
    const scores = last.test[member] ?? last.train[member];
    const lossScores = last.train[member];
    outcomes[member] = {
      finalLoss: diverged === null && lossScores ? lossScores.loss : null,
      lossAtThreeQuarters: null,
      bestLoss: null,
      finalAccuracy: diverged === null && scores ? scores.accuracy : null,
      divergedAtStep: diverged,
    };
    // Figure 1's unit: how far its median travels over training (the sum of its moves between
    // evaluations), in units of its mean 15–85th percentile spread.
    const path = medians.get(member) ?? [];
    let travel = 0;
    for (let k = 1; k < path.length; k++) travel += Math.abs(path[k] - path[k - 1]);
    const width = mean(widths.get(member) ?? []);
    const list = measured.get(member) ?? [];
    measures[member] = {
      ...accuracy.get(member),
      trainAccuracy: diverged === null && lossScores ? lossScores.accuracy : null,
      travel: diverged === null && width && path.length > 1 ? travel / width : null,
      // The last hidden layer's activation input in training mode: its units' mean move per
      // measurement (1-Wasserstein distance to the previous one), in units of their spread.
      ...(probe.layersEvery
        ? { shift: diverged === null ? mean(moves.get(member) ?? []) : null }
        : {}),
      ...(Object.fromEntries(
        probe.windows.flatMap((w, k) =>
          Object.entries(
            windowMeasures(
              list.filter((m) => m.step >= w.from && m.step <= w.to),
              `@${k}`,
            ),
          ),
        ),
      ) as Record<string, number | null>),
    };
  }
  return { ...cell, outcomes, measures };
}

/** One step measured before it is taken: each Dense layer's ‖∂L/∂W‖ at the initial weights. */
function gradientRun(e: Experiment, cell: SweepCell, assets: DataAssets): CellResult {
  let first: PerMember<OptimizationMeasure | null> | undefined;
  const run = new HeadlessRun(
    e,
    {
      steps: 1,
      layersEvery: 0,
      keep: false,
      final: false,
      optimizationEvery: 1,
      onStep: (record) => (first = record.optimization),
    },
    assets,
  );
  run.advance();
  const outcomes = {} as PerMember<TwinOutcome>;
  const measures = {} as PerMember<Record<string, number | null>>;
  for (const member of Object.keys(first ?? {}) as Member[]) {
    const layers = first?.[member]?.layers ?? [];
    const norms = layers.map((l) => (Number.isFinite(l.gradientNorm) ? l.gradientNorm : null));
    outcomes[member] = {
      finalLoss: null,
      lossAtThreeQuarters: null,
      bestLoss: null,
      finalAccuracy: null,
      divergedAtStep: null,
    };
    // layers[0] is the first Dense layer, the last the output layer: the ratio compares the
    // first hidden layer's gradient with the last hidden layer's.
    const firstNorm = norms[0];
    const lastHidden = norms[norms.length - 2];
    measures[member] = {
      ...Object.fromEntries(norms.map((n, k) => [`gradient${k + 1}`, n])),
      ratio:
        finite(firstNorm) && finite(lastHidden) && lastHidden > 0 ? firstNorm / lastHidden : null,
    };
  }
  return { ...cell, outcomes, measures };
}
