import WebSocket from 'ws';
import { PROTOCOL_VERSION, type ControlCommandInput } from '../../src/shared/protocol.ts';
import { withTimeout } from '../harness/clock.ts';

/** A session created on a running server, with its secrets. */
export interface BenchSession {
  sessionId: string;
  joinCode: string;
  facilitatorKey: string;
}

/** A participant who joined, with what a client needs to say hello. */
export interface BenchParticipant {
  sessionId: string;
  credential: string;
  role: string;
}

async function call<T>(url: string, path: string, body: unknown, headers: Record<string, string> = {}): Promise<T> {
  const response = await fetch(`${url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  const answer = (await response.json()) as T & { error?: { message: string } };
  if (!response.ok) throw new Error(`POST ${path} answered ${response.status}: ${answer.error?.message ?? JSON.stringify(answer)}`);
  return answer;
}

/** Creates a session from scenario text (YAML or JSON). */
export function createSession(url: string, scenarioText: string): Promise<BenchSession> {
  return call<BenchSession>(url, '/api/sessions', { scenario: scenarioText, seed: 7 });
}

/** Joins `count` participants to a session, spread over the roles in turn, a few requests at a time. */
export async function joinParticipants(url: string, session: BenchSession, roles: readonly string[], count: number): Promise<BenchParticipant[]> {
  const participants: BenchParticipant[] = [];
  for (let start = 0; start < count; start += 20) {
    const batch = Array.from({ length: Math.min(20, count - start) }, async (_, offset) => {
      const i = start + offset;
      const role = roles[i % roles.length] as string;
      const joined = await call<{ token: string }>(url, `/api/sessions/${session.sessionId}/join`, { joinCode: session.joinCode, name: `Deelnemer ${i + 1}`, role });
      return { sessionId: session.sessionId, credential: joined.token, role };
    });
    participants.push(...(await Promise.all(batch)));
  }
  return participants;
}

/** Sends a facilitator command over HTTP. */
export function control(url: string, session: BenchSession, command: ControlCommandInput): Promise<unknown> {
  return call(url, `/api/sessions/${session.sessionId}/control`, command, { authorization: `Bearer ${session.facilitatorKey}` });
}

/** The facilitator's live connection: sends commands and resolves when each is carried out. */
export class FacilitatorSocket {
  private nextRequest = 1;
  private readonly waiting = new Map<string, (answer: { type: string; reason?: string }) => void>();

  private constructor(private readonly socket: WebSocket) {
    socket.on('message', (data) => {
      const text = data.toString();
      // Only answers to commands matter here; updates are left unparsed.
      if (!text.includes('"requestId"')) return;
      const message = JSON.parse(text) as { type: string; requestId?: string; reason?: string };
      if (message.requestId !== undefined) this.waiting.get(message.requestId)?.(message);
    });
  }

  /** Connects to the session's WebSocket with the facilitator key and waits for the welcome. */
  static async open(url: string, session: BenchSession): Promise<FacilitatorSocket> {
    const socket = new WebSocket(`${url.replace(/^http/, 'ws')}/ws`, { perMessageDeflate: false });
    const welcomed = new Promise<void>((resolve, reject) => {
      socket.on('error', reject);
      socket.on('open', () => socket.send(JSON.stringify({ type: 'hello', protocolVersion: PROTOCOL_VERSION, sessionId: session.sessionId, credential: session.facilitatorKey })));
      socket.on('message', (data) => {
        const message = JSON.parse(data.toString()) as { type: string; message?: string };
        if (message.type === 'welcome') resolve();
        if (message.type === 'error') reject(new Error(`the facilitator was refused: ${message.message}`));
      });
    });
    await withTimeout(welcomed, 30_000, 'the facilitator connecting');
    return new FacilitatorSocket(socket);
  }

  /** Sends a command now (the moment to measure from), resolving when the server has carried it out. */
  send(command: ControlCommandInput): Promise<void> {
    const requestId = `r${this.nextRequest++}`;
    const answered = new Promise<void>((resolve, reject) => {
      this.waiting.set(requestId, (answer) => {
        this.waiting.delete(requestId);
        if (answer.type === 'control_accepted') resolve();
        else reject(new Error(`${command.type} was refused: ${answer.reason}`));
      });
    });
    this.socket.send(JSON.stringify({ type: 'control', requestId, control: command }));
    return withTimeout(answered, 30_000, `the facilitator's ${command.type}`);
  }

  close(): void {
    this.socket.terminate();
  }
}
