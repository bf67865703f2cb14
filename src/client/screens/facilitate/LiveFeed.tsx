import { useId, useState } from 'react';
import type { FacilitatorProjection } from '../../../engine/index.ts';
import { actorAgency, isActionEntry } from '../../../analysis/playRecord.ts';
import { indexScenario } from '../../../scenario/scenarioIndex.ts';
import { EntryList } from '../../components/EntryList.tsx';
import { useT } from '../../i18n/useT.ts';
import { useSession } from '../../store/useSession.ts';

/** Every participant action as it happens, for all organisations or one. */
export function LiveFeed({ projection }: { projection: FacilitatorProjection }) {
  const { t } = useT();
  const id = useId();
  const [agency, setAgency] = useState('');
  const { scenario } = projection;
  const timeline = useSession((state) => state.timeline);
  const index = indexScenario(scenario);
  const actions = timeline.filter(isActionEntry).filter((entry) => agency === '' || actorAgency(index, entry.by) === agency);
  return (
    <section className="panel feed" aria-labelledby="feed-heading">
      <h2 id="feed-heading">{t('facilitate.feed')}</h2>
      <div className="inline-row">
        <label htmlFor={id}>{t('facilitate.feed.filter')}</label>
        <select id={id} value={agency} onChange={(event) => setAgency(event.target.value)}>
          <option value="">{t('facilitate.feed.all')}</option>
          {scenario.agencies.map((candidate) => (
            <option key={candidate.id} value={candidate.id}>
              {candidate.name}
            </option>
          ))}
        </select>
      </div>
      <EntryList entries={actions} scenario={scenario} empty={t('facilitate.feed.empty')} />
    </section>
  );
}
