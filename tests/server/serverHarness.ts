import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WebSocket } from 'ws';
import { startServer, type RunningServer, type ServerOptions } from '../../src/server/server.ts';
import { PROTOCOL_VERSION } from '../../src/shared/protocol.ts';
import { agency, role, scenarioFixtureText, type ScenarioFixture } from '../support/scenarioFixture.ts';
import { quietLog } from './capturedLog.ts';

/**
 * A small exercise for server tests: two agencies, injects for everyone and for one agency,
 * facilitator notes and bodies marked SECRET so a test can look for them in received bytes.
 */
export const HARBOUR: ScenarioFixture = {
  id: 'harbour',
  title: 'Harbour drill',
  language: 'en',
  summary: 'A short drill in the harbour.',
  duration: '30m',
  agencies: [agency('politie', 'Politie', [role('wijkagent', 'Wijkagent', 'operational')]), agency('gemeente', 'Gemeente', [role('burgemeester', 'Burgemeester', 'strategic')])],
  authorities: [{ id: 'sluiten', name: 'Close premises', holders: ['burgemeester'] }],
  tasks: [{ id: 'afzetten', name: 'Cordon off the quay', lead: 'politie' }],
  injects: [
    { id: 'i1', at: '0s', title: 'Start of the drill', body: 'Everyone gathers at the quay.', facilitatorNotes: 'SECRET-NOTE-I1 watch who speaks first' },
    {
      id: 'i2',
      at: '1m',
      title: 'Call for the mayor',
      to: ['gemeente'],
      body: 'SECRET-BODY-I2 only the municipality hears this',
      facilitatorNotes: 'SECRET-NOTE-I2',
      decision: {
        prompt: 'Close the shed?',
        options: [
          { id: 'close', label: 'Close it', uses: 'sluiten' },
          { id: 'wait', label: 'Wait' },
        ],
      },
    },
    {
      id: 'i3',
      at: '2m',
      title: 'SECRET-TITLE-I3 smoke on the quay',
      to: ['politie'],
      body: 'SECRET-BODY-I3 for the police only until released',
      expects: [{ task: 'afzetten', within: '5m' }],
    },
    { id: 'i4', at: '20m', title: 'SECRET-TITLE-I4 late news', body: 'SECRET-BODY-I4' },
  ],
  events: [{ id: 'e1', title: 'SECRET-TITLE-E1 wildcard', body: 'SECRET-BODY-E1', trigger: { manual: true } }],
};

/** The harbour drill as the YAML file the server finds in its scenarios folder. */
export const HARBOUR_YAML = scenarioFixtureText(HARBOUR);

export interface TestServer {
  server: RunningServer;
  url: string;
  wsUrl: string;
  dataDir: string;
  scenariosDir: string;
  close(): Promise<void>;
}

/** A temporary folder removed by the returned function. */
export function tempDir(prefix: string): { path: string; remove(): void } {
  const path = mkdtempSync(join(tmpdir(), `samenspel-${prefix}-`));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}

/** A server on an ephemeral port of 127.0.0.1 with a fresh data folder and the harbour scenario bundled. */
export async function startTestServer(options: Partial<ServerOptions> = {}): Promise<TestServer> {
  const root = tempDir('server');
  const scenariosDir = join(root.path, 'scenarios');
  mkdirSync(scenariosDir);
  writeFileSync(join(scenariosDir, 'harbour.yaml'), HARBOUR_YAML);
  const dataDir = options.dataDir ?? join(root.path, 'data');
  const server = await startServer({ port: 0, host: '127.0.0.1', dataDir, scenariosDir, clientDir: join(root.path, 'client'), log: quietLog, ...options });
  return {
    server,
    url: server.url,
    wsUrl: `${server.url.replace(/^http/, 'ws')}/ws`,
    dataDir,
    scenariosDir,
    close: async () => {
      await server.close();
      root.remove();
    },
  };
}

export interface ApiAnswer {
  status: number;
  headers: Headers;
  body: any;
  text: string;
}

/** One HTTP call to the API with JSON in and out. */
export async function api(
  baseUrl: string,
  path: string,
  { method = 'GET', body, credential, headers = {} }: { method?: string; body?: unknown; credential?: string; headers?: Record<string, string> } = {},
): Promise<ApiAnswer> {
  const response = await fetch(`${baseUrl}${path}`, {
    method,
    headers: {
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
      ...(credential === undefined ? {} : { Authorization: `Bearer ${credential}` }),
      ...headers,
    },
    ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
  });
  const text = await response.text();
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = undefined;
  }
  return { status: response.status, headers: response.headers, body: parsed, text };
}

