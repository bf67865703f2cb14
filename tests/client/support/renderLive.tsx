import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { onTestFinished } from 'vitest';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import type { Viewer } from '../../../src/engine/index.ts';
import { SessionGate } from '../../../src/client/components/SessionGate.tsx';
import { SessionConnection } from '../../../src/client/connection/sessionConnection.ts';
import { LanguageProvider } from '../../../src/client/i18n/LanguageProvider.tsx';
import type { LiveWelcome } from '../../../src/client/store/liveTypes.ts';
import { createSessionStore } from '../../../src/client/store/sessionStore.ts';
import { FakeSocket } from './fakeSocket.ts';
import type { FakeServer } from './fakeServer.ts';

/** Long enough that a screen test never sees an automatic reconnect, however loaded the machine: it reconnects by the person's hand. */
const NO_AUTOMATIC_RETRY_MS = 10 * 60_000;

/** Renders a live screen connected through a fake socket to the fake server, already welcomed as `viewer` (or with `welcome` itself). */
export function renderLive(ui: ReactElement, { server, viewer, welcome, path = '/' }: { server: FakeServer; path?: string } & ({ viewer: Viewer; welcome?: never } | { viewer?: never; welcome: LiveWelcome })) {
  FakeSocket.reset();
  const store = createSessionStore();
  const connection = new SessionConnection({ sessionId: 's1', credential: 'secret', store, openSocket: () => new FakeSocket(), retryDelay: () => NO_AUTOMATIC_RETRY_MS });
  connection.start();
  onTestFinished(() => connection.stop());
  const socket = FakeSocket.latest();
  socket.open();
  socket.receive(welcome ?? server.welcome(viewer));
  const location = memoryLocation({ path, record: true });
  const user = userEvent.setup();
  const rendered = render(
    <LanguageProvider>
      <Router hook={location.hook}>
        <SessionGate session={{ sessionId: 's1', store, connection }}>{ui}</SessionGate>
      </Router>
    </LanguageProvider>,
  );
  return { ...rendered, store, connection, socket, user, location };
}
