import { exhaustiveSwitchError } from '../../shared/exhaustive.ts';
import type { ClientMessage, ControlCommandInput } from '../../shared/protocol.ts';
import { CLOSE_CODES, ERROR_CODES, PROTOCOL_VERSION } from '../../shared/protocolConstants.ts';
import type { LiveMessage, UnsignedAction } from '../store/liveTypes.ts';
import { isPendingAction, type ObservationSubmission, type PendingSend } from '../store/outboxSlice.ts';
import type { SessionStore } from '../store/sessionStore.ts';
import { newClientId } from './clientId.ts';
import { reconnectDelay } from './reconnectDelay.ts';

/** The part of the browser's WebSocket the connection uses (tests drive a fake one). */
export type SocketLike = Pick<WebSocket, 'readyState' | 'send' | 'close' | 'onopen' | 'onmessage' | 'onclose' | 'onerror'>;

export interface ConnectionOptions {
  sessionId: string;
  /** The facilitator key, display key, participant token or evaluator token. */
  credential: string;
  store: SessionStore;
  openSocket: () => SocketLike;
  /** Milliseconds on the client's clock. */
  now?: () => number;
  /** How often to ping; a connection silent for two and a half periods is taken for dead. */
  heartbeatMs?: number;
  /** How long to wait before reconnect attempt `attempt`; backoff with jitter unless a host (a test) picks another. */
  retryDelay?: (attempt: number) => number;
}

/** A client message as sent: a control's `advance.by` may still be a duration string. */
type OutgoingMessage = Exclude<ClientMessage, { type: 'control' }> | { type: 'control'; requestId: string; control: ControlCommandInput };

/** The message that sends something waiting in the outbox. */
function outgoing(pending: PendingSend): OutgoingMessage {
  return isPendingAction(pending)
    ? { type: 'action', clientId: pending.clientId, action: pending.action }
    : { type: 'observe', clientId: pending.clientId, observation: pending.observation };
}

const OPEN = 1;
const DEFAULT_HEARTBEAT_MS = 15_000;

/** Server errors after which retrying cannot help: the page or the link has to change. */
const FINAL_ERRORS = new Set<string>([
  ERROR_CODES.wrongCredential,
  ERROR_CODES.missingCredential,
  ERROR_CODES.sessionNotFound,
  ERROR_CODES.clientTooOld,
  ERROR_CODES.clientTooNew,
]);

/** Close codes that end the connection for good, and the error each stands for. */
const FINAL_CLOSES: Record<number, string> = {
  [CLOSE_CODES.unauthorized]: ERROR_CODES.wrongCredential,
  [CLOSE_CODES.sessionNotFound]: ERROR_CODES.sessionNotFound,
  [CLOSE_CODES.versionMismatch]: ERROR_CODES.clientTooOld,
};

const MESSAGE_TYPES = new Set<string>([
  'welcome',
  'update',
  'participants',
  'clock',
  'action_accepted',
  'action_refused',
  'control_accepted',
  'control_refused',
  'observation_accepted',
  'observation_refused',
  'observation',
  'join_code',
  'pong',
  'error',
] satisfies LiveMessage['type'][]);

/**
 * The one WebSocket of a live session: says hello with the protocol version and credential,
 * resumes after the last seq it has, reconnects with backoff, pings to notice a dead link, and
 * sends the outbox (actions, observations) once after every welcome (the server stores a resent client id once).
 */
export class SessionConnection {
  private socket: SocketLike | undefined;
  private reconnectTimer: ReturnType<typeof setTimeout> | undefined;
  private heartbeatTimer: ReturnType<typeof setInterval> | undefined;
  private welcomed = false;
  private running = false;
  private lastHeard = 0;
  private readonly now: () => number;
  private readonly heartbeatMs: number;
  private readonly retryDelay: (attempt: number) => number;
  // The network is back: try at once, and should that first try come too early (the device's
  // network often reports itself before it carries anything), retry soon, not after the long
  // waits that piled up while offline.
  private readonly onBrowserOnline = () => {
    this.state().restartBackoff();
    this.reconnectNow();
  };
  // A device that lost its network often keeps a socket that looks open but carries nothing:
  // count it as dropped at once, so actions wait in the outbox and the person sees it.
  private readonly onBrowserOffline = () => {
    if (this.socket !== undefined) this.closed(1006);
  };

  constructor(private readonly options: ConnectionOptions) {
    this.now = options.now ?? Date.now;
    this.heartbeatMs = options.heartbeatMs ?? DEFAULT_HEARTBEAT_MS;
    this.retryDelay = options.retryDelay ?? ((attempt) => reconnectDelay(attempt));
  }

  /** The credential this connection speaks with, for the HTTP requests of the same screen. */
  get credential(): string {
    return this.options.credential;
  }

  /** Opens the connection; it then keeps itself open until `stop`. */
  start(): void {
    if (this.running) return;
    this.running = true;
    globalThis.addEventListener?.('online', this.onBrowserOnline);
    globalThis.addEventListener?.('offline', this.onBrowserOffline);
    this.connect();
  }

  /** Closes the connection and stops every timer. */
  stop(): void {
    this.running = false;
    globalThis.removeEventListener?.('online', this.onBrowserOnline);
    globalThis.removeEventListener?.('offline', this.onBrowserOffline);
    clearTimeout(this.reconnectTimer);
    this.dropSocket();
  }

