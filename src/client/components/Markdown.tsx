import { Fragment, useMemo, type ReactNode } from 'react';
import { exhaustiveSwitchError } from '../../shared/exhaustive.ts';
import type { MarkdownBlock, MarkdownInline } from './markdown/markdownTree.ts';
import { parseMarkdown } from './markdown/parseMarkdown.ts';

/**
 * Scenario text (bodies, summaries, prompts) rendered as Markdown, into React elements only:
 * raw HTML in it is dropped, never rendered, and only web and e-mail links can be followed.
 */
export function Markdown({ text }: { text: string }) {
  const blocks = useMemo(() => parseMarkdown(text), [text]);
  return <div className="markdown">{blocks.map((block, index) => renderBlock(block, index, false))}</div>;
}

/** A block; in a tight list a paragraph is its bare text. */
function renderBlock(block: MarkdownBlock, key: number, tight: boolean): ReactNode {
  switch (block.kind) {
    case 'paragraph':
      return tight ? <Fragment key={key}>{renderInlines(block.content)}</Fragment> : <p key={key}>{renderInlines(block.content)}</p>;
    case 'heading': {
      const Heading = `h${block.level}` as const;
      return <Heading key={key}>{renderInlines(block.content)}</Heading>;
    }
    case 'quote':
      return <blockquote key={key}>{block.blocks.map((inner, index) => renderBlock(inner, index, false))}</blockquote>;
    case 'list': {
      const items = block.items.map((item, index) => <li key={index}>{item.map((inner, innerIndex) => renderBlock(inner, innerIndex, block.tight))}</li>);
      if (block.start === undefined) return <ul key={key}>{items}</ul>;
      return (
        <ol key={key} start={block.start === 1 ? undefined : block.start}>
          {items}
        </ol>
      );
    }
    default:
      return exhaustiveSwitchError(block, 'kind');
  }
}

function renderInlines(nodes: readonly MarkdownInline[]): ReactNode[] {
  return nodes.map(renderInline);
}

function renderInline(node: MarkdownInline, key: number): ReactNode {
  switch (node.kind) {
    case 'text':
      return node.text;
    case 'break':
      return <br key={key} />;
    case 'code':
      return <code key={key}>{node.text}</code>;
    case 'strong':
      return <strong key={key}>{renderInlines(node.children)}</strong>;
    case 'emphasis':
      return <em key={key}>{renderInlines(node.children)}</em>;
    case 'link':
      return (
        <a key={key} href={node.href}>
          {renderInlines(node.children)}
        </a>
      );
    default:
      return exhaustiveSwitchError(node, 'kind');
  }
}
