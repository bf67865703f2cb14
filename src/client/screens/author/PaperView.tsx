import { AgencyColumnsHead } from '../../components/AgencyColumnsHead.tsx';
import { useMemo } from 'react';
import { findPaperGaps } from '../../../scenario/paperGaps.ts';
import type { Scenario } from '../../../scenario/schema.ts';
import { GapList } from '../../components/GapList.tsx';
import { useT } from '../../i18n/useT.ts';
import { useScenarioNames } from '../../view/useScenarioNames.ts';

/** The plan on paper: tasks × organisations (lead, support, required authorities), who holds each authority, and the paper gaps. */
export function PaperView({ scenario }: { scenario: Scenario }) {
  const { t } = useT();
  const names = useScenarioNames(scenario);
  const gaps = useMemo(() => findPaperGaps(scenario).map(({ gap }) => gap), [scenario]);
  const agencyOfParty = (id: string) => scenario.agencies.find((agency) => agency.id === id || agency.roles.some((role) => role.id === id))?.id;
  const authorityName = (id: string) => scenario.authorities.find((authority) => authority.id === id)?.name ?? id;
  return (
    <section className="panel studio-section" aria-labelledby="studio-paper">
      <h2 id="studio-paper">{t('author.paper')}</h2>
      {scenario.tasks.length === 0 ? (
        <p>{t('debrief.tvb.noTasks')}</p>
      ) : (
        <div className="table-scroll">
          <table className="tvb-matrix">
            <AgencyColumnsHead first={t('debrief.tvb.task')} agencies={scenario.agencies} last={t('author.paper.requires')} />
            <tbody>
              {scenario.tasks.map((task) => (
                <tr key={task.id}>
                  <th scope="row">{task.name}</th>
                  {scenario.agencies.map((agency) => {
                    const part = task.lead !== undefined && agencyOfParty(task.lead) === agency.id ? 'lead' : (task.support ?? []).some((id) => agencyOfParty(id) === agency.id) ? 'support' : undefined;
                    return (
                      <td key={agency.id} className={part === undefined ? undefined : `tvb-cell--paper-${part}`}>
                        {part !== undefined && t(`debrief.tvb.paper.${part}`)}
                      </td>
                    );
                  })}
                  <td>{(task.requires ?? []).map(authorityName).join(', ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <h3>{t('debrief.tvb.authorities')}</h3>
      {scenario.authorities.length === 0 ? (
        <p>{t('debrief.tvb.noAuthorities')}</p>
      ) : (
        <ul>
          {scenario.authorities.map((authority) => (
            <li key={authority.id}>
              <strong>{authority.name}</strong>
              {authority.level !== undefined && ` (${t(`level.${authority.level}`)})`}: {authority.holders.length === 0 ? t('author.paper.noHolder') : authority.holders.map(names.party).join('; ')}
            </li>
          ))}
        </ul>
      )}
      <h3>{t('author.paper.gaps', { count: gaps.length })}</h3>
      {gaps.length === 0 ? <p>{t('debrief.gaps.none')}</p> : <GapList gaps={gaps} startTime={scenario.startTime} />}
    </section>
  );
}
