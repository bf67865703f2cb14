import type { ChildProcess } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { exited, spawnServer, type SpawnedServer } from './robustness/spawnedServer.ts';
import { createTestDatabase, describeWithPostgres } from '../support/testPostgres.ts';
import { api, control, createHarbourSession, HARBOUR_YAML, joinAs, tempDir, TestClient } from './serverHarness.ts';

const children: ChildProcess[] = [];
const cleanups: (() => void | Promise<void>)[] = [];
afterEach(async () => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
  await Promise.all(children.map(exited));
  while (cleanups.length > 0) await cleanups.pop()?.();
});

/** A data folder and a scenarios folder holding the harbour drill, removed after the test. */
function harbourFolders(prefix: string): { dataDir: string; scenariosDir: string } {
  const root = tempDir(prefix);
  cleanups.push(root.remove);
  const scenariosDir = join(root.path, 'scenarios');
  mkdirSync(scenariosDir);
  writeFileSync(join(scenariosDir, 'harbour.yaml'), HARBOUR_YAML);
  return { dataDir: join(root.path, 'data'), scenariosDir };
}

/** The store the servers of a test keep their data in: the data folder's SQLite, or a PostgreSQL database of the test's own. */
type StoreFor = () => Promise<string | undefined>;

const inDataFolder: StoreFor = async () => undefined;

const inPostgres: StoreFor = async () => {
  const database = await createTestDatabase();
  cleanups.push(database.drop);
  return database.url;
};

describe('a server on SQLite', () => crashRecovery(inDataFolder, { restoresOnStart: true }));
// On PostgreSQL, where several instances may share the store, a session comes back on the instance first asked for it.
describeWithPostgres('a server on PostgreSQL', () => crashRecovery(inPostgres, { restoresOnStart: false }));

