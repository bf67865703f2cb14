import type { HeadingLevel, MarkdownBlock } from './markdownTree.ts';
import { parseInline } from './parseInline.ts';

const HEADING = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const QUOTE = /^ {0,3}> ?/;
const LIST_ITEM = /^( {0,3})([-+*]|\d{1,9}[.)])(?:([ \t]+)(.*))?$/;

/** Where a block ends in the lines, and the block. */
interface Parsed {
  block: MarkdownBlock;
  end: number;
}

/** A line that starts a list item: its kind of marker, its number, its text, and how far its further lines are indented. */
interface ItemStart {
  /** The bullet (`-`, `+`, `*`) or the number's delimiter (`.`, `)`): items with another marker start another list. */
  marker: string;
  start: number | undefined;
  content: string;
  contentIndent: number;
}

/**
 * Scenario text as Markdown blocks (CommonMark's common part): paragraphs, `#` headings, `>` block
 * quotes, and bullet (`-`, `*`, `+`) and numbered (`1.`, `1)`) lists, nested by indenting.
 */
export function parseMarkdown(text: string): MarkdownBlock[] {
  return parseBlocks(text.replace(/\r\n?/g, '\n').split('\n'));
}

function parseBlocks(lines: readonly string[]): MarkdownBlock[] {
  const blocks: MarkdownBlock[] = [];
  let at = 0;
  while (at < lines.length) {
    const line = lines[at] ?? '';
    if (isBlank(line)) {
      at += 1;
      continue;
    }
    const item = itemStart(line);
    const parsed = HEADING.test(line) ? heading(line, at) : QUOTE.test(line) ? quote(lines, at) : item !== undefined ? list(lines, at, item) : paragraph(lines, at);
    blocks.push(parsed.block);
    at = parsed.end;
  }
  return blocks;
}

function heading(line: string, at: number): Parsed {
  const [, hashes = '#', text = ''] = HEADING.exec(line) ?? [];
  return { block: { kind: 'heading', level: hashes.length as HeadingLevel, content: parseInline(text) }, end: at + 1 };
}

/** Lines that start with `>`, and lines that go on with a quoted paragraph without one. */
function quote(lines: readonly string[], start: number): Parsed {
  const quoted: string[] = [];
  let at = start;
  for (; at < lines.length; at += 1) {
    const line = lines[at] ?? '';
    if (QUOTE.test(line)) quoted.push(line.replace(QUOTE, ''));
    else if (continuesParagraph(line, quoted.at(-1))) quoted.push(line);
    else break;
  }
  return { block: { kind: 'quote', blocks: parseBlocks(quoted) }, end: at };
}

/** Items with the same kind of marker, blank lines between them or not. */
function list(lines: readonly string[], start: number, first: ItemStart): Parsed {
  const items: MarkdownBlock[][] = [];
  let loose = false;
  let item = first;
  let at = start;
  for (;;) {
    const { content, end, blankInside } = itemLines(lines, at, item);
    items.push(parseBlocks(content));
    loose ||= blankInside;
    at = end;
    const next = firstNonBlank(lines, end);
    const following = itemStart(lines[next] ?? '');
    if (following === undefined || following.marker !== first.marker) break;
    loose ||= next > end;
    item = following;
    at = next;
  }
  return { block: { kind: 'list', start: first.start, tight: !loose, items }, end: at };
}

/** An item's lines, without its marker and indentation: the lines indented under it, and those that go on with its paragraph. */
function itemLines(lines: readonly string[], start: number, item: ItemStart): { content: string[]; end: number; blankInside: boolean } {
  const content = [item.content];
  let blankInside = false;
  let at = start + 1;
  while (at < lines.length) {
    const line = lines[at] ?? '';
    if (isBlank(line)) {
      const next = firstNonBlank(lines, at);
      if (next === lines.length || indentOf(lines[next] ?? '') < item.contentIndent) break;
      content.push(...lines.slice(at, next).map(() => ''));
      blankInside = true;
      at = next;
      continue;
    }
    if (indentOf(line) >= item.contentIndent) content.push(line.slice(item.contentIndent));
    else if (itemStart(line) === undefined && continuesParagraph(line, content.at(-1))) content.push(line);
    else break;
    at += 1;
  }
  return { content, end: at, blankInside };
}

/** Lines up to a blank one or one that starts another block; each line's indentation goes. */
function paragraph(lines: readonly string[], start: number): Parsed {
  let end = start + 1;
  while (end < lines.length && continuesParagraph(lines[end] ?? '', lines[end - 1])) end += 1;
  const text = lines
    .slice(start, end)
    .map((line) => line.trimStart())
    .join('\n')
    .trimEnd();
  return { block: { kind: 'paragraph', content: parseInline(text) }, end };
}

function itemStart(line: string): ItemStart | undefined {
  const match = LIST_ITEM.exec(line);
  if (match === null) return undefined;
  const [, indent = '', marker = '', spaces = '', content = ''] = match;
  const numbered = /^\d/.test(marker);
  return {
    marker: numbered ? marker.slice(-1) : marker,
    start: numbered ? Number(marker.slice(0, -1)) : undefined,
    content,
    contentIndent: indent.length + marker.length + Math.max(1, Math.min(spaces.length, 4)),
  };
}

/**
 * Whether a line goes on with the paragraph of the line before: it is not blank, nor does it
 * start a heading, a quote or a list (a numbered one only from 1, so a year that begins a
 * wrapped line stays in its sentence).
 */
function continuesParagraph(line: string, previous: string | undefined): boolean {
  if (isBlank(line) || previous === undefined || isBlank(previous) || HEADING.test(line) || QUOTE.test(line)) return false;
  const item = itemStart(line);
  return item === undefined || item.content.trim() === '' || (item.start !== undefined && item.start !== 1);
}

function firstNonBlank(lines: readonly string[], from: number): number {
  let at = from;
  while (at < lines.length && isBlank(lines[at] ?? '')) at += 1;
  return at;
}

function indentOf(line: string): number {
  return line.length - line.trimStart().length;
}

function isBlank(line: string): boolean {
  return line.trim() === '';
}
