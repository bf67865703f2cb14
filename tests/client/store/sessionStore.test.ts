import { describe, expect, it } from 'vitest';
import { createSessionStore } from '../../../src/client/store/sessionStore.ts';
import { PROTOCOL_VERSION } from '../../../src/shared/protocolConstants.ts';
import { FakeServer } from '../support/fakeServer.ts';
import { smallScenario } from '../support/scenario.ts';

const police = { kind: 'participant', role: 'wijkagent' } as const;

function startedServer() {
  const server = new FakeServer(smallScenario());
  server.apply({ type: 'START' });
  return server;
}

describe('the session store', () => {
  it('starts empty for every session', () => {
    const store = createSessionStore();
    expect(store.getState()).toMatchObject({ seq: 0, timeline: [], projection: undefined, outbox: [], connection: { status: 'idle' } });
  });

  it('replaces everything with the projection of a welcome', () => {
    const server = startedServer();
    const store = createSessionStore();
    store.getState().applyWelcome(server.welcome(police), 1000);
    const state = store.getState();
    expect(state.seq).toBe(1);
    expect(state.timeline.map((entry) => entry.seq)).toEqual([1]);
    expect(state.projection?.viewer).toBe('participant');
    expect(state.viewer).toEqual({ kind: 'participant', participantId: 'p1', name: 'Anna', role: 'wijkagent', agency: 'politie' });
    expect(state.clock).toEqual({ status: 'running', at: 0, speed: 1, duration: 3600, receivedAt: 1000 });
  });

  it('patches its projection with an update: new entries appended once, small fields replaced', () => {
    const server = startedServer();
    const store = createSessionStore();
    store.getState().applyWelcome(server.welcome(police), 0);
    server.apply({ type: 'ACTION', action: { type: 'note', by: 'wijkagent', text: 'onderweg' } }, { type: 'ADVANCE', to: 600 });
    const update = server.update(police);
    store.getState().applyUpdate(update, 10);
    store.getState().applyUpdate({ ...update, entries: [...update.entries, ...update.entries] }, 20);
    const state = store.getState();
    expect(state.timeline.map((entry) => entry.type)).toEqual(['released', 'note']);
    expect(state.seq).toBe(server.seq);
    expect(state.projection).toEqual(server.welcome(police).projection);
    expect(state.projection?.timeline).toBe(state.timeline);
  });

  it('drops an update older than what it already holds', () => {
    const server = startedServer();
    const store = createSessionStore();
    const early = server.update(police);
    server.apply({ type: 'ADVANCE', to: 600 }, { type: 'ADVANCE', to: 1200 });
    store.getState().applyWelcome(server.welcome(police), 0);
    store.getState().applyUpdate(early, 50);
    expect(store.getState().projection?.now).toBe(1200);
    expect(store.getState().clock?.receivedAt).toBe(0);
  });

  it('takes the fresh projection of a welcome after a reconnect, with what it missed', () => {
    const server = startedServer();
    const store = createSessionStore();
    store.getState().applyWelcome(server.welcome(police), 0);
    server.apply({ type: 'ACTION', action: { type: 'note', by: 'wijkagent', text: 'terug' } });
    store.getState().applyWelcome(server.welcome(police, 1), 5);
    expect(store.getState().timeline.map((entry) => entry.type)).toEqual(['released', 'note']);
    expect(store.getState().seq).toBe(2);
  });

  it('keeps the projection it holds when a welcome brings the same one, so the screen is not drawn again', () => {
    const server = startedServer();
    const welcome = server.welcome(police);
    const kept = structuredClone(welcome.projection);
    const store = createSessionStore({ view: { protocolVersion: PROTOCOL_VERSION, viewer: welcome.viewer, seq: welcome.seq, clock: { ...welcome.clock, receivedAt: 0 }, projection: kept, observations: [] } });
    store.getState().applyWelcome(server.welcome(police), 1000);
    expect(store.getState().projection).toBe(kept);
    server.apply({ type: 'ADVANCE', to: 600 });
    store.getState().applyWelcome(server.welcome(police), 2000);
    expect(store.getState().projection?.now).toBe(600);
  });

  it('replaces the facilitator’s list of participants', () => {
    const store = createSessionStore();
    store.getState().applyParticipants([{ participantId: 'p1', name: 'Anna', role: 'wijkagent', agency: 'politie', online: true }]);
    expect(store.getState().participants.map((participant) => participant.name)).toEqual(['Anna']);
  });

  it('keeps queued actions until the server answers them, and remembers the answer', () => {
    const store = createSessionStore();
    store.getState().enqueue({ clientId: 'a1', action: { type: 'note', text: 'x' } });
    store.getState().enqueue({ clientId: 'a2', action: { type: 'note', text: 'y' } });
    expect(store.getState().sendOutcomes.a1).toEqual({ status: 'pending' });
    store.getState().settle('a1', { status: 'refused', code: 'not-started', reason: 'play has not started' });
    expect(store.getState().outbox.map((pending) => pending.clientId)).toEqual(['a2']);
    expect(store.getState().sendOutcomes.a1).toEqual({ status: 'refused', code: 'not-started', reason: 'play has not started' });
  });

  it('brings back an outbox saved before a reload as pending actions', () => {
    const store = createSessionStore({ outbox: [{ clientId: 'old', action: { type: 'note', text: 'offline geschreven' } }] });
    expect(store.getState().outbox).toHaveLength(1);
    expect(store.getState().sendOutcomes.old).toEqual({ status: 'pending' });
  });

  it('stays failed once a connection failed for good', () => {
    const store = createSessionStore();
    store.getState().failConnection({ code: 'wrong-credential', message: 'no' });
    store.getState().setConnectionStatus('offline');
    expect(store.getState().connection.status).toBe('failed');
  });
});
