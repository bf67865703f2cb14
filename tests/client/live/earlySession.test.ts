import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openSessionEarly, takeEarlySession } from '../../../src/client/live/earlySession.ts';
import { FakeSocket } from '../support/fakeSocket.ts';

beforeEach(() => {
  FakeSocket.reset();
  vi.stubGlobal('WebSocket', FakeSocket);
});

afterEach(() => {
  // Closes a session a test opened early and left, so the next test starts without one.
  takeEarlySession('', '', undefined);
  vi.unstubAllGlobals();
});

describe('a session opened early', () => {
  it('connects at once, and is the one its screen takes, only once', () => {
    openSessionEarly('s1', 'token-1', 'samenspel.s1.p1');
    expect(FakeSocket.instances).toHaveLength(1);
    FakeSocket.latest().open();
    expect(FakeSocket.latest().sent).toEqual([expect.objectContaining({ type: 'hello', sessionId: 's1', credential: 'token-1' })]);
    const taken = takeEarlySession('s1', 'token-1', 'samenspel.s1.p1');
    expect(taken?.session.sessionId).toBe('s1');
    expect(takeEarlySession('s1', 'token-1', 'samenspel.s1.p1')).toBeUndefined();
    taken?.close();
  });

  it('is closed when a screen asks for another session', () => {
    openSessionEarly('s1', 'token-1', 'samenspel.s1.p1');
    FakeSocket.latest().open();
    expect(takeEarlySession('s2', 'token-2', 'samenspel.s2.p2')).toBeUndefined();
    expect(FakeSocket.latest().readyState).toBe(3);
  });
});
