import { createServer, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { fileURLToPath } from 'node:url';
import { createApiHandler } from './apiRoutes.ts';
import { readBundledScenarios } from './bundledScenarios.ts';
import { roomAddresses } from './roomAddress.ts';
import { clientAddressOf } from './clientAddress.ts';
import { ConnectionCap, DEFAULT_MAX_CONNECTIONS_PER_ADDRESS } from './connectionCap.ts';
import type { Logger } from './logger.ts';
import type { OrganiserMode } from './organiser.ts';
import { OrganiserAccess } from './organiserAccess.ts';
import { loggablePath, logRequest } from './requestLog.ts';
import { SessionRegistry } from './sessionRegistry.ts';
import type { SessionOwnership } from './sessionOwnership.ts';
import { openStorage } from './storage.ts';
import { systemClock, type WallClock } from './scenarioClock.ts';
import { createStaticHandler } from './staticFiles.ts';
import { WebSocketHub } from './websocketHub.ts';
import type { RoomAddresses } from '../shared/protocol.ts';

export interface ServerOptions {
  port: number;
  host: string;
  /** Folder of the SQLite database; created when missing. Unused with `databaseUrl`. */
  dataDir: string;
  /** A PostgreSQL server (`postgres://…`) to keep everything in, instead of SQLite in `dataDir`. */
  databaseUrl?: string;
  /** Folder of the bundled scenarios (default: the repository's `scenarios`). */
  scenariosDir?: string;
  /** Folder of the built browser client (default: the repository's `dist/client`). */
  clientDir?: string;
  wall?: WallClock;
  heartbeatMs?: number;
  helloTimeoutMs?: number;
  /** How long a client may take to send a request's headers (default 10 s), and the whole request (default 30 s), before it is answered 408 and closed. */
  headersTimeoutMs?: number;
  requestTimeoutMs?: number;
  /** Where the server logs requests, sessions, connections, refusals and errors. */
  log: Logger;
  /** Behind a reverse proxy: take the client's address from the last entry of `X-Forwarded-For`. */
  trustProxy?: boolean;
  /** Who the organisers are: the person at this machine (`local`, the default) or accounts that log in. */
  organisers?: OrganiserMode;
  /** How many connections one client address may hold open at once (default 256). */
  maxConnectionsPerAddress?: number;
  /** The address the room reaches the server at when that is not one of its own (behind a proxy, a DNS name): `https://name[:port]`. */
  publicUrl?: string;
  /** Told when the server cannot go on: it lost the locks of its sessions on a shared store. The caller closes it. */
  failed?: (error: Error) => void;
}

export interface RunningServer {
  /** `http://host:port` as bound (the actual port when 0 was asked for). */
  url: string;
  port: number;
  /** Where the room reaches the server: its addresses on the local network now, and the public address it was given. */
  room(): RoomAddresses;
  /** How many unfinished sessions were brought back from the data folder. */
  restoredSessions: number;
  /** Stops accepting, writes each running session's time reached, lets go of the store (a last checkpoint for SQLite). */
  close(): Promise<void>;
}

/** A port that cannot be bound: the message says which and what to do. */
export class ListenError extends Error {
  override readonly name = 'ListenError';
}

/**
 * Starts the exercise server: opens (or creates) the database, brings back every unfinished
 * session, then serves the API, the WebSocket and the client. Rejects with a StorageError or a
 * ListenError that explains what is wrong; nothing is changed on disk in that case.
 */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const wall = options.wall ?? systemClock;
  const { log } = options;
  const addressOf = clientAddressOf(options.trustProxy ?? false);
  const storage = await openStorage(options, log);
  let httpServer: Server | undefined;
  let hub: WebSocketHub | undefined;
  let ownership: SessionOwnership | undefined;
  try {
    const claimed = await storage.claimSessions({
      // Asked only once the registry below exists: nobody knows of this instance before it listens.
      releaseAsked: (sessionId) => {
        registry.release(sessionId).catch((error: unknown) => log.error({ err: error, sessionId }, 'letting go of a session failed'));
      },
      lost: (error) => options.failed?.(error),
    });
    ownership = claimed;
    const registry = new SessionRegistry(storage.sessions, wall, log, claimed);
    const bundled = readBundledScenarios(options.scenariosDir ?? fileURLToPath(new URL('../../scenarios', import.meta.url)), log);
    const trustProxy = options.trustProxy ?? false;
    const organisers = new OrganiserAccess(options.organisers ?? 'local', storage.organisers, addressOf, trustProxy, wall);
    if (organisers.mode === 'accounts' && (await storage.organisers.count()) === 0) {
      log.warn('no organiser accounts yet: nobody can create an exercise until one is added with "samenspel organiser add"');
    }
    const cap = new ConnectionCap(options.maxConnectionsPerAddress ?? DEFAULT_MAX_CONNECTIONS_PER_ADDRESS, trustProxy, addressOf, log);
    // The port is known once listening; nobody asks before then.
    let boundPort = options.port;
    const room = () => roomAddresses(options.host, boundPort, options.publicUrl);
    const api = createApiHandler({ registry, bundled, wall, log, addressOf, organisers, room });
    const serveStatic = createStaticHandler(options.clientDir ?? fileURLToPath(new URL('../../dist/client', import.meta.url)));

    const headersTimeout = options.headersTimeoutMs ?? 10_000;
    const server = createServer(
      {
        headersTimeout,
        requestTimeout: Math.max(headersTimeout, options.requestTimeoutMs ?? 30_000),
        // Timeouts are only enforced when the connections are checked: often enough to close a half-sent request on time.
        connectionsCheckingInterval: Math.min(1_000, headersTimeout),
      },
      (req, res) => {
      if (!cap.admitRequest(req, res)) return;
      let pathname: string;
      try {
        pathname = new URL(req.url ?? '/', 'http://localhost').pathname;
      } catch {
        logRequest(log, req, res, '(unreadable)', addressOf(req));
        res.writeHead(400).end();
        return;
      }
      const note = logRequest(log, req, res, pathname, addressOf(req));
      const handler = pathname === '/api' || pathname.startsWith('/api/') ? api : serveStatic;
      handler(req, res, pathname, note).catch((error: unknown) => {
        log.error({ err: error, method: req.method, path: loggablePath(pathname) }, 'request failed');
        if (!res.headersSent) res.writeHead(500);
        res.end();
      });
      },
    );
    httpServer = server;
    cap.attach(server);
    server.on('clientError', (error: NodeJS.ErrnoException, socket) => {
      // A request that took too long is told so; anything else a client sent wrong is a bad request.
      const status = error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? '408 Request Timeout' : '400 Bad Request';
      log.info({ status: Number.parseInt(status, 10), code: error.code, client: (socket as Socket).remoteAddress }, 'request not readable');
      if (socket.writable) socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\n\r\n`);
      else socket.destroy();
    });
    const liveHub = new WebSocketHub({
      registry,
      wall,
      log,
      addressOf,
      admit: (req, socket) => cap.admitUpgrade(req, socket),
      heartbeatMs: options.heartbeatMs ?? 15_000,
      helloTimeoutMs: options.helloTimeoutMs ?? 10_000,
      room,
    });
    hub = liveHub;
    liveHub.attach(server);
    registry.whenReleased((session) => liveHub.dropSession(session));
    await listen(server, options.port, options.host);
    // Only once the port is ours: bringing a running session back writes its pause to the log.
    const restoredSessions = await registry.restoreOpenSessions();
    const { port } = server.address() as AddressInfo;
    boundPort = port;
    // Listening on every address: the local one is the address to show on this machine.
    const localHost = options.host === '0.0.0.0' ? '127.0.0.1' : options.host === '::' ? '::1' : options.host;
    const shownHost = localHost.includes(':') ? `[${localHost}]` : localHost;
    const url = `http://${shownHost}:${port}`;
    log.info({ url, restoredSessions, trustProxy, organisers: organisers.mode, store: storage.kind }, `listening on ${url}`);

    let closing: Promise<void> | undefined;
    return {
      url,
      port,
      room,
      restoredSessions,
      close: () => {
        closing ??= (async () => {
          // Nobody sends more once the connections are gone; then what waits is stored and the store let go.
          liveHub.close();
          const stopped = new Promise<void>((resolve) => server.close(() => resolve()));
          server.closeAllConnections();
          await stopped;
          await registry.stopAll();
          await claimed.close();
          await storage.close();
          log.info('stopped');
        })();
        return closing;
      },
    };
  } catch (error) {
    hub?.close();
    httpServer?.close();
    await ownership?.close();
    await storage.close();
    throw error;
  }
}

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException) => {
      server.off('listening', onListening);
      const reason =
        error.code === 'EADDRINUSE'
          ? `port ${port} on ${host} is already in use (another server?); choose another with --port`
          : error.code === 'EACCES'
            ? `port ${port} on ${host} needs privileges; choose a port above 1023 with --port`
            : error.code === 'EADDRNOTAVAIL'
              ? `${host} is not an address of this machine; choose another with --host`
              : `cannot listen on ${host}:${port}: ${error.message}`;
      reject(new ListenError(reason));
    };
    const onListening = () => {
      server.off('error', onError);
      resolve();
    };
    server.once('error', onError);
    server.once('listening', onListening);
    server.listen(port, host);
  });
}
