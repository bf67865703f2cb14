/** A run of text, plain or styled; `small` is small print, such as a gap code after its title. */
export type Inline = string | { text: string; style: 'strong' | 'em' | 'code' | 'small' };

/** A list item: its text, and details listed under it. */
export interface ListItem {
  parts: Inline[];
  details?: Inline[][];
}

/** One fact on the report's cover, e.g. `Place: Town hall`. */
export interface CoverFact {
  label: string;
  value: string;
}

/**
 * One block of the after-action report, whatever the output format: the Markdown debrief, the
 * standalone HTML report and the PDF render the same blocks. A level-1 heading starts an
 * appendix, which a printed page starts on a new page.
 */
export type Block =
  | { kind: 'cover'; title: string; subtitle: string; facts: CoverFact[] }
  | { kind: 'heading'; level: 1 | 2 | 3 | 4; parts: Inline[] }
  | { kind: 'paragraph'; parts: Inline[] }
  | { kind: 'list'; items: ListItem[]; numbered?: boolean }
  | { kind: 'table'; header: string[]; rows: string[][] };

export const heading = (level: 1 | 2 | 3 | 4, ...parts: Inline[]): Block => ({ kind: 'heading', level, parts });
export const paragraph = (...parts: Inline[]): Block => ({ kind: 'paragraph', parts });
export const table = (header: string[], rows: string[][]): Block => ({ kind: 'table', header, rows });
export const bullets = (items: ListItem[]): Block => ({ kind: 'list', items });
export const strong = (text: string): Inline => ({ text, style: 'strong' });
export const em = (text: string): Inline => ({ text, style: 'em' });
export const code = (text: string): Inline => ({ text, style: 'code' });
export const small = (text: string): Inline => ({ text, style: 'small' });

/** The text of some inline parts without their styles. */
export function plainParts(parts: readonly Inline[]): string {
  return parts.map((part) => (typeof part === 'string' ? part : part.text)).join('');
}
