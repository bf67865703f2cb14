import { afterEach, describe, expect, it } from 'vitest';
import { EMPTY_DEBRIEF_NOTES } from '../../src/shared/debriefNotes.ts';
import { openPostgresStorage } from '../../src/server/postgresStorage.ts';
import type { LogRecord, SessionRecord } from '../../src/server/sessionStore.ts';
import { openSqliteStorage } from '../../src/server/sqliteStorage.ts';
import type { Storage } from '../../src/server/storage.ts';
import { createTestDatabase, describeWithPostgres } from '../support/testPostgres.ts';
import { quietLog } from './capturedLog.ts';
import { tempDir } from './serverHarness.ts';

/** A place to keep a store in, empty at first, that can be opened again and again and is removed after the test. */
interface StorePlace {
  open(): Promise<Storage>;
  remove(): Promise<void>;
}

const places: StorePlace[] = [];
const opened: Storage[] = [];
afterEach(async () => {
  for (const storage of opened.splice(0)) await storage.close().catch(() => undefined);
  for (const place of places.splice(0)) await place.remove();
});

async function sqlitePlace(): Promise<StorePlace> {
  const dir = tempDir('store');
  return { open: async () => openSqliteStorage(dir.path, quietLog), remove: async () => dir.remove() };
}

async function postgresPlace(): Promise<StorePlace> {
  const database = await createTestDatabase();
  return { open: () => openPostgresStorage(database.url, quietLog), remove: () => database.drop() };
}

function session(id: string, overrides: Partial<SessionRecord> = {}): SessionRecord {
  return {
    id,
    scenarioId: 'harbour',
    scenarioFile: 'harbour.yaml',
    scenarioText: 'id: harbour',
    scenarioHash: 'abc',
    seed: 2_147_483_647,
    status: 'ready',
    speed: 1,
    joinCode: `CODE-${id}`,
    facilitatorKeyHash: Buffer.alloc(32, 1),
    displayKeyHash: Buffer.alloc(32, 2),
    createdAt: 1_700_000_000_000,
    planVisible: false,
    ownerId: 'local',
    ...overrides,
  };
}

const note = (seq: number, text: string, clientId?: string): LogRecord => ({
  seq,
  at: 61,
  wallTime: 1_700_000_060_000 + seq,
  who: 'participant:p1',
  input: { type: 'ACTION', action: { type: 'note', by: 'wijkagent', text } },
  ...(clientId === undefined ? {} : { clientId }),
});

