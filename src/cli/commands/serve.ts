import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { buildClient, clientBuildState } from '../../server/clientBuild.ts';
import { StorageError } from '../../server/storageError.ts';
import { DEFAULT_MAX_CONNECTIONS_PER_ADDRESS } from '../../server/connectionCap.ts';
import { createLogger, isLogLevel, LOG_LEVELS } from '../../server/logger.ts';
import { isOrganiserMode, ORGANISER_MODES } from '../../server/organiser.ts';
import { parsePublicUrl } from '../../server/roomAddress.ts';
import { ListenError, startServer } from '../../server/server.ts';
import { databaseUrlOf, storeOption } from '../storeOption.ts';
import { EXIT, UsageError } from '../usageError.ts';

export const SERVE_HELP = `Usage: samenspel serve [--port 8080] [--host 0.0.0.0] [--data ./data | --store URL] [--log-level info]
                      [--trust-proxy] [--public-url URL] [--organisers local|accounts]
                      [--max-connections-per-address 256]

Runs a live exercise server: the browser client, the JSON API and the WebSocket at /ws. Every
accepted input is stored before it is acknowledged: in an SQLite file in the data folder, or in
PostgreSQL with --store; on start the server brings back every unfinished exercise (a running
one comes back paused).
Prints the addresses to open, including those on the local network for laptops in the room, on
standard error; standard output carries the log, one JSON object a line.

Options:
  --port N          port to listen on (env PORT, default 8080; 0 picks a free one)
  --host ADDRESS    address to listen on (env HOST, default 0.0.0.0: every network)
  --data FOLDER     folder of the SQLite database (env DATA_DIR, default ./data)
  --store URL       keep everything in PostgreSQL instead: postgres://user:password@host:5432/db
                    (env DATABASE_URL); the database must exist, its tables are made on start.
                    Several instances may share one store behind nginx (deploy/README.md): each
                    exercise is played by one of them at a time, and another takes it over from
                    the log when that one stops or dies
  --public-url URL  the address the room reaches this server at, when that is not one of its
                    own (behind a proxy, a DNS name): https://name[:port] (env PUBLIC_URL);
                    every join link and QR code then uses it
  --scenarios DIR   folder of the scenarios offered to facilitators (default: the bundled ones)
  --client DIR      folder of the built browser client (default: dist/client)
  --build-client    build the browser client first when it is missing or out of date
  --trust-proxy     behind a reverse proxy (nginx): take each client's address from the last
                    entry of X-Forwarded-For, for rate limits and the log (env TRUST_PROXY=1);
                    without it that header is ignored, since any client can send it
  --organisers MODE who may create exercises and compare their runs (env ORGANISERS):
                    local (default): whoever uses this machine, with no password; others
                    only join, unless the organiser lets them create on the start page;
                    accounts: organisers log in (add them with "samenspel organiser add")
  --max-connections-per-address N
                    connections one client address may hold open at once (env
                    MAX_CONNECTIONS_PER_ADDRESS, default 256: a room of phones behind one
                    Wi-Fi address); extra ones are answered 429
  --log-level LEVEL what to log: ${LOG_LEVELS.join(', ')} (env LOG_LEVEL, default info)
  --instance NAME   name this server in every log line (env INSTANCE), to tell apart several
                    instances on one PostgreSQL store
  -h, --help        show this help

Stop with Ctrl-C; a running exercise is paused at the time it reached and resumes later.`;

const REPOSITORY_ROOT = fileURLToPath(new URL('../../..', import.meta.url));

