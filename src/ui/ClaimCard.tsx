import { useEffect, useRef, useState } from 'react';
import { VERDICT_LABELS, type Claim, type ClaimResults, type Judgement } from '../claims/claim';
import { runClaimLive, type LiveRun } from '../state/claimRuns';
import { useLabClient } from './LabContext';

/** A cell's median, and its range over seeds (in brackets) on a line of its own. */
function Cell({ text }: { text: string }) {
  const at = text.indexOf(' (');
  if (at < 0) return <>{text}</>;
  return (
    <>
      {text.slice(0, at)} <span className="claim-range">{text.slice(at + 1)}</span>
    </>
  );
}

/** A claim's table of numbers and what they say against the criterion. */
function Measured({
  judgement,
  seeds,
  caption,
}: {
  judgement: Judgement;
  seeds: number;
  caption: string;
}) {
  return (
    <>
      <div className="claim-scroll">
        <table className="claim-table">
          <caption>
            {caption}: over {seeds} seeds, the median and (in brackets) the range over seeds
          </caption>
          <thead>
            <tr>
              <th scope="col">Measure</th>
              {judgement.columns.map((c) => (
                <th key={c} scope="col">
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {judgement.rows.map((row) => (
              <tr key={row.label}>
                <th scope="row">{row.label}</th>
                {row.cells.map((cell, k) => (
                  <td key={k}>
                    <Cell text={cell} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="claim-reading">{judgement.reading}</p>
    </>
  );
}

function Verdict({ judgement, label }: { judgement: Judgement; label?: string }) {
  return (
    <>
      <p className={`claim-verdict verdict-${judgement.verdict}`}>
        {label ?? 'Verdict'}: <strong>{VERDICT_LABELS[judgement.verdict]}</strong>
      </p>
      {judgement.verdict !== 'holds' && (
        <p className="claim-differs">
          {judgement.verdict === 'not'
            ? 'Here the measurement disagrees'
            : 'Here the measurement agrees only in part'}{' '}
          with the paper: read it with how our setup differs, above.
        </p>
      )}
    </>
  );
}

/**
 * One claim of the gallery: the claim and its source, our setup and how it differs, the criterion
 * (before the result), the shipped measurement and its verdict; re-run live in the sweep workers.
 */
export function ClaimCard({
  claim,
  shipped,
  picked,
}: {
  claim: Claim;
  shipped: ClaimResults | undefined;
  picked: boolean;
}) {
  const client = useLabClient();
  const [live, setLive] = useState<LiveRun | null>(null);
  const [linkStatus, setLinkStatus] = useState('');
  const pool = useRef<ReturnType<typeof client.sweeps.newPool> | null>(null);
  const article = useRef<HTMLElement>(null);
  useEffect(() => () => pool.current?.cancel(), []);
  useEffect(() => {
    if (picked) article.current?.scrollIntoView({ block: 'start' });
  }, [picked]);
  const rerun = async () => {
    pool.current?.cancel();
    const own = client.sweeps.newPool();
    pool.current = own;
    const end = await runClaimLive(own, claim, setLive);
    if (pool.current === own) setLive(end);
  };
  const cancel = () => {
    pool.current?.cancel();
    pool.current = null;
    setLive({ status: 'cancelled' });
  };
  const link = async () => {
    client.setPage({ view: 'claims', claim: claim.id });
    try {
      await navigator.clipboard.writeText(location.href);
      setLinkStatus('Link copied.');
    } catch {
      setLinkStatus('The address bar now links to this card.');
    }
  };
  const titleId = `claim-${claim.id}-title`;
  const judgement = shipped ? claim.judge(shipped) : null;
  const fresh = live?.status === 'done' ? claim.judge(live.results) : null;
  const same =
    live?.status === 'done' && shipped
      ? JSON.stringify(live.results.setups) === JSON.stringify(shipped.setups)
      : null;
  return (
    <article
      ref={article}
      className={`panel claim-card${picked ? ' picked' : ''}`}
      aria-labelledby={titleId}
      id={`claim-${claim.id}`}
    >
      <h3 id={titleId}>
        {claim.number}. {claim.source}
      </h3>
      <p className="claim-text">{claim.claim}</p>
      <dl className="claim-facts">
        <dt>Our setup</dt>
        <dd>{claim.setup}</dd>
        <dt>How it differs from the paper</dt>
        <dd>{claim.differs}</dd>
        <dt>Criterion, stated before the result</dt>
        <dd>{claim.criterion}</dd>
      </dl>
      {judgement && shipped ? (
        <>
          <Measured judgement={judgement} seeds={shipped.seeds} caption="Measured (shipped)" />
          <Verdict judgement={judgement} />
        </>
      ) : (
        <p>Not measured yet: no shipped result follows this card’s setups. Re-run it here.</p>
      )}
      <div className="claim-actions">
        {live?.status === 'running' ? (
          <>
            <label>
              Re-running: {live.done} of {live.total} runs{' '}
              <progress max={live.total} value={live.done} />
            </label>
            <button type="button" onClick={cancel}>
              Cancel the re-run
            </button>
          </>
        ) : (
          <button type="button" onClick={() => void rerun()}>
            Re-run here
          </button>
        )}
        <button type="button" onClick={() => void link()}>
          Link to this card
        </button>
        <span role="status">{linkStatus}</span>
      </div>
      <div role="status" className="claim-live">
        {live?.status === 'cancelled' && 'Re-run cancelled.'}
        {live?.status === 'failed' && `The re-run failed: ${live.message}`}
        {same === true && 'Re-run here: the same numbers as shipped, to the last digit.'}
        {same === false && 'Re-run here: the numbers differ from the shipped ones (below).'}
      </div>
      {fresh && live?.status === 'done' && same !== true && (
        <>
          <Measured judgement={fresh} seeds={live.results.seeds} caption="Re-run here" />
          <Verdict judgement={fresh} label="Verdict of the re-run" />
        </>
      )}
    </article>
  );
}
