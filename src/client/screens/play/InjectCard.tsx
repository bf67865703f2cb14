import { useRef, useState } from 'react';
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

/**
 * One message in the inbox: how and when it came, from whom, what it says, its questions and
 * decision. Folded to its title unless `open` (the message to act on now), opened by hand, or
 * worked in (a focus inside keeps it open when a newer message arrives), so a long inbox stays
 * short on a phone.
 */
export function InjectCard({ view, open }: { view: ReleaseView<PublicRelease>; open: boolean }) {
  const { t } = useT();
  const { projection } = useParticipantView();
  const names = useScenarioNames(analysableScenario(projection));
  const { release } = view;
  const unread = useSession((state) => !state.read[release.id]);
  // A matter escalated to this role may be in the inbox a second time, so the heading is told apart by its seq.
  const headingId = `release-${release.id}-${view.seq}`;
  const [openedByHand, setOpenedByHand] = useState<boolean | undefined>(undefined);
  const [workedIn, setWorkedIn] = useState(false);
  const toggle = useRef<HTMLButtonElement>(null);
  const expanded = openedByHand ?? (open || workedIn);
  return (
    <article className={`inject-card${unread ? ' inject-card--unread' : ''}`} aria-labelledby={headingId} onFocus={(event) => event.target !== toggle.current && setWorkedIn(true)}>
      <header className="inject-card__header">
        <ChannelIcon channel={release.channel} />
        <span className="meta">{t('play.inject.at', { time: formatAt(view.at, projection.scenario.startTime) })}</span>
        {release.from !== undefined && <span className="meta">{t('play.inject.from', { from: release.from })}</span>}
        {unread && <span className="badge">{t('play.inject.new')}</span>}
        {!expanded && release.decision !== undefined && <span className="badge badge--outline">{t('play.inject.decisionAsked')}</span>}
      </header>
      {view.escalatedBy !== undefined && <p className="inject-card__escalated">{t('play.inject.escalatedBy', { role: names.role(view.escalatedBy) })}</p>}
      <h3 id={headingId}>
        <button ref={toggle} type="button" className="inject-card__toggle" aria-expanded={expanded} onClick={() => setOpenedByHand(!expanded)}>
          <span className="disclosure-mark" aria-hidden="true">
            {expanded ? '▾ ' : '▸ '}
          </span>
          {release.title}
        </button>
      </h3>
      {expanded && <InjectBody view={view} />}
    </article>
  );
}

/** What an open message shows under its title: the text, the questions, the decision, answering and escalating it, marking it read. */
function InjectBody({ view }: { view: ReleaseView<PublicRelease> }) {
  const { t } = useT();
  const { store } = useLiveSession();
  const { release } = view;
  const unread = useSession((state) => !state.read[release.id]);
  return (
    <>
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
    </>
  );
}
