import { useRef, useState } from 'react';
import { compareRanges, DEFAULT_SEEDS, logGrid, type CellResult } from '../experiment/sweep';
import { describeRange, sweepToCsv } from '../experiment/sweepReport';
import { formatNumber } from './charts/canvas';
import { MEMBER_TEXT_COLORS } from './palette';
import { MEMBER_LABELS } from './twinLabels';
import { downloadText } from './download';
import { SvgExportButtons } from './SvgParts';
import type { Member } from '../experiment/members';
import { useLab, useLabClient } from './LabContext';
import { NumberField } from './NumberField';
import { SweepChart } from './SweepChart';
import { SweepMap } from './SweepMap';

interface GridForm {
  from: number;
  to: number;
  points: number;
}

function validGrid(g: GridForm, name: string): string[] {
  if (!(g.from > 0) || !(g.to > g.from)) return [`${name}: need 0 < from < to`];
  if (!Number.isInteger(g.points) || g.points < 2 || g.points > 40)
    return [`${name}: points must be a whole number from 2 to 40`];
  return [];
}

/** Learning-rate sweeps (and learning rate × init scale maps) of the live setup, in a worker pool. */
export default function SweepPanel() {
  const client = useLabClient();
  const sweep = useLab((s) => s.sweep);
  const plannedSteps = useLab((s) => s.settings.experiment.training.steps);
  const [rates, setRates] = useState<GridForm>({ from: 0.001, to: 10, points: 13 });
  const [scales, setScales] = useState<GridForm>({ from: 0.1, to: 10, points: 7 });
  const [withScales, setWithScales] = useState(false);
  const [steps, setSteps] = useState<number | null>(null);
  const [seeds, setSeeds] = useState(DEFAULT_SEEDS);
  const [problems, setProblems] = useState<string[]>([]);
  const chartRef = useRef<SVGSVGElement>(null);
  const mapRef = useRef<SVGSVGElement>(null);
  const stepsPerRun = steps ?? Math.max(1, Math.min(plannedSteps || 500, 5000));

  const run = () => {
    const found = [
      ...validGrid(rates, 'Learning rates'),
      ...(withScales ? validGrid(scales, 'Init scales') : []),
    ];
    setProblems(found);
    if (found.length > 0) return;
    void client.sweeps.start({
      learningRates: logGrid(rates.from, rates.to, rates.points),
      initScales: withScales ? logGrid(scales.from, scales.to, scales.points) : undefined,
      steps: stepsPerRun,
      seeds,
    });
  };
  const pick = (learningRate: number, initScale?: number) => {
    const problems = client.update((e) => {
      e.optimizer.learningRate = learningRate;
      if (initScale !== undefined) e.init.scale = initScale;
    });
    if (problems.length === 0) window.scrollTo({ top: 0, behavior: 'smooth' });
  };

  const results = sweep.results.filter((r): r is CellResult => r !== undefined);
  const spec = sweep.spec;
  const scaleList = spec?.initScales;
  const ownScale = sweep.experiment?.init.scale;
  const lineResults = scaleList
    ? results.filter((r) => r.initScale === nearest(scaleList, ownScale ?? 1))
    : results;
  const { ranges, ratio } = compareRanges(lineResults, sweep.threshold);
  const progress = sweep.progress;
  const running = sweep.status === 'running';
  const fieldProps = (form: GridForm, set: (g: GridForm) => void, key: keyof GridForm) => ({
    value: form[key],
    apply: (value: number) => {
      set({ ...form, [key]: value });
      return [];
    },
  });

  return (
    <section className="panel" aria-labelledby="sweep-title" data-tour="stable-range">
      <h2 id="sweep-title">Stable range of learning rates</h2>
      <p className="hint">
        Trains every network of the current setup at each learning rate (log-spaced), once per seed,
        and judges every run: it <strong>trains</strong> when its final train loss is under the
        threshold, is <strong>too slow</strong> when above it but still falling (lower at the end
        than at three quarters of the steps), <strong>stalls</strong> when above it and its loss
        stopped falling, and <strong>blows up</strong> when its loss or a weight goes non-finite or
        a weight passes ±10⁶. A learning rate trains when at least half its seeds do. Stability is
        the highest learning rate that trains; speed, the lowest that reaches the threshold within
        the steps. BN’s claim is that the highest one is higher.
      </p>
      <div className="sweep-form">
        <NumberField label="η from" {...fieldProps(rates, setRates, 'from')} />
        <NumberField label="η to" {...fieldProps(rates, setRates, 'to')} />
        <NumberField label="η points" step={1} {...fieldProps(rates, setRates, 'points')} />
        <NumberField
          label="Steps per run"
          step={1}
          value={stepsPerRun}
          apply={(value) => {
            if (!Number.isInteger(value) || value < 1 || value > 1_000_000)
              return ['Steps per run: a whole number from 1 to 1,000,000'];
            setSteps(value);
            return [];
          }}
        />
        <NumberField
          label="Seeds per rate"
          step={1}
          value={seeds}
          apply={(value) => {
            if (!Number.isInteger(value) || value < 1 || value > 20)
              return ['Seeds: a whole number from 1 to 20'];
            setSeeds(value);
            return [];
          }}
        />
        <NumberField
          label="Loss threshold"
          value={sweep.threshold}
          apply={(value) => {
            if (!(value > 0)) return ['Loss threshold: a positive number'];
            client.sweeps.setThreshold(value);
            return [];
          }}
        />
        <label className="check">
          <input
            type="checkbox"
            checked={withScales}
            onChange={(event) => setWithScales(event.currentTarget.checked)}
          />
          Also vary init scale (map)
        </label>
        {withScales && (
          <>
            <NumberField label="Scale from" {...fieldProps(scales, setScales, 'from')} />
            <NumberField label="Scale to" {...fieldProps(scales, setScales, 'to')} />
            <NumberField
              label="Scale points"
              step={1}
              {...fieldProps(scales, setScales, 'points')}
            />
          </>
        )}
      </div>
      <div className="buttons">
        <button type="button" className="primary" onClick={run} disabled={running}>
          Run sweep
        </button>
        <button type="button" onClick={() => client.sweeps.cancel()} disabled={!running}>
          Cancel
        </button>
      </div>
      {problems.length > 0 && (
        <p className="problem" role="alert">
          {problems.join(' ')}
        </p>
      )}
      {progress && (
        <p className="sweep-progress">
          <progress aria-label="Sweep progress" max={progress.total} value={progress.done} />{' '}
          <span data-testid="sweep-status">
            {progress.done} of {progress.total} runs
            {running && progress.remainingMs !== null
              ? ` · about ${Math.ceil(progress.remainingMs / 1000)} s left`
              : ''}
            {sweep.status === 'cancelled' ? ' · cancelled' : ''}
            {sweep.status === 'done'
              ? ` · done in ${(progress.elapsedMs / 1000).toFixed(1)} s`
              : ''}
            {sweep.status === 'failed' ? ` · failed: ${sweep.message}` : ''}
          </span>
        </p>
      )}
      {!running && sweep.lost.length > 0 && (
        <p className="problem" role="alert">
          {sweep.lost.length === 1 ? '1 run was' : `${sweep.lost.length} runs were`} lost (
          {sweep.lost
            .slice(0, 3)
            .map(
              (c) =>
                `η = ${formatNumber(sweep.cells[c.index]?.learningRate ?? Number.NaN)}, seed ${sweep.cells[c.index]?.seed ?? '?'}: ${c.reason}`,
            )
            .join('; ')}
          {sweep.lost.length > 3 ? '; …' : ''}).{' '}
          <button type="button" onClick={() => void client.sweeps.rerunLost()}>
            Rerun lost runs
          </button>
        </p>
      )}
      {spec && results.length > 0 && (
        <>
          <p className="ranges" data-testid="stable-ranges">
            {(Object.keys(ranges) as Member[]).map((v) => (
              <span key={v} style={{ color: MEMBER_TEXT_COLORS[v] }}>
                {MEMBER_LABELS[v]}: {describeRange(ranges[v]!)}
              </span>
            ))}
            <span>
              ratio {ratio !== null ? ratio.toFixed(2) : ranges.batchNorm.decades > 0 ? '∞' : '–'}
            </span>
          </p>
          {scaleList && (
            <p className="hint">
              The line chart shows init scale {formatNumber(nearest(scaleList, ownScale ?? 1))}; the
              map shows all.
            </p>
          )}
          <SweepChart
            ref={chartRef}
            results={lineResults}
            learningRates={spec.learningRates}
            seeds={spec.seeds}
            threshold={sweep.threshold}
            onPick={(lr) => pick(lr)}
          />
          <div className="buttons exports">
            <button
              type="button"
              onClick={() =>
                sweep.experiment && downloadText(sweepToCsv(results, sweep.threshold), 'sweep.csv')
              }
            >
              Download CSV
            </button>
            <SvgExportButtons target={chartRef} name="sweep-chart" label="Chart" />
          </div>
          {scaleList && (
            <>
              <SweepMap
                ref={mapRef}
                results={results}
                learningRates={spec.learningRates}
                initScales={scaleList}
                threshold={sweep.threshold}
                onPick={pick}
              />
              <div className="buttons exports">
                <button
                  type="button"
                  onClick={() =>
                    sweep.experiment &&
                    downloadText(sweepToCsv(results, sweep.threshold), 'sweep-map.csv')
                  }
                >
                  Map data as CSV
                </button>
                <SvgExportButtons target={mapRef} name="sweep-map" label="Map" />
              </div>
            </>
          )}
        </>
      )}
    </section>
  );
}

function nearest(values: number[], target: number): number {
  return values.reduce(
    (best, v) => (Math.abs(Math.log(v / target)) < Math.abs(Math.log(best / target)) ? v : best),
    values[0],
  );
}
