import type { Scenario } from '../../../scenario/schema.ts';
import { useT } from '../../i18n/useT.ts';
import { useSession } from '../../store/useSession.ts';

/** Who joined, per organisation, and whether each is connected right now. */
export function ParticipantsPanel({ scenario }: { scenario: Scenario }) {
  const { t } = useT();
  const participants = useSession((state) => state.participants);
  const roleName = (id: string) => scenario.agencies.flatMap((agency) => agency.roles).find((role) => role.id === id)?.name ?? id;
  const groups = scenario.agencies
    .map((agency) => ({ agency, members: participants.filter((participant) => participant.agency === agency.id) }))
    .filter((group) => group.members.length > 0);
  const online = participants.filter((participant) => participant.online).length;
  return (
    <section className="panel participants" aria-labelledby="participants-heading">
      <h2 id="participants-heading">
        {t('facilitate.participants')} <span className="meta">{t('facilitate.participants.count', { online, total: participants.length })}</span>
      </h2>
      {groups.length === 0 ? (
        <p>{t('facilitate.participants.none')}</p>
      ) : (
        groups.map(({ agency, members }) => (
          <div key={agency.id}>
            <h3>{agency.name}</h3>
            <ul className="participant-list">
              {members.map((participant) => (
                <li key={participant.participantId} className={participant.online ? 'presence presence--online' : 'presence'}>
                  <span className="presence__dot" aria-hidden="true" />
                  {participant.name} <span className="meta">({roleName(participant.role)})</span> <span className="presence__state">{participant.online ? t('facilitate.online') : t('facilitate.offline')}</span>
                </li>
              ))}
            </ul>
          </div>
        ))
      )}
    </section>
  );
}
