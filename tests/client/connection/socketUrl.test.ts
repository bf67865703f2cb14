import { describe, expect, it } from 'vitest';
import { socketUrl } from '../../../src/client/connection/socketUrl.ts';

describe('the WebSocket address', () => {
  it('is on the page\'s own host, secure when the page is, and names the session for the proxy to route by', () => {
    expect(socketUrl('s-1', { protocol: 'http:', host: 'localhost:8080' })).toBe('ws://localhost:8080/ws?session=s-1');
    expect(socketUrl('a b', { protocol: 'https:', host: 'oefening.example.nl' })).toBe('wss://oefening.example.nl/ws?session=a%20b');
  });
});
