import { describe, expect, it } from 'vitest';
import { loadParticipantState, participantStorageKey, persistParticipantState } from '../../../src/client/live/participantStorage.ts';
import { createSessionStore } from '../../../src/client/store/sessionStore.ts';

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
