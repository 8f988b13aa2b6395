import { splitRows } from '../experiment/cost';
import type { Member } from '../experiment/members';
import type { EvidenceState, SweepState } from '../state/evidenceClient';
import type { ViewId } from '../state/pageHash';
import { scoreRows, type RowId } from '../state/scoreboard';
import { formatNumber } from './charts/canvas';
import type { MessageKey } from '../i18n/messages/en';
import type { Translator } from '../i18n/translate';
import { useT } from './language';
import { useLab, useLabClient, useMembers } from './LabContext';
import { MEMBER_TEXT_COLORS } from './palette';
import { cellText, scoreboardSummary, scoreContext, type ScoreContext } from './scoreboardText';

interface RowSpec {
  claim: MessageKey;
  label: (context: ScoreContext, t: Translator) => string;
  /** Where the number can be seen: a view, and the panel to show in it. */
  view: ViewId;
  target: string;
}

const ROWS: Record<RowId, RowSpec> = {
  edge: {
    claim: 'score.claimEdge',
    label: (_, t) => t.t('score.rowEdge'),
    view: 'live',
    target: 'slider',
  },
  speed: {
    claim: 'score.claimSpeed',
    label: (c, t) =>
      t.t('score.rowSpeed', {
        target: c.target,
        on: c.scoredOn,
        eta: c.learningRate === null ? 'none' : t.digitsOf(formatNumber(c.learningRate)),
      }),
    view: 'live',
    target: 'loss',
  },
  gap: {
    claim: 'score.claimGap',
    label: (c, t) => t.t('score.rowGap', { steps: c.steps }),
    view: 'live',
    target: 'loss',
  },
  init: {
    claim: 'score.claimInit',
    label: (_, t) => t.t('score.rowInit'),
    view: 'live',
    target: 'slider',
  },
};

const busy = (sweep: SweepState) =>
  sweep.status === 'waiting' || sweep.status === 'running' || sweep.status === 'held';

/** Where the numbers come from, in words: shipped with the preset, or being measured here. */
function sourceText(evidence: EvidenceState, seeds: number, t: Translator): string {
  const sweeps = [evidence.bands, evidence.scores, evidence.init];
  if (evidence.bands.status === 'failed')
    return t.t('score.failed', { message: evidence.message ?? t.t('score.workerFailed') });
  if (sweeps.some(busy)) {
    const done = sweeps.reduce((n, s) => n + s.results.filter(Boolean).length, 0);
    const total = sweeps.reduce((n, s) => n + s.cells, 0);
    const held = sweeps.some((s) => s.status === 'held');
    return t.t('score.measuringHere', {
      done,
      total: total ? t.number(total) : '…',
      held: held ? 'yes' : 'no',
    });
  }
  if (sweeps.some((s) => s.status !== 'done')) return '';
  if (sweeps.every((s) => s.source === 'preset')) return t.t('score.fromPreset', { seeds });
  if (evidence.bands.source === 'preset' && evidence.learningRate !== null)
    return t.t('score.fromPresetBands', {
      eta: t.digitsOf(formatNumber(evidence.learningRate)),
      seeds,
    });
  return t.t('score.fromHere', { seeds });
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
  const t = useT();
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
  const summary = scoreboardSummary(rows, context, t);
  return (
    <section className="scoreboard" aria-labelledby="scoreboard-title" data-tour="scoreboard">
      <h2 id="scoreboard-title" className="visually-hidden">
        {t.t('score.title')}
      </h2>
      <table>
        <thead>
          <tr>
            <th scope="col">{t.t('score.claimHeader', { seeds })}</th>
            {members.map((m: Member) => (
              <th key={m} scope="col" style={{ color: MEMBER_TEXT_COLORS[m] }}>
                {t.t(`member.${m}`)}
              </th>
            ))}
            <th scope="col">{t.t('score.verdictHeader')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, r) => {
            const spec = ROWS[row.id];
            return (
              <tr key={row.id}>
                <th scope="row">
                  <button type="button" className="link" onClick={() => open(spec)}>
                    {spec.label(context, t)}
                  </button>{' '}
                  <span className="muted">({t.digitsOf(t.t(spec.claim))})</span>
                </th>
                {members.map((m) => (
                  <td key={m} data-testid={`score-${r + 1}-${m}`}>
                    {row.values?.[m]
                      ? cellText(row.id, row.values[m], context, row.headline?.[m], t)
                      : measuring
                        ? t.t('score.measuring')
                        : '–'}
                  </td>
                ))}
                <td data-testid={`verdict-${r + 1}`}>
                  {row.verdict ? t.t('score.verdict', { verdict: row.verdict }) : ''}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p className="score-source hint">
        {sourceText(evidence, seeds, t)}
        {!testRows && t.t('score.noTestRows')}
      </p>
      {summary && (
        <p className="score-sentence" data-testid="score-sentence">
          {summary}
        </p>
      )}
    </section>
  );
}
