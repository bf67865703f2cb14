/** A run of text inside a block: plain, a hard line break, inline code, bold, italic, or a link the reader may follow. */
export type MarkdownInline =
  | { kind: 'text'; text: string }
  | { kind: 'break' }
  | { kind: 'code'; text: string }
  | { kind: 'strong' | 'emphasis'; children: MarkdownInline[] }
  | { kind: 'link'; href: string; children: MarkdownInline[] };

export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;

/** A block of scenario text: a paragraph, a heading, a block quote, or a bullet or numbered list. */
export type MarkdownBlock =
  | { kind: 'paragraph'; content: MarkdownInline[] }
  | { kind: 'heading'; level: HeadingLevel; content: MarkdownInline[] }
  | { kind: 'quote'; blocks: MarkdownBlock[] }
  | {
      kind: 'list';
      /** The number of a numbered list's first item; undefined for a bullet list. */
      start: number | undefined;
      /** No blank line between or inside its items: their paragraphs show without paragraph spacing. */
      tight: boolean;
      items: MarkdownBlock[][];
    };
