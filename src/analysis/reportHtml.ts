import type { Scenario } from '../scenario/schema.ts';
import type { DebriefNotes } from '../shared/debriefNotes.ts';
import { exhaustiveSwitchError } from '../shared/exhaustive.ts';
import { languageOf } from '../shared/language.ts';
import { buildDebriefDocument } from './debriefDocument.ts';
import type { Block, Inline } from './documentBlocks.ts';
import type { RunFacts } from './reportCover.ts';
import type { DebriefReport } from './report.ts';

/** Text made safe anywhere in HTML, attribute values included. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

const STYLE = `
  body { font: 11pt/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #111; max-width: 72rem; margin: 2rem auto; padding: 0 1.5rem; }
  .cover { min-height: 60vh; display: flex; flex-direction: column; justify-content: center; border-bottom: 3px solid #111; margin-bottom: 2rem; }
  .cover h1 { font-size: 2.2rem; margin: 0 0 .3rem; border: none; break-before: auto; }
  .cover .subtitle { font-size: 1.2rem; margin: 0 0 1.5rem; }
  .cover dl { display: grid; grid-template-columns: max-content 1fr; gap: .3rem 1.2rem; margin: 0; }
  .cover dt { font-weight: 600; }
  .cover dd { margin: 0; }
  h1 { font-size: 1.6rem; border-bottom: 3px solid #111; padding-bottom: .3rem; margin-top: 2.5rem; }
  h2 { font-size: 1.35rem; margin-top: 2rem; border-bottom: 1px solid #777; }
  h3 { font-size: 1.15rem; margin-top: 1.6rem; }
  h4 { font-size: 1rem; margin-top: 1.2rem; }
  table { border-collapse: collapse; width: 100%; margin: .6rem 0 1.2rem; font-size: .9rem; }
  th, td { border: 1px solid #777; padding: .25rem .45rem; text-align: left; vertical-align: top; }
  th { background: #e6e6e6; }
  code { font-family: ui-monospace, Consolas, monospace; background: #eee; padding: 0 .2em; }
  small { font-size: .75em; font-weight: normal; color: #444; font-family: ui-monospace, Consolas, monospace; }
  ul, ol { padding-left: 1.4rem; }
  @page { size: A4; margin: 16mm 14mm 18mm; @bottom-right { content: counter(page) " / " counter(pages); font: 9pt system-ui, sans-serif; } }
  @page :first { @bottom-right { content: none; } }
  @media print {
    body { margin: 0; max-width: none; padding: 0; font-size: 10pt; }
    .cover { min-height: 0; height: 240mm; border-bottom: none; break-after: page; }
    h1 { break-before: page; margin-top: 0; }
    h1, h2, h3, h4 { break-after: avoid; }
    thead { display: table-header-group; }
    tr, li { break-inside: avoid; }
  }
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
        case 'small':
          return `<small>${escapeHtml(part.text)}</small>`;
        default:
          return exhaustiveSwitchError(part.style);
      }
    })
    .join('');
}

function blockHtml(block: Block): string {
  switch (block.kind) {
    case 'cover':
      return [
        '<header class="cover">',
        `<h1>${escapeHtml(block.title)}</h1>`,
        `<p class="subtitle">${escapeHtml(block.subtitle)}</p>`,
        `<dl>${block.facts.map((fact) => `<dt>${escapeHtml(fact.label)}</dt><dd>${escapeHtml(fact.value)}</dd>`).join('')}</dl>`,
        '</header>',
      ].join('\n');
    case 'heading':
      return `<h${block.level}>${inline(block.parts)}</h${block.level}>`;
    case 'paragraph':
      return `<p>${inline(block.parts)}</p>`;
    case 'list': {
      const tag = block.numbered === true ? 'ol' : 'ul';
      return `<${tag}>${block.items
        .map((item) => `<li>${inline(item.parts)}${item.details ? `<ul>${item.details.map((detail) => `<li>${inline(detail)}</li>`).join('')}</ul>` : ''}</li>`)
        .join('\n')}</${tag}>`;
    }
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
export function renderReportHtml(report: DebriefReport, scenario: Scenario, notes?: DebriefNotes, run?: RunFacts): string {
  const blocks = buildDebriefDocument(report, scenario, notes, run);
  const cover = blocks.find((block) => block.kind === 'cover');
  const title = cover === undefined ? report.scenario.title : `${cover.title}: ${cover.subtitle}`;
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
