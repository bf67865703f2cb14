import type { Scenario } from '../scenario/schema.ts';
import type { DebriefNotes } from '../shared/debriefNotes.ts';
import { exhaustiveSwitchError } from '../shared/exhaustive.ts';
import { buildDebriefDocument } from './debriefDocument.ts';
import type { Block, Inline } from './documentBlocks.ts';
import type { RunFacts } from './reportCover.ts';
import type { DebriefReport } from './report.ts';

/**
 * Plain text (names, titles, what participants typed) made inert in Markdown: a backslash before
 * each `<`, `>` and `&` keeps a viewer from reading raw HTML or entities into it, and one before
 * each `[` and `]` from reading a link (`[here](javascript:…)`) into it.
 */
function plainText(text: string): string {
  return text.replace(/[\\<>&[\]]/g, '\\$&');
}

/** Plain text made safe for one Markdown table cell: also pipes escaped, line breaks folded. */
export function tableCell(text: string): string {
  return plainText(text).replace(/\|/g, '\\|').replace(/\s*\r?\n\s*/g, ' ');
}

function inline(parts: readonly Inline[]): string {
  return parts
    .map((part) => {
      if (typeof part === 'string') return plainText(part);
      switch (part.style) {
        case 'strong':
          return `**${plainText(part.text)}**`;
        case 'em':
          return `*${plainText(part.text)}*`;
        case 'code':
        case 'small':
          return `\`${part.text}\``;
        default:
          return exhaustiveSwitchError(part.style);
      }
    })
    .join('');
}

function blockLines(block: Block): string[] {
  switch (block.kind) {
    case 'cover':
      return [`# ${plainText(block.title)}`, '', `*${plainText(block.subtitle)}*`, '', ...block.facts.map((fact) => `- **${plainText(fact.label)}:** ${plainText(fact.value)}`), ''];
    case 'heading':
      return [`${'#'.repeat(block.level)} ${inline(block.parts)}`, ''];
    case 'paragraph':
      return [inline(block.parts), ''];
    case 'list':
      return [...block.items.flatMap((item, position) => [`${block.numbered === true ? `${position + 1}.` : '-'} ${inline(item.parts)}`, ...(item.details ?? []).map((detail) => `  - ${inline(detail)}`)]), ''];
    case 'table': {
      const line = (cells: readonly string[]) => `| ${cells.map(tableCell).join(' | ')} |`;
      return [line(block.header), `|${block.header.map(() => '---').join('|')}|`, ...block.rows.map(line), ''];
    }
    default:
      return exhaustiveSwitchError(block, 'kind');
  }
}

/** The after-action report as Markdown a facilitator can walk through with the exercise team, in the scenario's language. */
export function renderReportMarkdown(report: DebriefReport, scenario: Scenario, notes?: DebriefNotes, run?: RunFacts): string {
  return buildDebriefDocument(report, scenario, notes, run).flatMap(blockLines).join('\n');
}
