/** A spreadsheet's text, or why its bytes are no text we can read without guessing. */
export type DecodedText = { ok: true; text: string; encoding: 'utf-8' | 'utf-16' | 'windows-1252' } | { ok: false; line: number; message: string };

/**
 * The text of a CSV file as spreadsheet programs save it: UTF-8 (with or without a byte order
 * mark), UTF-16 with its byte order mark (Excel's "Unicode text"), and otherwise Windows-1252,
 * the code page of Dutch and English Excel, of which Latin-1's letters are a part. Bytes that
 * fit none of these are refused with the line they are on: no character is ever replaced by "�".
 */
export function decodeSpreadsheetText(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return checked(new TextDecoder('utf-16le').decode(bytes), 'utf-16');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return checked(new TextDecoder('utf-16be').decode(bytes), 'utf-16');
  try {
    return checked(new TextDecoder('utf-8', { fatal: true }).decode(bytes), 'utf-8');
  } catch {
    return checked(decodeWindows1252(bytes), 'windows-1252');
  }
}

/**
 * Windows-1252 differs from Latin-1 only in 0x80–0x9F, where it has € ‚ ƒ „ … † ‡ ˆ ‰ Š ‹ Œ Ž ‘ ’
 * “ ” • – — ˜ ™ š › œ ž Ÿ; the five bytes it leaves empty stay control characters, so they are
 * refused. (Node's TextDecoder reads "windows-1252" as Latin-1, so it cannot be used here.)
 */
const WINDOWS_1252_80_9F = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

function decodeWindows1252(bytes: Uint8Array): string {
  let text = '';
  for (const byte of bytes) text += byte >= 0x80 && byte < 0xa0 ? WINDOWS_1252_80_9F[byte - 0x80] : String.fromCharCode(byte);
  return text;
}

/** Control characters other than tab and line ends, and the code points Windows-1252 leaves empty, mean the guess was wrong. */
const NOT_TEXT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFD]/;

function checked(text: string, encoding: 'utf-8' | 'utf-16' | 'windows-1252'): DecodedText {
  const found = NOT_TEXT.exec(text);
  if (found === null) return { ok: true, text: text.replace(/^\uFEFF/, ''), encoding };
  const line = text.slice(0, found.index).split('\n').length;
  const code = found[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
  const what = found[0] === '\uFFFD' ? 'a replacement character "�" (the file was damaged by an earlier conversion)' : `a character that is no text (U+${code})`;
  return { ok: false, line, message: `line ${line} holds ${what}; save the spreadsheet as "CSV UTF-8" and import that` };
}
