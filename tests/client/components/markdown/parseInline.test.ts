import { describe, expect, it } from 'vitest';
import { parseInline } from '../../../../src/client/components/markdown/parseInline.ts';

const text = (value: string) => ({ kind: 'text', text: value });

describe('inline Markdown', () => {
  it('keeps plain text as one run, soft line ends included', () => {
    expect(parseInline('Alle eenheden staan klaar.\nOm 06.00 uur')).toEqual([text('Alle eenheden staan klaar.\nOm 06.00 uur')]);
  });

  it('makes double asterisks or underscores bold and single ones italic', () => {
    expect(parseInline('een **trekker** en __leiding__')).toEqual([
      text('een '),
      { kind: 'strong', children: [text('trekker')] },
      text(' en '),
      { kind: 'strong', children: [text('leiding')] },
    ]);
    expect(parseInline('*nu* of _straks_')).toEqual([{ kind: 'emphasis', children: [text('nu')] }, text(' of '), { kind: 'emphasis', children: [text('straks')] }]);
  });

  it('nests italic inside bold and bold inside italic, and makes three asterisks both', () => {
    expect(parseInline('**heel *erg* dringend**')).toEqual([{ kind: 'strong', children: [text('heel '), { kind: 'emphasis', children: [text('erg')] }, text(' dringend')] }]);
    expect(parseInline('*met **nadruk** gezegd*')).toEqual([{ kind: 'emphasis', children: [text('met '), { kind: 'strong', children: [text('nadruk')] }, text(' gezegd')] }]);
    expect(parseInline('***alles***')).toEqual([{ kind: 'strong', children: [{ kind: 'emphasis', children: [text('alles')] }] }]);
  });

  it('leaves asterisks that open nothing, underscores inside words and unclosed markers as text', () => {
    expect(parseInline('2 * 3 * 4')).toEqual([text('2 * 3 * 4')]);
    expect(parseInline('snake_case_name')).toEqual([text('snake_case_name')]);
    expect(parseInline('**open maar nooit dicht')).toEqual([text('**open maar nooit dicht')]);
    expect(parseInline('**niet dicht *maar dit wel*')).toEqual([text('**niet dicht '), { kind: 'emphasis', children: [text('maar dit wel')] }]);
  });

  it('takes code between backticks literally, without its one padding space', () => {
    expect(parseInline('run `samenspel **serve**` now')).toEqual([text('run '), { kind: 'code', text: 'samenspel **serve**' }, text(' now')]);
    expect(parseInline('`` a ` b ``')).toEqual([{ kind: 'code', text: 'a ` b' }]);
    expect(parseInline('een ` losse backtick')).toEqual([text('een ` losse backtick')]);
  });

  it('links to web and e-mail addresses, in brackets or between angle brackets', () => {
    expect(parseInline('zie [het plan](https://example.org/plan "Plan") of <mailto:crisis@example.org>')).toEqual([
      text('zie '),
      { kind: 'link', href: 'https://example.org/plan', children: [text('het plan')] },
      text(' of '),
      { kind: 'link', href: 'mailto:crisis@example.org', children: [text('mailto:crisis@example.org')] },
    ]);
    expect(parseInline('[**vet**](http://example.org/a_(b))')).toEqual([{ kind: 'link', href: 'http://example.org/a_(b)', children: [{ kind: 'strong', children: [text('vet')] }] }]);
  });

  it('shows the text of a link to any other kind of address, and no link', () => {
    expect(parseInline('[klik](javascript:alert(1))')).toEqual([text('klik')]);
    expect(parseInline('[data](data:text/html;base64,PHNjcmlwdD4=) [pad](/api/sessions)')).toEqual([text('data pad')]);
    expect(parseInline('<javascript:alert(1)>')).toEqual([text('<javascript:alert(1)>')]);
  });

  it('leaves brackets that make no link as text', () => {
    expect(parseInline('[concept] en [x](geen einde')).toEqual([text('[concept] en [x](geen einde')]);
  });

  it('drops raw HTML tags, and what a script or style element holds, but keeps a lone angle bracket', () => {
    expect(parseInline('een <b>rauw</b> woord<!-- weg --><script>alert(1)</script>')).toEqual([text('een rauw woord')]);
    expect(parseInline('a < b en c > d')).toEqual([text('a < b en c > d')]);
  });

  it('breaks the line at two trailing spaces or a trailing backslash', () => {
    expect(parseInline('Eerste regel  \n  tweede\\\nderde')).toEqual([text('Eerste regel'), { kind: 'break' }, text('tweede'), { kind: 'break' }, text('derde')]);
  });

  it('takes an escaped marker as the character itself', () => {
    expect(parseInline('\\*geen nadruk\\* en \\[geen link\\]')).toEqual([text('*geen nadruk* en [geen link]')]);
    expect(parseInline('C:\\pad')).toEqual([text('C:\\pad')]);
  });
});
