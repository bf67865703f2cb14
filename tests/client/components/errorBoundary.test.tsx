import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import { ErrorBoundary } from '../../../src/client/components/ErrorBoundary.tsx';
import { LanguageProvider } from '../../../src/client/i18n/LanguageProvider.tsx';

function Broken(): never {
  throw new Error('projection of an unknown shape');
}

describe('the error boundary', () => {
  it('shows a plain message and a reload button instead of a blank page when a screen throws', () => {
    // React reports the caught error on the console; the test only cares what the person sees.
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    render(
      <LanguageProvider>
        <Router hook={memoryLocation({ path: '/' }).hook}>
          <ErrorBoundary>
            <Broken />
          </ErrorBoundary>
        </Router>
      </LanguageProvider>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('This screen ran into a problem (projection of an unknown shape).');
    expect(screen.getByRole('button', { name: 'Reload the page' })).toBeInTheDocument();
    quiet.mockRestore();
  });
});
