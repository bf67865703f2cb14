import ReactMarkdown from 'react-markdown';

/** Scenario text (bodies, summaries, prompts) rendered as Markdown; raw HTML in it is dropped, never rendered. */
export function Markdown({ text }: { text: string }) {
  return (
    <div className="markdown">
      <ReactMarkdown skipHtml>{text}</ReactMarkdown>
    </div>
  );
}
