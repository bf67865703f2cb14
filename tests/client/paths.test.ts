import { describe, expect, it } from 'vitest';
import { paths, playedSession } from '../../src/client/paths.ts';

describe('the play address', () => {
  it('gives back the session it was made for', () => {
    expect(playedSession(paths.play('s 1/x'))).toBe('s 1/x');
    expect(playedSession('/play/abc/')).toBe('abc');
  });

  it('is no other screen’s address', () => {
    expect(['/', '/play/', '/play/abc/more', '/evaluate/abc', '/facilitate/abc'].map(playedSession)).toEqual([undefined, undefined, undefined, undefined, undefined]);
  });
});
