import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocket, WebSocketServer, type RawData } from 'ws';
import type { PlayChange, Projection, ProjectionPatch, TimelineEntry, Viewer } from '../engine/index.ts';
import { exhaustiveSwitchError } from '../shared/exhaustive.ts';
import {
  CLOSE_CODES,
  ERROR_CODES,
  MAX_MESSAGE_BYTES,
  PROTOCOL_VERSION,
  parseClientMessage,
  type ActionMessage,
  type ClientMessage,
  type ClockView,
  type ControlMessage,
  type HelloMessage,
  type ObserveMessage,
  type RoomAddresses,
  type ServerMessage,
} from '../shared/protocol.ts';
import type { ClientAddress } from './clientAddress.ts';
import { credentialHolder, type Credential } from './credentials.ts';
import type { LiveSession, SessionChange } from './liveSession.ts';
import { FanOutQueue } from './fanOutQueue.ts';
import { PlayFanOutPacer } from './playFanOutPacer.ts';
import type { Logger } from './logger.ts';
import { loggablePath } from './requestLog.ts';
import { RateLimiter } from './rateLimit.ts';
import type { WallClock } from './scenarioClock.ts';
import { ELSEWHERE, type SessionRegistry } from './sessionRegistry.ts';
import { signedAction } from './signedAction.ts';
import { sessionExtras, showsJoinCode, viewerInfo, viewerKey, viewerOf } from './viewers.ts';

export interface HubOptions {
  registry: SessionRegistry;
  wall: WallClock;
  log: Logger;
  /** The client's address, for the log. */
  addressOf: ClientAddress;
  /** Whether an upgrade may go ahead; when not, it was answered already (the connection cap). */
  admit?: (req: IncomingMessage, socket: Duplex) => boolean;
  /** How often a connection must answer a ping to count as alive. */
  heartbeatMs: number;
  /** How long a new connection may take to say hello. */
  helloTimeoutMs: number;
  /** The room's addresses, told to the facilitator and the display in their welcome. */
  room: () => RoomAddresses;
}

interface Joined {
  session: LiveSession;
  credential: Credential;
  viewer: Viewer;
}

/** Who listens to a session, and the pacer its changes of play go out through. */
interface Audience {
  members: Set<Connection>;
  pacer: PlayFanOutPacer;
  unsubscribe: () => void;
}

interface Connection {
  socket: WebSocket;
  /** The log, its entries naming this connection (a number counted from the server's start) and its client's address. */
  log: Logger;
  alive: boolean;
  joined?: Joined;
  /** While a hello is being answered (its session may be loading), the messages after it wait for it, in order. */
  inbox?: Promise<void>;
  limiter: RateLimiter;
  dropped: number;
  lastRateWarning: number;
}

// A client this far behind on reading is gone or hopeless; it reconnects and catches up instead.
const MAX_BUFFERED_BYTES = 8 * 1024 * 1024;
// Messages a connection may send before it is cut off for flooding, after hitting its rate limit.
const MAX_DROPPED_MESSAGES = 200;
// Comings and goings within this long reach the facilitator as one participant list: with
// thousands connecting at the start, a list per connection would be quadratic in bytes.
const PRESENCE_BATCH_MS = 100;
// Participants' actions in a busy session reach each screen at most this often (see playFanOutPacer.ts).
const ACTION_FAN_OUT_WINDOW_MS = 100;
// Fan-out messages sent in one turn of the event loop before answers get their turn (see fanOutQueue.ts).
const FAN_OUT_SLICE = 64;

/** What the hub sends, with the engine's projection, entries and patches filled in. */
type HubMessage = ServerMessage<Projection, TimelineEntry, ProjectionPatch>;

/**
 * The live channel at `/ws`: each connection says hello with a credential, gets its viewer's
 * projection, then an update whenever something it may see changes: the patch that brings its
 * projection up to date. Patches are computed once per distinct view (facilitator, display, each
 * role) and applied on the server, so nobody receives what they may not see.
 */
