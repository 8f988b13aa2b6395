import type { Member } from '../experiment/members';
import type { Translator } from '../i18n/translate';
import type { LabClient } from '../state/client';
import type { Marker } from './charts/lines';
import { MEMBER_COLORS } from './palette';
import { memberLabel } from './twinLabels';

/**
 * A marker at the step each of `members` blew up, in its color ("the plain twin blew up"): a
 * chart of a network that blew up says so where its line stops, or in place of a line it never
 * drew.
 */
export function blewUpMarkers(
  client: LabClient,
  t: Translator,
  members: readonly Member[] = client.history.members,
): Marker[] {
  const { divergedAt } = client.store.getState().run;
  return members.flatMap((v) => {
    const step = divergedAt[v];
    return step === null || step === undefined
      ? []
      : [
          {
            step,
            label: t.t('chart.networkBlewUp', { network: memberLabel(v, t) }),
            color: MEMBER_COLORS[v],
          },
        ];
  });
}
