import type { Gap } from '../shared/gap.ts';
import { actorAgency, type PlayRecord } from './playRecord.ts';
import { practiceGap } from './practiceGap.ts';
import type { ScenarioNames } from './scenarioNames.ts';

/** `sharing-without-basis`: information shared with an agency that neither owns it nor is in `shareableWith`. */
export function findSharingGaps(play: PlayRecord, names: ScenarioNames): Gap[] {
  return play.actions.flatMap((action) => {
    if (action.type !== 'share') return [];
    const information = play.index.information.get(action.information);
    if (!information || information.owner === action.with || information.shareableWith.includes(action.with)) return [];
    return [
      practiceGap({
        code: 'sharing-without-basis',
        information: action.information,
        agencies: [actorAgency(play.index, action.by), action.with],
        roles: [action.by],
        at: action.at,
        evidence: [action.seq],
        message: names.t('practice.sharingWithoutBasis', {
          role: names.role(action.by),
          information: names.information(action.information),
          agency: names.agency(action.with),
        }),
      }),
    ];
  });
}
