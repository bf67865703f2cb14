import { Component, type ReactNode } from 'react';
import { useT } from '../i18n/useT.ts';
import { FailurePanel } from './FailurePanel.tsx';
import { PageHeader } from './PageHeader.tsx';

function CrashPanel({ message }: { message: string }) {
  const { t } = useT();
  return (
    <>
      <PageHeader title={t('app.name')} />
      <main id="main">
        <FailurePanel message={t('failure.crash', { message })}>
          <button type="button" onClick={() => window.location.reload()}>
            {t('failure.reload')}
          </button>
        </FailurePanel>
      </main>
    </>
  );
}

/**
 * The last line of defence: a screen that throws (or a screen's code that cannot be loaded after
 * the server was updated) shows a plain message and a reload button instead of a blank page.
 */
export class ErrorBoundary extends Component<{ children: ReactNode }, { error: Error | undefined }> {
  override state: { error: Error | undefined } = { error: undefined };

  static getDerivedStateFromError(error: Error): { error: Error } {
    return { error };
  }

  override render(): ReactNode {
    return this.state.error === undefined ? this.props.children : <CrashPanel message={this.state.error.message} />;
  }
}