export interface CreatedSession {
  sessionId: string;
  joinCode: string;
  facilitatorKey: string;
  displayKey: string;
}

/** Creates a session of the harbour scenario. */
export async function createHarbourSession(baseUrl: string, seed = 7): Promise<CreatedSession> {
  const answer = await api(baseUrl, '/api/sessions', { method: 'POST', body: { scenarioId: 'harbour', seed } });
  if (answer.status !== 201) throw new Error(`creating a session failed: ${answer.text}`);
  return answer.body as CreatedSession;
}

/** Joins a session and returns the participant's token. */
export async function joinAs(baseUrl: string, session: CreatedSession, role: string, name = role): Promise<string> {
  const answer = await api(baseUrl, `/api/sessions/${session.sessionId}/join`, { method: 'POST', body: { joinCode: session.joinCode, name, role } });
  if (answer.status !== 201) throw new Error(`joining failed: ${answer.text}`);
  return answer.body.token as string;
}

/** Sends a facilitator command over HTTP and fails loudly when it is refused. */
export async function control(baseUrl: string, session: CreatedSession, command: Record<string, unknown>): Promise<ApiAnswer> {
  const answer = await api(baseUrl, `/api/sessions/${session.sessionId}/control`, { method: 'POST', body: command, credential: session.facilitatorKey });
  if (answer.status !== 200) throw new Error(`control ${JSON.stringify(command)} failed: ${answer.text}`);
  return answer;
}

/**
 * A real WebSocket client that records every frame it receives, so a test can wait for a
 * message (never for a fixed time) and inspect all the bytes that reached it.
 */
export class TestClient {
  readonly frames: string[] = [];
  /** How many frames came as binary: a browser would get a Blob instead of text for them. */
  binaryFrames = 0;
  readonly messages: any[] = [];
  private waiters: { predicate: (message: any) => boolean; resolve: (message: any) => void }[] = [];
  closed: Promise<{ code: number; reason: string }>;

  private constructor(readonly socket: WebSocket) {
    socket.on('message', (data, isBinary) => {
      if (isBinary) this.binaryFrames += 1;
      const text = data.toString();
      this.frames.push(text);
      const message = JSON.parse(text);
      this.messages.push(message);
      this.waiters = this.waiters.filter((waiter) => {
        if (!waiter.predicate(message)) return true;
        waiter.resolve(message);
        return false;
      });
    });
    this.closed = new Promise((resolve) => socket.on('close', (code, reason) => resolve({ code, reason: reason.toString() })));
  }

  static connect(wsUrl: string): Promise<TestClient> {
    const socket = new WebSocket(wsUrl);
    const client = new TestClient(socket);
    return new Promise((resolve, reject) => {
      socket.once('open', () => resolve(client));
      socket.once('error', reject);
    });
  }

  /** Connects and says hello; resolves with the welcome. */
  static async join(wsUrl: string, sessionId: string, credential: string, lastSeq?: number): Promise<{ client: TestClient; welcome: any }> {
    const client = await TestClient.connect(wsUrl);
    const welcome = client.next((message) => message.type === 'welcome');
    client.send({ type: 'hello', protocolVersion: PROTOCOL_VERSION, sessionId, credential, ...(lastSeq === undefined ? {} : { lastSeq }) });
    return { client, welcome: await welcome };
  }

  send(message: unknown): void {
    this.socket.send(typeof message === 'string' ? message : JSON.stringify(message));
  }

  /** The first message from now on (or already received, when `fromStart`) that matches. */
  next(predicate: (message: any) => boolean, { fromStart = false, timeoutMs = 10_000 } = {}): Promise<any> {
    const found = fromStart ? this.messages.find(predicate) : undefined;
    if (found) return Promise.resolve(found);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no matching message within ${timeoutMs} ms; got ${this.frames.slice(-5).join('\n')}`)), timeoutMs);
      this.waiters.push({
        predicate,
        resolve: (message) => {
          clearTimeout(timer);
          resolve(message);
        },
      });
    });
  }

  /** Sends a message and waits for the answer that matches. */
  async request(message: unknown, predicate: (message: any) => boolean): Promise<any> {
    const answer = this.next(predicate);
    this.send(message);
    return answer;
  }

  close(): void {
    this.socket.close();
  }
}
