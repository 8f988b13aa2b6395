import { describe, expect, it } from 'vitest';
import { bn } from '../../src/i18n/messages/bn';
import { ENGLISH, Translator } from '../../src/i18n/translate';
import type { LabClient } from '../../src/state/client';
import { blewUpMarkers } from '../../src/ui/blewUpMarkers';
import { MEMBER_COLORS } from '../../src/ui/palette';

/** A client whose run says which networks blew up, and when. */
function runWith(divergedAt: Record<string, number | null>): LabClient {
  return {
    store: { getState: () => ({ run: { divergedAt } }) },
    history: { members: ['plain', 'batchNorm'] },
  } as unknown as LabClient;
}

describe('markers where a network blew up', () => {
  it('marks each network that blew up at its step, in its color and the page’s language', () => {
    const client = runWith({ plain: 8, batchNorm: null });
    expect(blewUpMarkers(client, ENGLISH)).toEqual([
      { step: 8, label: 'Plain blew up', color: MEMBER_COLORS.plain },
    ]);
    expect(MEMBER_COLORS.plain).toMatch(/^#[0-9a-f]{6}$/i);
    expect(blewUpMarkers(client, new Translator('bn', 'latn', bn))[0].label).toBe(
      'BN ছাড়া blow up করেছে',
    );
    // A chart of one network (Figure 1's panel of the BN twin) marks only that network.
    expect(blewUpMarkers(client, ENGLISH, ['batchNorm'])).toEqual([]);
    expect(blewUpMarkers(runWith({ plain: null, batchNorm: null }), ENGLISH)).toEqual([]);
  });
});