/** `samenspel serve`: runs the exercise server until SIGINT or SIGTERM. */
export async function serveCommand(
  args: string[],
  out: (text: string) => void = console.log,
  err: (text: string) => void = console.error,
): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      port: { type: 'string', default: process.env.PORT ?? '8080' },
      host: { type: 'string', default: process.env.HOST ?? '0.0.0.0' },
      data: { type: 'string', default: process.env.DATA_DIR ?? './data' },
      ...storeOption(),
      'public-url': { type: 'string', default: process.env.PUBLIC_URL ?? '' },
      scenarios: { type: 'string' },
      client: { type: 'string' },
      'build-client': { type: 'boolean' },
      'log-level': { type: 'string', default: process.env.LOG_LEVEL ?? 'info' },
      instance: { type: 'string', default: process.env.INSTANCE ?? '' },
      'trust-proxy': { type: 'boolean', default: isSet(process.env.TRUST_PROXY) },
      organisers: { type: 'string', default: process.env.ORGANISERS ?? 'local' },
      'max-connections-per-address': { type: 'string', default: process.env.MAX_CONNECTIONS_PER_ADDRESS ?? String(DEFAULT_MAX_CONNECTIONS_PER_ADDRESS) },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    out(SERVE_HELP);
    return EXIT.ok;
  }
  const port = Number(values.port);
  if (!/^\d+$/.test(values.port) || port > 65_535) throw new UsageError(`--port must be a whole number from 0 to 65535, not "${values.port}"`);
  const logLevel = values['log-level'];
  if (!isLogLevel(logLevel)) throw new UsageError(`--log-level must be one of ${LOG_LEVELS.join(', ')}, not "${logLevel}"`);
  const organisers = values.organisers;
  if (!isOrganiserMode(organisers)) throw new UsageError(`--organisers must be one of ${ORGANISER_MODES.join(', ')}, not "${organisers}"`);
  const maxConnections = values['max-connections-per-address'];
  if (!/^\d+$/.test(maxConnections) || Number(maxConnections) < 1) {
    throw new UsageError(`--max-connections-per-address must be a whole number of at least 1, not "${maxConnections}"`);
  }
  const databaseUrl = databaseUrlOf(values.store);
  const publicUrl = values['public-url'] === '' ? undefined : parsePublicUrl(values['public-url']);
  if (publicUrl?.ok === false) throw new UsageError(`--public-url ${publicUrl.reason}`);

  if (values['build-client'] && values.client === undefined) {
    const state = clientBuildState(REPOSITORY_ROOT);
    if (state === 'missing' || state === 'stale') {
      err(`samenspel serve: the browser client is ${state}; building it (vite build)...`);
      if ((await buildClient(REPOSITORY_ROOT)) !== 0) err('samenspel serve: the client build failed; serving the API and a notice page');
    }
  }

  let failure: Error | undefined;
  let fail: () => void = () => {};
  const failed = new Promise<void>((resolve) => (fail = resolve));
  const log = createLogger(logLevel);
  let server;
  try {
    server = await startServer({
      port,
      host: values.host,
      dataDir: values.data,
      ...(databaseUrl === undefined ? {} : { databaseUrl }),
      log: values.instance === '' ? log : log.child({ instance: values.instance }),
      failed: (error) => {
        failure = error;
        fail();
      },
      trustProxy: values['trust-proxy'],
      organisers,
      maxConnectionsPerAddress: Number(maxConnections),
      ...(publicUrl === undefined ? {} : { publicUrl: publicUrl.value }),
      ...(values.scenarios === undefined ? {} : { scenariosDir: values.scenarios }),
      ...(values.client === undefined ? {} : { clientDir: values.client }),
    });
  } catch (error) {
    if (error instanceof StorageError || error instanceof ListenError) {
      err(`samenspel serve: ${error.message}`);
      return EXIT.failed;
    }
    throw error;
  }

  // For the person at the terminal; standard output is the log's.
  err(`Samenspel is listening on ${server.url}`);
  const room = server.room();
  for (const address of room.addresses) err(`  in the room: ${address}`);
  if (room.publicUrl !== undefined) err(`  participants join at: ${room.publicUrl}`);
  if (server.restoredSessions > 0) err(`  brought back ${server.restoredSessions} unfinished exercise${server.restoredSessions === 1 ? '' : 's'} (running ones are paused)`);
  err('Press Ctrl-C to stop.');

  await new Promise<void>((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
    void failed.then(stop);
  });
  await server.close();
  if (failure !== undefined) {
    err(`samenspel serve: stopped, since it can no longer tell which exercises are its own (${failure.message}); every acknowledged input is stored, start it again`);
    return EXIT.failed;
  }
  err('Samenspel stopped; every exercise is saved.');
  return EXIT.ok;
}

/** An environment switch such as `TRUST_PROXY=1` or `true`; unset, empty, `0` and `false` are off. */
function isSet(value: string | undefined): boolean {
  return value !== undefined && !['', '0', 'false', 'no', 'off'].includes(value.trim().toLowerCase());
}
