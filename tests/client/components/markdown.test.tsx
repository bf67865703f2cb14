import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Markdown } from '../../../src/client/components/Markdown.tsx';

function html(text: string): string {
  return render(<Markdown text={text} />).container.innerHTML;
}

describe('Markdown', () => {
  it('renders scenario text as headings, paragraphs, emphasis, code and line breaks', () => {
    expect(html('## Briefing\n\nEen **trekker**, *nu*, `code`  \nvolgende regel')).toBe(
      '<div class="markdown"><h2>Briefing</h2><p>Een <strong>trekker</strong>, <em>nu</em>, <code>code</code><br>volgende regel</p></div>',
    );
  });

  it('renders the items of a tight list without paragraphs and of a loose one with them, a numbered list from its first number', () => {
    expect(html('- een\n- twee')).toBe('<div class="markdown"><ul><li>een</li><li>twee</li></ul></div>');
    expect(html('3. een\n\n4. twee')).toBe('<div class="markdown"><ol start="3"><li><p>een</p></li><li><p>twee</p></li></ol></div>');
    expect(html('1. een')).toBe('<div class="markdown"><ol><li>een</li></ol></div>');
  });

  it('renders block quotes and safe links', () => {
    expect(html('> zie [het plan](https://example.org/plan)')).toBe('<div class="markdown"><blockquote><p>zie <a href="https://example.org/plan">het plan</a></p></blockquote></div>');
  });

  it('never renders raw HTML, nor a link that runs script', () => {
    const { container } = render(<Markdown text={'<img src=x onerror="alert(1)"><b>rauw</b> [klik](javascript:alert(1)) <a href="javascript:alert(2)">a</a>'} />);
    expect(container.querySelector('img, b, a, script')).toBeNull();
    expect(container.textContent).toBe('rauw klik a');
  });

  it('shows markup characters as text when they mark nothing', () => {
    expect(render(<Markdown text={'a < b & c > d, 2 * 3'} />).container.textContent).toBe('a < b & c > d, 2 * 3');
  });
});
