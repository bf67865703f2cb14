import { describe, expect, it } from 'vitest';
import { compilePattern } from '../../../src/server/routes/pathPattern.ts';

describe('a path pattern', () => {
  const shapes = { sessionId: '[a-z0-9]{1,8}', otherId: '[a-z0-9]{1,8}' };

  it('matches its literal segments and gives each parameter by name', () => {
    const match = compilePattern('/api/sessions/:sessionId/compare/:otherId', shapes);
    expect(match('/api/sessions/abc/compare/x1')).toEqual({ sessionId: 'abc', otherId: 'x1' });
    expect(compilePattern('/api/health', shapes)('/api/health')).toEqual({});
  });

  it('matches nothing longer, shorter or with a parameter outside its shape', () => {
    const match = compilePattern('/api/sessions/:sessionId/state', shapes);
    expect(match('/api/sessions/abc/state/more')).toBeUndefined();
    expect(match('/api/sessions/abc')).toBeUndefined();
    expect(match('/api/sessions/ABC/state')).toBeUndefined();
    expect(match('/api/sessions/abcdefghi/state')).toBeUndefined();
  });

  it('takes a dot in a literal segment literally', () => {
    expect(compilePattern('/files/a.b', shapes)('/files/axb')).toBeUndefined();
  });

  it('refuses a parameter without a shape when it is built', () => {
    expect(() => compilePattern('/api/:nothing', shapes)).toThrow(':nothing');
  });
});
