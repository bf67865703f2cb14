/**
 * Which sessions this server instance may play. Several instances on one PostgreSQL store each
 * own a session at a time (postgresOwnership.ts: an advisory lock), so only one writes its log; a
 * server on SQLite is the only one on its data folder (database.ts locks it) and owns every session.
 */
export interface SessionOwnership {
  /** Whether other instances may own sessions of the same store. */
  readonly shared: boolean;
  /** Takes a session if no other instance owns it; true when it is this instance's now (or was already). */
  claim(sessionId: string): Promise<boolean>;
  /** Lets go of a session, for another instance to take. */
  release(sessionId: string): Promise<void>;
  /** Asks the instance owning a session to let go of it (its clients are routed here now). */
  askToRelease(sessionId: string): Promise<void>;
  /** Lets go of every session. */
  close(): Promise<void>;
}

/** The ownership of the only server on a store: every session is its own. */
export const soleOwnership: SessionOwnership = {
  shared: false,
  claim: async () => true,
  release: async () => undefined,
  askToRelease: async () => undefined,
  close: async () => undefined,
};
