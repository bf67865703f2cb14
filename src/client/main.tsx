import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { openSessionEarly } from './live/earlySession.ts';
import { joinedParticipant } from './live/participantStorage.ts';
import { playedSession } from './paths.ts';
import './styles/base.css';

// A participant's play screen waits on the server's welcome first: it comes while the screen loads.
const played = playedSession(window.location.pathname);
const joined = played === undefined ? undefined : joinedParticipant(played);
if (played !== undefined && joined !== undefined) openSessionEarly(played, joined.credential, joined.storageKey);

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
