import type { Gap } from '../shared/gap.ts';
import { translator } from '../shared/i18n/translate.ts';
import { languageOf } from '../shared/language.ts';
import { sortedUnique } from '../shared/sortedUnique.ts';
import { paperGapMessages } from './paperGapMessages.ts';
import type { Scenario } from './schema.ts';
import { agencyOf, indexScenario, partyHolds } from './scenarioIndex.ts';

/** Where in the scenario a paper gap sits, so lint can point at it. */
export interface LocatedPaperGap {
  gap: Gap;
  path: (string | number)[];
}

/**
 * The gaps in the plan on paper (scenario format, section 14): tasks without a lead, tasks whose
 * lead and supporters lack a required authority, authorities nobody holds. Scenario order.
 */
export function findPaperGaps(scenario: Scenario): LocatedPaperGap[] {
  const index = indexScenario(scenario);
  const t = translator(paperGapMessages, languageOf(scenario.language));
  const found: LocatedPaperGap[] = [];

  scenario.tasks.forEach((task, taskIndex) => {
    const supporters = task.support ?? [];
    const supporterAgencies = sortedUnique(supporters.map((id) => agencyOf(index, id) ?? id));
    if (task.lead === undefined) {
      found.push({
        path: ['tasks', taskIndex, 'id'],
        gap: {
          code: 'task-without-lead',
          kind: 'paper',
          severity: 'medium',
          task: task.id,
          agencies: supporterAgencies,
          evidence: [],
          message: t('paper.taskWithoutLead', { task: task.name }),
        },
      });
    }
    const parties = [...(task.lead === undefined ? [] : [task.lead]), ...supporters];
    const partyAgencies = sortedUnique(parties.map((id) => agencyOf(index, id) ?? id));
    (task.requires ?? []).forEach((authorityId, requireIndex) => {
      if (!index.authorities.has(authorityId)) return;
      if (parties.some((party) => partyHolds(index, party, authorityId))) return;
      const authorityName = index.authorities.get(authorityId)?.name ?? authorityId;
      found.push({
        path: ['tasks', taskIndex, 'requires', requireIndex],
        gap: {
          code: 'lead-lacks-authority',
          kind: 'paper',
          severity: 'medium',
          task: task.id,
          authority: authorityId,
          agencies: partyAgencies,
          evidence: [],
          message: t('paper.leadLacksAuthority', { task: task.name, authority: authorityName }),
        },
      });
    });
  });

  scenario.authorities.forEach((authority, authorityIndex) => {
    if (authority.holders.length > 0) return;
    found.push({
      path: ['authorities', authorityIndex, 'holders'],
      gap: {
        code: 'authority-without-holder',
        kind: 'paper',
        severity: 'medium',
        authority: authority.id,
        evidence: [],
        message: t('paper.authorityWithoutHolder', { authority: authority.name }),
      },
    });
  });

  return found;
}