  /** Tries again at once instead of waiting for the backoff (the browser is back online, or the person asked). */
  reconnectNow(): void {
    if (!this.running || this.state().connection.status === 'failed') return;
    clearTimeout(this.reconnectTimer);
    this.dropSocket();
    this.connect();
  }

  /** Queues an action and sends it when connected; returns its client id for following its outcome. */
  sendAction(action: UnsignedAction): string {
    return this.queue((clientId) => ({ clientId, action }));
  }

  /** Queues an evaluator's observation and sends it when connected; returns its client id. */
  sendObservation(observation: ObservationSubmission): string {
    return this.queue((clientId) => ({ clientId, observation }));
  }

  /** Sends a facilitator command; returns its request id. Without a connection it is refused at once. */
  sendControl(control: ControlCommandInput): string {
    const requestId = newClientId();
    this.state().trackControl(requestId);
    if (this.welcomed) this.send({ type: 'control', requestId, control });
    else this.state().settleControl(requestId, { status: 'refused', code: 'offline', reason: 'not connected to the server' });
    return requestId;
  }

  private queue(make: (clientId: string) => PendingSend): string {
    const pending = make(newClientId());
    this.state().enqueue(pending);
    if (this.welcomed) this.send(outgoing(pending));
    return pending.clientId;
  }

  private state() {
    return this.options.store.getState();
  }

  private connect(): void {
    this.state().setConnectionStatus('connecting');
    const socket = this.options.openSocket();
    this.socket = socket;
    socket.onopen = () => {
      const { seq } = this.state();
      this.send({
        type: 'hello',
        protocolVersion: PROTOCOL_VERSION,
        sessionId: this.options.sessionId,
        credential: this.options.credential,
        ...(seq > 0 ? { lastSeq: seq } : {}),
      });
    };
    socket.onmessage = (event) => this.receive(event.data);
    socket.onclose = (event) => this.closed(event.code);
    // An error is always followed by a close, which does the work. The handler stays even after
    // the socket is dropped: some WebSocket implementations throw an error nobody listens to.
    socket.onerror = () => undefined;
  }

  private send(message: OutgoingMessage): void {
    if (this.socket?.readyState === OPEN) this.socket.send(JSON.stringify(message));
  }

  private receive(data: unknown): void {
    this.lastHeard = this.now();
    let message: LiveMessage;
    try {
      message = JSON.parse(String(data)) as LiveMessage;
    } catch {
      return;
    }
    // A newer server may send types this client does not know; they are not for it.
    if (typeof message !== 'object' || message === null || !MESSAGE_TYPES.has(message.type)) return;
    const state = this.state();
    switch (message.type) {
      case 'welcome':
        state.applyWelcome(message, this.lastHeard);
        state.setConnectionStatus('online');
        this.welcomed = true;
        this.startHeartbeat();
        for (const pending of this.state().outbox) this.send(outgoing(pending));
        return;
      case 'update':
        return state.applyUpdate(message, this.lastHeard);
      case 'participants':
        return state.applyParticipants(message.participants);
      case 'clock':
        return state.applyClock(message.clock, this.lastHeard);
      case 'action_accepted':
        return state.settle(message.clientId, { status: 'accepted', seq: message.seq, at: message.at });
      case 'action_refused':
      case 'observation_refused':
        return state.settle(message.clientId, { status: 'refused', code: message.code, reason: message.reason });
      case 'observation_accepted':
        state.applyObservation(message.observation);
        return state.settle(message.clientId, { status: 'accepted', at: message.observation.at });
      case 'observation':
        return state.applyObservation(message.observation);
      case 'control_accepted':
        state.applyClock(message.clock, this.lastHeard);
        return state.settleControl(message.requestId, { status: 'accepted' });
      case 'control_refused':
        return state.settleControl(message.requestId, { status: 'refused', code: message.code, reason: message.reason });
      case 'join_code':
        return state.applyJoinCode(message.joinCode);
      case 'pong':
        return;
      case 'error':
        if (FINAL_ERRORS.has(message.code)) state.failConnection({ code: message.code, message: message.message });
        return;
      default:
        return exhaustiveSwitchError(message, 'type');
    }
  }

  private closed(code: number): void {
    this.dropSocket();
    if (!this.running) return;
    const final = FINAL_CLOSES[code];
    if (final !== undefined) this.state().failConnection({ code: final, message: `the server closed the connection (${code})` });
    if (this.state().connection.status === 'failed') return;
    this.state().setConnectionStatus('offline');
    this.reconnectTimer = setTimeout(() => this.connect(), this.retryDelay(this.state().connection.attempt));
  }

  private startHeartbeat(): void {
    clearInterval(this.heartbeatTimer);
    this.heartbeatTimer = setInterval(() => {
      // Sleeping laptops and dropped Wi-Fi often close nothing: silence is the only sign.
      if (this.now() - this.lastHeard > this.heartbeatMs * 2.5) return this.closed(1006);
      this.send({ type: 'ping' });
    }, this.heartbeatMs);
  }

  private dropSocket(): void {
    clearInterval(this.heartbeatTimer);
    this.welcomed = false;
    const socket = this.socket;
    this.socket = undefined;
    if (!socket) return;
    socket.onopen = null;
    socket.onmessage = null;
    socket.onclose = null;
    if (socket.readyState <= OPEN) socket.close();
  }
}
