import { useT } from '../../i18n/useT.ts';
import { useParticipantView } from './useParticipantView.ts';

/**
 * Who leads and supports each task and who holds each authority, as agreed on paper. The server
 * sends it only while the facilitator has switched it on: discovering it is the exercise.
 */
export function PlanOnPaper() {
  const { t } = useT();
  const { projection, scenario } = useParticipantView();
  if (!projection.planVisible) return null;
  const party = (id: string) =>
    scenario.agencies.find((agency) => agency.id === id)?.name ??
    scenario.agencies.flatMap((agency) => agency.roles).find((role) => role.id === id)?.name ??
    id;
  const list = (ids: readonly string[] | undefined) => (ids === undefined || ids.length === 0 ? t('play.plan.nobody') : ids.map(party).join(', '));
  return (
    <section className="panel plan-on-paper" aria-labelledby="plan-heading">
      <h2 id="plan-heading">{t('play.plan')}</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('play.plan.task')}</th>
            <th scope="col">{t('play.plan.lead')}</th>
            <th scope="col">{t('play.plan.support')}</th>
          </tr>
        </thead>
        <tbody>
          {scenario.tasks.map((task) => (
            <tr key={task.id}>
              <th scope="row">{task.name}</th>
              <td>{task.lead === undefined ? t('play.plan.nobody') : party(task.lead)}</td>
              <td>{list(task.support)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('play.plan.authority')}</th>
            <th scope="col">{t('play.plan.holders')}</th>
          </tr>
        </thead>
        <tbody>
          {scenario.authorities.map((authority) => (
            <tr key={authority.id}>
              <th scope="row">{authority.name}</th>
              <td>{list(authority.holders)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
