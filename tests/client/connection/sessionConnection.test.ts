import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { reconnectDelay } from '../../../src/client/connection/reconnectDelay.ts';
import { SessionConnection } from '../../../src/client/connection/sessionConnection.ts';
import { createSessionStore, type SessionStore } from '../../../src/client/store/sessionStore.ts';
import { CLOSE_CODES, PROTOCOL_VERSION } from '../../../src/shared/protocol.ts';
import { FakeServer } from '../support/fakeServer.ts';
import { FakeSocket } from '../support/fakeSocket.ts';
import { smallScenario } from '../support/scenario.ts';

const police = { kind: 'participant', role: 'wijkagent' } as const;
let connection: SessionConnection;

function connect(store: SessionStore = createSessionStore()) {
  connection = new SessionConnection({ sessionId: 's1', credential: 'token-1', store, openSocket: () => new FakeSocket(), heartbeatMs: 1000 });
  connection.start();
  return store;
}

beforeEach(() => {
  vi.useFakeTimers();
  FakeSocket.reset();
});

afterEach(() => {
  connection.stop();
  vi.useRealTimers();
});

describe('the live connection', () => {
  it('says hello with the protocol version, the session and the credential', () => {
    const store = connect();
    expect(store.getState().connection.status).toBe('connecting');
    FakeSocket.latest().open();
    expect(FakeSocket.latest().sent).toEqual([{ type: 'hello', protocolVersion: PROTOCOL_VERSION, sessionId: 's1', credential: 'token-1' }]);
  });

  it('is online after the welcome and feeds the store from it', () => {
    const server = new FakeServer(smallScenario());
    server.apply({ type: 'START' });
    const store = connect();
    FakeSocket.latest().open();
    FakeSocket.latest().receive(server.welcome(police));
    expect(store.getState().connection.status).toBe('online');
    expect(store.getState().timeline).toHaveLength(1);
  });

  it('reconnects after a drop with backoff and asks only for what it missed', () => {
    const server = new FakeServer(smallScenario());
    server.apply({ type: 'START' });
    const store = connect();
    FakeSocket.latest().open();
    FakeSocket.latest().receive(server.welcome(police));
    FakeSocket.latest().drop();
    expect(store.getState().connection).toMatchObject({ status: 'offline', attempt: 1 });
    expect(FakeSocket.instances).toHaveLength(1);
    vi.advanceTimersByTime(reconnectDelay(1, () => 1));
    expect(FakeSocket.instances).toHaveLength(2);
    FakeSocket.latest().open();
    expect(FakeSocket.latest().sentOf('hello')[0]).toMatchObject({ lastSeq: 1 });
  });

  it('waits longer after each failed attempt, up to thirty seconds', () => {
    expect(reconnectDelay(1, () => 0.5)).toBe(500);
    expect(reconnectDelay(2, () => 0.5)).toBe(1000);
    expect(reconnectDelay(3, () => 0.5)).toBe(2000);
    expect(reconnectDelay(20, () => 0.5)).toBe(30_000);
    expect(reconnectDelay(1, () => 0)).toBe(400);
  });

  it('queues actions made offline and sends each once after the next welcome', () => {
    const server = new FakeServer(smallScenario());
    server.apply({ type: 'START' });
    const store = connect();
    FakeSocket.latest().open();
    FakeSocket.latest().receive(server.welcome(police));
    FakeSocket.latest().drop();
    const clientId = connection.sendAction({ type: 'note', text: 'geschreven in de kelder' });
    expect(store.getState().outbox).toEqual([{ clientId, action: { type: 'note', text: 'geschreven in de kelder' } }]);
    vi.advanceTimersByTime(30_000);
    const socket = FakeSocket.latest();
    socket.open();
    expect(socket.sentOf('action')).toEqual([]);
    socket.receive(server.welcome(police, 1));
    expect(socket.sentOf('action')).toEqual([{ type: 'action', clientId, action: { type: 'note', text: 'geschreven in de kelder' } }]);
    socket.receive({ type: 'action_accepted', clientId, seq: 2, at: 0 });
    expect(store.getState().outbox).toEqual([]);
    expect(store.getState().sendOutcomes[clientId]).toEqual({ status: 'accepted', seq: 2, at: 0 });
  });

  it('counts the connection as lost when the device goes offline, so an action waits on the device until it is back', () => {
    const server = new FakeServer(smallScenario());
    server.apply({ type: 'START' });
    const store = connect();
    const frozen = FakeSocket.latest();
    frozen.open();
    frozen.receive(server.welcome(police));
    window.dispatchEvent(new Event('offline'));
    expect(store.getState().connection.status).toBe('offline');
    const clientId = connection.sendAction({ type: 'note', text: 'geen bereik' });
    expect(frozen.sentOf('action')).toEqual([]);
    window.dispatchEvent(new Event('online'));
    const socket = FakeSocket.latest();
    expect(socket).not.toBe(frozen);
    socket.open();
    socket.receive(server.welcome(police, 1));
    expect(socket.sentOf('action')).toEqual([{ type: 'action', clientId, action: { type: 'note', text: 'geen bereik' } }]);
  });

  it('retries soon after the device is back online, however long it was offline', () => {
    const server = new FakeServer(smallScenario());
    server.apply({ type: 'START' });
    const store = connect();
    FakeSocket.latest().open();
    FakeSocket.latest().receive(server.welcome(police));
    window.dispatchEvent(new Event('offline'));
    for (let attempt = 1; attempt <= 6; attempt += 1) {
      vi.advanceTimersByTime(reconnectDelay(attempt, () => 1));
      FakeSocket.latest().drop();
    }
    expect(store.getState().connection.attempt).toBe(7);
    window.dispatchEvent(new Event('online'));
    // The first try comes before the network carries anything; the next follows at the first step of the backoff.
    FakeSocket.latest().drop();
    const before = FakeSocket.instances.length;
    vi.advanceTimersByTime(reconnectDelay(1, () => 1));
    expect(FakeSocket.instances).toHaveLength(before + 1);
  });

  it('resends an unanswered action with the same client id, so the server can store it once', () => {
    const server = new FakeServer(smallScenario());
    server.apply({ type: 'START' });
    connect();
    FakeSocket.latest().open();
    FakeSocket.latest().receive(server.welcome(police));
    const clientId = connection.sendAction({ type: 'claim', task: 'ontmantelen', as: 'lead' });
    expect(FakeSocket.latest().sentOf('action')).toHaveLength(1);
    FakeSocket.latest().drop();
    vi.advanceTimersByTime(30_000);
    FakeSocket.latest().open();
    FakeSocket.latest().receive(server.welcome(police, 1));
    expect(FakeSocket.latest().sentOf('action')).toEqual([{ type: 'action', clientId, action: { type: 'claim', task: 'ontmantelen', as: 'lead' } }]);
  });

  it('gives up for good on a wrong key and says why, without retrying', () => {
    const store = connect();
    FakeSocket.latest().open();
    FakeSocket.latest().receive({ type: 'error', code: 'wrong-credential', message: 'this key or token does not belong to this exercise' });
    FakeSocket.latest().drop(CLOSE_CODES.unauthorized);
    vi.advanceTimersByTime(60_000);
    expect(store.getState().connection).toMatchObject({ status: 'failed', failure: { code: 'wrong-credential' } });
    expect(FakeSocket.instances).toHaveLength(1);
  });

  it('treats a close for an unknown session as final even without an error message', () => {
    const store = connect();
    FakeSocket.latest().open();
    FakeSocket.latest().drop(CLOSE_CODES.sessionNotFound);
    expect(store.getState().connection.failure?.code).toBe('session-not-found');
  });

  it('pings while connected and reconnects when the server falls silent', () => {
    const server = new FakeServer(smallScenario());
    const store = connect();
    FakeSocket.latest().open();
    FakeSocket.latest().receive(server.welcome(police));
    vi.advanceTimersByTime(1000);
    expect(FakeSocket.latest().sentOf('ping')).toHaveLength(1);
    vi.advanceTimersByTime(2000);
    expect(store.getState().connection.status).toBe('offline');
  });

  it('refuses a facilitator command at once while not connected', () => {
    const store = connect();
    const requestId = connection.sendControl({ type: 'start' });
    expect(store.getState().controlOutcomes[requestId]).toMatchObject({ status: 'refused', code: 'offline' });
  });

  it('sends a facilitator command with a request id and records the answer', () => {
    const server = new FakeServer(smallScenario());
    const store = connect();
    FakeSocket.latest().open();
    FakeSocket.latest().receive(server.welcome({ kind: 'facilitator' }));
    const requestId = connection.sendControl({ type: 'speed', factor: 2 });
    expect(FakeSocket.latest().sentOf('control')).toEqual([{ type: 'control', requestId, control: { type: 'speed', factor: 2 } }]);
    FakeSocket.latest().receive({ type: 'control_refused', requestId, code: 'not-running', reason: 'play is not running' });
    expect(store.getState().controlOutcomes[requestId]).toEqual({ status: 'refused', code: 'not-running', reason: 'play is not running' });
  });
});

