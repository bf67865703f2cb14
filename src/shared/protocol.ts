import { z } from 'zod';
import { DURATION_PATTERN, parseDuration } from './duration.ts';
import { IDENTIFIER_MAX_LENGTH, IDENTIFIER_PATTERN } from './identifier.ts';
import { improviseInput } from './actions.ts';
import { sentObservationSchema, type LiveObservation } from './observation.ts';

/**
 * The live protocol between the server and its clients (facilitator console, projector display,
 * participants), over the WebSocket at `/ws`, and the control commands of the HTTP API. Client
 * messages have a schema each: the server refuses anything else with a code. Server messages are
 * types only; they are generic in the projection and timeline entry so this module stays free of
 * engine imports. Documented in docs/protocol.md.
 */

export {
  CLOSE_CODES,
  ERROR_CODES,
  MAX_MESSAGE_BYTES,
  MAX_NAME_LENGTH,
  PROTOCOL_VERSION,
  SPEED_RANGE,
  type ErrorCode,
} from './protocolConstants.ts';
import { ERROR_CODES, PROTOCOL_VERSION, SPEED_RANGE, type ErrorCode } from './protocolConstants.ts';

const identifier = z.string().max(IDENTIFIER_MAX_LENGTH).regex(IDENTIFIER_PATTERN, { error: 'must be an identifier' });
const duration = z
  .string()
  .regex(DURATION_PATTERN, { error: 'must be a duration such as "10m" or "00:10"' })
  .transform((text) => parseDuration(text) ?? 0);

/** What the facilitator can do to a running session (HTTP `POST /control` body, WebSocket `control`). */
export const controlCommandSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('start') }),
  z.strictObject({ type: z.literal('pause') }),
  z.strictObject({ type: z.literal('resume') }),
  z.strictObject({ type: z.literal('end') }),
  z.strictObject({
    type: z.literal('speed'),
    factor: z
      .number()
      .min(SPEED_RANGE.min, { error: `must be at least ${SPEED_RANGE.min}` })
      .max(SPEED_RANGE.max, { error: `must be at most ${SPEED_RANGE.max}` }),
  }),
  z.strictObject({ type: z.literal('advance'), by: duration }),
  z.strictObject({ type: z.literal('release'), inject: identifier }),
  z.strictObject({ type: z.literal('skip'), inject: identifier }),
  z.strictObject({ type: z.literal('fire'), event: identifier }),
  /** Writes an inject during play and releases it at once (section 19); the engine checks it against the scenario. */
  improviseInput,
  /** Shows participants the plan on paper (who leads, supports, holds), or hides it again. */
  z.strictObject({ type: z.literal('plan'), visible: z.boolean() }),
  /** Gives the exercise a new join code; the old one is refused from then on. */
  z.strictObject({ type: z.literal('rotate-join-code') }),
]);
/** A facilitator command with `advance.by` in seconds. */
export type ControlCommand = z.output<typeof controlCommandSchema>;
export type ControlCommandInput = z.input<typeof controlCommandSchema>;

/** Ids a client picks for its messages, echoed in the answer. */
const clientChosenId = z.string().min(1).max(64).regex(/^[A-Za-z0-9_.:-]+$/, { error: 'must be 1–64 letters, digits or _.:-' });

/**
 * A participant action as a client sends it: a section-12 action whose `by` may be left out.
 * The envelope does not look inside it: the server fills `by` from the participant's token and
 * then checks the whole action once, against the engine's schema.
 */
const unsignedAction = z.unknown();

