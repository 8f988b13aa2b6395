import { useEffect, useRef, useState } from 'react';
import type { Claim, ClaimResults, Judgement } from '../claims/claim';
import { runClaimLive, type LiveRun } from '../state/claimRuns';
import { useLabClient } from './LabContext';
import { useT } from './language';
import { useClaimWords } from './claimWords';

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
  const t = useT();
  return (
    <>
      <div className="claim-scroll">
        <table className="claim-table">
          <caption>{t.t('claims.caption', { caption, seeds })}</caption>
          <thead>
            <tr>
              <th scope="col">{t.t('claims.measure')}</th>
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
  const t = useT();
  return (
    <>
      <p className={`claim-verdict verdict-${judgement.verdict}`}>
        {t.t('claims.verdictOf', { label: label ?? t.t('claims.verdict') })}
        <strong>{t.t(`claims.${judgement.verdict}`)}</strong>
      </p>
      {judgement.verdict !== 'holds' && (
        <p className="claim-differs">
          {t.t(judgement.verdict === 'not' ? 'claims.differsNot' : 'claims.differsPartly')}
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
  const t = useT();
  const ct = useClaimWords();
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
      setLinkStatus(t.t('claims.linkCopied'));
    } catch {
      setLinkStatus(t.t('claims.linkInBar'));
    }
  };
  const titleId = `claim-${claim.id}-title`;
  const text = claim.texts(ct);
  const judgement = shipped ? claim.judge(shipped, ct) : null;
  const fresh = live?.status === 'done' ? claim.judge(live.results, ct) : null;
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
      <h3 id={titleId}>{t.t('claims.heading', { number: claim.number, source: text.source })}</h3>
      <p className="claim-text">{text.claim}</p>
      <dl className="claim-facts">
        <dt>{t.t('claims.ourSetup')}</dt>
        <dd>{text.setup}</dd>
        <dt>{t.t('claims.differs')}</dt>
        <dd>{text.differs}</dd>
        <dt>{t.t('claims.criterion')}</dt>
        <dd>{text.criterion}</dd>
      </dl>
      {judgement && shipped ? (
        <>
          <Measured judgement={judgement} seeds={shipped.seeds} caption={t.t('claims.shipped')} />
          <Verdict judgement={judgement} />
        </>
      ) : (
        <p>{t.t('claims.notMeasured')}</p>
      )}
      <div className="claim-actions">
        {live?.status === 'running' ? (
          <>
            <label>
              {t.t('claims.rerunning', { done: live.done, total: live.total })}{' '}
              <progress max={live.total} value={live.done} />
            </label>
            <button type="button" onClick={cancel}>
              {t.t('claims.cancel')}
            </button>
          </>
        ) : (
          <button type="button" onClick={() => void rerun()}>
            {t.t('claims.rerun')}
          </button>
        )}
        <button type="button" onClick={() => void link()}>
          {t.t('claims.link')}
        </button>
        <span role="status">{linkStatus}</span>
      </div>
      <div role="status" className="claim-live">
        {live?.status === 'cancelled' && t.t('claims.cancelled')}
        {live?.status === 'failed' && t.t('claims.rerunFailed', { message: live.message })}
        {same === true && t.t('claims.same')}
        {same === false && t.t('claims.different')}
      </div>
      {fresh && live?.status === 'done' && same !== true && (
        <>
          <Measured judgement={fresh} seeds={live.results.seeds} caption={t.t('claims.rerun')} />
          <Verdict judgement={fresh} label={t.t('claims.rerunVerdict')} />
        </>
      )}
    </article>
  );
}
