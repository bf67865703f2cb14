import { createHash, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';

/**
 * Keys, tokens and ids. A secret is 256 random bits; only its SHA-256 hash is stored. A fast hash
 * is enough because the secrets are random, not chosen by people, so there is nothing to guess.
 */

const SECRET_BYTES = 32;
const ID_BYTES = 12;

/** Characters for join codes: no 0/O or 1/I/L, so a code read off a projector is typed right. */
const JOIN_CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const JOIN_CODE_LENGTH = 6;

/** A new random secret (a key or the secret part of a token), URL-safe. */
export function newSecret(): string {
  return randomBytes(SECRET_BYTES).toString('base64url');
}

/**
 * A new random id for a session or participant: hexadecimal, so it is URL-safe, has no dots and
 * never starts with a dash (a base64url id did one time in 64, and a command line then read
 * `samenspel report -vX…` as an option).
 */
export function newId(): string {
  return randomBytes(ID_BYTES).toString('hex');
}

/** A new join code for people in the room to type. */
export function newJoinCode(): string {
  return Array.from({ length: JOIN_CODE_LENGTH }, () => JOIN_CODE_ALPHABET[randomInt(JOIN_CODE_ALPHABET.length)]).join('');
}

/** Join codes are read aloud and typed on phones: case and spaces do not matter. */
export function normalizeJoinCode(code: string): string {
  return code.replace(/[\s-]/g, '').toUpperCase();
}

/** Whether two short strings (join codes) are equal, compared in constant time. */
export function secretsEqual(a: string, b: string): boolean {
  return secretMatches(a, hashSecret(b));
}

/** The stored form of a secret. */
export function hashSecret(secret: string): Buffer {
  return createHash('sha256').update(secret, 'utf8').digest();
}

/** Whether a presented secret matches a stored hash, compared in constant time. */
export function secretMatches(presented: string, storedHash: Uint8Array): boolean {
  const presentedHash = hashSecret(presented);
  return presentedHash.length === storedHash.length && timingSafeEqual(presentedHash, storedHash);
}