export class WebSocketHub {
  private readonly server: WebSocketServer;
  private readonly connections = new Set<Connection>();
  private readonly audiences = new Map<LiveSession, Audience>();
  private readonly heartbeat: NodeJS.Timeout;
  /** Every fan-out's messages, sent in order a slice at a time; answers to a sender go straight out. */
  private readonly fanOutQueue = new FanOutQueue<Connection>({ slice: FAN_OUT_SLICE, send: (connection, text) => this.sendText(connection, text) });
  /** The sessions whose participant list is due to be sent, with the timer that sends it. */
  private readonly presenceDue = new Map<LiveSession, NodeJS.Timeout>();
  private connectionsOpened = 0;

  constructor(private readonly options: HubOptions) {
    this.server = new WebSocketServer({ noServer: true, maxPayload: MAX_MESSAGE_BYTES, perMessageDeflate: false });
    this.heartbeat = setInterval(() => this.checkAlive(), options.heartbeatMs);
    this.heartbeat.unref();
  }

  /** Takes over HTTP upgrade requests for `/ws`; refuses upgrades anywhere else. */
  attach(httpServer: Server): void {
    httpServer.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
      socket.on('error', () => socket.destroy());
      const pathname = new URL(req.url ?? '/', 'http://localhost').pathname;
      if (pathname !== '/ws') {
        this.options.log.info({ path: loggablePath(pathname), status: 404, client: this.options.addressOf(req) }, 'upgrade refused');
        socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
        return;
      }
      if (this.options.admit && !this.options.admit(req, socket)) return;
      this.server.handleUpgrade(req, socket, head, (ws) => this.accept(ws, this.options.addressOf(req)));
    });
  }

  /** Closes every connection and stops the heartbeat. */
  close(): void {
    clearInterval(this.heartbeat);
    for (const connection of this.connections) connection.socket.terminate();
    for (const audience of this.audiences.values()) {
      audience.pacer.stop();
      audience.unsubscribe();
    }
    this.audiences.clear();
    for (const timer of this.presenceDue.values()) clearTimeout(timer);
    this.presenceDue.clear();
    this.fanOutQueue.clear();
    this.server.close();
  }

  private accept(socket: WebSocket, client: string): void {
    this.connectionsOpened += 1;
    const connection: Connection = {
      socket,
      log: this.options.log.child({ connection: this.connectionsOpened, client }),
      alive: true,
      limiter: new RateLimiter({ burst: 30, perSecond: 10 }),
      dropped: 0,
      lastRateWarning: 0,
    };
    this.connections.add(connection);
    connection.log.info('websocket connected');
    const helloTimer = setTimeout(() => {
      if (!connection.joined) this.refuse(connection, ERROR_CODES.helloFirst, 'no hello in time', CLOSE_CODES.helloTimeout);
    }, this.options.helloTimeoutMs);
    socket.on('pong', () => {
      connection.alive = true;
    });
    socket.on('message', (data, isBinary) => {
      try {
        this.receive(connection, data, isBinary);
      } catch (error) {
        this.failed(connection, error);
      }
    });
    socket.on('error', () => socket.terminate());
    socket.on('close', (code) => {
      clearTimeout(helloTimer);
      connection.log.info({ code, sessionId: connection.joined?.session.id }, 'websocket closed');
      this.connections.delete(connection);
      this.leave(connection);
    });
  }

  private receive(connection: Connection, data: RawData, isBinary: boolean): void {
    connection.alive = true;
    const now = this.options.wall.now();
    if (!connection.limiter.take('', now)) {
      connection.dropped += 1;
      if (connection.dropped > MAX_DROPPED_MESSAGES) return this.refuse(connection, ERROR_CODES.rateLimited, 'too many messages', CLOSE_CODES.flooding);
      if (now - connection.lastRateWarning >= 1000) {
        connection.lastRateWarning = now;
        this.send(connection, { type: 'error', code: ERROR_CODES.rateLimited, message: 'too many messages; this one and others were dropped, slow down' });
      }
      return;
    }
    if (isBinary) return this.send(connection, { type: 'error', code: ERROR_CODES.badMessage, message: 'send JSON text frames, not binary ones' });
    const parsed = parseClientMessage(rawText(data));
    if (!parsed.ok) {
      const versionProblem = parsed.code === ERROR_CODES.clientTooOld || parsed.code === ERROR_CODES.clientTooNew;
      if (versionProblem) return this.refuse(connection, parsed.code, parsed.message, CLOSE_CODES.versionMismatch);
      return this.send(connection, { type: 'error', code: parsed.code, message: parsed.message });
    }
    const { message } = parsed;
    if (connection.inbox) return this.afterInbox(connection, () => this.handle(connection, message));
    this.handle(connection, message);
  }

  /** A bug must cost one message, not the server and everyone's exercise. */
  private failed(connection: Connection, error: unknown): void {
    connection.log.error({ err: error }, 'websocket message failed');
    this.send(connection, { type: 'error', code: ERROR_CODES.internal, message: 'something went wrong on the server; try again' });
  }

  /** Runs `work` once what the connection's inbox waits on is done, and makes what comes next wait for it too. */
  private afterInbox(connection: Connection, work: () => void | Promise<void>): void {
    const inbox = (connection.inbox ?? Promise.resolve())
      .then(work)
      .catch((error: unknown) => this.failed(connection, error));
    connection.inbox = inbox;
    void inbox.then(() => {
      if (connection.inbox === inbox) connection.inbox = undefined;
    });
  }

  private handle(connection: Connection, message: ClientMessage): void {
    switch (message.type) {
      case 'hello':
        return this.afterInbox(connection, () => this.hello(connection, message));
      case 'action':
        return this.action(connection, message);
      case 'control':
        return this.control(connection, message);
      case 'observe':
        return this.observe(connection, message);
      case 'ping':
        return this.send(connection, message.nonce === undefined ? { type: 'pong' } : { type: 'pong', nonce: message.nonce });
      default:
        return exhaustiveSwitchError(message, 'type');
    }
  }

  private async hello(connection: Connection, hello: HelloMessage): Promise<void> {
    if (connection.joined) return this.send(connection, { type: 'error', code: ERROR_CODES.alreadyJoined, message: 'this connection already said hello; open a new one for another session' });
    const session = await this.options.registry.get(hello.sessionId);
    // Gone while its session was loading: there is nobody to welcome.
    if (connection.socket.readyState !== WebSocket.OPEN) return;
    if (!session) return this.refuse(connection, ERROR_CODES.sessionNotFound, `there is no exercise ${hello.sessionId}`, CLOSE_CODES.sessionNotFound);
    if (session === ELSEWHERE) {
      return this.refuse(connection, ERROR_CODES.sessionElsewhere, 'another instance of the server holds this exercise right now; reconnect in a second', CLOSE_CODES.sessionElsewhere);
    }
    const credential = session.authenticate(hello.credential);
    if (!credential) return this.refuse(connection, ERROR_CODES.wrongCredential, 'this key or token does not belong to this exercise', CLOSE_CODES.unauthorized);
    const viewer = viewerOf(credential);
    connection.joined = { session, credential, viewer };
    connection.log.info({ sessionId: session.id, holder: credentialHolder(credential) }, 'websocket joined');
    this.audienceOf(session).add(connection);
    if (credential.kind === 'participant') session.countConnection(credential.participant.id, 1);
    this.send(connection, {
      type: 'welcome',
      protocolVersion: PROTOCOL_VERSION,
      sessionId: session.id,
      viewer: viewerInfo(credential, (role) => session.agencyOf(role)),
      seq: session.seq,
      clock: session.clockView(),
      entries: hello.lastSeq === undefined ? [] : session.entriesAfter(hello.lastSeq, viewer),
      projection: session.projectionFor(viewer),
      ...sessionExtras(session, credential, this.options.room),
    });
  }

  private action(connection: Connection, message: ActionMessage): void {
    const refuse = (code: string, reason: string) => this.send(connection, { type: 'action_refused', clientId: message.clientId, code, reason });
    const joined = connection.joined;
    if (!joined) return refuse(ERROR_CODES.helloFirst, 'say hello with your token first');
    if (joined.credential.kind !== 'participant') return refuse(ERROR_CODES.forbidden, 'only participants act');
    const { participant } = joined.credential;
    const action = signedAction(participant.role, message.action);
    if (!action.ok) return refuse(action.code, action.reason);
    // Stored with the other actions of this turn, in one transaction; answered once it is.
    joined.session.actSoon(participant, action.value, message.clientId, (outcome) => {
      if (!outcome.ok) return refuse(outcome.code, outcome.reason);
      connection.log.debug({ sessionId: joined.session.id, seq: outcome.value.seq, action: action.value.type }, 'action accepted');
      this.send(connection, { type: 'action_accepted', clientId: message.clientId, ...outcome.value });
    });
  }

  private control(connection: Connection, message: ControlMessage): void {
    const refuse = (code: string, reason: string) => this.send(connection, { type: 'control_refused', requestId: message.requestId, code, reason });
    const joined = connection.joined;
    if (!joined) return refuse(ERROR_CODES.helloFirst, 'say hello with the facilitator key first');
    if (joined.credential.kind !== 'facilitator') return refuse(ERROR_CODES.forbidden, 'only the facilitator controls the exercise');
    void joined.session.control(message.control).then(
      (outcome) => {
        if (!outcome.ok) return refuse(outcome.code, outcome.reason);
        this.send(connection, { type: 'control_accepted', requestId: message.requestId, clock: outcome.value });
      },
      (error: unknown) => this.failed(connection, error),
    );
  }

  private observe(connection: Connection, message: ObserveMessage): void {
    const refuse = (code: string, reason: string) => this.send(connection, { type: 'observation_refused', clientId: message.clientId, code, reason });
    const joined = connection.joined;
    if (!joined) return refuse(ERROR_CODES.helloFirst, 'say hello with your evaluator token first');
    if (joined.credential.kind !== 'evaluator') return refuse(ERROR_CODES.forbidden, 'only evaluators write observations');
    void joined.session.observe(joined.credential.evaluator, message.observation, message.clientId).then(
      (outcome) => {
        if (!outcome.ok) return refuse(outcome.code, outcome.reason);
        this.send(connection, { type: 'observation_accepted', clientId: message.clientId, observation: outcome.value });
      },
      (error: unknown) => this.failed(connection, error),
    );
  }

  /** The session's audience; a newcomer's welcome holds all play so far, so what waits to go out to the others goes first. */
  private audienceOf(session: LiveSession): Set<Connection> {
    const existing = this.audiences.get(session);
    if (existing) {
      existing.pacer.flush();
      return existing.members;
    }
    const members = new Set<Connection>();
    const pacer = new PlayFanOutPacer({
      windowMs: ACTION_FAN_OUT_WINDOW_MS,
      now: () => performance.now(),
      fanOut: (change) => this.fanOutPlay(session, members, change, session.clockView()),
    });
    const unsubscribe = session.subscribe((change) => {
      if (change.kind === 'play') return pacer.add(change.change);
      // Nothing overtakes play waiting to go out.
      pacer.flush();
      this.fanOut(session, members, change);
    });
    this.audiences.set(session, { members, pacer, unsubscribe });
    return members;
  }

  /**
   * Sends off everyone connected to a session another instance takes over: what waits to go out
   * goes first, then each is closed with a code that tells it to reconnect, which brings it to the
   * session's new instance.
   */
  dropSession(session: LiveSession): void {
    const audience = this.audiences.get(session);
    if (!audience) return;
    audience.pacer.flush();
    for (const connection of audience.members) connection.socket.close(CLOSE_CODES.sessionElsewhere, ERROR_CODES.sessionElsewhere);
  }

  private leave(connection: Connection): void {
    const session = connection.joined?.session;
    const audience = session && this.audiences.get(session);
    if (!session || !audience) return;
    audience.members.delete(connection);
    const credential = connection.joined?.credential;
    if (credential?.kind === 'participant') session.countConnection(credential.participant.id, -1);
    if (audience.members.size === 0) {
      audience.pacer.stop();
      audience.unsubscribe();
      this.audiences.delete(session);
      clearTimeout(this.presenceDue.get(session));
      this.presenceDue.delete(session);
    }
  }

  /**
   * Sends each member what it hears of a change other than play: the participant list, an
   * observation, the join code, or a speed change, which leaves every projection as it was and
   * goes to everyone as a bare clock message.
   */
  private fanOut(session: LiveSession, members: ReadonlySet<Connection>, change: Exclude<SessionChange, { kind: 'play' }>): void {
    switch (change.kind) {
      case 'clock': {
        const text = JSON.stringify({ type: 'clock', clock: session.clockView() } satisfies HubMessage);
        for (const member of members) if (member.joined) this.fanOutQueue.push(member, text);
        return;
      }
      case 'participants':
        return this.sendParticipantsSoon(session, members);
      case 'observation': {
        const { observation } = change;
        // The writer's other screens hear of it too; the connection that sent it has its answer.
        const hears = (credential: Credential) => credential.kind === 'facilitator' || (credential.kind === 'evaluator' && credential.evaluator.id === observation.evaluatorId);
        return this.sendTo(members, hears, () => ({ type: 'observation', observation }));
      }
      case 'joinCode':
        return this.sendTo(members, showsJoinCode, () => ({ type: 'join_code', joinCode: session.joinCode }));
      default:
        return exhaustiveSwitchError(change, 'kind');
    }
  }

  /** Sends the facilitator the participant list once the comings and goings of the next moment are in too. */
  private sendParticipantsSoon(session: LiveSession, members: ReadonlySet<Connection>): void {
    if (this.presenceDue.has(session)) return;
    const timer = setTimeout(() => {
      this.presenceDue.delete(session);
      this.sendTo(members, (credential) => credential.kind === 'facilitator', () => ({ type: 'participants', participants: session.participants() }));
    }, PRESENCE_BATCH_MS);
    this.presenceDue.set(session, timer);
  }

  /** Sends one message, encoded once, to the members whose credential `hears` it. */
  private sendTo(members: ReadonlySet<Connection>, hears: (credential: Credential) => boolean, message: () => HubMessage): void {
    let text: string | undefined;
    for (const member of members) {
      if (!member.joined || !hears(member.joined.credential)) continue;
      text ??= JSON.stringify(message());
      this.fanOutQueue.push(member, text);
    }
  }

  /**
   * Sends each member its update, computing and encoding each distinct view's patch once. A
   * change with timeline entries goes only to the viewers who may see one of them: in a big room
   * most actions concern one agency, and the others' screens have nothing new to show. A change
   * without entries (pause, resume, end, an advance that releases nothing, the plan switched)
   * goes to everyone.
   */
  private fanOutPlay(session: LiveSession, members: ReadonlySet<Connection>, change: PlayChange, clock: ClockView): void {
    const serialized = new Map<string, Buffer | undefined>();
    for (const member of members) {
      const viewer = member.joined?.viewer;
      if (!viewer) continue;
      const key = viewerKey(viewer);
      if (!serialized.has(key)) {
        const patch = session.patchFor(change, viewer);
        const concerned = change.entries.length === 0 || patch.entries.length > 0;
        serialized.set(key, concerned ? Buffer.from(JSON.stringify({ type: 'update', seq: session.seq, clock, ...patch } satisfies HubMessage)) : undefined);
      }
      const text = serialized.get(key);
      if (text !== undefined) this.fanOutQueue.push(member, text);
    }
  }

  private checkAlive(): void {
    for (const connection of this.connections) {
      if (!connection.alive) {
        connection.socket.terminate();
        continue;
      }
      connection.alive = false;
      connection.socket.ping();
    }
  }

  /** Tells the client why and closes the connection. */
  private refuse(connection: Connection, code: (typeof ERROR_CODES)[keyof typeof ERROR_CODES], message: string, closeCode: number): void {
    this.send(connection, { type: 'error', code, message, protocolVersion: PROTOCOL_VERSION });
    connection.socket.close(closeCode, code);
  }

  /** Sends one message; a refusal (an error or a refused action, command or observation) is logged with its code. */
  private send(connection: Connection, message: HubMessage): void {
    if (message.type === 'error' || message.type.endsWith('_refused')) {
      connection.log.info({ sessionId: connection.joined?.session.id, type: message.type, code: 'code' in message ? message.code : undefined }, 'websocket refusal');
    }
    this.sendText(connection, JSON.stringify(message));
  }

  /** Sends a text message now; a fan-out passes it (through the queue) encoded once, as UTF-8, rather than once per member. */
  private sendText(connection: Connection, text: string | Buffer): void {
    const { socket } = connection;
    if (socket.readyState !== socket.OPEN) return;
    if (socket.bufferedAmount > MAX_BUFFERED_BYTES) return void socket.terminate();
    socket.send(text, { binary: false });
  }
}

function rawText(data: RawData): string {
  if (Array.isArray(data)) return Buffer.concat(data).toString('utf8');
  return Buffer.from(data as ArrayBuffer).toString('utf8');
}
