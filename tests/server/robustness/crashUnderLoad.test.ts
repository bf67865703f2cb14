import type { ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { api, control, joinAs, tempDir, TestClient, type CreatedSession } from '../serverHarness.ts';
import { exited, spawnServer } from './spawnedServer.ts';

const CLIENTS = 50;
// Each participant keeps this many notes on their way, sending the next as one is acknowledged.
const IN_FLIGHT = 2;
// With the hello this stays within a connection's burst of 30 messages, so the rate limit
// never drops a note and every note gets an answer while the server lives.
const MAX_NOTES_PER_CLIENT = 24;
const KILL_AFTER_ACKS = 150;

const children: ChildProcess[] = [];
const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
  while (cleanups.length > 0) cleanups.pop()?.();
});

interface SentNote {
  /** The participant token it was sent with. */
  token: string;
  clientId: string;
  text: string;
}

/** Sends a participant's notes, keeping IN_FLIGHT unanswered, until the connection dies. */
function keepSending(client: TestClient, token: string, index: number, sent: SentNote[]): void {
  let count = 0;
  const sendNext = () => {
    if (count >= MAX_NOTES_PER_CLIENT || client.socket.readyState !== client.socket.OPEN) return;
    const clientId = `c${index}-n${count}`;
    count += 1;
    const note = { token, clientId, text: `load ${clientId}` };
    sent.push(note);
    client.send({ type: 'action', clientId, action: { type: 'note', text: note.text } });
  };
  client.socket.on('message', (data) => {
    if (String(data).includes('"type":"action_accepted"')) sendNext();
  });
  for (let n = 0; n < IN_FLIGHT; n += 1) sendNext();
}

describe('a server killed with kill -9 while 50 participants send actions', () => {
  it('keeps every acknowledged action, and a resend of every action stores each exactly once', async () => {
    const root = tempDir('crash-load');
    cleanups.push(root.remove);
    const dataDir = join(root.path, 'data');

    const first = await spawnServer(dataDir);
    children.push(first.child);
    const created = await api(first.url, '/api/sessions', { method: 'POST', body: { scenarioId: 'kempenhoeve' } });
    expect(created.status).toBe(201);
    const session = created.body as CreatedSession;
    const lobby = await api(first.url, '/api/join-code', { method: 'POST', body: { joinCode: session.joinCode } });
    const roles: string[] = lobby.body.agencies.flatMap((agency: any) => agency.roles.map((role: any) => role.id));
    const tokens: string[] = [];
    for (let i = 0; i < CLIENTS; i += 1) tokens.push(await joinAs(first.url, session, roles[i % roles.length] as string, `Speler ${i}`));
    await control(first.url, session, { type: 'start' });
    const clients = await Promise.all(tokens.map(async (token) => (await TestClient.join(first.wsUrl, session.sessionId, token)).client));

    // Count acknowledgements as they arrive, to kill the server in the middle of the stream.
    let acks = 0;
    let enoughAcked: () => void = () => {};
    const killMoment = new Promise<void>((resolve) => (enoughAcked = resolve));
    for (const client of clients) {
      client.socket.on('message', (data) => {
        if (String(data).includes('"type":"action_accepted"') && (acks += 1) === KILL_AFTER_ACKS) enoughAcked();
      });
    }
    const sent: SentNote[] = [];
    clients.forEach((client, index) => keepSending(client, tokens[index] as string, index, sent));
    await killMoment;
    first.child.kill('SIGKILL');
    await exited(first.child);
    await Promise.all(clients.map((client) => client.closed));

    const acked = new Map<string, { seq: number; at: number }>();
    for (const client of clients) {
      for (const message of client.messages) {
        expect(message.type).not.toBe('action_refused');
        if (message.type === 'action_accepted') acked.set(message.clientId, { seq: message.seq, at: message.at });
      }
    }
    expect(acked.size).toBeGreaterThanOrEqual(KILL_AFTER_ACKS);
    // The kill came while notes were on their way: every participant had one unanswered at least.
    expect(sent.length - acked.size).toBeGreaterThanOrEqual(CLIENTS);

    const second = await spawnServer(dataDir);
    children.push(second.child);
    expect(second.output()).toContain('brought back 1 unfinished exercise');
    const notesStored = async () => {
      const state = await api(second.url, `/api/sessions/${session.sessionId}/state`, { credential: session.facilitatorKey });
      return (state.body.projection.timeline as any[]).filter((entry) => entry.type === 'note');
    };
    const restored = await notesStored();
    for (const [clientId, ack] of acked) {
      expect(restored.find((entry) => entry.seq === ack.seq)).toMatchObject({ type: 'note', at: ack.at, text: `load ${clientId}` });
    }
    // Some unacknowledged notes may have been stored just before the kill, but none twice.
    const restoredTexts = restored.map((entry) => entry.text);
    expect(new Set(restoredTexts).size).toBe(restoredTexts.length);

    // Every participant reconnects and resends all it sent, with the same client ids.
    const resent = await Promise.all(
      tokens.map(async (token, index) => {
        const { client } = await TestClient.join(second.wsUrl, session.sessionId, token);
        const mine = sent.filter((note) => note.token === token);
        const answers = mine.map((note) => client.next((message) => message.clientId === note.clientId));
        for (const note of mine) client.send({ type: 'action', clientId: note.clientId, action: { type: 'note', text: note.text } });
        const result = (await Promise.all(answers)).map((answer, n) => ({ note: mine[n] as SentNote, answer }));
        client.close();
        expect(mine.length, `participant ${index} sent notes`).toBeGreaterThan(0);
        return result;
      }),
    );
    for (const { note, answer } of resent.flat()) {
      expect(answer.type).toBe('action_accepted');
      const original = acked.get(note.clientId);
      if (original) expect({ seq: answer.seq, at: answer.at }).toEqual(original);
    }
    const finalTexts = (await notesStored()).map((entry) => entry.text).sort();
    expect(finalTexts).toEqual(sent.map((note) => note.text).sort());

    second.child.kill('SIGTERM');
    await exited(second.child);
  }, 60_000);
});
