import { roleHolds } from '../scenario/scenarioIndex.ts';
import type { Gap } from '../shared/gap.ts';
import type { AuthorityUse, PlayRecord } from './playRecord.ts';
import { practiceGap } from './practiceGap.ts';
import type { ScenarioNames } from './scenarioNames.ts';

/** How a use of an authority reads in a message: plainly, or through the decision option chosen. */
function viaDecision(use: AuthorityUse, names: ScenarioNames): string {
  if (use.decision === undefined || use.entry.type !== 'decide') return '';
  const option = names.option(use.decision, use.entry.option);
  return names.t('practice.viaDecision', { option, decision: names.release(use.decision) });
}

/** What overreach and level mismatch both name: the authority, the decision, the actor, the act. */
function aboutUse(use: AuthorityUse) {
  return {
    authority: use.authority,
    ...(use.decision === undefined ? {} : { inject: use.decision }),
    agencies: [use.agency],
    roles: [use.role],
    at: use.entry.at,
    evidence: [use.entry.seq],
  };
}

/**
 * `authority-overreach` (the acting role does not hold the authority) and `level-mismatch` (it
 * holds it but sits at another level than the authority's `level`), from exercises and from
 * decision options that `uses` an authority.
 */
export function findAuthorityGaps(play: PlayRecord, names: ScenarioNames): Gap[] {
  return play.authorityUses.flatMap((use) => {
    const actor = names.role(use.role);
    const authority = names.authority(use.authority);
    const via = viaDecision(use, names);
    if (!roleHolds(play.index, use.role, use.authority)) {
      return [
        practiceGap({
          code: 'authority-overreach',
          ...aboutUse(use),
          message: names.t('practice.overreach', { actor, authority, via }),
        }),
      ];
    }
    const required = play.index.authorities.get(use.authority)?.level;
    const actual = play.index.roles.get(use.role)?.level;
    if (required === undefined || actual === undefined || required === actual) return [];
    return [
      practiceGap({
        code: 'level-mismatch',
        ...aboutUse(use),
        message: names.t('practice.levelMismatch', { actor, authority, via, actual: names.level(actual), required: names.level(required) }),
      }),
    ];
  });
}
