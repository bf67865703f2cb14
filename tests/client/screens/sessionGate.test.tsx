import { act, render, screen } from '@testing-library/react';
import { describe, expect, it, onTestFinished } from 'vitest';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import { SessionGate } from '../../../src/client/components/SessionGate.tsx';
import { SessionConnection } from '../../../src/client/connection/sessionConnection.ts';
import { LanguageProvider } from '../../../src/client/i18n/LanguageProvider.tsx';
import { createSessionStore } from '../../../src/client/store/sessionStore.ts';
import { CLOSE_CODES } from '../../../src/shared/protocol.ts';
import { FakeSocket } from '../support/fakeSocket.ts';

function gate() {
  FakeSocket.reset();
  const store = createSessionStore();
  const connection = new SessionConnection({ sessionId: 's1', credential: 'wrong', store, openSocket: () => new FakeSocket() });
  connection.start();
  onTestFinished(() => connection.stop());
  render(
    <LanguageProvider>
      <Router hook={memoryLocation({ path: '/play/s1' }).hook}>
        <SessionGate session={{ sessionId: 's1', store, connection }}>
          <p>the screen</p>
        </SessionGate>
      </Router>
    </LanguageProvider>,
  );
  return FakeSocket.latest();
}

describe('a live screen before and without its session', () => {
  it('says it is connecting until the welcome', () => {
    gate();
    expect(screen.getByRole('status')).toHaveTextContent('Connecting…');
    expect(screen.queryByText('the screen')).not.toBeInTheDocument();
  });

  it('explains a wrong key in plain words with a way forward', () => {
    const socket = gate();
    act(() => {
      socket.open();
      socket.receive({ type: 'error', code: 'wrong-credential', message: 'this key or token does not belong to this exercise' });
      socket.drop(CLOSE_CODES.unauthorized);
    });
    expect(screen.getByRole('alert')).toHaveTextContent('This link or key is not valid for this exercise.');
    expect(screen.getByRole('link', { name: 'Go to the start page' })).toHaveAttribute('href', '/');
  });

  it('explains an unknown session', () => {
    const socket = gate();
    act(() => {
      socket.open();
      socket.drop(CLOSE_CODES.sessionNotFound);
    });
    expect(screen.getByRole('alert')).toHaveTextContent('This exercise does not exist (any more).');
  });

  it('offers to try again when the server cannot be reached', () => {
    const socket = gate();
    act(() => socket.drop());
    expect(screen.getByRole('alert')).toHaveTextContent('The server cannot be reached.');
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });
});
