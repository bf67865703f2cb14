import { useEffect, useMemo } from 'react';
import { useParams } from 'wouter';
import { FailurePanel } from '../../components/FailurePanel.tsx';
import { Loading } from '../../components/Loading.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useT } from '../../i18n/useT.ts';
import { failureMessage } from '../../view/failureMessage.ts';
import { debriefAccess, rememberLinkKey } from './debriefAccess.ts';
import { DebriefScreen } from './DebriefScreen.tsx';
import { useDebriefData } from './useDebriefData.ts';

/** `/debrief/:sessionId#key=…`: the debrief, with the facilitator key, or after play with the display key or a participant token. */
export default function DebriefPage() {
  const { t } = useT();
  const { sessionId = '' } = useParams<{ sessionId: string }>();
  const access = useMemo(() => debriefAccess(sessionId), [sessionId]);
  const data = useDebriefData(sessionId, access?.credential);

  useEffect(() => {
    if (data.state === 'loaded' && access?.fromLink === true) rememberLinkKey(sessionId, access.credential, data.session.viewer);
  }, [data, access, sessionId]);

  if (access !== undefined && data.state === 'loaded') {
    return <DebriefScreen sessionId={sessionId} credential={access.credential} session={data.session} report={data.report} />;
  }
  return (
    <>
      <PageHeader title={t('debrief.pageTitle')} />
      <main id="main">
        {access === undefined ? (
          <FailurePanel message={t('debrief.noKey')} />
        ) : data.state === 'failed' ? (
          <FailurePanel message={data.error.code === 'forbidden' ? t('debrief.notYet') : failureMessage(t, data.error)} />
        ) : (
          <Loading />
        )}
      </main>
    </>
  );
}