describe('an evaluator’s observations over the live connection', () => {
  const stored = (id: number, clientText: string) => ({ id, evaluatorId: 'e1', at: 120, by: 'Eva', text: clientText });

  it('holds the evaluator’s own observations from the welcome', () => {
    const server = new FakeServer(smallScenario());
    const store = connect();
    FakeSocket.latest().open();
    FakeSocket.latest().receive(server.evaluatorWelcome([stored(1, 'eerder geschreven')]));
    expect(store.getState().viewer).toEqual({ kind: 'evaluator', evaluatorId: 'e1', name: 'Eva' });
    expect(store.getState().observations.map((observation) => observation.text)).toEqual(['eerder geschreven']);
  });

  it('queues an observation written offline and sends it once, with the same client id, after each welcome until it is accepted', () => {
    const server = new FakeServer(smallScenario());
    server.apply({ type: 'START' });
    const store = connect();
    FakeSocket.latest().open();
    FakeSocket.latest().receive(server.evaluatorWelcome());
    FakeSocket.latest().drop();
    const observation = { text: 'Politie pakt de leiding niet', objective: 'o1', rating: 'M' as const, at: 90 };
    const clientId = connection.sendObservation(observation);
    expect(store.getState().outbox).toEqual([{ clientId, observation }]);

    vi.advanceTimersByTime(30_000);
    const first = FakeSocket.latest();
    first.open();
    first.receive(server.evaluatorWelcome([], 1));
    expect(first.sentOf('observe')).toEqual([{ type: 'observe', clientId, observation }]);
    first.drop();

    vi.advanceTimersByTime(30_000);
    const second = FakeSocket.latest();
    second.open();
    second.receive(server.evaluatorWelcome([], 1));
    expect(second.sentOf('observe')).toEqual([{ type: 'observe', clientId, observation }]);
    second.receive({ type: 'observation_accepted', clientId, observation: { ...stored(1, observation.text), at: 90 } });
    expect(store.getState().outbox).toEqual([]);
    expect(store.getState().observations).toHaveLength(1);
    expect(store.getState().sendOutcomes[clientId]).toEqual({ status: 'accepted', at: 90 });
  });

  it('keeps a refused observation with the server’s reason, out of the outbox', () => {
    const server = new FakeServer(smallScenario());
    const store = connect();
    FakeSocket.latest().open();
    FakeSocket.latest().receive(server.evaluatorWelcome());
    const clientId = connection.sendObservation({ text: 'over een onbekend doel', objective: 'nergens', at: 0 });
    FakeSocket.latest().receive({ type: 'observation_refused', clientId, code: 'unknown-objective', reason: 'objective: "nergens" is not an objective' });
    expect(store.getState().outbox).toEqual([]);
    expect(store.getState().refused).toEqual([
      { pending: { clientId, observation: { text: 'over een onbekend doel', objective: 'nergens', at: 0 } }, code: 'unknown-objective', reason: 'objective: "nergens" is not an objective' },
    ]);
  });

  it('adds an observation another connection of the same evaluator wrote, once however often it is heard', () => {
    const server = new FakeServer(smallScenario());
    const store = connect();
    FakeSocket.latest().open();
    FakeSocket.latest().receive(server.evaluatorWelcome([stored(1, 'eerste')]));
    FakeSocket.latest().receive({ type: 'observation', observation: stored(3, 'derde') });
    FakeSocket.latest().receive({ type: 'observation', observation: stored(2, 'tweede') });
    FakeSocket.latest().receive({ type: 'observation', observation: stored(2, 'tweede') });
    expect(store.getState().observations.map((observation) => observation.id)).toEqual([1, 2, 3]);
  });
});
