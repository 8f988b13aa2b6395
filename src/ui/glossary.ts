/**
 * The page's technical terms, each explained once in plain words by the catalogs'
 * `glossary.<term>` message: what a "?" beside the term opens wherever it appears (see Term).
 */
export type GlossaryTerm = 'σ₀' | 'W1' | 'symlog' | 'β-smoothness' | 'ICS' | 'loss band';
