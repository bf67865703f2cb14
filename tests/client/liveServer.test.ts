// @vitest-environment node
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { SessionConnection, type SocketLike } from '../../src/client/connection/sessionConnection.ts';
import { createSessionStore, type SessionState, type SessionStore } from '../../src/client/store/sessionStore.ts';
import { startServer, type RunningServer } from '../../src/server/server.ts';
import { quietLog } from '../server/capturedLog.ts';

const scenario = {
  schemaVersion: 1,
  id: 'proef',
  title: 'Proef',
  duration: '1h',
  agencies: [
    { id: 'politie', name: 'Politie', roles: [{ id: 'wijkagent', name: 'Wijkagent', level: 'operational' }] },
    { id: 'gemeente', name: 'Gemeente', roles: [{ id: 'burgemeester', name: 'Burgemeester', level: 'strategic' }] },
  ],
  tasks: [{ id: 'ontmantelen', name: 'Drugslab ontmantelen', lead: 'politie' }],
  objectives: [{ id: 'obj-lab', text: 'Het lab wordt veilig ontmanteld', tasks: ['ontmantelen'] }],
  injects: [
    { id: 'i01', at: '0m', title: 'Start', body: 'Iedereen', facilitatorNotes: 'NOTITIE' },
    { id: 'i02', at: '10m', title: 'Alleen gemeente', to: ['gemeente'] },
  ],
};

let server: RunningServer;
let folder: string;
const connections: SessionConnection[] = [];

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'samenspel-client-live-'));
  server = await startServer({ port: 0, host: '127.0.0.1', dataDir: join(folder, 'data'), scenariosDir: folder, clientDir: folder, log: quietLog });
});

afterAll(async () => {
  for (const connection of connections) connection.stop();
  await server.close();
  rmSync(folder, { recursive: true, force: true });
});

async function post<T>(path: string, body: unknown, credential?: string): Promise<T> {
  const headers = { 'Content-Type': 'application/json', ...(credential === undefined ? {} : { Authorization: `Bearer ${credential}` }) };
  const response = await fetch(server.url + path, { method: 'POST', headers, body: JSON.stringify(body) });
  expect(response.ok).toBe(true);
  return (await response.json()) as T;
}

function open(sessionId: string, credential: string): { store: SessionStore; connection: SessionConnection } {
  const store = createSessionStore();
  const socketUrl = server.url.replace(/^http/, 'ws') + '/ws';
  const connection = new SessionConnection({ sessionId, credential, store, openSocket: () => new WebSocket(socketUrl) as unknown as SocketLike });
  connections.push(connection);
  connection.start();
  return { store, connection };
}

/** Resolves once the store's state satisfies the condition (checked on every change). */
function until(store: SessionStore, condition: (state: SessionState) => boolean): Promise<SessionState> {
  return new Promise((resolve) => {
    if (condition(store.getState())) return resolve(store.getState());
    const stop = store.subscribe((state) => {
      if (!condition(state)) return;
      stop();
      resolve(state);
    });
  });
}

