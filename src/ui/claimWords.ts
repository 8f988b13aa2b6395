import { useEffect, useState } from 'react';
import { CLAIMS_ENGLISH, type ClaimWords } from '../claims/claim';
import type { Locale } from '../i18n/locale';
import { loadClaimsCatalog, Translator, type ClaimKey } from '../i18n/translate';
import { useT } from './language';

const claimCatalogs = new Map<Locale, Record<ClaimKey, string>>();
const claimWords = new Map<string, ClaimWords>();

/**
 * The claims gallery's words in the page's language: its catalog is fetched with the gallery
 * (English meanwhile); the gallery re-renders when it arrives.
 */
export function useClaimWords(): ClaimWords {
  const t = useT();
  const [, setLoaded] = useState(0);
  const catalog = claimCatalogs.get(t.locale);
  useEffect(() => {
    if (catalog) return;
    let live = true;
    void loadClaimsCatalog(t.locale).then((loadedCatalog) => {
      claimCatalogs.set(t.locale, loadedCatalog);
      if (live) setLoaded((n) => n + 1);
    });
    return () => {
      live = false;
    };
  }, [catalog, t.locale]);
  if (!catalog) return CLAIMS_ENGLISH;
  const key = `${t.locale}-${t.digits}`;
  let words = claimWords.get(key);
  if (!words) {
    words = new Translator<ClaimKey>(t.locale, t.digits, catalog);
    claimWords.set(key, words);
  }
  return words;
}
