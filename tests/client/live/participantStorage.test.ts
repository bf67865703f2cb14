import { describe, expect, it, vi } from 'vitest';
import { loadParticipantState, participantStorageKey, persistParticipantState } from '../../../src/client/live/participantStorage.ts';
import type { LiveWelcome } from '../../../src/client/store/liveTypes.ts';
import { createSessionStore } from '../../../src/client/store/sessionStore.ts';
import { PROTOCOL_VERSION } from '../../../src/shared/protocolConstants.ts';

const key = participantStorageKey('s1', 'p1');

describe('what a participant’s device keeps', () => {
  it('brings queued actions back after a reload', () => {
    const store = createSessionStore();
    const stop = persistParticipantState(store, localStorage, key);
    store.getState().enqueue({ clientId: 'c1', action: { type: 'note', text: 'bewaard' } });
    stop();
    const saved = loadParticipantState(localStorage, key);
    expect(saved.outbox).toEqual([{ clientId: 'c1', action: { type: 'note', text: 'bewaard' } }]);
    expect(createSessionStore(saved).getState().sendOutcomes.c1).toEqual({ status: 'pending' });
  });

  it('brings an evaluator’s queued observation back after a reload, and drops one without text or time', () => {
    const store = createSessionStore();
    const stop = persistParticipantState(store, localStorage, key);
    store.getState().enqueue({ clientId: 'o1', observation: { text: 'offline gezien', agencies: ['politie'], at: 75 } });
    stop();
    const stored = JSON.parse(localStorage.getItem(`${key}.outbox`) ?? '[]') as unknown[];
    localStorage.setItem(`${key}.outbox`, JSON.stringify([...stored, { clientId: 'o2', observation: { text: 'zonder tijd' } }]));
    expect(loadParticipantState(localStorage, key).outbox).toEqual([{ clientId: 'o1', observation: { text: 'offline gezien', agencies: ['politie'], at: 75 } }]);
  });

  it('forgets an action once the server answered it', () => {
    const store = createSessionStore();
    persistParticipantState(store, localStorage, key);
    store.getState().enqueue({ clientId: 'c1', action: { type: 'note', text: 'x' } });
    store.getState().settle('c1', { status: 'accepted', seq: 3, at: 60 });
    expect(localStorage.getItem(`${key}.outbox`)).toBeNull();
  });

  it('remembers which messages were read, so a reload does not mark everything new again', () => {
    const store = createSessionStore();
    persistParticipantState(store, localStorage, key);
    store.getState().markRead('i01');
    store.getState().markRead('u2');
    expect(createSessionStore(loadParticipantState(localStorage, key)).getState().read).toEqual({ i01: true, u2: true });
  });

  it('drops unreadable saved data instead of sending it', () => {
    localStorage.setItem(`${key}.outbox`, '{"not":"a list"');
    expect(loadParticipantState(localStorage, key).outbox).toEqual([]);
    localStorage.setItem(`${key}.outbox`, JSON.stringify([{ clientId: 'ok', action: { type: 'note', text: 'x' } }, { junk: true }]));
    localStorage.setItem(`${key}.read`, JSON.stringify(['i01', 7]));
    const saved = loadParticipantState(localStorage, key);
    expect(saved.outbox.map((pending) => pending.clientId)).toEqual(['ok']);
    expect(saved.read).toEqual({ i01: true });
  });
});

describe('the view a participant’s device keeps for a reload without a network', () => {
  const welcome = {
    type: 'welcome',
    protocolVersion: PROTOCOL_VERSION,
    sessionId: 's1',
    viewer: { kind: 'participant', participantId: 'p1', name: 'Anna', role: 'wijkagent', agency: 'politie' },
    seq: 4,
    clock: { status: 'running', at: 90, speed: 1, duration: 1800 },
    entries: [],
    projection: { viewer: 'participant', role: 'wijkagent', timeline: [{ seq: 4, at: 90, type: 'released', inject: 'i1' }], releases: [] },
  } as unknown as LiveWelcome;

  it('opens the screen with the last view the server sent, once written after it changed', async () => {
    localStorage.clear();
    const store = createSessionStore();
    const stop = persistParticipantState(store, localStorage, key);
    store.getState().applyWelcome(welcome, 1_000);
    await vi.waitFor(() => expect(localStorage.getItem(`${key}.view`)).not.toBeNull());
    stop();
    const reopened = createSessionStore(loadParticipantState(localStorage, key)).getState();
    expect(reopened.projection).toEqual(welcome.projection);
    expect(reopened.timeline).toEqual(welcome.projection.timeline);
    expect(reopened.seq).toBe(4);
    expect(reopened.viewer).toEqual(welcome.viewer);
    expect(reopened.clock).toEqual({ ...welcome.clock, receivedAt: 1_000 });
  });

  it('writes a view still waiting when the screen closes', () => {
    localStorage.clear();
    const store = createSessionStore();
    const stop = persistParticipantState(store, localStorage, key);
    store.getState().applyWelcome(welcome, 1_000);
    stop();
    expect(loadParticipantState(localStorage, key).view?.seq).toBe(4);
  });

  it('drops a view of another protocol version or a damaged one, so the server’s welcome is awaited', () => {
    const saved = { protocolVersion: PROTOCOL_VERSION, viewer: welcome.viewer, seq: 4, clock: { ...welcome.clock, receivedAt: 1 }, projection: welcome.projection, observations: [] };
    localStorage.setItem(`${key}.view`, JSON.stringify(saved));
    expect(loadParticipantState(localStorage, key).view).toEqual(saved);
    localStorage.setItem(`${key}.view`, JSON.stringify({ ...saved, protocolVersion: PROTOCOL_VERSION - 1 }));
    expect(loadParticipantState(localStorage, key).view).toBeUndefined();
    localStorage.setItem(`${key}.view`, JSON.stringify({ ...saved, projection: { timeline: 'none' } }));
    expect(loadParticipantState(localStorage, key).view).toBeUndefined();
    expect(createSessionStore(loadParticipantState(localStorage, key)).getState().projection).toBeUndefined();
  });
});
