import { isActionEntry } from '../../../analysis/playRecord.ts';
import { EntryList } from '../../components/EntryList.tsx';
import { useT } from '../../i18n/useT.ts';
import { useSession } from '../../store/useSession.ts';
import { useParticipantView } from './useParticipantView.ts';

/** What this organisation did, and what others did towards it, newest first. */
export function AgencyLog() {
  const { t } = useT();
  const { scenario, agency } = useParticipantView();
  const actions = useSession((state) => state.timeline).filter(isActionEntry);
  const agencyName = scenario.agencies.find((candidate) => candidate.id === agency)?.name ?? agency;
  return (
    <section className="panel agency-log" aria-labelledby="log-heading">
      <h2 id="log-heading">{t('play.log', { agency: agencyName })}</h2>
      <EntryList entries={actions} scenario={scenario} empty={t('play.log.empty')} />
    </section>
  );
}
