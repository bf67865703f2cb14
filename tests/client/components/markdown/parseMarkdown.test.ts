import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../../../src/client/components/markdown/parseMarkdown.ts';

const text = (value: string) => ({ kind: 'text', text: value });
const paragraph = (value: string) => ({ kind: 'paragraph', content: [text(value)] });

describe('Markdown blocks', () => {
  it('splits paragraphs at blank lines and joins the wrapped lines of one', () => {
    expect(parseMarkdown('Alle eenheden\n  staan klaar.\n\n\nSpreek nu af.\n')).toEqual([paragraph('Alle eenheden\nstaan klaar.'), paragraph('Spreek nu af.')]);
  });

  it('makes a line of one to six hashes and a space a heading of that level, without closing hashes', () => {
    expect(parseMarkdown('# Briefing\n### Wie doet wat ##\n#hashtag')).toEqual([
      { kind: 'heading', level: 1, content: [text('Briefing')] },
      { kind: 'heading', level: 3, content: [text('Wie doet wat')] },
      paragraph('#hashtag'),
    ]);
  });

  it('quotes lines that start with an angle bracket, and the lines that go on with their paragraph', () => {
    expect(parseMarkdown('> De burgemeester zegt:\nniet nu.\n>\n> # Later\n\nNa het citaat.')).toEqual([
      { kind: 'quote', blocks: [paragraph('De burgemeester zegt:\nniet nu.'), { kind: 'heading', level: 1, content: [text('Later')] }] },
      paragraph('Na het citaat.'),
    ]);
  });

  it('makes bullet lists from dashes, asterisks or pluses, a new list for another marker', () => {
    expect(parseMarkdown('- politie\n- gemeente\n* douane')).toEqual([
      { kind: 'list', start: undefined, tight: true, items: [[paragraph('politie')], [paragraph('gemeente')]] },
      { kind: 'list', start: undefined, tight: true, items: [[paragraph('douane')]] },
    ]);
  });

  it('makes numbered lists that keep their first number', () => {
    expect(parseMarkdown('3. bellen\n4) mailen\n5) melden')).toEqual([
      { kind: 'list', start: 3, tight: true, items: [[paragraph('bellen')]] },
      { kind: 'list', start: 4, tight: true, items: [[paragraph('mailen')], [paragraph('melden')]] },
    ]);
  });

  it('keeps an item’s indented and wrapped lines in it, and nests an indented list', () => {
    expect(parseMarkdown('- Wie heeft de leiding\n  op het park?\n- Wie belt\nde beheerder?\n  1. de coördinator\n  2. de burgemeester')).toEqual([
      {
        kind: 'list',
        start: undefined,
        tight: true,
        items: [
          [paragraph('Wie heeft de leiding\nop het park?')],
          [paragraph('Wie belt\nde beheerder?'), { kind: 'list', start: 1, tight: true, items: [[paragraph('de coördinator')], [paragraph('de burgemeester')]] }],
        ],
      },
    ]);
  });

  it('makes a list with blank lines between its items loose, and one after it a paragraph', () => {
    expect(parseMarkdown('- eerst\n\n- dan\n\n  nog dit\n\ndaarna')).toEqual([
      { kind: 'list', start: undefined, tight: false, items: [[paragraph('eerst')], [paragraph('dan'), paragraph('nog dit')]] },
      paragraph('daarna'),
    ]);
  });

  it('lets a heading, a quote or a list interrupt a paragraph, but a number other than 1 not', () => {
    expect(parseMarkdown('Het advies kwam in\n2024. Daarna:\n- lezen\n> citaat\n## Kop')).toEqual([
      paragraph('Het advies kwam in\n2024. Daarna:'),
      { kind: 'list', start: undefined, tight: true, items: [[paragraph('lezen')]] },
      { kind: 'quote', blocks: [paragraph('citaat')] },
      { kind: 'heading', level: 2, content: [text('Kop')] },
    ]);
  });

  it('reads Windows line ends as line ends', () => {
    expect(parseMarkdown('een\r\n\r\ntwee')).toEqual([paragraph('een'), paragraph('twee')]);
  });

  it('leaves an asterisk that starts a word at the start of a line to the inline text', () => {
    expect(parseMarkdown('*Let op*: nu')).toEqual([{ kind: 'paragraph', content: [{ kind: 'emphasis', children: [text('Let op')] }, text(': nu')] }]);
  });
});
