import type { Scenario } from '../../../scenario/schema.ts';
import { EntryList } from '../../components/EntryList.tsx';
import { useT } from '../../i18n/useT.ts';
import { useSession } from '../../store/useSession.ts';

/** Everything that happened, for all organisations, newest first; ticking an entry links it to the observation being written. */
export function EvaluatorTimeline({ scenario, selected, onToggle }: { scenario: Scenario; selected: readonly number[]; onToggle: (seq: number) => void }) {
  const { t } = useT();
  const timeline = useSession((state) => state.timeline);
  return (
    <section className="panel evaluate__timeline" aria-labelledby="evaluate-timeline">
      <h2 id="evaluate-timeline">{t('evaluate.timeline')}</h2>
      <p className="hint">{t('evaluate.timeline.hint')}</p>
      <EntryList entries={timeline} scenario={scenario} empty={t('evaluate.timeline.empty')} selection={{ selected, onToggle }} />
    </section>
  );
}