/** The same crashes, whichever store the server keeps its data in. */
function crashRecovery(storeFor: StoreFor, { restoresOnStart }: { restoresOnStart: boolean }): void {
  /** Runs `samenspel serve` on the harbour scenario and tracks the child so every test ends it. */
  async function serve(dataDir: string, scenariosDir: string): Promise<SpawnedServer> {
    const spawned = await spawnServer(dataDir, { scenariosDir, store: await storeOf(dataDir) });
    children.push(spawned.child);
    return spawned;
  }

  /** One store per data folder, so the servers a test starts again on its folder find their data. */
  const stores = new Map<string, Promise<string | undefined>>();
  function storeOf(dataDir: string): Promise<string | undefined> {
    const known = stores.get(dataDir) ?? storeFor();
    stores.set(dataDir, known);
    return known;
  }

  describe('killed with kill -9', () => {
    it('comes back on the same data with every acknowledged action, the same timeline, and the session paused', async () => {
      const { dataDir, scenariosDir } = harbourFolders('crash');

      const first = await serve(dataDir, scenariosDir);
      const wsUrl = `${first.url.replace('http', 'ws')}/ws`;
      const session = await createHarbourSession(first.url);
      const players = [
        { role: 'wijkagent', token: await joinAs(first.url, session, 'wijkagent', 'Anna') },
        { role: 'wijkagent', token: await joinAs(first.url, session, 'wijkagent', 'Bram') },
        { role: 'burgemeester', token: await joinAs(first.url, session, 'burgemeester', 'Carla') },
      ];
      await control(first.url, session, { type: 'start' });
      const facilitator = await TestClient.join(wsUrl, session.sessionId, session.facilitatorKey);

      // Each player sends notes one after another; the server is killed while they are at it.
      const acked = new Map<string, { seq: number; at: number }>();
      const sent: { token: string; clientId: string; text: string }[] = [];
      let killed = false;
      let enoughAcked: () => void = () => {};
      const thirtyAcked = new Promise<void>((resolve) => (enoughAcked = resolve));
      const play = async (player: (typeof players)[number], index: number) => {
        const { client } = await TestClient.join(wsUrl, session.sessionId, player.token);
        for (let n = 0; !killed; n += 1) {
          const clientId = `p${index}-n${n}`;
          const text = `note ${clientId}`;
          sent.push({ token: player.token, clientId, text });
          const answer = client.next((message) => message.clientId === clientId, { timeoutMs: 60_000 });
          client.send({ type: 'action', clientId, action: { type: 'note', text } });
          const ack = await Promise.race([answer, client.closed.then(() => undefined)]);
          if (ack?.type === 'action_accepted') acked.set(clientId, { seq: ack.seq, at: ack.at });
          if (acked.size >= 30) enoughAcked();
          if (!ack) return;
        }
      };
      const playing = players.map((player, index) => play(player, index));
      await thirtyAcked;
      first.child.kill('SIGKILL');
      killed = true;
      await exited(first.child);
      await Promise.all(playing);
      const heard = facilitator.client.messages.flatMap((message) => (message.type === 'welcome' ? message.projection.timeline : message.type === 'update' ? message.entries : []));
      expect(acked.size).toBeGreaterThanOrEqual(30);
      // Some notes were on their way when the server died.
      expect(sent.length).toBeGreaterThan(acked.size);

      const second = await serve(dataDir, scenariosDir);
      if (restoresOnStart) expect(second.output()).toContain('brought back 1 unfinished exercise');
      const state = await api(second.url, `/api/sessions/${session.sessionId}/state`, { credential: session.facilitatorKey });
      expect(state.status).toBe(200);
      expect(state.body.clock.status).toBe('paused');
      const timeline: any[] = state.body.projection.timeline;
      // Every acknowledged action is there, at the seq and time it was acknowledged with.
      for (const [clientId, ack] of acked) {
        expect(timeline.find((entry) => entry.seq === ack.seq)).toMatchObject({ type: 'note', at: ack.at, text: `note ${clientId}` });
      }
      // Everything the facilitator had been sent was stored: it is the start of the restored timeline.
      expect(timeline.slice(0, heard.length)).toEqual(heard);

      // Resending every note with its client id stores the lost ones once and the stored ones not again.
      const secondWs = `${second.url.replace('http', 'ws')}/ws`;
      const resenders = new Map<string, TestClient>();
      for (const { token, clientId, text } of sent) {
        if (!resenders.has(token)) resenders.set(token, (await TestClient.join(secondWs, session.sessionId, token)).client);
        const answer = await resenders.get(token)?.request({ type: 'action', clientId, action: { type: 'note', text } }, (message) => message.clientId === clientId);
        expect(answer.type).toBe('action_accepted');
        if (acked.has(clientId)) expect({ seq: answer.seq, at: answer.at }).toEqual(acked.get(clientId));
      }
      const after = await api(second.url, `/api/sessions/${session.sessionId}/state`, { credential: session.facilitatorKey });
      const notes = after.body.projection.timeline.filter((entry: any) => entry.type === 'note').map((entry: any) => entry.text);
      expect(notes.sort()).toEqual(sent.map((note) => note.text).sort());

      // A clean stop and start gives back exactly the same state.
      for (const client of resenders.values()) client.close();
      second.child.kill('SIGTERM');
      await exited(second.child);
      const third = await serve(dataDir, scenariosDir);
      const again = await api(third.url, `/api/sessions/${session.sessionId}/state`, { credential: session.facilitatorKey });
      // Everything but who is connected right now: the resenders were online before the stop.
      const offline = (participants: { online: boolean }[]) => participants.map((participant) => ({ ...participant, online: false }));
      expect({ ...again.body, participants: offline(again.body.participants) }).toEqual({ ...after.body, participants: offline(after.body.participants) });
      third.child.kill('SIGTERM');
      await exited(third.child);
    }, 120_000);

    it('brings back an improvised inject, its release and the answer to it, and its addressees still see it', async () => {
      const { dataDir, scenariosDir } = harbourFolders('crash-improvise');

      const first = await serve(dataDir, scenariosDir);
      const session = await createHarbourSession(first.url);
      const mayor = await joinAs(first.url, session, 'burgemeester', 'Carla');
      const officer = await joinAs(first.url, session, 'wijkagent', 'Anna');
      await control(first.url, session, { type: 'start' });
      const press = { from: 'Omroep West', title: 'The press asks for a statement', to: ['gemeente'], expects: [{ level: 'strategic', within: '15m' }] };
      await control(first.url, session, { type: 'improvise', inject: press });
      const answer = await api(first.url, `/api/sessions/${session.sessionId}/actions`, {
        method: 'POST',
        credential: mayor,
        body: { type: 'respond', inject: 'adhoc-1', text: 'A statement at five' },
      });
      expect(answer.status).toBe(201);
      first.child.kill('SIGKILL');
      await exited(first.child);

      const second = await serve(dataDir, scenariosDir);
      const state = await api(second.url, `/api/sessions/${session.sessionId}/state`, { credential: session.facilitatorKey });
      const timeline: any[] = state.body.projection.timeline;
      expect(timeline.find((entry) => entry.type === 'improvise')).toMatchObject({ inject: { id: 'adhoc-1', ...press, expects: [{ level: 'strategic', within: 900 }] } });
      expect(timeline.map((entry) => (entry.type === 'released' ? `released:${entry.inject}` : entry.type)).slice(-3)).toEqual(['improvise', 'released:adhoc-1', 'respond']);
      const seenByMayor = await api(second.url, `/api/sessions/${session.sessionId}/state`, { credential: mayor });
      expect(seenByMayor.body.projection.releases.map((view: any) => view.release.id)).toContain('adhoc-1');
      const seenByOfficer = await api(second.url, `/api/sessions/${session.sessionId}/state`, { credential: officer });
      expect(seenByOfficer.text).not.toContain('adhoc-1');
      second.child.kill('SIGTERM');
      await exited(second.child);
    }, 60_000);
  });
}
