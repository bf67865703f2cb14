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
    const roleGroups: ChoiceGroup[] = scenario.agencies
      .map((candidate) => ({
        label: candidate.name,
        choices: candidate.roles
          .filter((candidateRole) => candidateRole.id !== role)
          .map((candidateRole) => ({ value: candidateRole.id, label: `${candidateRole.name} (${t(`level.${candidateRole.level}`)})` })),
      }))
      .filter((group) => group.choices.length > 0);
    return {
      tasks: byName(scenario.tasks),
      authorities: byName(scenario.authorities),
      otherAgencies: byName(others),
      shareableInformation: byName(scenario.information.filter((item) => item.owner === agency || received.has(item.id))),
      requestableInformation: byName(scenario.information.filter((item) => item.owner !== agency)),
      roleGroups,
      levels: LEVELS.map((level) => ({ value: level, label: t('actions.field.levelOption', { level: t(`level.${level}`) }) })),
      releases: [...projection.releases].reverse().map(({ release }) => ({ value: release.id, label: release.title })),
    };
  }, [t, projection.releases, scenario, agency, role, timeline]);
}
