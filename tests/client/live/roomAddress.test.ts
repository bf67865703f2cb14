import { describe, expect, it } from 'vitest';
import { isLoopbackHost, roomOrigin, roomOrigins } from '../../../src/client/live/roomAddress.ts';

const LOOPBACK = { origin: 'http://127.0.0.1:8080', hostname: '127.0.0.1' };
const ON_THE_NETWORK = { origin: 'http://192.168.1.20:8080', hostname: '192.168.1.20' };
const ROOM = { addresses: ['http://192.168.1.20:8080', 'http://10.0.0.7:8080'] };

describe('the room address', () => {
  it('knows the names of this machine itself, which no phone reaches', () => {
    for (const host of ['localhost', 'app.localhost', '127.0.0.1', '127.1.2.3', '[::1]', '::1']) expect(isLoopbackHost(host)).toBe(true);
    for (const host of ['192.168.1.20', 'oefening.example.nl', '[fd00::2]', '127.example.nl']) expect(isLoopbackHost(host)).toBe(false);
  });

  it('is the server’s first network address for a page opened over loopback', () => {
    const options = roomOrigins(ROOM, LOOPBACK);
    expect(options).toEqual(['http://192.168.1.20:8080', 'http://10.0.0.7:8080']);
    expect(roomOrigin(options, undefined, LOOPBACK)).toBe('http://192.168.1.20:8080');
  });

  it('is the page’s own address when the room can reach it', () => {
    const here = { origin: 'http://10.0.0.7:8080', hostname: '10.0.0.7' };
    expect(roomOrigin(roomOrigins(ROOM, here), undefined, here)).toBe('http://10.0.0.7:8080');
  });

  it('is the public address whenever the server was given one, whatever way the page came in', () => {
    const room = { ...ROOM, publicUrl: 'https://oefening.example.nl' };
    for (const here of [LOOPBACK, ON_THE_NETWORK]) {
      const options = roomOrigins(room, here);
      expect(options[0]).toBe('https://oefening.example.nl');
      expect(roomOrigin(options, undefined, here)).toBe('https://oefening.example.nl');
    }
  });

  it('is the facilitator’s choice while the server offers it, and the default once it no longer does', () => {
    const options = roomOrigins(ROOM, LOOPBACK);
    expect(roomOrigin(options, 'http://10.0.0.7:8080', LOOPBACK)).toBe('http://10.0.0.7:8080');
    expect(roomOrigin(options, 'http://172.16.0.9:8080', LOOPBACK)).toBe('http://192.168.1.20:8080');
  });

  it('stays the page’s own address when nothing better is known, as on a machine without a network', () => {
    expect(roomOrigins({ addresses: [] }, LOOPBACK)).toEqual([]);
    expect(roomOrigin([], undefined, LOOPBACK)).toBe('http://127.0.0.1:8080');
    expect(roomOrigins(undefined, ON_THE_NETWORK)).toEqual(['http://192.168.1.20:8080']);
  });
});
