import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { escalationReaches, indexScenario, isVisibleTo, loadScenario, type Release, type Scenario } from '../../../src/scenario/index.ts';
import { playScript } from '../../../src/engine/playScript.ts';
import { parseActionScript, type ScriptLine } from '../../../src/shared/actionScript.ts';
import { isAction } from '../../../src/shared/actions.ts';
import { api, joinAs, startTestServer, TestClient, type CreatedSession, type TestServer } from '../serverHarness.ts';

const SCENARIO_TEXT = readFileSync(new URL('../../../scenarios/kempenhoeve.yaml', import.meta.url), 'utf8');
const SCRIPT_TEXT = readFileSync(new URL('../../../scenarios/kempenhoeve.actions.jsonl', import.meta.url), 'utf8');

/** Who a connection speaks for: the projector or the participant playing a role. */
type Watcher = { kind: 'display' } | { kind: 'participant'; role: string };

interface Connection {
  watcher: Watcher;
  client: TestClient;
}

/** A text as it appears inside a JSON string, so it can be looked for in the received bytes. */
function inJson(text: string): string {
  return JSON.stringify(text).slice(1, -1);
}

// Lines this long are specific enough that finding one means the text itself leaked.
const MIN_LINE_LENGTH = 20;

/** Every line of the texts that is long enough to be told apart, as it appears in JSON. */
function lineMarkers(...texts: (string | undefined)[]): string[] {
  return texts.flatMap((text) => (text ?? '').split('\n').map((line) => line.trim()).filter((line) => line.length >= MIN_LINE_LENGTH).map(inJson));
}

/**
 * What tells a receiver about a release: its timeline entry, and its title, body, decision
 * prompt and questions, except the texts the rest of the scenario shows everyone anyway (an
 * information item may be named like the inject that brings it).
 */
function releaseMarkers(release: Release): string[] {
  const texts = [inJson(release.title.trim()), ...lineMarkers(release.body, release.decision?.prompt, ...(release.questions ?? []))];
  return [`"type":"released","inject":"${release.id}"`, ...texts.filter((marker) => !everyonesScenario.includes(marker))];
}

function loadKempenhoeve(): Scenario {
  const loaded = loadScenario(SCENARIO_TEXT, 'kempenhoeve.yaml');
  if (!loaded.ok) throw new Error(`kempenhoeve.yaml does not load: ${loaded.messages.map((message) => message.message).join('; ')}`);
  return loaded.scenario;
}

function loadScript(): ScriptLine[] {
  const parsed = parseActionScript(SCRIPT_TEXT);
  if (!parsed.ok) throw new Error(`kempenhoeve.actions.jsonl does not parse: ${JSON.stringify(parsed.errors)}`);
  return parsed.lines;
}

const scenario = loadKempenhoeve();
const index = indexScenario(scenario);
const releases = [...index.releases.values()];
const everyonesScenario = JSON.stringify({ ...scenario, injects: [], events: [] });
const notesMarkers = releases.flatMap((release) => lineMarkers(release.facilitatorNotes));
const FACILITATOR_ONLY_KEYS = ['"facilitatorNotes"', '"expects"', '"trigger"', '"upcoming"', '"seed"', '"nextDueAt"'];

/** Whether a watcher may read a release once the session is at `seq`: addressed to it, or passed on to it by an escalation by then (section 18). */
function mayRead(watcher: Watcher, release: Release, seq: number): boolean {
  if (watcher.kind === 'display' || isVisibleTo(index, release, watcher.role)) return true;
  return (passedOn.get(release.id) ?? []).some((passed) => passed.seq <= seq && escalationReaches(index, passed.to, watcher.role));
}

/** The highest seq a message tells its receiver about, or undefined when it carries none. */
function seqOf(message: any): number | undefined {
  return ['welcome', 'update', 'action_accepted'].includes(message.type) ? message.seq : undefined;
}

let test: TestServer;
let session: CreatedSession;
const connections: Connection[] = [];
const tokens = new Map<string, string>();
const scriptAnswers: { line: ScriptLine; answer: string }[] = [];
/** The seq at which each inject or event was released, from the facilitator's final state. */
const releasedAt = new Map<string, number>();
/** The escalations about each release: to whom, at which seq. */
const passedOn = new Map<string, { to: string; seq: number }[]>();
/** Projections fetched over HTTP by participants, with the seq they were fetched at. */
const httpStates: { watcher: Watcher; seq: number; text: string }[] = [];
/** The debrief as participants and the display read it after the end. */
const reports: string[] = [];
let facilitatorBytes = '';

async function connect(watcher: Watcher, lastSeq?: number): Promise<Connection> {
  const credential = watcher.kind === 'display' ? session.displayKey : (tokens.get(watcher.role) as string);
  const { client } = await TestClient.join(test.wsUrl, session.sessionId, credential, lastSeq);
  const connection = { watcher, client };
  connections.push(connection);
  return connection;
}

