import { splitRows } from '../experiment/cost';
import type { Member } from '../experiment/members';
import type { EvidenceState, SweepState } from '../state/evidenceClient';
import type { ViewId } from '../state/pageHash';
import { scoreRows, type RowId, type Verdict } from '../state/scoreboard';
import { formatNumber } from './charts/canvas';
import { useLab, useLabClient, useMembers } from './LabContext';
import { MEMBER_TEXT_COLORS } from './palette';
import { cellText, scoreboardSummary, scoreContext, type ScoreContext } from './scoreboardText';
import { MEMBER_LABELS } from './twinLabels';

interface RowSpec {
  claim: string;
  label: (context: ScoreContext) => string;
  /** Where the number can be seen: a view, and the panel to show in it. */
  view: ViewId;
  target: string;
}

const ROWS: Record<RowId, RowSpec> = {
  edge: {
    claim: '1 stable, 2 faster',
    label: () => 'Highest η that trains',
    view: 'live',
    target: 'slider',
  },
  speed: {
    claim: '2 faster',
    label: (c) =>
      `Steps to ${Math.round(100 * c.target)}% ${c.scoredOn} accuracy${c.learningRate === null ? '' : ` at η = ${formatNumber(c.learningRate)}`}`,
    view: 'live',
    target: 'loss',
  },
  gap: {
    claim: '3 regularizer',
    label: (c) => `Train − test accuracy gap at step ${c.steps.toLocaleString('en')}`,
    view: 'live',
    target: 'loss',
  },
  init: {
    claim: '4 init',
    label: () => 'Init scales that train (×0.01 … ×100)',
    view: 'live',
    target: 'slider',
  },
};

const VERDICT_TEXT: Record<Verdict, string> = {
  batchNorm: 'BN ahead',
  plain: 'plain ahead',
  tie: 'tie',
  incomparable: 'cannot compare',
};

const busy = (sweep: SweepState) =>
  sweep.status === 'waiting' || sweep.status === 'running' || sweep.status === 'held';

/** Where the numbers come from, in words: shipped with the preset, or being measured here. */
function sourceText(evidence: EvidenceState, seeds: number): string {
  const sweeps = [evidence.bands, evidence.scores, evidence.init];
  if (evidence.bands.status === 'failed')
    return `Not measured: ${evidence.message ?? 'a worker failed'}.`;
  if (sweeps.some(busy)) {
    const done = sweeps.reduce((n, s) => n + s.results.filter(Boolean).length, 0);
    const total = sweeps.reduce((n, s) => n + s.cells, 0);
    const held = sweeps.some((s) => s.status === 'held');
    return `Measuring your setup in the background: ${done} of ${total || '…'} short runs${held ? ' (a setup this heavy is measured while the run is paused)' : ''}.`;
  }
  if (sweeps.some((s) => s.status !== 'done')) return '';
  if (sweeps.every((s) => s.source === 'preset'))
    return `Measured ahead of time for this preset over ${seeds} seeds, with the code the page and the command line run.`;
  if (evidence.bands.source === 'preset' && evidence.learningRate !== null)
    return `Highest η measured ahead of time for this preset; the rows at η = ${formatNumber(evidence.learningRate)} measured here, over ${seeds} seeds.`;
  return `Measured here for your setup over ${seeds} seeds.`;
}

/**
 * BN's four claimed advantages, measured over seeds for the live setup: the highest η that
 * trains (the bands), steps to a target test accuracy and the train − test gap at the setup's η,
 * and how many init scales train. Each network's cell gives the median and the range over the
 * seeds; the verdict compares the twins only where their ranges are apart, and a sentence under
 * the table says what this setup shows and what it does not.
 */
export function Scoreboard() {
  const client = useLabClient();
  const members = useMembers();
  const evidence = useLab((s) => s.evidence);
  const testRows = useLab((s) => splitRows(s.settings.experiment.data).test > 0);
  const rows = scoreRows(evidence, members, testRows);
  const context = scoreContext(evidence, testRows);
  const { seeds } = context;
  const measuring = [evidence.bands, evidence.scores, evidence.init].some(busy);
  const open = (row: RowSpec) => {
    client.setPage({ view: row.view });
    requestAnimationFrame(() =>
      document.querySelector(`[data-tour="${row.target}"]`)?.scrollIntoView({ block: 'nearest' }),
    );
  };
  const summary = scoreboardSummary(rows, context);
  return (
    <section className="scoreboard" aria-labelledby="scoreboard-title" data-tour="scoreboard">
      <h2 id="scoreboard-title" className="visually-hidden">
        BN’s four advantages, measured
      </h2>
      <table>
        <thead>
          <tr>
            <th scope="col">Claim, measured over {seeds} seeds</th>
            {members.map((m: Member) => (
              <th key={m} scope="col" style={{ color: MEMBER_TEXT_COLORS[m] }}>
                {MEMBER_LABELS[m]}
              </th>
            ))}
            <th scope="col">Verdict</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, r) => {
            const spec = ROWS[row.id];
            return (
              <tr key={row.id}>
                <th scope="row">
                  <button type="button" className="link" onClick={() => open(spec)}>
                    {spec.label(context)}
                  </button>{' '}
                  <span className="muted">({spec.claim})</span>
                </th>
                {members.map((m) => (
                  <td key={m} data-testid={`score-${r + 1}-${m}`}>
                    {row.values?.[m]
                      ? cellText(row.id, row.values[m], context, row.headline?.[m])
                      : measuring
                        ? 'measuring…'
                        : '–'}
                  </td>
                ))}
                <td data-testid={`verdict-${r + 1}`}>
                  {row.verdict ? VERDICT_TEXT[row.verdict] : ''}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p className="score-source hint">
        {sourceText(evidence, seeds)}
        {!testRows &&
          ' No rows are held out for testing, so accuracy is the training rows’ and there is no train − test gap to measure.'}
      </p>
      {summary && (
        <p className="score-sentence" data-testid="score-sentence">
          {summary}
        </p>
      )}
    </section>
  );
}
