import { printParseErrorCode, visit, type ParseErrorCode } from 'jsonc-parser';

/** Where a text stops being strict JSON (RFC 8259), with a plain description of what went wrong. */
export interface JsonProblem {
  offset: number;
  message: string;
}

const STRICT = { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false };

/** What the parser expected or found, in words; the hint says what JSON does instead. */
const EXPLAINED: Record<string, string> = {
  InvalidSymbol: 'something JSON does not allow',
  InvalidNumberFormat: 'a number JSON does not allow',
  PropertyNameExpected: 'expected a key in double quotes',
  ValueExpected: 'expected a value',
  ColonExpected: 'expected ":"',
  CommaExpected: 'expected "," or a closing bracket',
  CloseBraceExpected: 'expected "}"',
  CloseBracketExpected: 'expected "]"',
  EndOfFileExpected: 'expected the end of the file after the value',
  InvalidCommentToken: 'a comment',
  UnexpectedEndOfComment: 'a comment',
  UnexpectedEndOfString: 'a string that does not end on its line (write a line break as \\n)',
  UnexpectedEndOfNumber: 'a number JSON does not allow',
  InvalidUnicode: 'a \\u escape without four hex digits',
  InvalidEscapeCharacter: 'an escape JSON does not know (it has \\n, \\", \\\\ and \\u00e9 and a few more)',
  InvalidCharacter: 'a control character in a string (write it as a \\u escape)',
};

/**
 * Parses a text as strict JSON (jsonc-parser with comments and trailing commas off) and says
 * where it first breaks the grammar, or undefined when the whole text is one JSON value.
 * JSON.parse alone cannot say where: on some inputs its error names no position.
 */
export function findJsonProblem(text: string): JsonProblem | undefined {
  let problem: JsonProblem | undefined;
  try {
    visit(text, { onError: (code, offset) => (problem ??= { offset, message: describe(text, code, offset) }) }, STRICT);
  } catch (error) {
    // The parser recurses; nesting thousands deep exhausts the stack.
    if (!(error instanceof RangeError)) throw error;
    problem ??= { offset: 0, message: 'not valid JSON here: the value is nested too deeply' };
  }
  return problem;
}

function describe(text: string, code: ParseErrorCode, offset: number): string {
  const name = printParseErrorCode(code);
  const what = EXPLAINED[name] ?? 'something JSON does not allow';
  return `not valid JSON at ${found(text, offset)}: ${what}${hintFor(text, name, offset)}; a .json file must be strict JSON (name the file .yaml to write YAML)`;
}

function found(text: string, offset: number): string {
  if (offset >= text.length) return 'the end of the file';
  return JSON.stringify(/^[A-Za-z_$][\w$.-]*/.exec(text.slice(offset, offset + 40))?.[0] ?? text[offset]);
}

function hintFor(text: string, code: string, offset: number): string {
  const char = text[offset];
  if ((code === 'PropertyNameExpected' || code === 'ValueExpected') && (char === '}' || char === ']') && text.slice(0, offset).trimEnd().endsWith(',')) {
    return '; JSON allows no comma before a closing bracket';
  }
  if (char === "'") return '; JSON puts strings and keys in double quotes';
  if (code === 'InvalidCommentToken' || code === 'UnexpectedEndOfComment' || char === '#') return '; JSON has no comments';
  return '';
}
