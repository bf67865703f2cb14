import type { MarkdownInline } from './markdownTree.ts';

/** Links a reader may follow: the web and e-mail. Any other scheme (javascript:, data:) or a relative path shows as text. */
const SAFE_HREF = /^(?:https?:|mailto:)/i;
const AUTOLINK = /^<((?:https?|mailto):[^\s<>]*)>/i;
// Raw HTML is never rendered: its tags are dropped, and of a script or style element what is inside too.
const RAW_HTML = /^(?:<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>|<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?>|<!--[\s\S]*?-->)/i;
const LINK_DESTINATION = /^[ \t\n]*(?:<([^<>\n]*)>|((?:[^\s()\\]|\\.|\([^\s()]*\))*))(?:[ \t\n]+(?:"[^"]*"|'[^']*'|\([^()]*\)))?[ \t\n]*\)/;
const ESCAPABLE = /^[!-/:-@[-`{-~]$/;
const ESCAPED = /\\([!-/:-@[-`{-~])/g;
const PUNCTUATION = /[\p{P}\p{S}]/u;
const WHITESPACE = /\s/;
const WORD_CHARACTER = /[\p{L}\p{N}]/u;

/** What a construct found where its first character stands: the nodes it makes and where the text goes on. */
interface Found {
  nodes: MarkdownInline[];
  end: number;
}

/** The constructs by the character they start with; anywhere else a character is text. */
const CONSTRUCTS: Record<string, (source: string, at: number) => Found | undefined> = {
  '\\': escape,
  '`': codeSpan,
  '<': angleBracket,
  '[': link,
  '*': emphasis,
  _: emphasis,
};

/**
 * The inline Markdown of one block's text (CommonMark's common part): **bold**, *italic* (or with
 * underscores), `code`, [links](https://…) and <https://…>, backslash escapes, and line breaks
 * (two spaces or a backslash at the end of a line; a plain line end stays a soft break).
 */
export function parseInline(source: string): MarkdownInline[] {
  const nodes: MarkdownInline[] = [];
  let text = '';
  const flush = () => {
    if (text !== '') nodes.push({ kind: 'text', text });
    text = '';
  };
  let at = 0;
  while (at < source.length) {
    const char = source.charAt(at);
    if (char === '\n') {
      const hard = / {2,}$/.test(text);
      text = text.replace(/ +$/, '');
      at = afterSpaces(source, at + 1);
      if (hard) {
        flush();
        nodes.push({ kind: 'break' });
      } else text += '\n';
      continue;
    }
    const found = CONSTRUCTS[char]?.(source, at);
    if (found === undefined) {
      text += char;
      at += 1;
      continue;
    }
    for (const node of found.nodes) {
      if (node.kind === 'text') text += node.text;
      else {
        flush();
        nodes.push(node);
      }
    }
    at = found.end;
  }
  flush();
  return nodes;
}

function escape(source: string, at: number): Found | undefined {
  const next = source.charAt(at + 1);
  if (next === '\n') return { nodes: [{ kind: 'break' }], end: afterSpaces(source, at + 2) };
  return ESCAPABLE.test(next) ? { nodes: [{ kind: 'text', text: next }], end: at + 2 } : undefined;
}

function codeSpan(source: string, at: number): Found {
  const length = runLength(source, at);
  const close = closingBackticks(source, at + length, length);
  if (close === undefined) return { nodes: [{ kind: 'text', text: source.slice(at, at + length) }], end: at + length };
  const code = source.slice(at + length, close).replace(/\n/g, ' ');
  const padded = /^ [\s\S]* $/.test(code) && code.trim() !== '';
  return { nodes: [{ kind: 'code', text: padded ? code.slice(1, -1) : code }], end: close + length };
}

function angleBracket(source: string, at: number): Found | undefined {
  const rest = source.slice(at);
  const autolink = AUTOLINK.exec(rest);
  if (autolink !== null) {
    const href = autolink[1] ?? '';
    return { nodes: [{ kind: 'link', href, children: [{ kind: 'text', text: href }] }], end: at + autolink[0].length };
  }
  const html = RAW_HTML.exec(rest);
  return html === null ? undefined : { nodes: [], end: at + html[0].length };
}

/** `[text](destination "title")`; with a destination that is not safe to follow, only its text. */
function link(source: string, at: number): Found | undefined {
  const close = closingBracket(source, at);
  if (close === undefined || source.charAt(close + 1) !== '(') return undefined;
  const destination = LINK_DESTINATION.exec(source.slice(close + 2));
  if (destination === null) return undefined;
  const href = (destination[1] ?? destination[2] ?? '').replace(ESCAPED, '$1');
  const children = parseInline(source.slice(at + 1, close));
  return { nodes: SAFE_HREF.test(href) ? [{ kind: 'link', href, children }] : children, end: close + 2 + destination[0].length };
}

/** `*italic*`, `**bold**`, `***both***` (or with `_`, but not inside a word): a run that opens, up to the next run of its length that closes. */
function emphasis(source: string, at: number): Found {
  const length = runLength(source, at);
  const close = length <= 3 && opens(source, at, length) ? closingRun(source, at + length, length) : undefined;
  if (close === undefined) return { nodes: [{ kind: 'text', text: source.slice(at, at + length) }], end: at + length };
  const content = parseInline(source.slice(at + length, close));
  const end = close + length;
  if (length === 1) return { nodes: [{ kind: 'emphasis', children: content }], end };
  if (length === 2) return { nodes: [{ kind: 'strong', children: content }], end };
  return { nodes: [{ kind: 'strong', children: [{ kind: 'emphasis', children: content }] }], end };
}

function opens(source: string, at: number, length: number): boolean {
  const before = at === 0 ? ' ' : source.charAt(at - 1);
  const after = source.charAt(at + length) || ' ';
  const leftFlanking = !WHITESPACE.test(after) && (!PUNCTUATION.test(after) || WHITESPACE.test(before) || PUNCTUATION.test(before));
  return leftFlanking && (source.charAt(at) === '*' || !WORD_CHARACTER.test(before));
}

function closes(source: string, at: number, length: number): boolean {
  const before = source.charAt(at - 1);
  const after = source.charAt(at + length) || ' ';
  const rightFlanking = !WHITESPACE.test(before) && (!PUNCTUATION.test(before) || WHITESPACE.test(after) || PUNCTUATION.test(after));
  return rightFlanking && (source.charAt(at) === '*' || !WORD_CHARACTER.test(after));
}

/** Where the run of `length` markers like the one at `from - length` closes, past escapes and code; undefined when it does not. */
function closingRun(source: string, from: number, length: number): number | undefined {
  const marker = source.charAt(from - length);
  for (let at = from; at < source.length; ) {
    const char = source.charAt(at);
    if (char === '\\') at += 2;
    else if (char === '`') at = afterCodeSpan(source, at);
    else if (char === marker) {
      const run = runLength(source, at);
      if (run === length && at > from && closes(source, at, run)) return at;
      at += run;
    } else at += 1;
  }
  return undefined;
}

/** The `]` that closes the `[` at `open`, past nested brackets, escapes and code; undefined when none does. */
function closingBracket(source: string, open: number): number | undefined {
  let depth = 0;
  for (let at = open; at < source.length; ) {
    const char = source.charAt(at);
    if (char === '\\') at += 2;
    else if (char === '`') at = afterCodeSpan(source, at);
    else {
      if (char === '[') depth += 1;
      if (char === ']' && --depth === 0) return at;
      at += 1;
    }
  }
  return undefined;
}

function closingBackticks(source: string, from: number, length: number): number | undefined {
  for (let at = source.indexOf('`', from); at !== -1; ) {
    const run = runLength(source, at);
    if (run === length) return at;
    at = source.indexOf('`', at + run);
  }
  return undefined;
}

/** Past the code span that starts at `at`, or past its backticks when nothing closes them. */
function afterCodeSpan(source: string, at: number): number {
  const length = runLength(source, at);
  const close = closingBackticks(source, at + length, length);
  return close === undefined ? at + length : close + length;
}

/** How many times the character at `at` stands there in a row. */
function runLength(source: string, at: number): number {
  let end = at;
  while (end < source.length && source.charAt(end) === source.charAt(at)) end += 1;
  return end - at;
}

function afterSpaces(source: string, at: number): number {
  let end = at;
  while (source.charAt(end) === ' ' || source.charAt(end) === '\t') end += 1;
  return end;
}
