import type { Member } from '../experiment/variants';
import type { ViewId } from '../state/pageHash';
import { bandScore, runScore, TARGET_ACCURACY, type Score } from '../state/scoreboard';
import { formatNumber } from './charts/canvas';
import { useLab, useLabClient, useMembers, useThrottledFrameValue } from './LabContext';
import { MEMBER_TEXT_COLORS } from './palette';
import { MEMBER_LABELS } from './twinLabels';

interface Row {
  claim: string;
  label: string;
  /** Where the number comes from: a view, and the panel to show in it. */
  view: ViewId;
  target: string;
  show: (score: Score, measuring: boolean) => string;
}

const ROWS: Row[] = [
  {
    claim: '1 stable, 2 faster',
    label: 'Highest η that trains',
    view: 'live',
    target: 'slider',
    show: (s, measuring) =>
      s.highestLearningRate !== null
        ? formatNumber(s.highestLearningRate)
        : measuring
          ? 'measuring…'
          : 'none',
  },
  {
    claim: '2 faster',
    label: `Steps to ${100 * TARGET_ACCURACY}% test accuracy`,
    view: 'live',
    target: 'loss',
    show: (s) => (s.stepsToTarget !== null ? s.stepsToTarget.toLocaleString('en') : 'not yet'),
  },
  {
    claim: '3 regularizer',
    label: 'Train − test accuracy gap',
    view: 'live',
    target: 'loss',
    show: (s) =>
      s.gapPoints !== null
        ? `${s.gapPoints >= 0 ? '' : '−'}${Math.abs(s.gapPoints).toFixed(1)} pts`
        : '–',
  },
  {
    claim: '4 init',
    label: 'Init scales that train (×0.01 … ×100)',
    view: 'live',
    target: 'slider',
    show: (s, measuring) =>
      s.initScalesThatTrain
        ? `${s.initScalesThatTrain.trains} of ${s.initScalesThatTrain.of}`
        : measuring
          ? 'measuring…'
          : '–',
  },
];

/**
 * BN's four claimed advantages, measured for the live setup: the bands' highest η that trains,
 * steps to a target test accuracy, the train − test gap, and how many init scales train at the
 * current η. Each row's name opens the panel its number comes from.
 */
export function Scoreboard() {
  const client = useLabClient();
  const members = useMembers();
  const bands = useLab((s) => s.bands);
  // The run's numbers follow the frames (throttled); the bands' arrive with the store.
  const run = useThrottledFrameValue(
    () => members.map((m) => runScore(client.history.evaluations[m])),
    400,
  );
  const shown = members.map((m, i): [Member, Score] => [
    m,
    { ...bandScore(m, bands), ...(run[i] ?? runScore(undefined)) },
  ]);
  const measuring =
    bands.status === 'running' || bands.status === 'waiting' || bands.status === 'held';
  const initMeasuring = bands.init.status === 'running' || bands.init.status === 'waiting';
  const open = (row: Row) => {
    client.setView(row.view);
    requestAnimationFrame(() =>
      document.querySelector(`[data-tour="${row.target}"]`)?.scrollIntoView({ block: 'nearest' }),
    );
  };
  return (
    <section className="scoreboard" aria-labelledby="scoreboard-title" data-tour="scoreboard">
      <h2 id="scoreboard-title" className="visually-hidden">
        BN’s four advantages, measured
      </h2>
      <table>
        <thead>
          <tr>
            <th scope="col">Claim, measured here</th>
            {shown.map(([m]) => (
              <th key={m} scope="col" style={{ color: MEMBER_TEXT_COLORS[m] }}>
                {MEMBER_LABELS[m]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {ROWS.map((row, r) => (
            <tr key={row.label}>
              <th scope="row">
                <button type="button" className="link" onClick={() => open(row)}>
                  {row.label}
                </button>{' '}
                <span className="muted">({row.claim})</span>
              </th>
              {shown.map(([m, s]) => (
                <td key={m} data-testid={`score-${r + 1}-${m}`}>
                  {row.show(s, r === 3 ? initMeasuring || measuring : measuring)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
