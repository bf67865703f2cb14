import { MAX_NAME_LENGTH } from './protocolConstants.ts';

// Control characters, and the invisible format characters among which the bidirectional
// overrides and isolates are: a right-to-left override makes "Anna‮leiP" read as another name.
const INVISIBLE = /[\p{Cc}\p{Cf}]/gu;

/**
 * A person's name as it is stored and shown: Unicode NFC, without control or format characters,
 * runs of white space as one space, trimmed, and at most `MAX_NAME_LENGTH` characters (never
 * cutting a character in two). Empty when nothing visible is left.
 */
export function normaliseName(name: string): string {
  // White space first, so that a tab or a line break between two words stays a space.
  const cleaned = name.normalize('NFC').replace(/\s+/gu, ' ').replace(INVISIBLE, '').replace(/ {2,}/g, ' ').trim();
  return Array.from(cleaned).slice(0, MAX_NAME_LENGTH).join('').trim();
}
