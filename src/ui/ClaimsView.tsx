import { useEffect, useState } from 'react';
import { CLAIMS, findClaim } from '../claims/catalog';
import type { ClaimResults } from '../claims/claim';
import { loadShippedClaims } from '../state/claimRuns';
import { ClaimCard } from './ClaimCard';
import { useLab } from './LabContext';

/**
 * The claims gallery: what the Batch Normalization literature claims, one card per claim, each
 * re-measured by the lab with its verdict computed from the runs (shipped, and live on demand).
 */
export default function ClaimsView() {
  const picked = useLab((s) => s.settings.claim);
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
      <h2 id="claims-title">What the BN literature claims, re-measured here</h2>
      <p>
        Each card gives a published claim and its source, the setup we test it on and how it differs
        from the paper’s, and the criterion its verdict follows, written before the result. The
        verdict is computed from the runs shipped with the page; <em>Re-run here</em> trains them
        again in this browser with the same code.
      </p>
      {unknown && (
        <p role="alert">
          The link names a claim “{picked}” that is not in the gallery; all {CLAIMS.length} are
          below.
        </p>
      )}
      {failure && <p role="alert">The shipped results did not load: {failure}</p>}
      {shipped === null && !failure ? (
        <p role="status">Loading the shipped results…</p>
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
