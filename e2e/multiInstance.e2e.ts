import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { PROTOCOL_VERSION } from '../src/shared/protocol.ts';
import type { ScratchDatabase } from '../tests/support/scratchDatabase.ts';
import { createTestDatabase, describeWithPostgres } from '../tests/support/testPostgres.ts';
import { startExerciseServer, type ExerciseServer } from './support/exerciseServer.ts';
import { httpsCall } from './support/httpsCall.ts';
import { SAMPLE_HOSTNAME, startNginx, type RunningNginx } from './support/nginx.ts';
import { selfSignedCertificate, type Certificate } from './support/selfSignedCertificate.ts';
import { skipStepsAfterAFailure } from './support/steps.ts';

// No browser: two `samenspel serve --store postgres://…` instances on one PostgreSQL database
// behind deploy/nginx-samenspel.conf with the upstream of deploy/nginx-samenspel-instances.conf.
// Three exercises of thirty participants play through nginx; the instance that plays one of them
// alone is killed with SIGKILL mid-play. The other instance must take that exercise over from the
// log within 5 s, its participants reconnect and resend what was not answered, no acknowledged
// action is lost, and the other two exercises' participants never lose their connection.

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const PARTICIPANTS = 30;
const ROLES = ['burgemeester', 'districtschef', 'hoofdofficier'];
const ACTION_EVERY_MS = 250;
const TAKEOVER_LIMIT_MS = 5_000;

let dir: string;
let certificate: Certificate;
let database: ScratchDatabase;
let instances: Record<'a' | 'b', ExerciseServer>;
let nginx: RunningNginx;

skipStepsAfterAFailure();

/** One HTTPS request through nginx, its JSON answer read. */
async function call(method: string, path: string, body?: unknown, credential?: string): Promise<{ status: number; json: any }> {
  const answer = await httpsCall(nginx, certificate, { method, path, body, ...(credential === undefined ? {} : { credential }) });
  return { status: answer.status, json: answer.body === '' ? undefined : JSON.parse(answer.body) };
}

