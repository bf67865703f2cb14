import { describe, expect, it } from 'vitest';
import { normaliseName } from '../../src/shared/personName.ts';
import { MAX_NAME_LENGTH } from '../../src/shared/protocolConstants.ts';

describe('a person’s name', () => {
  it('loses a right-to-left override and the other bidirectional controls, so it reads as typed', () => {
    expect(normaliseName('Anna\u202Edlo\u202C')).toBe('Annadlo');
    expect(normaliseName('\u2067Bram\u2069 \u200Fde Wit\u200E')).toBe('Bram de Wit');
  });

  it('is NFC, without control characters, with white space folded and trimmed', () => {
    expect(normaliseName('  Rene\u0301e\tde\n\n Vries\u0007 ')).toBe('Renée de Vries');
  });

  it('is cut to the maximum length without splitting a character, and empty when nothing visible is left', () => {
    expect(Array.from(normaliseName('😀'.repeat(MAX_NAME_LENGTH + 5)))).toHaveLength(MAX_NAME_LENGTH);
    expect(normaliseName('\u202E\u200B ')).toBe('');
  });
});
