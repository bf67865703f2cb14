import { PageHeader } from '../components/PageHeader.tsx';
import { FailurePanel } from '../components/FailurePanel.tsx';
import { useT } from '../i18n/useT.ts';

/** Any address the client has no screen for. */
export function NotFoundPage() {
  const { t } = useT();
  return (
    <>
      <PageHeader title={t('notFound.title')} />
      <main id="main">
        <FailurePanel message={t('notFound.body')} />
      </main>
    </>
  );
}
