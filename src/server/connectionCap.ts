import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import type { Duplex } from 'node:stream';
import { ERROR_CODES } from '../shared/protocol.ts';
import type { ClientAddress } from './clientAddress.ts';
import type { Logger } from './logger.ts';

/**
 * Each phone in the room holds one WebSocket and, while a page loads, up to six HTTP connections;
 * a hosted server sees a whole room behind one Wi-Fi's public address, so the default lets about
 * 35 such phones load at once from one address, and still stops one machine from holding
 * thousands of connections open.
 */
export const DEFAULT_MAX_CONNECTIONS_PER_ADDRESS = 256;

const REFUSAL = JSON.stringify({ error: { code: ERROR_CODES.tooManyConnections, message: 'too many connections from this address; close some and try again' } });
const REFUSAL_RESPONSE = `HTTP/1.1 429 Too Many Requests\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(REFUSAL)}\r\nRetry-After: 5\r\nConnection: close\r\n\r\n${REFUSAL}`;

/**
 * A cap on what one client address holds open at once. Reached directly, the server counts the
 * address's sockets from the moment they connect (a half-sent request counts too). Behind a
 * trusted proxy every socket comes from the proxy, which also reuses them for different clients,
 * so it counts each client's requests in progress and WebSockets instead. An extra one is
 * answered 429 with the `too-many-connections` error and closed.
 */
export class ConnectionCap {
  private readonly open = new Map<string, number>();

  constructor(
    private readonly max: number,
    private readonly trustProxy: boolean,
    private readonly addressOf: ClientAddress,
    private readonly log: Logger,
  ) {}

  /** Reached directly: counts the server's sockets as they connect. */
  attach(server: Server): void {
    if (this.trustProxy) return;
    server.on('connection', (socket: Socket) => this.admit(socket.remoteAddress ?? 'unknown', socket, () => this.refuse(socket)));
  }

  /** Behind a trusted proxy: counts a request while it is answered; false when it was refused instead. */
  admitRequest(req: IncomingMessage, res: ServerResponse): boolean {
    if (!this.trustProxy) return true;
    return this.admit(this.addressOf(req), res, () => {
      res.shouldKeepAlive = false;
      res.writeHead(429, { 'Content-Type': 'application/json; charset=utf-8', 'Retry-After': '5' }).end(REFUSAL);
    });
  }

  /** Behind a trusted proxy: counts a WebSocket for as long as it is open; false when it was refused instead. */
  admitUpgrade(req: IncomingMessage, socket: Duplex): boolean {
    if (!this.trustProxy) return true;
    return this.admit(this.addressOf(req), socket, () => this.refuse(socket));
  }

  private admit(address: string, held: { once(event: 'close', listener: () => void): unknown }, refuse: () => void): boolean {
    const count = this.open.get(address) ?? 0;
    if (count >= this.max) {
      this.log.warn({ client: address, max: this.max }, 'connection refused: too many from this address');
      refuse();
      return false;
    }
    this.open.set(address, count + 1);
    held.once('close', () => {
      const left = (this.open.get(address) ?? 1) - 1;
      if (left === 0) this.open.delete(address);
      else this.open.set(address, left);
    });
    return true;
  }

  private refuse(socket: Duplex): void {
    socket.end(REFUSAL_RESPONSE);
    socket.once('finish', () => socket.destroy());
  }
}
