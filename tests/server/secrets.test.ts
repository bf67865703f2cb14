import { describe, expect, it } from 'vitest';
import { bearerCredential, newPersonalToken, resolveCredential } from '../../src/server/credentials.ts';
import { hashSecret, newId, newJoinCode, newSecret, normalizeJoinCode, secretMatches } from '../../src/server/secrets.ts';
import type { EvaluatorRecord, ParticipantRecord } from '../../src/server/sessionStore.ts';

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
  const { token, tokenHash } = newPersonalToken('p1');
  const participant: ParticipantRecord = { id: 'p1', sessionId: 's', name: 'Anna', role: 'wijkagent', tokenHash, joinedAt: 0 };
  const evaluatorToken = newPersonalToken('e1');
  const evaluator: EvaluatorRecord = { id: 'e1', sessionId: 's', name: 'Eva', tokenHash: evaluatorToken.tokenHash, createdAt: 0 };
  const holders = { participants: new Map([['p1', participant]]), evaluators: new Map([['e1', evaluator]]) };

  it('tells the facilitator key, the display key, a participant token and an evaluator token apart', () => {
    expect(resolveCredential(session, holders, facilitatorKey)).toEqual({ kind: 'facilitator' });
    expect(resolveCredential(session, holders, displayKey)).toEqual({ kind: 'display' });
    expect(resolveCredential(session, holders, token)).toEqual({ kind: 'participant', participant });
    expect(resolveCredential(session, holders, evaluatorToken.token)).toEqual({ kind: 'evaluator', evaluator });
  });

  it('refuses a token with the right holder id but the wrong secret', () => {
    expect(resolveCredential(session, holders, `p1.${newSecret()}`)).toBeUndefined();
    expect(resolveCredential(session, holders, `e1.${newSecret()}`)).toBeUndefined();
    expect(resolveCredential(session, holders, `e1.${evaluatorToken.token.split('.')[1]}x`)).toBeUndefined();
    expect(resolveCredential(session, holders, 'nonsense')).toBeUndefined();
  });
});
