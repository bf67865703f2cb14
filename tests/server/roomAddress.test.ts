import type { NetworkInterfaceInfo } from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { networkAddresses, parsePublicUrl } from '../../src/server/roomAddress.ts';
import { api, createHarbourSession, joinAs, startTestServer, TestClient, type TestServer } from './serverHarness.ts';

function entry(address: string, family: 'IPv4' | 'IPv6', internal: boolean): NetworkInterfaceInfo {
  return { address, family, internal, netmask: '', mac: '00:00:00:00:00:00', cidr: null, ...(family === 'IPv6' ? { scopeid: 0 } : {}) } as NetworkInterfaceInfo;
}

const LAPTOP_INTERFACES = {
  lo: [entry('127.0.0.1', 'IPv4', true), entry('::1', 'IPv6', true)],
  wlan0: [entry('192.168.1.20', 'IPv4', false), entry('fe80::1', 'IPv6', false)],
  eth0: [entry('10.0.0.7', 'IPv4', false)],
};

describe('the room addresses of the server', () => {
  it('are each IPv4 address of the machine on a network when it listens on all of them', () => {
    expect(networkAddresses('0.0.0.0', 8080, LAPTOP_INTERFACES)).toEqual(['http://192.168.1.20:8080', 'http://10.0.0.7:8080']);
    expect(networkAddresses('::', 8080, LAPTOP_INTERFACES)).toEqual(['http://192.168.1.20:8080', 'http://10.0.0.7:8080']);
  });

  it('are the one address it is bound to, and none when that is loopback, which only this machine reaches', () => {
    expect(networkAddresses('192.168.1.20', 9000, LAPTOP_INTERFACES)).toEqual(['http://192.168.1.20:9000']);
    expect(networkAddresses('fd00::2', 9000, LAPTOP_INTERFACES)).toEqual(['http://[fd00::2]:9000']);
    for (const loopback of ['127.0.0.1', '127.0.1.1', '::1', 'localhost']) expect(networkAddresses(loopback, 9000, LAPTOP_INTERFACES)).toEqual([]);
  });

  it('are none on a machine without a network', () => {
    expect(networkAddresses('0.0.0.0', 8080, { lo: LAPTOP_INTERFACES.lo })).toEqual([]);
  });
});

describe('a public address given with --public-url', () => {
  it('is the origin of an http or https address, without a trailing slash', () => {
    expect(parsePublicUrl('https://oefening.example.nl/')).toEqual({ ok: true, value: 'https://oefening.example.nl' });
    expect(parsePublicUrl('http://Oefening.example.nl:8443')).toEqual({ ok: true, value: 'http://oefening.example.nl:8443' });
  });

  it('is refused, saying why, when it is no address, another scheme, carries a password or has a path', () => {
    expect(parsePublicUrl('oefening.example.nl')).toMatchObject({ ok: false, reason: expect.stringContaining('is not an address') });
    expect(parsePublicUrl('ftp://oefening.example.nl')).toMatchObject({ ok: false, reason: expect.stringContaining('http:// or https://') });
    expect(parsePublicUrl('https://admin:secret@oefening.example.nl')).toMatchObject({ ok: false, reason: expect.stringContaining('user name or password') });
    expect(parsePublicUrl('https://oefening.example.nl/samenspel')).toMatchObject({ ok: false, reason: expect.stringContaining('without a path') });
    expect(parsePublicUrl('https://oefening.example.nl/?x=1')).toMatchObject({ ok: false, reason: expect.stringContaining('without a path') });
  });
});

describe('the room addresses told to the screens', () => {
  let test: TestServer;
  beforeAll(async () => {
    test = await startTestServer({ publicUrl: 'https://oefening.example.nl' });
  });
  afterAll(async () => {
    await test.close();
  });

  it('reach the facilitator and the display in their welcome and state, and never a participant', async () => {
    const session = await createHarbourSession(test.url);
    const token = await joinAs(test.url, session, 'wijkagent');
    // Bound to loopback: no address on the network, only the public one.
    const room = { addresses: [], publicUrl: 'https://oefening.example.nl' };
    for (const key of [session.facilitatorKey, session.displayKey]) {
      expect((await api(test.url, `/api/sessions/${session.sessionId}/state`, { credential: key })).body.room).toEqual(room);
      const { client, welcome } = await TestClient.join(test.wsUrl, session.sessionId, key);
      expect(welcome.room).toEqual(room);
      client.socket.close();
    }
    const participantState = await api(test.url, `/api/sessions/${session.sessionId}/state`, { credential: token });
    expect(participantState.body).not.toHaveProperty('room');
    const { client, welcome } = await TestClient.join(test.wsUrl, session.sessionId, token);
    expect(welcome).not.toHaveProperty('room');
    client.socket.close();
  });
});
