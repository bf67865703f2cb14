import { useMemo } from 'react';
import { levelsInPlay, type OpenEscalation } from '../../../analysis/levelsInPlay.ts';
import type { FacilitatorProjection } from '../../../engine/index.ts';
import { indexScenario } from '../../../scenario/scenarioIndex.ts';
import { formatDuration } from '../../../shared/duration.ts';
import { useT } from '../../i18n/useT.ts';
import { useSession } from '../../store/useSession.ts';
import { formatAt } from '../../view/formatAt.ts';
import { useScenarioNames } from '../../view/useScenarioNames.ts';

/**
 * The link between the levels while play goes on: escalations nobody has answered yet (who, to
 * whom, about what, waiting how long) and the levels matters are expected to reach, soonest
 * deadline first, with the time left.
 */
export function LevelsPanel({ projection }: { projection: FacilitatorProjection }) {
  const { t } = useT();
  const timeline = useSession((state) => state.timeline);
  const { scenario, now } = projection;
  const levels = useMemo(() => levelsInPlay(scenario, timeline), [scenario, timeline]);
  const names = useScenarioNames(scenario);
  const index = indexScenario(scenario);
  const addressee = (open: OpenEscalation) =>
    index.roles.has(open.to) || open.level === undefined ? names.role(open.to) : t('actions.field.levelOption', { level: t(`level.${open.level}`) });
  const title = (id: string) => index.releases.get(id)?.title ?? id;
  return (
    <section className="panel levels" aria-labelledby="levels-heading">
      <h2 id="levels-heading">{t('facilitate.levels')}</h2>
      <h3>{t('facilitate.levels.open')}</h3>
      {levels.openEscalations.length === 0 ? (
        <p>{t('facilitate.levels.noneOpen')}</p>
      ) : (
        <ul>
          {levels.openEscalations.map((open) => (
            <li key={open.seq}>
              {t('facilitate.levels.escalation', { by: names.role(open.by), to: addressee(open), about: title(open.about), waiting: formatDuration(Math.max(0, now - open.at)) })}
            </li>
          ))}
        </ul>
      )}
      <h3>{t('facilitate.levels.expected')}</h3>
      {levels.waitingExpectations.length === 0 ? (
        <p>{t('facilitate.levels.noneExpected')}</p>
      ) : (
        <ul>
          {levels.waitingExpectations.map((waiting) => (
            <li key={`${waiting.inject}-${waiting.level}`}>
              {waiting.deadline === null
                ? t('facilitate.levels.expectation', { about: title(waiting.inject), level: t(`level.${waiting.level}`) })
                : now > waiting.deadline
                  ? t('facilitate.levels.overdue', { about: title(waiting.inject), level: t(`level.${waiting.level}`), deadline: formatAt(waiting.deadline, scenario.startTime) })
                  : t('facilitate.levels.due', { about: title(waiting.inject), level: t(`level.${waiting.level}`), left: formatDuration(waiting.deadline - now) })}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
