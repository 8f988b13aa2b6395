import { useRef, useState } from 'react';
import { compareRanges, DEFAULT_SEEDS, logGrid, type CellResult } from '../experiment/sweep';
import { describeRange, sweepToCsv } from '../experiment/sweepReport';
import { formatNumber } from './charts/canvas';
import { MEMBER_TEXT_COLORS } from './palette';
import { memberLabel } from './twinLabels';
import { useT } from './language';
import type { ReactNode } from 'react';
import type { Translator } from '../i18n/translate';
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

function validGrid(g: GridForm, name: string, t: Translator): string[] {
  if (!(g.from > 0) || !(g.to > g.from)) return [t.t('sweep.gridOrder', { name })];
  if (!Number.isInteger(g.points) || g.points < 2 || g.points > 40)
    return [t.t('sweep.gridPoints', { name })];
  return [];
}

/** Learning-rate sweeps (and learning rate × init scale maps) of the live setup, in a worker pool. */
export default function SweepPanel() {
  const client = useLabClient();
  const t = useT();
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
      ...validGrid(rates, t.t('sweep.rates'), t),
      ...(withScales ? validGrid(scales, t.t('sweep.scales'), t) : []),
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
      <h2 id="sweep-title">{t.t('sweep.title')}</h2>
      <p className="hint">
        {t.parts<ReactNode>('sweep.hint', {
          b: (chunks) => <strong>{chunks}</strong>,
        })}
      </p>
      <div className="sweep-form">
        <NumberField label={t.t('sweep.rateFrom')} {...fieldProps(rates, setRates, 'from')} />
        <NumberField label={t.t('sweep.rateTo')} {...fieldProps(rates, setRates, 'to')} />
        <NumberField
          label={t.t('sweep.ratePoints')}
          step={1}
          {...fieldProps(rates, setRates, 'points')}
        />
        <NumberField
          label={t.t('sweep.steps')}
          step={1}
          value={stepsPerRun}
          apply={(value) => {
            if (!Number.isInteger(value) || value < 1 || value > 1_000_000)
              return [t.t('sweep.stepsError')];
            setSteps(value);
            return [];
          }}
        />
        <NumberField
          label={t.t('sweep.seeds')}
          step={1}
          value={seeds}
          apply={(value) => {
            if (!Number.isInteger(value) || value < 1 || value > 20)
              return [t.t('sweep.seedsError')];
            setSeeds(value);
            return [];
          }}
        />
        <NumberField
          label={t.t('sweep.threshold')}
          value={sweep.threshold}
          apply={(value) => {
            if (!(value > 0)) return [t.t('sweep.thresholdError')];
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
          {t.t('sweep.withScales')}
        </label>
        {withScales && (
          <>
            <NumberField
              label={t.t('sweep.scaleFrom')}
              {...fieldProps(scales, setScales, 'from')}
            />
            <NumberField label={t.t('sweep.scaleTo')} {...fieldProps(scales, setScales, 'to')} />
            <NumberField
              label={t.t('sweep.scalePoints')}
              step={1}
              {...fieldProps(scales, setScales, 'points')}
            />
          </>
        )}
      </div>
      <div className="buttons">
        <button type="button" className="primary" onClick={run} disabled={running}>
          {t.t('sweep.run')}
        </button>
        <button type="button" onClick={() => client.sweeps.cancel()} disabled={!running}>
          {t.t('sweep.cancel')}
        </button>
      </div>
      {problems.length > 0 && (
        <p className="problem" role="alert">
          {problems.join(' ')}
        </p>
      )}
      {progress && (
        <p className="sweep-progress">
          <progress aria-label={t.t('sweep.progress')} max={progress.total} value={progress.done} />{' '}
          <span data-testid="sweep-status">
            {t.t('sweep.done', { done: progress.done, total: progress.total })}
            {running && progress.remainingMs !== null
              ? t.t('sweep.left', { seconds: Math.ceil(progress.remainingMs / 1000) })
              : ''}
            {sweep.status === 'cancelled' ? t.t('sweep.cancelled') : ''}
            {sweep.status === 'done'
              ? t.t('sweep.doneIn', {
                  seconds: t.digitsOf((progress.elapsedMs / 1000).toFixed(1)),
                })
              : ''}
            {sweep.status === 'failed' ? t.t('sweep.failed', { message: sweep.message }) : ''}
          </span>
        </p>
      )}
      {!running && sweep.lost.length > 0 && (
        <p className="problem" role="alert">
          {t.t('sweep.lost', {
            count: sweep.lost.length,
            more: sweep.lost.length > 3 ? 'yes' : 'no',
            runs: sweep.lost
              .slice(0, 3)
              .map((c) =>
                t.t('sweep.lostRun', {
                  eta: t.digitsOf(formatNumber(sweep.cells[c.index]?.learningRate ?? Number.NaN)),
                  seed: t.digitsOf(String(sweep.cells[c.index]?.seed ?? '?')),
                  reason: c.reason,
                }),
              )
              .join('; '),
          })}{' '}
          <button type="button" onClick={() => void client.sweeps.rerunLost()}>
            {t.t('sweep.rerun')}
          </button>
        </p>
      )}
      {spec && results.length > 0 && (
        <>
          <p className="ranges" data-testid="stable-ranges">
            {(Object.keys(ranges) as Member[]).map((v) => (
              <span key={v} style={{ color: MEMBER_TEXT_COLORS[v] }}>
                {t.t('sweep.range', {
                  network: memberLabel(v, t),
                  range: describeRange(ranges[v]!, t),
                })}
              </span>
            ))}
            <span>
              {t.t('sweep.ratio', {
                ratio:
                  ratio !== null
                    ? t.digitsOf(ratio.toFixed(2))
                    : ranges.batchNorm.decades > 0
                      ? '∞'
                      : '–',
              })}
            </span>
          </p>
          {scaleList && (
            <p className="hint">
              {t.t('sweep.lineScale', {
                scale: t.digitsOf(formatNumber(nearest(scaleList, ownScale ?? 1))),
              })}
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
              {t.t('sweep.csv')}
            </button>
            <SvgExportButtons target={chartRef} name="sweep-chart" label={t.t('sweep.chart')} />
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
                  {t.t('sweep.mapCsv')}
                </button>
                <SvgExportButtons target={mapRef} name="sweep-map" label={t.t('sweep.map')} />
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
