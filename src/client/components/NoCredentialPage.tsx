import type { ReactNode } from 'react';
import { FailurePanel } from './FailurePanel.tsx';
import { PageHeader } from './PageHeader.tsx';

/** A session's page opened without the key or token it needs: what is missing, and what the visitor can do instead. */
export function NoCredentialPage({ title, message, children }: { title: string; message: string; children?: ReactNode }) {
  return (
    <>
      <PageHeader title={title} />
      <main id="main">
        <FailurePanel message={message} />
        {children}
      </main>
    </>
  );
}
