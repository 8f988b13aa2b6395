/** The claims gallery's frame (each claim's own text is in English until its catalog is written). */
export const claimsViewEn = {
  'claims.title': 'What the BN literature claims, re-measured here',
  'claims.intro':
    'Each card gives a published claim and its source, the setup we test it on and how it differs from the paper’s, and the criterion its verdict follows, written before the result. The verdict is computed from the runs shipped with the page; <em>Re-run here</em> trains them again in this browser with the same code.',
  'claims.unknown':
    'The link names a claim “{claim}” that is not in the gallery; all {count, number} are below.',
  'claims.failed': 'The shipped results did not load: {message}',
  'claims.loading': 'Loading the shipped results…',
  'claims.caption':
    '{caption}: over {seeds, number} seeds, the median and (in brackets) the range over seeds',
  'claims.measure': 'Measure',
  'claims.verdict': 'Verdict',
  'claims.verdictOf': '{label}: ',
  'claims.holds': 'Holds here',
  'claims.partly': 'Holds partly',
  'claims.not': 'Does not hold here',
  'claims.differsNot':
    'Here the measurement disagrees with the paper: read it with how our setup differs, above.',
  'claims.differsPartly':
    'Here the measurement agrees only in part with the paper: read it with how our setup differs, above.',
  'claims.heading': '{number, number}. {source}',
  'claims.ourSetup': 'Our setup',
  'claims.differs': 'How it differs from the paper',
  'claims.criterion': 'Criterion, stated before the result',
  'claims.shipped': 'Measured (shipped)',
  'claims.notMeasured':
    'Not measured yet: no shipped result follows this card’s setups. Re-run it here.',
  'claims.rerunning': 'Re-running: {done, number} of {total, number} runs',
  'claims.cancel': 'Cancel the re-run',
  'claims.rerun': 'Re-run here',
  'claims.link': 'Link to this card',
  'claims.linkCopied': 'Link copied.',
  'claims.linkInBar': 'The address bar now links to this card.',
  'claims.cancelled': 'Re-run cancelled.',
  'claims.rerunFailed': 'The re-run failed: {message}',
  'claims.same': 'Re-run here: the same numbers as shipped, to the last digit.',
  'claims.different': 'Re-run here: the numbers differ from the shipped ones (below).',
  'claims.rerunVerdict': 'Verdict of the re-run',
} as const;
