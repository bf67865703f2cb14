import { useMemo } from 'react';
import { LEVELS } from '../../../../scenario/scenarioConstants.ts';
import { useT } from '../../../i18n/useT.ts';
import { useParticipantView } from '../useParticipantView.ts';
import type { Choice, ChoiceGroup } from './SelectField.tsx';

/**
 * The choices the action forms offer: only ids the scenario has, named as people know them. The
 * plan on paper (leads, supporters, holders) is not shown: finding it out is the exercise.
 */
export function useChoices() {
  const { t } = useT();
  const { projection, scenario, agency, role } = useParticipantView();
  const timeline = projection.timeline;
  return useMemo(() => {
    const byName = (items: readonly { id: string; name: string }[]): Choice[] => items.map((item) => ({ value: item.id, label: item.name }));
    const others = scenario.agencies.filter((candidate) => candidate.id !== agency);
    // What this agency can hand on: its own information and what others shared with it.
    const received = new Set(timeline.flatMap((entry) => (entry.type === 'share' && entry.with === agency ? [entry.information] : [])));
    // Roles grouped by level, strategic first, so an escalation up or down finds its addressee.
    const roleGroups: ChoiceGroup[] = LEVELS.map((level) => ({
      label: t('actions.field.rolesAtLevel', { level: t(`level.${level}`) }),
      choices: scenario.agencies.flatMap((candidate) =>
        candidate.roles
          .filter((candidateRole) => candidateRole.level === level && candidateRole.id !== role)
          .map((candidateRole) => ({ value: candidateRole.id, label: `${candidateRole.name} (${candidate.name})` })),
      ),
    })).filter((group) => group.choices.length > 0);
    return {
      tasks: byName(scenario.tasks),
      authorities: byName(scenario.authorities),
      otherAgencies: byName(others),
      shareableInformation: byName(scenario.information.filter((item) => item.owner === agency || received.has(item.id))),
      requestableInformation: byName(scenario.information.filter((item) => item.owner !== agency)),
      roleGroups,
      levels: LEVELS.map((level) => ({ value: level, label: t('actions.field.levelOption', { level: t(`level.${level}`) }) })),
      // Newest first, each matter once (an escalated one may be in the inbox twice).
      releases: [...new Map([...projection.releases].reverse().map(({ release }) => [release.id, { value: release.id, label: release.title }])).values()],
    };
  }, [t, projection.releases, scenario, agency, role, timeline]);
}
