import { PageHeader } from '../components/PageHeader.tsx';
import { FailurePanel } from '../components/FailurePanel.tsx';
import { useT } from '../i18n/useT.ts';

/** Where the debrief and the author screens will be, so links to them already lead somewhere. */
export default function ComingSoonPage() {
  const { t } = useT();
  return (
    <>
      <PageHeader title={t('comingSoon.title')} />
      <main id="main">
        <FailurePanel message={t('comingSoon.body')} />
      </main>
    </>
  );
}