/** What every store promises (sessionStore.ts, organiserStore.ts), checked on a real one. */
function storeContract(newPlace: () => Promise<StorePlace>): void {
  async function freshStore(): Promise<{ storage: Storage; reopen: () => Promise<Storage> }> {
    const place = await newPlace();
    places.push(place);
    const storage = await place.open();
    opened.push(storage);
    const reopen = async () => {
      await storage.close();
      const again = await place.open();
      opened.push(again);
      return again;
    };
    return { storage, reopen };
  }

  it('gives back a session exactly as stored, also after it is closed and opened again', async () => {
    const { storage, reopen } = await freshStore();
    const record = session('s1', { speed: 7.5, planVisible: true, ownerId: 'anna' });
    await storage.sessions.createSession(record);
    expect(await storage.sessions.session('s1')).toEqual(record);
    expect(await storage.sessions.session('nothing')).toBeUndefined();
    expect(await (await reopen()).sessions.session('s1')).toEqual(record);
  });

  it('lists the unfinished sessions oldest first, finds one by its join code, and the runs of one owner and scenario', async () => {
    const { storage } = await freshStore();
    await storage.sessions.createSession(session('late', { createdAt: 3 }));
    await storage.sessions.createSession(session('early', { createdAt: 1 }));
    await storage.sessions.createSession(session('done', { createdAt: 2, status: 'ended' }));
    await storage.sessions.createSession(session('other', { createdAt: 4, ownerId: 'bram' }));
    expect((await storage.sessions.openSessions()).map((one) => one.id)).toEqual(['early', 'late', 'other']);
    expect(await storage.sessions.openSessionIdForJoinCode('CODE-late')).toBe('late');
    expect(await storage.sessions.openSessionIdForJoinCode('CODE-done')).toBeUndefined();
    expect((await storage.sessions.sessionsOfScenario('local', 'harbour')).map((one) => one.id)).toEqual(['early', 'done', 'late']);
  });

  it('keeps the speed, the plan\'s visibility and a new join code', async () => {
    const { storage } = await freshStore();
    await storage.sessions.createSession(session('s1'));
    await storage.sessions.setSpeed('s1', 0.25);
    await storage.sessions.setPlanVisible('s1', true);
    await storage.sessions.setJoinCode('s1', 'NEWCODE');
    expect(await storage.sessions.session('s1')).toMatchObject({ speed: 0.25, planVisible: true, joinCode: 'NEWCODE' });
    expect(await storage.sessions.openSessionIdForJoinCode('NEWCODE')).toBe('s1');
  });

  it('appends inputs with the new status in one go and gives the log back in seq order', async () => {
    const { storage, reopen } = await freshStore();
    await storage.sessions.createSession(session('s1'));
    const start: LogRecord = { seq: 1, at: 0, wallTime: 1_700_000_000_500, who: 'facilitator', input: { type: 'START' } };
    await storage.sessions.append('s1', [start], 'running');
    await storage.sessions.append('s1', [note(2, 'one', 'c1'), note(3, 'two', 'c2')]);
    const again = await reopen();
    expect(await again.sessions.log('s1')).toEqual([start, note(2, 'one', 'c1'), note(3, 'two', 'c2')]);
    expect((await again.sessions.session('s1'))?.status).toBe('running');
  });

  it('refuses a batch with a seq already stored, or a resend of a stored client id, and keeps nothing of it', async () => {
    const { storage } = await freshStore();
    await storage.sessions.createSession(session('s1'));
    await storage.sessions.append('s1', [note(1, 'first', 'c1')]);
    await expect(storage.sessions.append('s1', [note(2, 'new'), note(1, 'again')], 'ended')).rejects.toThrow();
    await expect(storage.sessions.append('s1', [note(2, 'resent', 'c1')])).rejects.toThrow();
    expect(await storage.sessions.log('s1')).toEqual([note(1, 'first', 'c1')]);
    expect((await storage.sessions.session('s1'))?.status).toBe('ready');
  });

  it('stores a batch of ten thousand inputs whole', async () => {
    const { storage } = await freshStore();
    await storage.sessions.createSession(session('s1'));
    const batch = Array.from({ length: 10_000 }, (_, index) => note(index + 1, `note ${index}`, `c${index}`));
    await storage.sessions.append('s1', batch, 'running');
    const log = await storage.sessions.log('s1');
    expect(log).toHaveLength(10_000);
    expect(log.at(-1)).toEqual(batch.at(-1));
    expect((await storage.sessions.session('s1'))?.status).toBe('running');
  });

  it('keeps participants, evaluators and observations in their order, and refuses an observation resent with its client id', async () => {
    const { storage } = await freshStore();
    await storage.sessions.createSession(session('s1'));
    const anna = { id: 'p1', sessionId: 's1', name: 'Anna', role: 'wijkagent', tokenHash: Buffer.alloc(32, 3), joinedAt: 10 };
    const bram = { id: 'p0', sessionId: 's1', name: 'Bram', role: 'burgemeester', tokenHash: Buffer.alloc(32, 4), joinedAt: 20 };
    await storage.sessions.addParticipant(anna);
    await storage.sessions.addParticipant(bram);
    expect(await storage.sessions.participants('s1')).toEqual([anna, bram]);
    const evaluator = { id: 'e1', sessionId: 's1', name: 'Eva', tokenHash: Buffer.alloc(32, 5), createdAt: 30 };
    await storage.sessions.addEvaluator(evaluator);
    expect(await storage.sessions.evaluators('s1')).toEqual([evaluator]);
    const observation = { id: 1, evaluatorId: 'e1', at: 90, by: 'Eva', text: 'The mayor was not told' };
    await storage.sessions.addObservation('s1', { observation, clientId: 'o1', writtenAt: 40 });
    await expect(storage.sessions.addObservation('s1', { observation: { ...observation, id: 2 }, clientId: 'o1', writtenAt: 41 })).rejects.toThrow();
    await storage.sessions.addObservation('s1', { observation: { ...observation, id: 2 }, writtenAt: 42 });
    expect(await storage.sessions.observations('s1')).toEqual([
      { observation, clientId: 'o1', writtenAt: 40 },
      { observation: { ...observation, id: 2 }, writtenAt: 42 },
    ]);
  });

  it('replaces the debrief notes with the last ones saved', async () => {
    const { storage } = await freshStore();
    await storage.sessions.createSession(session('s1'));
    expect(await storage.sessions.notes('s1')).toBeUndefined();
    const notes = { ...EMPTY_DEBRIEF_NOTES, strengths: ['Quick alert'] };
    await storage.sessions.saveNotes('s1', notes, 1);
    await storage.sessions.saveNotes('s1', { ...notes, strengths: ['Quick alert', 'Clear lead'] }, 2);
    expect(await storage.sessions.notes('s1')).toEqual({ ...notes, strengths: ['Quick alert', 'Clear lead'] });
  });

  it('purges the sessions that ended before a date with everything of theirs, and only those; a dry run only names them', async () => {
    const { storage } = await freshStore();
    const sessions = storage.sessions;
    await sessions.createSession(session('old', { status: 'ended', createdAt: 1_000 }));
    await sessions.createSession(session('recent', { status: 'ended', createdAt: 1_000 }));
    await sessions.createSession(session('open', { createdAt: 1_000 }));
    for (const id of ['old', 'recent', 'open']) {
      const wallTime = id === 'old' ? 5_000 : 50_000;
      await sessions.append(id, [{ ...note(1, `note of ${id}`, 'c1'), wallTime }]);
      await sessions.addParticipant({ id: `p-${id}`, sessionId: id, name: 'Anna', role: 'wijkagent', tokenHash: Buffer.alloc(32), joinedAt: 2_000 });
      await sessions.addEvaluator({ id: `e-${id}`, sessionId: id, name: 'Eva', tokenHash: Buffer.alloc(32), createdAt: 2_000 });
      await sessions.addObservation(id, { observation: { id: 1, evaluatorId: `e-${id}`, at: 0, by: 'Eva', text: 'seen' }, writtenAt: 3_000 });
      await sessions.saveNotes(id, EMPTY_DEBRIEF_NOTES, 4_000);
    }
    const expected = { id: 'old', scenarioId: 'harbour', createdAt: 1_000, endedAt: 5_000, participants: 1, evaluators: 1, observations: 1, inputs: 1 };
    expect(await sessions.purgeEnded(10_000, { dryRun: true })).toEqual([expected]);
    expect(await sessions.session('old')).toBeDefined();
    expect(await sessions.purgeEnded(10_000, { dryRun: false })).toEqual([expected]);
    expect(await sessions.session('old')).toBeUndefined();
    expect(await sessions.log('old')).toEqual([]);
    expect(await sessions.participants('old')).toEqual([]);
    expect(await sessions.evaluators('old')).toEqual([]);
    expect(await sessions.observations('old')).toEqual([]);
    expect(await sessions.notes('old')).toBeUndefined();
    expect((await sessions.log('recent')).length + (await sessions.log('open')).length).toBe(2);
    expect(await sessions.purgeEnded(100_000, { dryRun: false })).toMatchObject([{ id: 'recent' }]);
    expect(await sessions.session('open')).toBeDefined();
  });

  it('keeps organiser accounts by unique name, their logins until they expire, and the settings', async () => {
    const { storage } = await freshStore();
    const password = { salt: Buffer.alloc(16, 6), hash: Buffer.alloc(32, 7) };
    expect(await storage.organisers.add({ id: 'o1', name: 'anna' }, password, 1)).toBe(true);
    expect(await storage.organisers.add({ id: 'o2', name: 'anna' }, password, 2)).toBe(false);
    expect(await storage.organisers.count()).toBe(1);
    expect(await storage.organisers.byName('anna')).toEqual({ organiser: { id: 'o1', name: 'anna' }, password });
    const token = Buffer.alloc(32, 8);
    await storage.organisers.addLogin(token, 'o1', 100, 200);
    expect(await storage.organisers.organiserOfLogin(token, 150)).toEqual({ id: 'o1', name: 'anna' });
    expect(await storage.organisers.organiserOfLogin(token, 200)).toBeUndefined();
    await storage.organisers.removeLogin(token);
    expect(await storage.organisers.organiserOfLogin(token, 150)).toBeUndefined();
    expect(await storage.organisers.setting('others-may-create')).toBeUndefined();
    await storage.organisers.setSetting('others-may-create', 'true');
    await storage.organisers.setSetting('others-may-create', 'false');
    expect(await storage.organisers.setting('others-may-create')).toBe('false');
  });
}

describe('the SQLite store', () => storeContract(sqlitePlace));

describeWithPostgres('the PostgreSQL store', () => {
  storeContract(postgresPlace);

  it('makes its tables once when several servers open a new database at the same moment', async () => {
    const place = await postgresPlace();
    places.push(place);
    const stores = await Promise.all([place.open(), place.open(), place.open()]);
    opened.push(...stores);
    await stores[0]?.sessions.createSession(session('s1'));
    expect((await stores[2]?.sessions.session('s1'))?.id).toBe('s1');
  });

  it('says clearly when the server cannot be reached or the database does not exist', async () => {
    await expect(openPostgresStorage('postgres://nobody:secret@127.0.0.1:1/samenspel', quietLog)).rejects.toThrow(
      /^cannot reach PostgreSQL at postgres:\/\/nobody:\*\*\*@127\.0\.0\.1:1\/samenspel .*is the server running/,
    );
    const database = await createTestDatabase();
    const missing = new URL(database.url);
    await database.drop();
    await expect(openPostgresStorage(missing.toString(), quietLog)).rejects.toThrow(/has no such database .*create it first/);
  });
});
