import { describe, expect, it } from 'vitest';
import { pageHashSuffix, splitPageHash } from '../../src/state/pageHash';
import { linkNotices, readOpeningHash } from '../../src/state/urlSync';
import { problemAt } from '../../src/experiment/fieldReader';
import { english } from '../../src/i18n/translate';

describe('the page keys of the URL hash', () => {
  it('split the view and tour step from the setup’s fields', () => {
    const split = splitPageHash('#preset=bad-init&seed=3&view=figure-1&tour=4', 9);
    expect(split).toEqual({
      setupHash: '#preset=bad-init&seed=3',
      page: { view: 'figure-1', tour: 4, present: false, lesson: null, claim: null },
      errors: [],
    });
    expect(pageHashSuffix(split.page)).toBe('&view=figure-1&tour=4');
    expect(
      pageHashSuffix({ view: 'live', tour: null, present: false, lesson: null, claim: null }),
    ).toBe('');
    // Presenter mode is a key without a value, and it keeps its place after the others.
    const presenting = splitPageHash('#preset=paper&present&tour=2', 9);
    expect(presenting.page).toEqual({
      view: 'live',
      tour: 2,
      present: true,
      lesson: null,
      claim: null,
    });
    expect(presenting.setupHash).toBe('#preset=paper');
    expect(pageHashSuffix(presenting.page)).toBe('&tour=2&present');
  });

  it('carry a card of the claims gallery, and refuse an id that is not one’s form', () => {
    const card = splitPageHash('#preset=paper&view=claims&claim=ioffe-figure-1', 9);
    expect(card.page.view).toBe('claims');
    expect(card.page.claim).toBe('ioffe-figure-1');
    expect(card.errors.map(english)).toEqual([]);
    expect(pageHashSuffix(card.page)).toBe('&view=claims&claim=ioffe-figure-1');
    const bad = splitPageHash('#view=claims&claim=%3Cscript%3E', 9);
    expect(bad.page.claim).toBeNull();
    expect(bad.errors.map(english)).toEqual([
      'claim: "<script>" is not a claim’s id (lowercase, digits, -)',
    ]);
  });

  it('carry the page’s language when it is not English, and refuse one the page does not have', () => {
    const bengali = splitPageHash('#preset=paper&lang=bn', 9);
    expect(bengali.page.locale).toBe('bn');
    expect(bengali.setupHash).toBe('#preset=paper');
    expect(pageHashSuffix(bengali.page)).toBe('&lang=bn');
    expect(pageHashSuffix({ ...bengali.page, locale: 'en' })).toBe('');
    expect(splitPageHash('#preset=paper', 9).page.locale).toBeUndefined();
    const bad = splitPageHash('#lang=fr', 9);
    expect(bad.page.locale).toBeUndefined();
    expect(bad.errors.map(english)).toEqual([
      'lang: there is no language "fr" (one of en, bn); the page stays in its language',
    ]);
  });

  it('name a bad view or step and fall back to the live view without a tour', () => {
    const split = splitPageHash('#view=nowhere&tour=99&preset=paper', 9);
    expect(split.page).toEqual({
      view: 'live',
      tour: null,
      present: false,
      lesson: null,
      claim: null,
    });
    expect(split.setupHash).toBe('#preset=paper');
    expect(split.errors.map(english)).toEqual([
      'view: there is no view "nowhere" (one of live, figure-1, test-time, stable-range, optimization, notes, claims); showing live',
      'tour: a step from 1 to 9, not "99"',
    ]);
  });

  it('name a broken percent-escape in the view or step, and never throw (a blank page)', () => {
    for (const hash of ['#view=%C0%AF', '#view=%FF&tour=%E0%A4%A', '#seed=%FF&view=figure-1'])
      expect(() => splitPageHash(hash, 9)).not.toThrow();
    const split = splitPageHash('#view=%C0%AF&tour=%FF&seed=%FF', 9);
    expect({ ...split, errors: split.errors.map(english) }).toEqual({
      setupHash: '#seed=%FF',
      page: { view: 'live', tour: null, present: false, lesson: null, claim: null },
      errors: [
        'view: has a broken percent-escape (not UTF-8); showing live',
        'tour: has a broken percent-escape (not UTF-8); the tour stays closed',
      ],
    });
    const opened = readOpeningHash('#preset=paper&seed=%80&view=%C0%AF', 9);
    expect(opened.presetId).toBe('paper');
    expect(opened.notices.map(english).join(' ')).toContain('seed: has a broken percent-escape');
    expect(opened.notices.map(english).join(' ')).toContain('view: has a broken percent-escape');
  });

  it('open a shared link on its setup, view and step, with every problem as a notice', () => {
    const opened = readOpeningHash('#preset=bad-init&view=stable-range&tour=0&seed=x', 9);
    expect(opened.presetId).toBe('bad-init');
    expect(opened.page).toEqual({
      view: 'stable-range',
      tour: null,
      present: false,
      lesson: null,
      claim: null,
    });
    expect(opened.notices).toHaveLength(2);
    expect(english(opened.notices[1])).toContain('tour: a step from 1 to 9');
  });
});

describe('a link with many bad settings', () => {
  it('gets ten notices and one that counts the rest, its keys shown with invisible characters escaped', () => {
    const errors = Array.from({ length: 20_000 }, (_, i) =>
      problemAt(`"k${i}\u202E"`, { key: 'link.unknownField' }),
    );
    const notices = linkNotices(errors);
    expect(notices).toHaveLength(11);
    expect(english(notices[0])).toBe(
      'The link’s setting "k0⟨U+202E⟩": is not a known field — the preset’s value is used instead.',
    );
    expect(english(notices[10])).toBe(
      'And 19,990 more of the link’s settings were not used (the preset’s values are).',
    );
    expect(linkNotices(errors.slice(0, 3))).toHaveLength(3);
  });
});
