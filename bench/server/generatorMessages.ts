/** The two kinds of server a load generator talks to. */
export type Target = 'samenspel' | 'bare';

/** What the orchestrator asks a load generator to do; each request is answered once, with its `requestId`. */
export type GeneratorRequest =
  /** Opens `clients` connections; to Samenspel each says hello with its own credential. */
  | { kind: 'connect'; requestId: number; target: Target; url: string; clients: number; hellos?: readonly { sessionId: string; credential: string }[] }
  | { kind: 'await'; requestId: number; target: Target; key: string; timeoutMs: number }
  | { kind: 'act'; requestId: number; target: Target; perSecond: number; seconds: number; actions: readonly Record<string, unknown>[]; clientPrefix: string }
  | { kind: 'close'; requestId: number };

/** When every client of a target had a message, or the wait ran out. */
export interface Arrival {
  key: string;
  count: number;
  expected: number;
  /** Monotonic milliseconds (shared by every process on the machine) of the first and last arrival. */
  firstMs: number;
  lastMs: number;
  /** The median size in bytes of the messages that carried it. */
  bytes: number;
}

/** The outcome of a run of actions from every client of a target. */
export interface ActionRun {
  sent: number;
  latenciesMs: number[];
  acknowledged: { clientId: string; seq: number }[];
  refused: Record<string, number>;
  unanswered: number;
}

export type GeneratorReply =
  | { kind: 'connected'; requestId: number; count: number }
  | { kind: 'arrived'; requestId: number; arrival: Arrival }
  | { kind: 'acted'; requestId: number; run: ActionRun }
  | { kind: 'closed'; requestId: number }
  | { kind: 'failed'; requestId: number; message: string };
