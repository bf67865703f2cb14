import { networkInterfaces, type NetworkInterfaceInfo } from 'node:os';
import type { RoomAddresses } from '../shared/protocol.ts';

type Interfaces = NodeJS.Dict<NetworkInterfaceInfo[]>;

/**
 * The addresses phones and laptops in the room can use to reach a server bound to `host`: each
 * IPv4 address of this machine on a network when it listens on all of them, the one address when
 * bound to one that is not loopback, none when bound to loopback (only this machine reaches it).
 * Read afresh each time, so a laptop that joined the room's network after the start is offered its
 * new address.
 */
export function networkAddresses(host: string, port: number, interfaces: Interfaces = networkInterfaces()): string[] {
  if (host === '0.0.0.0' || host === '::') {
    return Object.values(interfaces)
      .flat()
      .filter((entry) => entry !== undefined && entry.family === 'IPv4' && !entry.internal)
      .map((entry) => `http://${entry?.address}:${port}`);
  }
  if (isLoopbackHost(host)) return [];
  return [`http://${host.includes(':') ? `[${host}]` : host}:${port}`];
}

function isLoopbackHost(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127\./.test(host);
}

/** The room's addresses as the facilitator's console and the projector are told them. */
export function roomAddresses(host: string, port: number, publicUrl: string | undefined, interfaces?: Interfaces): RoomAddresses {
  return { addresses: networkAddresses(host, port, interfaces), ...(publicUrl === undefined ? {} : { publicUrl }) };
}

/**
 * A public address as `--public-url` or `PUBLIC_URL` gives it: `http(s)://name[:port]`, the
 * origin the room reaches the server at (behind a proxy or by a DNS name), normalised to have no
 * trailing slash. The client's links start at the root, so a path, query or fragment is refused.
 */
export function parsePublicUrl(text: string): { ok: true; value: string } | { ok: false; reason: string } {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { ok: false, reason: `"${text}" is not an address; give one such as https://oefening.example.nl` };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { ok: false, reason: `"${text}" must start with http:// or https://` };
  if (url.username !== '' || url.password !== '') return { ok: false, reason: `"${text}" must not carry a user name or password` };
  if (url.pathname !== '/' || url.search !== '' || url.hash !== '') {
    return { ok: false, reason: `"${text}" must be the server's address alone, without a path, query or fragment (the links start at its root)` };
  }
  return { ok: true, value: url.origin };
}
