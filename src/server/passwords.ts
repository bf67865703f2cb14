import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

/** A password as stored: a random salt and the scrypt hash of the password with it. */
export interface PasswordHash {
  salt: Buffer;
  hash: Buffer;
}

// Node's recommended scrypt cost (2^14, block size 8): about 50 ms and 16 MiB a check, slow enough to make guessing from a stolen database expensive.
const SCRYPT: ScryptOptions = { N: 2 ** 14, r: 8, p: 1, maxmem: 64 * 1024 * 1024 };
const KEY_BYTES = 32;
const SALT_BYTES = 16;

/** Passwords people choose are guessable, so unlike the random keys (secrets.ts) they are hashed slowly. */
export const MIN_PASSWORD_LENGTH = 12;

function derive(password: string, salt: Buffer): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(password.normalize('NFC'), salt, KEY_BYTES, SCRYPT, (error, key) => (error ? reject(error) : resolve(key)));
  });
}

/** The stored form of a new password. */
export async function hashPassword(password: string): Promise<PasswordHash> {
  const salt = randomBytes(SALT_BYTES);
  return { salt, hash: await derive(password, salt) };
}

/** Whether a password matches its stored form, compared in constant time. */
export async function passwordMatches(password: string, stored: PasswordHash): Promise<boolean> {
  const presented = await derive(password, stored.salt);
  return presented.length === stored.hash.length && timingSafeEqual(presented, stored.hash);
}