export const helloMessage = z.strictObject({
  type: z.literal('hello'),
  protocolVersion: z.number().int(),
  sessionId: z.string().min(1).max(64),
  credential: z.string().min(1).max(256),
  /** The last seq the client has; it then gets only what it missed. */
  lastSeq: z.number().int().nonnegative().optional(),
});
export const actionMessage = z.strictObject({
  type: z.literal('action'),
  /** Chosen by the client per action and reused when resending it: a retry is stored once. */
  clientId: clientChosenId,
  action: unsignedAction,
});
export const controlMessage = z.strictObject({
  type: z.literal('control'),
  requestId: clientChosenId,
  control: controlCommandSchema,
});
export const observeMessage = z.strictObject({
  type: z.literal('observe'),
  /** Chosen by the evaluator's client per observation and reused when resending it: a retry is stored once. */
  clientId: clientChosenId,
  observation: sentObservationSchema,
});
export const pingMessage = z.strictObject({ type: z.literal('ping'), nonce: z.string().max(64).optional() });

/** Every client message, keyed by type so a bad one is refused with the schema of its own type. */
export const CLIENT_MESSAGE_SCHEMAS = {
  hello: helloMessage,
  action: actionMessage,
  control: controlMessage,
  observe: observeMessage,
  ping: pingMessage,
} as const;
export type ClientMessageType = keyof typeof CLIENT_MESSAGE_SCHEMAS;
export type ClientMessage = z.output<(typeof CLIENT_MESSAGE_SCHEMAS)[ClientMessageType]>;
export type HelloMessage = z.output<typeof helloMessage>;
export type ActionMessage = z.output<typeof actionMessage>;
export type ControlMessage = z.output<typeof controlMessage>;
export type ObserveMessage = z.output<typeof observeMessage>;

export type ParseResult = { ok: true; message: ClientMessage } | { ok: false; code: ErrorCode; message: string };

/** Parses and validates one client message; never throws. */
export function parseClientMessage(text: string): ParseResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, code: ERROR_CODES.badJson, message: 'the message is not valid JSON' };
  }
  // The schemas copy objects key by key, which would drop a "__proto__" key unseen; the HTTP API refuses it as unknown, and so does this.
  if (text.includes('__proto__') && hasProtoKey(text)) {
    return { ok: false, code: ERROR_CODES.badMessage, message: 'a message may not have a "__proto__" key' };
  }
  const type = typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? (raw as { type?: unknown }).type : undefined;
  if (typeof type !== 'string' || !Object.hasOwn(CLIENT_MESSAGE_SCHEMAS, type)) {
    const known = Object.keys(CLIENT_MESSAGE_SCHEMAS).join(', ');
    return { ok: false, code: ERROR_CODES.unknownType, message: `unknown message type ${JSON.stringify(type ?? null)}; expected one of ${known}` };
  }
  // A client of another version may shape its hello differently: the version decides first.
  const version = (raw as { protocolVersion?: unknown }).protocolVersion;
  if (type === 'hello' && typeof version === 'number' && version !== PROTOCOL_VERSION) {
    return version < PROTOCOL_VERSION
      ? { ok: false, code: ERROR_CODES.clientTooOld, message: `this client speaks protocol ${version}, the server ${PROTOCOL_VERSION}: reload the page to update it` }
      : { ok: false, code: ERROR_CODES.clientTooNew, message: `this client speaks protocol ${version}, the server only ${PROTOCOL_VERSION}: update the server` };
  }
  const parsed = CLIENT_MESSAGE_SCHEMAS[type as ClientMessageType].safeParse(raw);
  if (!parsed.success) return { ok: false, code: ERROR_CODES.badMessage, message: `bad ${type} message: ${describeIssues(parsed.error)}` };
  return { ok: true, message: parsed.data };
}

/** Whether JSON text has a "__proto__" key anywhere (not merely the word in a string). */
function hasProtoKey(text: string): boolean {
  let found = false;
  JSON.parse(text, (key: string, value: unknown) => {
    if (key === '__proto__') found = true;
    return value;
  });
  return found;
}

/** A zod error as one line: `path: problem; path: problem`. */
export function describeIssues(error: z.ZodError, within: readonly PropertyKey[] = []): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => {
      // Paths are told from `within`, the part of the value the reader sent.
      const path = issue.path.slice(within.length);
      return path.length > 0 ? `${path.map(String).join('.')}: ${issue.message}` : issue.message;
    })
    .join('; ');
}

