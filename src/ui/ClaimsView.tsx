import { useEffect, useState } from 'react';
import { CLAIMS, findClaim } from '../claims/catalog';
import type { ClaimResults } from '../claims/claim';
import { loadShippedClaims } from '../state/claimRuns';
import { ClaimCard } from './ClaimCard';
import { useLab } from './LabContext';
import { useT } from './language';
import type { ReactNode } from 'react';

/**
 * The claims gallery: what the Batch Normalization literature claims, one card per claim, each
 * re-measured by the lab with its verdict computed from the runs (shipped, and live on demand).
 */
export default function ClaimsView() {
  const picked = useLab((s) => s.settings.claim);
  const t = useT();
  const [shipped, setShipped] = useState<Map<string, ClaimResults> | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    loadShippedClaims(CLAIMS).then(
      (map) => live && setShipped(map),
      (error: Error) => live && setFailure(error.message),
    );
    return () => {
      live = false;
    };
  }, []);
  const unknown = picked !== null && !findClaim(picked);
  return (
    <section className="claims" aria-labelledby="claims-title">
      <h2 id="claims-title">{t.t('claims.title')}</h2>
      <p>{t.parts<ReactNode>('claims.intro', { em: (chunks) => <em>{chunks}</em> })}</p>
      {unknown && (
        <p role="alert">{t.t('claims.unknown', { claim: picked, count: CLAIMS.length })}</p>
      )}
      {failure && <p role="alert">{t.t('claims.failed', { message: failure })}</p>}
      {shipped === null && !failure ? (
        <p role="status">{t.t('claims.loading')}</p>
      ) : (
        <div className="claims-grid">
          {CLAIMS.map((claim) => (
            <ClaimCard
              key={claim.id}
              claim={claim}
              shipped={shipped?.get(claim.id)}
              picked={picked === claim.id}
            />
          ))}
        </div>
      )}
    </section>
  );
}
