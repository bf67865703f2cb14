import { describe, expect, it } from 'vitest';
import { bearerCredential, newParticipantToken, resolveCredential } from '../../src/server/credentials.ts';
import { hashSecret, newId, newJoinCode, newSecret, normalizeJoinCode, secretMatches } from '../../src/server/secrets.ts';
import type { ParticipantRecord } from '../../src/server/sessionStore.ts';

describe('secrets', () => {
  it('makes secrets of 256 random bits that differ every time', () => {
    const secrets = new Set(Array.from({ length: 100 }, () => newSecret()));
    expect(secrets.size).toBe(100);
    for (const secret of secrets) expect(Buffer.from(secret, 'base64url')).toHaveLength(32);
  });

  it('makes ids that no command line reads as an option: never a leading dash, and no dots', () => {
    for (let i = 0; i < 500; i += 1) expect(newId()).toMatch(/^[0-9a-f]{24}$/);
  });

  it('matches a secret only against its own hash', () => {
    const secret = newSecret();
    expect(secretMatches(secret, hashSecret(secret))).toBe(true);
    expect(secretMatches(`${secret}x`, hashSecret(secret))).toBe(false);
    expect(secretMatches(secret, Buffer.alloc(3))).toBe(false);
  });

  it('makes join codes without look-alike characters and reads them case- and space-blind', () => {
    for (let i = 0; i < 50; i += 1) expect(newJoinCode()).toMatch(/^[A-HJKMNP-Z2-9]{6}$/);
    expect(normalizeJoinCode(' ab3-k9x ')).toBe('AB3K9X');
  });

  it('reads a bearer credential from the Authorization header', () => {
    expect(bearerCredential('Bearer abc.DEF-_')).toBe('abc.DEF-_');
    expect(bearerCredential('bearer xyz')).toBe('xyz');
    expect(bearerCredential('Basic xyz')).toBeUndefined();
    expect(bearerCredential(undefined)).toBeUndefined();
  });
});

describe('resolving a credential', () => {
  const facilitatorKey = newSecret();
  const displayKey = newSecret();
  const session = { facilitatorKeyHash: hashSecret(facilitatorKey), displayKeyHash: hashSecret(displayKey) };
  const { token, tokenHash } = newParticipantToken('p1');
  const participant: ParticipantRecord = { id: 'p1', sessionId: 's', name: 'Anna', role: 'wijkagent', tokenHash, joinedAt: 0 };
  const participants = new Map([['p1', participant]]);

  it('tells the facilitator key, the display key and a participant token apart', () => {
    expect(resolveCredential(session, participants, facilitatorKey)).toEqual({ kind: 'facilitator' });
    expect(resolveCredential(session, participants, displayKey)).toEqual({ kind: 'display' });
    expect(resolveCredential(session, participants, token)).toEqual({ kind: 'participant', participant });
  });

  it('refuses a token with the right participant id but the wrong secret', () => {
    expect(resolveCredential(session, participants, `p1.${newSecret()}`)).toBeUndefined();
    expect(resolveCredential(session, participants, 'nonsense')).toBeUndefined();
  });
});
