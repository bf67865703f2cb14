import { describe, expect, it } from 'vitest';
import { controlCommandSchema, ERROR_CODES, parseClientMessage, PROTOCOL_VERSION } from '../../src/shared/protocol.ts';

describe('parsing client messages', () => {
  it('accepts each message type in its documented shape', () => {
    const messages = [
      { type: 'hello', protocolVersion: PROTOCOL_VERSION, sessionId: 's1', credential: 'k', lastSeq: 4 },
      { type: 'action', clientId: 'c-1', action: { type: 'note', text: 'hi' } },
      { type: 'control', requestId: 'r1', control: { type: 'advance', by: '10m' } },
      { type: 'ping', nonce: 'n' },
    ];
    for (const message of messages) expect(parseClientMessage(JSON.stringify(message))).toMatchObject({ ok: true, message: { type: message.type } });
  });

  it('turns an advance duration into seconds', () => {
    expect(controlCommandSchema.parse({ type: 'advance', by: '01:30' })).toEqual({ type: 'advance', by: 5400 });
  });

  it('refuses text that is not JSON, a message without a known type and a message of the wrong shape, each with its own code', () => {
    expect(parseClientMessage('{')).toMatchObject({ ok: false, code: ERROR_CODES.badJson });
    expect(parseClientMessage('null')).toMatchObject({ ok: false, code: ERROR_CODES.unknownType });
    expect(parseClientMessage('{"type":"toString"}')).toMatchObject({ ok: false, code: ERROR_CODES.unknownType });
    const wrong = parseClientMessage('{"type":"action","clientId":"has space","action":{"type":"note"}}');
    expect(wrong).toMatchObject({ ok: false, code: ERROR_CODES.badMessage });
    expect(wrong.ok ? '' : wrong.message).toContain('clientId');
  });

  it('tells a client of another protocol version whether it is too old or too new, before looking at the rest', () => {
    expect(parseClientMessage(JSON.stringify({ type: 'hello', protocolVersion: PROTOCOL_VERSION - 1 }))).toMatchObject({ ok: false, code: 'client-too-old' });
    expect(parseClientMessage(JSON.stringify({ type: 'hello', protocolVersion: PROTOCOL_VERSION + 1, token: 'x' }))).toMatchObject({ ok: false, code: 'client-too-new' });
  });

  it('refuses a "__proto__" key anywhere, as the HTTP API does, but not the word in a text', () => {
    const action = '{"type":"action","clientId":"a1","action":{"type":"note","text":"x","__proto__":{"polluted":true}}}';
    expect(parseClientMessage(action)).toMatchObject({ ok: false, code: 'bad-message', message: expect.stringContaining('__proto__') });
    const note = JSON.stringify({ type: 'action', clientId: 'a2', action: { type: 'note', text: 'about __proto__' } });
    expect(parseClientMessage(note)).toMatchObject({ ok: true });
  });

  it('keeps speeds within 0.25 to 120 times', () => {
    expect(controlCommandSchema.safeParse({ type: 'speed', factor: 0.25 }).success).toBe(true);
    expect(controlCommandSchema.safeParse({ type: 'speed', factor: 120 }).success).toBe(true);
    expect(controlCommandSchema.safeParse({ type: 'speed', factor: 0.2 }).success).toBe(false);
    expect(controlCommandSchema.safeParse({ type: 'speed', factor: 121 }).success).toBe(false);
  });
});
