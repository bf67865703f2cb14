import pg from 'pg';
import type { Logger } from './logger.ts';
import type { SessionOwnership } from './sessionOwnership.ts';

/** The name the connection holding an instance's locks shows in pg_stat_activity. */
export const OWNERSHIP_APPLICATION = 'samenspel-session-locks';

/** The channel on which an instance asks the owner of a session to let go of it. */
const RELEASE_CHANNEL = 'samenspel_release';

export interface PostgresOwnershipOptions {
  url: string;
  log: Logger;
  /** Another instance asks for a session this one may own; this one lets go of it if it does. */
  releaseAsked: (sessionId: string) => void;
  /** The connection holding the locks is gone, and with it every session this instance owned. */
  lost: (error: Error) => void;
}

/**
 * Session ownership among instances on one PostgreSQL database: a session is owned by whoever
 * holds its session-level advisory lock, all held on one dedicated connection. When an instance
 * dies, however it dies, PostgreSQL sees its connection close and drops its locks, so another
 * instance can take its sessions over from the log. Instances ask an owner to let go with NOTIFY,
 * when the proxy has started sending a session's clients elsewhere (after a restart, say).
 */
export class PostgresOwnership implements SessionOwnership {
  readonly shared = true;
  private readonly owned = new Set<string>();

  private constructor(private readonly client: pg.Client) {}

  static async connect({ url, log, releaseAsked, lost }: PostgresOwnershipOptions): Promise<PostgresOwnership> {
    // Named, so an operator sees in pg_stat_activity which connection holds an instance's sessions.
    const client = new pg.Client({ connectionString: url, application_name: OWNERSHIP_APPLICATION });
    await client.connect();
    const ownership = new PostgresOwnership(client);
    let gone = false;
    const fail = (error: Error) => {
      if (gone) return;
      gone = true;
      ownership.owned.clear();
      log.error({ err: error }, 'the connection holding the session locks is gone: this instance owns no session any more');
      lost(error);
    };
    client.on('error', fail);
    client.on('end', () => fail(new Error('the PostgreSQL connection ended')));
    client.on('notification', (message) => {
      if (message.channel === RELEASE_CHANNEL && message.payload !== undefined && ownership.owned.has(message.payload)) releaseAsked(message.payload);
    });
    await client.query(`LISTEN ${RELEASE_CHANNEL}`);
    return ownership;
  }

  async claim(sessionId: string): Promise<boolean> {
    if (this.owned.has(sessionId)) return true;
    const { rows } = await this.client.query<{ claimed: boolean }>('SELECT pg_try_advisory_lock(hashtextextended($1, 0)) AS claimed', [sessionId]);
    const claimed = rows[0]?.claimed === true;
    if (claimed) this.owned.add(sessionId);
    return claimed;
  }

  async release(sessionId: string): Promise<void> {
    if (!this.owned.delete(sessionId)) return;
    await this.client.query('SELECT pg_advisory_unlock(hashtextextended($1, 0))', [sessionId]);
  }

  async askToRelease(sessionId: string): Promise<void> {
    await this.client.query('SELECT pg_notify($1, $2)', [RELEASE_CHANNEL, sessionId]);
  }

  async close(): Promise<void> {
    this.owned.clear();
    this.client.removeAllListeners('end');
    await this.client.end();
  }
}
