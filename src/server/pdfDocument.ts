import type { Content, ContentText, StyleDictionary, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { Block, Inline, ListItem } from '../analysis/documentBlocks.ts';
import { exhaustiveSwitchError } from '../shared/exhaustive.ts';

/**
 * Roboto, the font embedded in the PDF, has no arrows, ballot cross or warning sign: the same
 * signs in characters it has, so no mark of the report prints as an empty box.
 */
const SUBSTITUTES: Record<string, string> = { '→': '›', '↔': '–', '✗': '×', '⚠': '!' };

/** Text with the signs Roboto lacks replaced by ones it has. */
export function pdfText(text: string): string {
  return text.replace(/[→↔✗⚠]/gu, (sign) => SUBSTITUTES[sign] ?? sign);
}

const STYLES: StyleDictionary = {
  coverTitle: { fontSize: 26, bold: true, margin: [0, 160, 0, 8] },
  coverSubtitle: { fontSize: 14, margin: [0, 0, 0, 36] },
  h1: { fontSize: 17, bold: true, margin: [0, 0, 0, 10] },
  h2: { fontSize: 14, bold: true, margin: [0, 16, 0, 6] },
  h3: { fontSize: 12, bold: true, margin: [0, 12, 0, 4] },
  h4: { fontSize: 10.5, bold: true, margin: [0, 9, 0, 3] },
  paragraph: { margin: [0, 0, 0, 6] },
  list: { margin: [0, 0, 0, 8] },
  detail: { fontSize: 8.5, color: '#333333' },
  table: { fontSize: 8.5, margin: [0, 2, 0, 10] },
  wideTable: { fontSize: 7, margin: [0, 2, 0, 10] },
  tableHeader: { bold: true, fillColor: '#e6e6e6' },
};

/** Hairlines in black and grey: the tables read the same printed without colour. */
const TABLE_LAYOUT = {
  hLineWidth: () => 0.5,
  vLineWidth: () => 0.5,
  hLineColor: () => '#777777',
  vLineColor: () => '#777777',
  paddingLeft: () => 3,
  paddingRight: () => 3,
  paddingTop: () => 2,
  paddingBottom: () => 2,
};

function inlines(parts: readonly Inline[]): ContentText['text'] {
  return parts.map((part): ContentText | string => {
    if (typeof part === 'string') return pdfText(part);
    const text = pdfText(part.text);
    switch (part.style) {
      case 'strong':
        return { text, bold: true };
      case 'em':
        return { text, italics: true };
      case 'code':
        return { text, background: '#eeeeee' };
      case 'small':
        return { text, fontSize: 6.5, color: '#555555' };
      default:
        return exhaustiveSwitchError(part.style);
    }
  });
}

function listItem(item: ListItem): Content {
  const text: Content = { text: inlines(item.parts) };
  if (item.details === undefined) return text;
  // A gap and its evidence stay on one page, like a table row.
  return { stack: [text, { ul: item.details.map((detail) => ({ text: inlines(detail) })), style: 'detail' }], unbreakable: true };
}

/** Short columns as wide as their longest cell, long ones sharing what is left of the page. */
function columnWidths(header: readonly string[], rows: readonly string[][]): ('auto' | '*')[] {
  const widths = header.map((title, column) => {
    const longest = Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length));
    return longest <= 16 ? 'auto' : '*';
  });
  return widths.includes('*') ? widths : widths.map((width, column) => (column === widths.length - 1 ? '*' : width));
}

function blockContent(block: Block): Content {
  switch (block.kind) {
    case 'cover':
      return {
        stack: [
          { text: pdfText(block.title), style: 'coverTitle' },
          { text: pdfText(block.subtitle), style: 'coverSubtitle' },
          {
            table: { widths: ['auto', '*'], body: block.facts.map((fact): TableCell[] => [{ text: pdfText(fact.label), bold: true }, pdfText(fact.value)]) },
            layout: 'noBorders',
          },
        ],
        pageBreak: 'after',
      };
    case 'heading':
      // An appendix (level 1) starts a new page; `headlineLevel` lets a heading that would end a page move to the next.
      return { text: inlines(block.parts), style: `h${block.level}`, headlineLevel: block.level, ...(block.level === 1 ? { pageBreak: 'before' as const } : {}) };
    case 'paragraph':
      return { text: inlines(block.parts), style: 'paragraph' };
    case 'list': {
      const items = block.items.map(listItem);
      return block.numbered === true ? { ol: items, style: 'list' } : { ul: items, style: 'list' };
    }
    case 'table':
      return {
        table: {
          headerRows: 1,
          dontBreakRows: true,
          widths: columnWidths(block.header, block.rows),
          body: [block.header.map((title): TableCell => ({ text: pdfText(title), style: 'tableHeader' })), ...block.rows.map((row) => row.map((cell): TableCell => pdfText(cell)))],
        },
        layout: TABLE_LAYOUT,
        style: block.header.length > 7 ? 'wideTable' : 'table',
      };
    default:
      return exhaustiveSwitchError(block, 'kind');
  }
}

/** What the PDF needs beside the blocks: its title for the metadata and footer, the footer's words and a creation date. */
export interface PdfMeta {
  title: string;
  /** The footer's page count, e.g. `page 2 of 9`. */
  pageOf: (page: number, pages: number) => string;
  /** Fixed by the exercise, not the wall clock, so the same report gives the same bytes. */
  created: Date;
}

/**
 * The pdfmake document of the report's blocks: A4, table rows never split over a page and
 * their header repeated, numbered pages after the cover, and nothing that needs colour to be read.
 */
export function pdfDocument(blocks: readonly Block[], { title, pageOf, created }: PdfMeta): TDocumentDefinitions {
  return {
    pageSize: 'A4',
    pageMargins: [48, 48, 48, 56],
    info: { title: pdfText(title), creator: 'Samenspel', producer: 'Samenspel', creationDate: created, modDate: created },
    defaultStyle: { font: 'Roboto', fontSize: 10, lineHeight: 1.15 },
    styles: STYLES,
    content: blocks.map(blockContent),
    footer: (page, pages) =>
      page === 1
        ? ''
        : {
            columns: [
              { text: pdfText(title), fontSize: 8, color: '#444444' },
              { text: pageOf(page, pages), fontSize: 8, alignment: 'right' },
            ],
            margin: [48, 20, 48, 0],
          },
    // A heading in the last sixth of a page, or last on it, moves to the next page with what it introduces.
    pageBreakBefore: (node, nodes) => node.headlineLevel !== undefined && (node.startPosition.verticalRatio > 5 / 6 || nodes.getFollowingNodesOnPage().length === 0),
  };
}
