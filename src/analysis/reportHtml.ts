import type { Scenario } from '../scenario/schema.ts';
import type { DebriefNotes } from '../shared/debriefNotes.ts';
import { exhaustiveSwitchError } from '../shared/exhaustive.ts';
import { languageOf } from '../shared/language.ts';
import { buildDebriefDocument, type Block, type Inline } from './debriefDocument.ts';
import type { DebriefReport } from './report.ts';

/** Text made safe anywhere in HTML, attribute values included. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

const STYLE = `
  body { font: 11pt/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #111; max-width: 72rem; margin: 2rem auto; padding: 0 1.5rem; }
  h1 { font-size: 1.8rem; border-bottom: 3px solid #1f3a93; padding-bottom: .3rem; }
  h2 { font-size: 1.35rem; margin-top: 2rem; border-bottom: 1px solid #bbb; }
  h3 { font-size: 1.1rem; margin-top: 1.4rem; }
  table { border-collapse: collapse; width: 100%; margin: .6rem 0 1.2rem; font-size: .9rem; }
  th, td { border: 1px solid #999; padding: .25rem .45rem; text-align: left; vertical-align: top; }
  th { background: #e8ecf6; }
  tr:nth-child(even) td { background: #f7f7f7; }
  code { font-family: ui-monospace, Consolas, monospace; background: #eee; padding: 0 .2em; }
  ul { padding-left: 1.4rem; }
  @media print { body { margin: 0; max-width: none; } h2 { break-after: avoid; } tr { break-inside: avoid; } }
`;

function inline(parts: readonly Inline[]): string {
  return parts
    .map((part) => {
      if (typeof part === 'string') return escapeHtml(part);
      switch (part.style) {
        case 'strong':
          return `<strong>${escapeHtml(part.text)}</strong>`;
        case 'em':
          return `<em>${escapeHtml(part.text)}</em>`;
        case 'code':
          return `<code>${escapeHtml(part.text)}</code>`;
        default:
          return exhaustiveSwitchError(part.style);
      }
    })
    .join('');
}

function blockHtml(block: Block): string {
  switch (block.kind) {
    case 'heading':
      return `<h${block.level}>${inline(block.parts)}</h${block.level}>`;
    case 'paragraph':
      return `<p>${inline(block.parts)}</p>`;
    case 'list':
      return `<ul>${block.items
        .map((item) => `<li>${inline(item.parts)}${item.details ? `<ul>${item.details.map((detail) => `<li>${inline(detail)}</li>`).join('')}</ul>` : ''}</li>`)
        .join('\n')}</ul>`;
    case 'table': {
      const row = (cells: readonly string[], tag: 'th' | 'td') => `<tr>${cells.map((cell) => `<${tag}>${escapeHtml(cell)}</${tag}>`).join('')}</tr>`;
      return `<table><thead>${row(block.header, 'th')}</thead><tbody>\n${block.rows.map((cells) => row(cells, 'td')).join('\n')}\n</tbody></table>`;
    }
    default:
      return exhaustiveSwitchError(block, 'kind');
  }
}

/**
 * The after-action report as one standalone, printable HTML file: inline CSS, no scripts (a
 * content security policy forbids them too), every scenario and participant text escaped.
 */
export function renderReportHtml(report: DebriefReport, scenario: Scenario, notes?: DebriefNotes): string {
  const blocks = buildDebriefDocument(report, scenario, notes);
  const title = blocks[0]?.kind === 'heading' ? blocks[0].parts.map((part) => (typeof part === 'string' ? part : part.text)).join('') : report.scenario.title;
  return [
    '<!doctype html>',
    `<html lang="${languageOf(scenario.language)}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    ...blocks.map(blockHtml),
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