export type SessionStatus = 'ready' | 'running' | 'paused' | 'ended';

/** A scenario bundled with the server, as `GET /api/scenarios` lists it. */
export interface ScenarioSummary {
  id: string;
  title: string;
  language: string;
  summary: string;
  /** Length of play in scenario seconds. */
  duration: number;
  agencyCount: number;
}

/**
 * The scenario clock as of the moment the message was sent. While `status` is running a client
 * shows `at + elapsed × speed` (elapsed since it received the message), never past `duration`.
 */
export interface ClockView {
  status: SessionStatus;
  at: number;
  speed: number;
  duration: number;
}

/** Who a connection or credential speaks for. */
export type ViewerInfo =
  | { kind: 'facilitator' }
  | { kind: 'display' }
  | { kind: 'evaluator'; evaluatorId: string; name: string }
  | { kind: 'participant'; participantId: string; name: string; role: string; agency: string };

/** A participant as the facilitator's console lists them: who joined as what, and whether they are connected now. */
export interface ParticipantPresence {
  participantId: string;
  name: string;
  role: string;
  agency: string;
  online: boolean;
}

/**
 * Where the room reaches the server: its origins on the local network (`http://192.168.1.20:8080`)
 * and the public address it was started with (`--public-url`), if any. The console and the
 * projector build every link and QR code from them when they themselves came in over loopback.
 */
export interface RoomAddresses {
  addresses: string[];
  publicUrl?: string;
}

/** Answer to a hello: the viewer's projection and, after `lastSeq`, the entries it missed. */
export interface WelcomeMessage<Projection, Entry> {
  type: 'welcome';
  protocolVersion: number;
  sessionId: string;
  viewer: ViewerInfo;
  seq: number;
  clock: ClockView;
  entries: Entry[];
  projection: Projection;
  /** Facilitator only: everyone who joined, and who is connected. */
  participants?: ParticipantPresence[];
  /** Facilitator and display: the code participants join with, to show in the room. */
  joinCode?: string;
  /** Facilitator and display: the addresses to send the room to. */
  room?: RoomAddresses;
  /** Facilitator: every observation so far; an evaluator: their own. */
  observations?: LiveObservation[];
}

/**
 * Something visible to this viewer changed: how its projection changes (the engine's
 * `ProjectionPatch`: the new timeline entries and releases it may see, its small fields, and a
 * large part only when that changed), so the message stays small however long play has run.
 */
export type UpdateMessage<Patch> = { type: 'update'; seq: number; clock: ClockView } & Patch;

export type ServerMessage<Projection = unknown, Entry = unknown, Patch = unknown> =
  | WelcomeMessage<Projection, Entry>
  | UpdateMessage<Patch>
  /** Facilitator only, when someone joined, connected or dropped out: the whole list again. */
  | { type: 'participants'; participants: ParticipantPresence[] }
  /** Only the clock changed (its speed): projections stay as they were. */
  | { type: 'clock'; clock: ClockView }
  | { type: 'action_accepted'; clientId: string; seq: number; at: number }
  | { type: 'action_refused'; clientId: string; code: string; reason: string }
  | { type: 'control_accepted'; requestId: string; clock: ClockView }
  | { type: 'control_refused'; requestId: string; code: string; reason: string }
  | { type: 'observation_accepted'; clientId: string; observation: LiveObservation }
  | { type: 'observation_refused'; clientId: string; code: string; reason: string }
  /** To the facilitator and the evaluator who wrote it (on their other connections too): an observation was stored. */
  | { type: 'observation'; observation: LiveObservation }
  /** To the facilitator and the display: the join code was rotated. */
  | { type: 'join_code'; joinCode: string }
  | { type: 'pong'; nonce?: string }
  | { type: 'error'; code: ErrorCode; message: string; protocolVersion?: number };
