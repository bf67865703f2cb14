import type { SocketLike } from '../../../src/client/connection/sessionConnection.ts';

/** A WebSocket the test drives: it opens, receives and closes when told, and records what the client sent. */
export class FakeSocket implements SocketLike {
  static readonly instances: FakeSocket[] = [];
  readyState: SocketLike['readyState'] = 0;
  readonly sent: Record<string, unknown>[] = [];
  onopen: SocketLike['onopen'] = null;
  onmessage: SocketLike['onmessage'] = null;
  onclose: SocketLike['onclose'] = null;
  onerror: SocketLike['onerror'] = null;

  constructor() {
    FakeSocket.instances.push(this);
  }

  /** The socket opened last (the client's current one). */
  static latest(): FakeSocket {
    const socket = FakeSocket.instances.at(-1);
    if (!socket) throw new Error('no socket was opened');
    return socket;
  }

  static reset(): void {
    FakeSocket.instances.length = 0;
  }

  send(data: string): void {
    this.sent.push(JSON.parse(data) as Record<string, unknown>);
  }

  close(): void {
    this.readyState = 3;
  }

  /** The server accepts the connection. */
  open(): void {
    this.readyState = 1;
    this.onopen?.call(this as unknown as WebSocket, new Event('open'));
  }

  /** The server sends a message. */
  receive(message: unknown): void {
    this.onmessage?.call(this as unknown as WebSocket, new MessageEvent('message', { data: JSON.stringify(message) }));
  }

  /** The connection drops (or the server closes it with a code). */
  drop(code = 1006): void {
    this.readyState = 3;
    this.onclose?.call(this as unknown as WebSocket, new CloseEvent('close', { code }));
  }

  /** The messages of one type the client sent. */
  sentOf(type: string): Record<string, unknown>[] {
    return this.sent.filter((message) => message.type === type);
  }
}