/** A call that another instance may still be letting go of: tried again after the Retry-After second it is told. */
async function callSoon(method: string, path: string, body?: unknown, credential?: string): Promise<{ status: number; json: any }> {
  for (let attempt = 0; ; attempt += 1) {
    const answer = await call(method, path, body, credential);
    if (answer.status !== 503 || attempt === 10) return answer;
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}

/** The instance whose log says it brought the session back (it claims it on first use). */
function ownerOf(sessionId: string): 'a' | 'b' | undefined {
  const claimed = (instance: ExerciseServer) =>
    instance.logLines.some((line) => {
      const entry = JSON.parse(line) as { msg?: string; sessionId?: string };
      return entry.msg === 'session restored' && entry.sessionId === sessionId;
    });
  return claimed(instances.a) ? 'a' : claimed(instances.b) ? 'b' : undefined;
}

/**
 * A participant's phone through nginx: says hello with its token and the last seq it has, sends a
 * note every quarter second, keeps each unanswered one to resend with the same client id after a
 * reconnect, and reconnects 200 ms after its connection closes.
 */
class Participant {
  readonly acknowledged = new Set<string>();
  readonly closes: number[] = [];
  readonly welcomes: number[] = [];
  private readonly unanswered = new Map<string, string>();
  private socket: WebSocket | undefined;
  private seq = 0;
  private sent = 0;
  private timer: NodeJS.Timeout | undefined;
  private running = true;

  constructor(
    readonly sessionId: string,
    private readonly token: string,
    private readonly name: string,
  ) {}

  async connect(): Promise<void> {
    const socket = new WebSocket(`wss://127.0.0.1:${nginx.httpsPort}/ws?session=${this.sessionId}`, { ca: certificate.pem, headers: { Host: SAMPLE_HOSTNAME } });
    this.socket = socket;
    socket.on('message', (data) => this.receive(JSON.parse(data.toString())));
    socket.on('close', () => {
      this.closes.push(Date.now());
      if (this.running) setTimeout(() => void this.connect().catch(() => undefined), 200);
    });
    socket.on('error', () => undefined);
    await once(socket, 'open');
    socket.send(JSON.stringify({ type: 'hello', protocolVersion: PROTOCOL_VERSION, sessionId: this.sessionId, credential: this.token, ...(this.seq > 0 ? { lastSeq: this.seq } : {}) }));
  }

  /** Starts sending a note every quarter second. */
  play(): void {
    this.timer = setInterval(() => {
      const clientId = `${this.name}-${(this.sent += 1)}`;
      this.unanswered.set(clientId, `note ${clientId}`);
      this.send(clientId);
    }, ACTION_EVERY_MS);
  }

  /** Stops sending new notes; those unanswered are still resent on a reconnect. */
  pause(): void {
    clearInterval(this.timer);
  }

  stop(): void {
    this.running = false;
    this.pause();
    this.socket?.close();
  }

  private send(clientId: string): void {
    if (this.socket?.readyState !== WebSocket.OPEN || this.welcomes.length === 0) return;
    this.socket.send(JSON.stringify({ type: 'action', clientId, action: { type: 'note', text: this.unanswered.get(clientId) } }));
  }

  private receive(message: any): void {
    if (message.type === 'welcome') {
      this.welcomes.push(Date.now());
      this.seq = Math.max(this.seq, message.seq);
      for (const clientId of this.unanswered.keys()) this.send(clientId);
    } else if (message.type === 'update') {
      this.seq = Math.max(this.seq, message.seq ?? this.seq);
    } else if (message.type === 'action_accepted') {
      this.acknowledged.add(message.clientId);
      this.unanswered.delete(message.clientId);
    } else if (message.type === 'action_refused') {
      this.unanswered.delete(message.clientId);
    }
  }
}

const clients: Participant[] = [];
const sessions: { id: string; facilitatorKey: string; owner: 'a' | 'b' }[] = [];

// Skipped without a PostgreSQL server, unless SAMENSPEL_REQUIRE_POSTGRES=1 (.ci/run sets both).
describeWithPostgres('two instances on one PostgreSQL behind nginx', () => {
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'samenspel-instances-'));
    certificate = selfSignedCertificate(dir, SAMPLE_HOSTNAME);
    database = await createTestDatabase();
    const serve = (name: string) => startExerciseServer(ROOT, join(dir, name), { args: ['--store', database.url, '--instance', name, '--trust-proxy'] });
    const [a, b] = await Promise.all([serve('a'), serve('b')]);
    instances = { a, b };
    nginx = await startNginx(ROOT, dir, [Number(new URL(a.url).port), Number(new URL(b.url).port)], certificate);
  });

  afterAll(async () => {
    for (const client of clients) client.stop();
    await nginx?.stop();
    await Promise.all(Object.values(instances ?? {}).map((instance) => instance.stop()));
    await database?.drop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('spread three exercises so that one instance plays one of them alone', async () => {
    // The hash decides where an exercise goes: exercises are made until one instance has exactly one of three.
    const made: (typeof sessions)[number][] = [];
    for (let tries = 0; tries < 12; tries += 1) {
      const created = await call('POST', '/api/sessions', { scenarioId: 'kempenhoeve' });
      expect(created.status).toBe(201);
      const { sessionId, facilitatorKey } = created.json;
      expect((await callSoon('GET', `/api/sessions/${sessionId}/state`, undefined, facilitatorKey)).status).toBe(200);
      const owner = ownerOf(sessionId);
      expect(owner).toBeDefined();
      made.push({ id: sessionId, facilitatorKey, owner: owner as 'a' | 'b' });
      const onA = made.filter((one) => one.owner === 'a');
      const onB = made.filter((one) => one.owner === 'b');
      const [alone, others] = onA.length >= 1 && onB.length >= 2 ? [onA[0], onB.slice(0, 2)] : onB.length >= 1 && onA.length >= 2 ? [onB[0], onA.slice(0, 2)] : [];
      if (alone && others) {
        sessions.push(alone, ...others);
        break;
      }
    }
    expect(sessions).toHaveLength(3);
  });

  it(`lets ${PARTICIPANTS} participants join each exercise and play through nginx`, async () => {
    for (const session of sessions) {
      expect((await callSoon('POST', `/api/sessions/${session.id}/control`, { type: 'start' }, session.facilitatorKey)).status).toBe(200);
      const state = await callSoon('GET', `/api/sessions/${session.id}/state`, undefined, session.facilitatorKey);
      for (let n = 0; n < PARTICIPANTS; n += 1) {
        const joined = await callSoon('POST', `/api/sessions/${session.id}/join`, { joinCode: state.json.joinCode, name: `P${n}`, role: ROLES[n % ROLES.length] });
        expect(joined.status).toBe(201);
        clients.push(new Participant(session.id, joined.json.token, `${session.id}-p${n}`));
      }
    }
    await Promise.all(clients.map((client) => client.connect()));
    await expect.poll(() => clients.every((client) => client.welcomes.length === 1), { timeout: 20_000 }).toBe(true);
    for (const client of clients) client.play();
    await expect.poll(() => clients.every((client) => client.acknowledged.size >= 4), { timeout: 20_000 }).toBe(true);
  });

  it('hands the exercise of a killed instance to the other within 5 s, with every acknowledged action, and the others never notice', async () => {
    const [alone, ...others] = sessions as [(typeof sessions)[number], ...(typeof sessions)[number][]];
    const survivor = alone.owner === 'a' ? 'b' : 'a';
    const moved = clients.filter((client) => client.sessionId === alone.id);
    const stayed = clients.filter((client) => client.sessionId !== alone.id);
    const killedAt = Date.now();
    await instances[alone.owner].kill();
    // Every participant of the exercise is welcomed again, by the instance that took it over.
    await expect.poll(() => moved.every((client) => client.welcomes.length >= 2), { timeout: 15_000, interval: 50 }).toBe(true);
    const takeoverMs = Math.max(...moved.map((client) => (client.welcomes[1] as number) - killedAt));
    console.log(`multi-instance: takeover of ${moved.length} participants in ${takeoverMs} ms`);
    expect(takeoverMs).toBeLessThanOrEqual(TAKEOVER_LIMIT_MS);
    expect(instances[survivor].logLines.some((line) => line.includes('"session restored"') && line.includes(alone.id))).toBe(true);

    // The other exercises play on, their connections never closed.
    const before = new Map(stayed.map((client) => [client, client.acknowledged.size]));
    await expect.poll(() => stayed.every((client) => client.acknowledged.size > (before.get(client) ?? 0) + 4), { timeout: 20_000 }).toBe(true);
    expect(stayed.every((client) => client.closes.length === 0 && client.welcomes.length === 1)).toBe(true);

    // Every acknowledged action is in the log, on either side of the kill.
    for (const client of clients) client.pause();
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const db = new pg.Client({ connectionString: database.url });
    await db.connect();
    try {
      for (const session of sessions) {
        const { rows } = await db.query<{ client_id: string }>('SELECT client_id FROM event_log WHERE session_id = $1 AND client_id IS NOT NULL', [session.id]);
        const stored = new Set(rows.map((row) => row.client_id));
        const acknowledged = clients.filter((client) => client.sessionId === session.id).flatMap((client) => [...client.acknowledged]);
        expect(acknowledged.length).toBeGreaterThan(PARTICIPANTS * 4);
        expect(acknowledged.filter((clientId) => !stored.has(clientId))).toEqual([]);
        expect(rows.length).toBe(stored.size);
      }
    } finally {
      await db.end();
    }
  }, 120_000);
});