/** A facilitator command over HTTP: the clock it left, or the refusal code. */
async function command(body: Record<string, unknown>): Promise<{ answer: string; clockAt: number | undefined }> {
  const answer = await api(test.url, `/api/sessions/${session.sessionId}/control`, { method: 'POST', body, credential: session.facilitatorKey });
  return { answer: answer.status === 200 ? 'accepted' : answer.body.error.code, clockAt: answer.body?.clock?.at };
}

async function participantState(role: string): Promise<void> {
  const answer = await api(test.url, `/api/sessions/${session.sessionId}/state`, { credential: tokens.get(role) as string });
  httpStates.push({ watcher: { kind: 'participant', role }, seq: answer.body.seq, text: answer.text });
}

/** Ends play and waits until every open connection has heard so: messages keep their order, so all sent before has arrived too. */
async function endPlay(facilitator: TestClient): Promise<void> {
  const open = [facilitator, ...connections.map(({ client }) => client)].filter((client) => client.socket.readyState === client.socket.OPEN);
  const heard = open.map((client) => client.next((message) => message.type === 'update' && message.fields.status === 'ended'));
  await command({ type: 'end' });
  await Promise.all(heard);
}

/**
 * Plays the whole script through the server: the facilitator advances the clock over HTTP to
 * each line's time and fires, releases or skips; each participant acts over its own WebSocket.
 * Along the way one participant drops out and comes back with `lastSeq`, and two join late.
 */
async function playLive(): Promise<void> {
  const lines = loadScript();
  const roles = [...index.roles.keys()];
  for (const role of roles) tokens.set(role, await joinAs(test.url, session, role, `Speler ${role}`));
  const facilitator = await TestClient.join(test.wsUrl, session.sessionId, session.facilitatorKey);
  // Two roles join only halfway; everyone else is there from the start.
  const lateRoles = new Set([roles[5] as string, roles.at(-1) as string]);
  const byRole = new Map<string, Connection>();
  for (const role of roles) if (!lateRoles.has(role)) byRole.set(role, await connect({ kind: 'participant', role }));
  await connect({ kind: 'display' });
  const dropping = lines.find((line) => isAction(line.input) && !lateRoles.has(line.input.by))?.input as { by: string };
  let droppedAtSeq: number | undefined;

  let clock = (await command({ type: 'start' })).clockAt ?? 0;
  for (const [n, line] of lines.entries()) {
    if (n === Math.floor(lines.length / 3)) {
      const gone = byRole.get(dropping.by) as Connection;
      droppedAtSeq = Math.max(0, ...gone.client.messages.map(seqOf).filter((seq) => seq !== undefined));
      gone.client.close();
      await gone.client.closed;
      await participantState(dropping.by);
    }
    if (n === Math.floor(lines.length / 2)) {
      for (const role of lateRoles) byRole.set(role, await connect({ kind: 'participant', role }));
    }
    if (n === Math.floor((2 * lines.length) / 3)) byRole.set(dropping.by, await connect({ kind: 'participant', role: dropping.by }, droppedAtSeq));
    const ahead = line.at - Math.floor(clock);
    if (ahead >= 1) clock = (await command({ type: 'advance', by: `${ahead}s` })).clockAt ?? clock;
    if (isAction(line.input)) {
      const clientId = `line-${line.line}`;
      const actor = byRole.get(line.input.by)?.client;
      if (actor && actor.socket.readyState === actor.socket.OPEN) {
        const answer = await actor.request({ type: 'action', clientId, action: line.input }, (message) => message.clientId === clientId);
        scriptAnswers.push({ line, answer: answer.type === 'action_accepted' ? 'accepted' : answer.code });
      } else {
        // Not connected right now: this participant acts over HTTP instead.
        const answer = await api(test.url, `/api/sessions/${session.sessionId}/actions`, { method: 'POST', body: line.input, credential: tokens.get(line.input.by) as string, headers: { 'Idempotency-Key': clientId } });
        scriptAnswers.push({ line, answer: answer.status === 201 ? 'accepted' : answer.body.error.code });
      }
    } else {
      scriptAnswers.push({ line, answer: (await command({ ...line.input })).answer });
    }
  }
  await command({ type: 'advance', by: `${scenario.duration}s` });
  await endPlay(facilitator.client);
  facilitatorBytes = facilitator.client.frames.join('\n');
  facilitator.client.close();

  const final = await api(test.url, `/api/sessions/${session.sessionId}/state`, { credential: session.facilitatorKey });
  for (const entry of final.body.projection.timeline) {
    if (entry.type === 'released') releasedAt.set(entry.inject, entry.seq);
    if (entry.type === 'escalate' && entry.about !== undefined) passedOn.set(entry.about, [...(passedOn.get(entry.about) ?? []), { to: entry.to, seq: entry.seq }]);
  }
  for (const role of roles) await participantState(role);
  for (const format of ['json', 'md', 'html', 'csv']) {
    for (const credential of [tokens.get(roles[0] as string) as string, session.displayKey]) {
      reports.push((await api(test.url, `/api/sessions/${session.sessionId}/report?format=${format}`, { credential })).text);
    }
  }
}

