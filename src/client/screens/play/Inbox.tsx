import { useEffect } from 'react';
import { useT } from '../../i18n/useT.ts';
import { useSession } from '../../store/useSession.ts';
import { InjectCard } from './InjectCard.tsx';
import { useParticipantView } from './useParticipantView.ts';

/** The messages released to this participant's role, newest first, with how many are still unread: the newest unread one open, the others folded. */
export function Inbox() {
  const { t } = useT();
  const { projection } = useParticipantView();
  const read = useSession((state) => state.read);
  const newestFirst = [...projection.releases].reverse();
  const unread = newestFirst.filter((view) => !read[view.release.id]).length;
  const title = projection.scenario.title;
  // The tab shows the unread count, for a participant who is looking at another window.
  useEffect(() => {
    document.title = unread > 0 ? `(${unread}) ${title}` : title;
  }, [unread, title]);
  const latest = newestFirst[0]?.release.title;
  const toActOn = (newestFirst.find((view) => !read[view.release.id]) ?? newestFirst[0])?.seq;
  return (
    <section className="panel inbox" aria-labelledby="inbox-heading">
      <p className="visually-hidden" aria-live="polite">
        {latest === undefined ? '' : t('play.inbox.latest', { title: latest })}
      </p>
      <h2 id="inbox-heading">
        {t('play.inbox')} {unread > 0 && <span className="badge">{t('play.inbox.unread', { count: unread })}</span>}
      </h2>
      {newestFirst.length === 0 ? (
        <p>{projection.status === 'ready' ? t('play.waiting') : t('play.inbox.empty')}</p>
      ) : (
        newestFirst.map((view) => <InjectCard key={view.seq} view={view} open={view.seq === toActOn} />)
      )}
    </section>
  );
}