describe('the client against the real server', () => {
  it('plays a session: the console starts it, the participant receives, acts and is refused with the engine’s reason', async () => {
    const created = await post<{ sessionId: string; joinCode: string; facilitatorKey: string }>('/api/sessions', { scenario: JSON.stringify(scenario) });
    const lobby = await post<{ sessionId: string }>('/api/join-code', { joinCode: created.joinCode.toLowerCase() });
    expect(lobby.sessionId).toBe(created.sessionId);
    const joined = await post<{ token: string }>(`/api/sessions/${created.sessionId}/join`, { joinCode: created.joinCode, name: 'Anna', role: 'wijkagent' });

    const console_ = open(created.sessionId, created.facilitatorKey);
    const anna = open(created.sessionId, joined.token);
    await until(console_.store, (state) => state.connection.status === 'online' && state.participants.some((participant) => participant.online));
    await until(anna.store, (state) => state.projection?.viewer === 'participant');

    console_.connection.sendControl({ type: 'start' });
    const started = await until(anna.store, (state) => state.timeline.some((entry) => entry.type === 'released' && entry.inject === 'i01'));
    expect(started.clock?.status).toBe('running');
    expect(JSON.stringify(started.projection)).not.toContain('NOTITIE');

    const claim = anna.connection.sendAction({ type: 'claim', task: 'ontmantelen', as: 'lead' });
    await until(anna.store, (state) => state.sendOutcomes[claim]?.status === 'accepted');
    await until(console_.store, (state) => state.timeline.some((entry) => entry.type === 'claim' && entry.by === 'wijkagent'));

    const wrong = anna.connection.sendAction({ type: 'claim', task: 'bestaat-niet', as: 'lead' });
    const refused = await until(anna.store, (state) => state.sendOutcomes[wrong]?.status === 'refused');
    expect(refused.sendOutcomes[wrong]).toMatchObject({ status: 'refused', code: 'unknown-task' });
    expect(refused.outbox).toEqual([]);
  });

  it('improvises over the console’s control path, and hears the join code, its rotation and an evaluator’s observation', async () => {
    const created = await post<{ sessionId: string; joinCode: string; facilitatorKey: string; displayKey: string }>('/api/sessions', { scenario: JSON.stringify(scenario) });
    const console_ = open(created.sessionId, created.facilitatorKey);
    const display = open(created.sessionId, created.displayKey);
    await until(console_.store, (state) => state.connection.status === 'online');
    await until(display.store, (state) => state.connection.status === 'online');
    expect(console_.store.getState().joinCode).toBe(created.joinCode);
    expect(display.store.getState().joinCode).toBe(created.joinCode);

    console_.connection.sendControl({ type: 'start' });
    const improvised = console_.connection.sendControl({ type: 'improvise', inject: { title: 'De pers belt', to: ['gemeente'], channel: 'media', expects: [{ level: 'strategic', within: '10m' }] } });
    const released = await until(console_.store, (state) => state.controlOutcomes[improvised]?.status === 'accepted');
    expect(released.timeline.find((entry) => entry.type === 'improvise')).toMatchObject({ inject: { id: 'adhoc-1', title: 'De pers belt' } });
    const duplicate = console_.connection.sendControl({ type: 'improvise', inject: { id: 'i01', title: 'Nog eens' } });
    const refused = await until(console_.store, (state) => state.controlOutcomes[duplicate]?.status === 'refused');
    expect(refused.controlOutcomes[duplicate]).toMatchObject({ code: 'duplicate-id' });

    console_.connection.sendControl({ type: 'rotate-join-code' });
    const rotated = await until(console_.store, (state) => state.joinCode !== created.joinCode);
    await until(display.store, (state) => state.joinCode === rotated.joinCode);

    const facilitatorAuth = { Authorization: `Bearer ${created.facilitatorKey}`, 'Content-Type': 'application/json' };
    const evaluatorResponse = await fetch(`${server.url}/api/sessions/${created.sessionId}/evaluators`, { method: 'POST', headers: facilitatorAuth, body: JSON.stringify({ name: 'Eva' }) });
    expect(evaluatorResponse.status).toBe(201);
    const evaluator = (await evaluatorResponse.json()) as { token: string };
    const written = await fetch(`${server.url}/api/sessions/${created.sessionId}/observations`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${evaluator.token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ text: 'De gemeente reageert snel', rating: 'P' }),
    });
    expect(written.status).toBe(201);
    const heard = await until(console_.store, (state) => state.observations.length === 1);
    expect(heard.observations[0]).toMatchObject({ id: 1, by: 'Eva', text: 'De gemeente reageert snel', rating: 'P' });
    expect(display.store.getState().observations).toEqual([]);
  });

  it('fails for good, with the reason, on a key that does not belong to the session', async () => {
    const created = await post<{ sessionId: string }>('/api/sessions', { scenario: JSON.stringify(scenario) });
    const intruder = open(created.sessionId, 'not-the-key');
    const state = await until(intruder.store, (current) => current.connection.status === 'failed');
    expect(state.connection.failure?.code).toBe('wrong-credential');
  });

  it('carries an action made while the server was down over to the restarted server, once', async () => {
    const created = await post<{ sessionId: string; joinCode: string; facilitatorKey: string }>('/api/sessions', { scenario: JSON.stringify(scenario) });
    const joined = await post<{ token: string }>(`/api/sessions/${created.sessionId}/join`, { joinCode: created.joinCode, name: 'Bo', role: 'burgemeester' });
    const console_ = open(created.sessionId, created.facilitatorKey);
    await until(console_.store, (state) => state.connection.status === 'online');
    console_.connection.sendControl({ type: 'start' });
    const bo = open(created.sessionId, joined.token);
    await until(bo.store, (state) => state.timeline.length > 0);

    const port = server.port;
    await server.close();
    await until(bo.store, (state) => state.connection.status === 'offline');
    const note = bo.connection.sendAction({ type: 'note', text: 'geschreven zonder verbinding' });
    server = await startServer({ port, host: '127.0.0.1', dataDir: join(folder, 'data'), scenariosDir: folder, clientDir: folder, log: quietLog });

    const back = await until(bo.store, (state) => state.sendOutcomes[note]?.status === 'accepted');
    expect(back.outbox).toEqual([]);
    const response = await fetch(`${server.url}/api/sessions/${created.sessionId}/state`, { headers: { Authorization: `Bearer ${created.facilitatorKey}` } });
    const state = (await response.json()) as { projection: { timeline: { type: string; text?: string }[] } };
    expect(state.projection.timeline.filter((entry) => entry.type === 'note' && entry.text === 'geschreven zonder verbinding')).toHaveLength(1);
  }, 30_000);

  it('stores an evaluator’s observation written while the server was down once, for the evaluator, the facilitator and the report, never for a participant', async () => {
    const created = await post<{ sessionId: string; joinCode: string; facilitatorKey: string }>('/api/sessions', { scenario: JSON.stringify(scenario) });
    const joined = await post<{ token: string }>(`/api/sessions/${created.sessionId}/join`, { joinCode: created.joinCode, name: 'Anna', role: 'wijkagent' });
    const evaluator = await post<{ evaluatorId: string; token: string }>(`/api/sessions/${created.sessionId}/evaluators`, { name: 'Eva' }, created.facilitatorKey);
    const console_ = open(created.sessionId, created.facilitatorKey);
    await until(console_.store, (state) => state.connection.status === 'online');
    console_.connection.sendControl({ type: 'start' });
    const eva = open(created.sessionId, evaluator.token);
    const welcomed = await until(eva.store, (state) => state.timeline.some((entry) => entry.type === 'released'));
    expect(welcomed.viewer).toEqual({ kind: 'evaluator', evaluatorId: evaluator.evaluatorId, name: 'Eva' });
    expect(JSON.stringify(welcomed.projection)).not.toContain('NOTITIE');
    const anna = open(created.sessionId, joined.token);
    await until(anna.store, (state) => state.connection.status === 'online');

    const unknown = eva.connection.sendObservation({ text: 'over niets', objective: 'bestaat-niet', at: 0 });
    const refused = await until(eva.store, (state) => state.sendOutcomes[unknown]?.status === 'refused');
    expect(refused.refused[0]).toMatchObject({ code: 'unknown-objective' });

    const port = server.port;
    await server.close();
    await until(eva.store, (state) => state.connection.status === 'offline');
    const released = welcomed.timeline.find((entry) => entry.type === 'released');
    const written = eva.connection.sendObservation({ text: 'Politie pakt de leiding meteen', objective: 'obj-lab', rating: 'P', entries: [released?.seq ?? 1], at: 0 });
    server = await startServer({ port, host: '127.0.0.1', dataDir: join(folder, 'data'), scenariosDir: folder, clientDir: folder, log: quietLog });

    const back = await until(eva.store, (state) => state.sendOutcomes[written]?.status === 'accepted');
    expect(back.outbox).toEqual([]);
    expect(back.observations).toMatchObject([{ by: 'Eva', text: 'Politie pakt de leiding meteen', objective: 'obj-lab', rating: 'P', at: 0 }]);
    const heard = await until(console_.store, (state) => state.observations.length > 0);
    expect(heard.observations.map((observation) => observation.text)).toEqual(['Politie pakt de leiding meteen']);
    const report = await fetch(`${server.url}/api/sessions/${created.sessionId}/report?format=json`, { headers: { Authorization: `Bearer ${created.facilitatorKey}` } });
    expect(((await report.json()) as { observations: unknown[] }).observations).toEqual([
      { at: 0, by: 'Eva', text: 'Politie pakt de leiding meteen', objective: 'obj-lab', rating: 'P', entries: [released?.seq ?? 1] },
    ]);
    const participant = await until(anna.store, (state) => state.connection.status === 'online');
    expect(JSON.stringify(participant)).not.toContain('Politie pakt de leiding meteen');
  }, 30_000);
});
