import type { IncomingMessage } from 'node:http';
import { isIP } from 'node:net';

/** Finds the address a request came from, for rate limits and logs. */
export type ClientAddress = (req: IncomingMessage) => string;

/**
 * The client's address. Without a trusted proxy it is the address of the connection, and
 * `X-Forwarded-For` is ignored: anyone can send that header. Behind a reverse proxy
 * (`--trust-proxy`) every connection comes from the proxy, so the address is the last entry of
 * `X-Forwarded-For`: the one the proxy itself appended, the only one it vouches for (entries
 * before it are whatever the client claimed).
 */
export function clientAddressOf(trustProxy: boolean): ClientAddress {
  return (req) => {
    const connection = req.socket.remoteAddress ?? 'unknown';
    if (!trustProxy) return connection;
    const forwarded = req.headers['x-forwarded-for'];
    // Node joins repeated headers with ", ", so the last entry is the last header's last one.
    const last = (Array.isArray(forwarded) ? forwarded.join(',') : (forwarded ?? '')).split(',').at(-1)?.trim();
    // Anything but an address (a name, garbage) is not used.
    return last !== undefined && isIP(last) !== 0 ? last : connection;
  };
}

