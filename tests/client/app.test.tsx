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

  it('ask for the evaluator link when /evaluate is opened without one', async () => {
    openAt('/evaluate/s1');
    expect(await screen.findByRole('alert')).toHaveTextContent('This screen needs the evaluator link.');
  });

  it('keep the evaluator token from the link on this device, out of the address bar, and connect with it', async () => {
    FakeSocket.reset();
    vi.stubGlobal('WebSocket', FakeSocket);
    openAt('/evaluate/s1#token=e1.secret');
    await vi.waitFor(() => expect(FakeSocket.instances.length).toBeGreaterThan(0), { timeout: 10_000 });
    FakeSocket.latest().open();
    expect(FakeSocket.latest().sentOf('hello')[0]).toMatchObject({ sessionId: 's1', credential: 'e1.secret' });
    expect(savedCredentials.evaluator('s1')?.token).toBe('e1.secret');
    expect(window.location.hash).toBe('');
    const server = new FakeServer(smallScenario());
    act(() => FakeSocket.latest().receive(server.evaluatorWelcome()));
    expect(await screen.findByRole('form', { name: 'New observation' })).toBeInTheDocument();
  });

  it('keep an evaluator’s unsent observations across a reload and send them after the welcome', async () => {
    FakeSocket.reset();
    vi.stubGlobal('WebSocket', FakeSocket);
    savedCredentials.saveEvaluator('s1', { token: 'e1.secret', storageId: 'evaluator-x' });
    const pending = { clientId: 'o-1', observation: { text: 'offline in de schuur', at: 300 } };
    localStorage.setItem('samenspel.s1.evaluator-x.outbox', JSON.stringify([pending]));
    openAt('/evaluate/s1');
    await vi.waitFor(() => expect(FakeSocket.instances.length).toBeGreaterThan(0), { timeout: 10_000 });
    const socket = FakeSocket.latest();
    socket.open();
    expect(socket.sentOf('hello')[0]).toMatchObject({ credential: 'e1.secret' });
    const server = new FakeServer(smallScenario());
    act(() => socket.receive(server.evaluatorWelcome()));
    expect(socket.sentOf('observe')).toEqual([{ type: 'observe', ...pending }]);
    act(() => socket.receive({ type: 'observation_accepted', clientId: 'o-1', observation: { id: 1, evaluatorId: 'e1', by: 'Eva', ...pending.observation } }));
    expect(localStorage.getItem('samenspel.s1.evaluator-x.outbox')).toBeNull();
  });

  it('never send another evaluator’s unsent observations when the device opens a new evaluator link', async () => {
    FakeSocket.reset();
    vi.stubGlobal('WebSocket', FakeSocket);
    savedCredentials.saveEvaluator('s1', { token: 'e1.secret', storageId: 'evaluator-x' });
    localStorage.setItem('samenspel.s1.evaluator-x.outbox', JSON.stringify([{ clientId: 'o-1', observation: { text: 'van Eva', at: 300 } }]));
    openAt('/evaluate/s1#token=e2.secret');
    await vi.waitFor(() => expect(FakeSocket.instances.length).toBeGreaterThan(0), { timeout: 10_000 });
    const socket = FakeSocket.latest();
    socket.open();
    act(() => socket.receive({ ...new FakeServer(smallScenario()).evaluatorWelcome(), viewer: { kind: 'evaluator', evaluatorId: 'e2', name: 'Bram' } }));
    expect(socket.sentOf('hello')[0]).toMatchObject({ credential: 'e2.secret' });
    expect(socket.sentOf('observe')).toEqual([]);
  });
});
