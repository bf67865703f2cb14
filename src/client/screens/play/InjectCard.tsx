import type { PublicRelease, ReleaseView } from '../../../engine/index.ts';
import { Markdown } from '../../components/Markdown.tsx';
import { useT } from '../../i18n/useT.ts';
import { useLiveSession, useSession } from '../../store/useSession.ts';
import { analysableScenario } from '../../view/analysableScenario.ts';
import { formatAt } from '../../view/formatAt.ts';
import { useScenarioNames } from '../../view/useScenarioNames.ts';
import { ChannelIcon } from '../../components/ChannelIcon.tsx';
import { DecisionCard } from './DecisionCard.tsx';
import { EscalateForm } from './forms/EscalateForm.tsx';
import { RespondForm } from './forms/RespondForm.tsx';
import { useParticipantView } from './useParticipantView.ts';

/** One message in the inbox: how and when it came, from whom, what it says, its questions and decision. */
export function InjectCard({ view }: { view: ReleaseView<PublicRelease> }) {
  const { t } = useT();
  const { store } = useLiveSession();
  const { projection } = useParticipantView();
  const names = useScenarioNames(analysableScenario(projection));
  const { release } = view;
  const unread = useSession((state) => !state.read[release.id]);
  // A matter escalated to this role may be in the inbox a second time, so the heading is told apart by its seq.
  const headingId = `release-${release.id}-${view.seq}`;
  return (
    <article className={`inject-card${unread ? ' inject-card--unread' : ''}`} aria-labelledby={headingId}>
      <header className="inject-card__header">
        <ChannelIcon channel={release.channel} />
        <span className="meta">{t('play.inject.at', { time: formatAt(view.at, projection.scenario.startTime) })}</span>
        {release.from !== undefined && <span className="meta">{t('play.inject.from', { from: release.from })}</span>}
        {unread && <span className="badge">{t('play.inject.new')}</span>}
      </header>
      {view.escalatedBy !== undefined && <p className="inject-card__escalated">{t('play.inject.escalatedBy', { role: names.role(view.escalatedBy) })}</p>}
      <h3 id={headingId}>{release.title}</h3>
      {release.body !== undefined && <Markdown text={release.body} />}
      {release.questions !== undefined && release.questions.length > 0 && (
        <div className="questions">
          <h4>{t('play.inject.questions')}</h4>
          <ul>
            {release.questions.map((question) => (
              <li key={question}>{question}</li>
            ))}
          </ul>
        </div>
      )}
      {release.decision !== undefined && <DecisionCard release={release.id} decision={release.decision} />}
      <details className="inject-card__respond">
        <summary>{t('play.inject.respond')}</summary>
        <RespondForm inject={release.id} />
      </details>
      <details className="inject-card__respond">
        <summary>{t('play.inject.escalate')}</summary>
        <EscalateForm matter={release.id} />
      </details>
      {unread && (
        <button type="button" className="secondary" onClick={() => store.getState().markRead(release.id)}>
          {t('play.inject.markRead')}
        </button>
      )}
    </article>
  );
}
