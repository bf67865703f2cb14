import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/client/App.tsx';
import { savedCredentials } from '../../src/client/api/savedCredentials.ts';
import { FakeSocket } from './support/fakeSocket.ts';
import { FakeServer } from './support/fakeServer.ts';
import { fakeFetch } from './support/renderRoute.tsx';
import { smallScenario } from './support/scenario.ts';

afterEach(() => {
  vi.unstubAllGlobals();
  window.history.replaceState(null, '', '/');
});

function openAt(path: string) {
  vi.stubGlobal('fetch', fakeFetch({ 'GET /api/scenarios': () => ({ status: 200, body: { scenarios: [] } }) }).fetch);
  window.history.replaceState(null, '', path);
  render(<App />);
}

describe('the client’s routes', () => {
  it('open the start page at /', async () => {
    openAt('/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Start or join an exercise' })).toBeInTheDocument();
  });

  it('tell someone who opens /play without having joined how to join', async () => {
    openAt('/play/s1');
    expect(await screen.findByText('You have not joined this exercise on this device yet.')).toBeInTheDocument();
    expect(screen.getByLabelText('Join code')).toBeInTheDocument();
  });

  it('ask for the facilitator key when /facilitate is opened without one', async () => {
    openAt('/facilitate/s1');
    expect(await screen.findByRole('alert')).toHaveTextContent('This console needs the facilitator key.');
  });

  it('ask for the display key when /display is opened without one', async () => {
    openAt('/display/s1');
    expect(await screen.findByRole('alert')).toHaveTextContent('The display needs its key.');
  });

  it('lead /author to the scenario studio', async () => {
    openAt('/author');
    expect(await screen.findByRole('heading', { level: 1, name: 'Scenario studio' })).toBeInTheDocument();
  });

  it('ask for a key when /debrief is opened without one', async () => {
    openAt('/debrief/s1');
    expect(await screen.findByRole('alert')).toHaveTextContent('This debrief needs a key.');
  });

  it('say so for an address without a page', async () => {
    openAt('/nowhere/at/all');
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
  });

  it('keep the facilitator key from the link on this device and connect with it', async () => {
    FakeSocket.reset();
    vi.stubGlobal('WebSocket', FakeSocket);
    openAt('/facilitate/s1#key=the-key');
    await vi.waitFor(() => expect(FakeSocket.instances.length).toBeGreaterThan(0), { timeout: 10_000 });
    FakeSocket.latest().open();
    expect(FakeSocket.latest().sentOf('hello')[0]).toMatchObject({ sessionId: 's1', credential: 'the-key' });
    expect(savedCredentials.facilitator('s1')?.key).toBe('the-key');
    expect(window.location.hash).toBe('');
    expect(window.location.pathname).toBe('/facilitate/s1');
  });

  it('keep a participant’s queued actions across a reload and send them after the welcome', async () => {
    FakeSocket.reset();
    vi.stubGlobal('WebSocket', FakeSocket);
    savedCredentials.saveParticipant('s1', { token: 'p1.t', participantId: 'p1', name: 'Anna', role: 'wijkagent', agency: 'politie' });
    localStorage.setItem('samenspel.s1.p1.outbox', JSON.stringify([{ clientId: 'c-1', action: { type: 'note', text: 'van voor de herstart' } }]));
    openAt('/play/s1');
    await vi.waitFor(() => expect(FakeSocket.instances.length).toBeGreaterThan(0), { timeout: 10_000 });
    const socket = FakeSocket.latest();
    socket.open();
    expect(socket.sentOf('hello')[0]).toMatchObject({ credential: 'p1.t' });
    const server = new FakeServer(smallScenario());
    server.apply({ type: 'START' });
    act(() => socket.receive(server.welcome({ kind: 'participant', role: 'wijkagent' })));
    expect(socket.sentOf('action')).toEqual([{ type: 'action', clientId: 'c-1', action: { type: 'note', text: 'van voor de herstart' } }]);
    act(() => socket.receive({ type: 'action_accepted', clientId: 'c-1', seq: 2, at: 0 }));
    expect(localStorage.getItem('samenspel.s1.p1.outbox')).toBeNull();
  });
});