beforeAll(async () => {
  test = await startTestServer();
  const created = await api(test.url, '/api/sessions', { method: 'POST', body: { scenario: SCENARIO_TEXT } });
  if (created.status !== 201) throw new Error(`creating the session failed: ${created.text}`);
  session = created.body as CreatedSession;
  await playLive();
}, 60_000);

afterAll(async () => {
  for (const { client } of connections) client.close();
  await test.close();
});

const forbiddenCache = new Map<string, { marker: string; what: string }[]>();

/** What a watcher may not find in bytes it received when the session was at `seq`. */
function forbiddenAt(watcher: Watcher, seq: number): { marker: string; what: string }[] {
  const key = `${watcher.kind === 'display' ? 'display' : watcher.role}@${seq}`;
  const cached = forbiddenCache.get(key);
  if (cached) return cached;
  const forbidden = [...notesMarkers, ...FACILITATOR_ONLY_KEYS].map((marker) => ({ marker, what: 'facilitator-only content' }));
  for (const release of releases) {
    const released = (releasedAt.get(release.id) ?? Infinity) <= seq;
    if (released && mayRead(watcher, release, seq)) continue;
    const what = released ? `${release.id}, addressed to others` : `${release.id}, not released yet`;
    for (const marker of releaseMarkers(release)) forbidden.push({ marker, what });
  }
  forbiddenCache.set(key, forbidden);
  return forbidden;
}

/** Every leak in one connection's frames: each frame is judged by the seq its receiver had reached. */
function leaksIn({ watcher, client }: Connection): string[] {
  const leaks: string[] = [];
  let seq = 0;
  client.frames.forEach((frame, n) => {
    seq = Math.max(seq, seqOf(client.messages[n]) ?? 0);
    for (const { marker, what } of forbiddenAt(watcher, seq)) if (frame.includes(marker)) leaks.push(`frame ${n} (${client.messages[n].type}, seq ${seq}): ${what}: ${marker.slice(0, 60)}`);
  });
  return leaks;
}

describe('secrecy over the whole kempenhoeve script, played through a live server', () => {
  it('plays every line of the script, refusing exactly what a headless run of it refuses', () => {
    const lines = loadScript();
    expect(scriptAnswers).toHaveLength(lines.length);
    const headless = playScript(scenario, scenario.seed ?? 0, lines).refused.map(({ line, code }) => ({ line, code }));
    const refused = scriptAnswers.filter(({ answer }) => answer !== 'accepted').map(({ line, answer }) => ({ line: line.line, code: answer }));
    expect(refused).toEqual(headless);
    // Injects to one agency and to everyone were released, and some never were.
    expect(releasedAt.size).toBeGreaterThan(10);
    expect(releasedAt.size).toBeLessThan(releases.length);
  });

  it('never sends a participant facilitator notes, an inject before its release, or an inject for others', () => {
    const participants = connections.filter(({ watcher }) => watcher.kind === 'participant');
    expect(participants.length).toBeGreaterThan(index.roles.size);
    for (const connection of participants) expect(leaksIn(connection)).toEqual([]);
  });

  it('never sends the display facilitator notes or anything before its release', () => {
    const display = connections.filter(({ watcher }) => watcher.kind === 'display');
    expect(display).toHaveLength(1);
    for (const connection of display) expect(leaksIn(connection)).toEqual([]);
  });

  it('keeps the same secrets in the state participants read over HTTP', () => {
    expect(httpStates.length).toBeGreaterThan(index.roles.size);
    for (const { watcher, seq, text } of httpStates) {
      const leaks = forbiddenAt(watcher, seq).filter(({ marker }) => text.includes(marker));
      expect(leaks.map(({ what, marker }) => `${what}: ${marker.slice(0, 60)}`)).toEqual([]);
    }
  });

  it('keeps facilitator notes out of the debrief that everyone reads after the end, in every format', () => {
    expect(reports).toHaveLength(8);
    for (const report of reports) {
      expect(report.length).toBeGreaterThan(1000);
      for (const marker of notesMarkers) expect(report).not.toContain(marker);
      expect(report).not.toContain('facilitatorNotes');
    }
  });

  it('does send each participant every release addressed to them, and the facilitator every note', () => {
    // The checks above look for the right texts: the same texts do arrive where they belong.
    for (const note of notesMarkers) expect(facilitatorBytes).toContain(note);
    const stillConnected = connections.filter(({ watcher, client }) => watcher.kind === 'participant' && client.socket.readyState === client.socket.OPEN);
    expect(stillConnected).toHaveLength(index.roles.size);
    for (const connection of stillConnected) {
      const bytes = connection.client.frames.join('\n');
      for (const release of releases) {
        if (releasedAt.has(release.id) && mayRead(connection.watcher, release, Number.POSITIVE_INFINITY)) expect(bytes).toContain(inJson(release.title.trim()));
      }
    }
  });
});
