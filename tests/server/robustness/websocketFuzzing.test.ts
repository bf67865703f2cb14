import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exhaustiveSwitchError } from '../../../src/shared/exhaustive.ts';
import { CLOSE_CODES, ERROR_CODES, MAX_MESSAGE_BYTES, parseClientMessage, PROTOCOL_VERSION } from '../../../src/shared/protocol.ts';
import { TestClient } from '../serverHarness.ts';
import { badAction } from './badActions.ts';
import { facilitatorState, startFuzzTarget, type FuzzTarget } from './fuzzTarget.ts';

let target: FuzzTarget;
beforeAll(async () => {
  target = await startFuzzTarget();
}, 30_000);
afterAll(async () => {
  await target.stop();
});

/** Who the attacking connection is: one that never said hello, a participant, the display or the facilitator. */
type Speaker = 'stranger' | 'police' | 'mayor' | 'display' | 'facilitator';

/** The refusal a frame must get; `closeCode` when the server must also close the connection. */
type Refusal =
  | { type: 'error'; code: string; closeCode?: number }
  | { type: 'action_refused'; clientId: string; code?: string }
  | { type: 'control_refused'; requestId: string; code?: string };

interface Frame {
  data: string | Buffer;
  binary: boolean;
  refusal: Refusal;
}

const VERSION_CODES: string[] = [ERROR_CODES.clientTooOld, ERROR_CODES.clientTooNew];

/**
 * A text frame and the refusal the protocol promises for it: the client message schemas decide
 * which error code applies. Valid messages are left out (`undefined`); they are sent only where
 * their refusal is certain, below.
 */
function textFrame(text: string): Frame | undefined {
  const parsed = parseClientMessage(text);
  if (parsed.ok) return undefined;
  const closeCode = VERSION_CODES.includes(parsed.code) ? CLOSE_CODES.versionMismatch : undefined;
  return { data: text, binary: false, refusal: { type: 'error', code: parsed.code, ...(closeCode === undefined ? {} : { closeCode }) } };
}

const definedFrame = (frame: Frame | undefined): frame is Frame => frame !== undefined;

const NEAR_CAP_SHAPES = [
  ['{"type":"ping","nonce":"', '"}'],
  ['{"type":"', '"}'],
  ['"', '"'],
  ['', ''],
  ['{"type":"action","clientId":"', '","action":{"type":"note"}}'],
] as const;

/** Text exactly `size` bytes long in one of a few shapes, each wrong in its own way. */
function nearCapText(shape: number, size: number): string {
  const [before, after] = NEAR_CAP_SHAPES[shape % NEAR_CAP_SHAPES.length] as readonly [string, string];
  return `${before}${'x'.repeat(size - before.length - after.length)}${after}`;
}

function templates(speaker: Speaker): Record<string, unknown>[] {
  const credential = speaker === 'stranger' ? target.session.displayKey : 'x';
  return [
    { type: 'hello', protocolVersion: PROTOCOL_VERSION, sessionId: target.session.sessionId, credential, lastSeq: 1 },
    { type: 'action', clientId: 'c-1', action: { type: 'note', text: 'x' } },
    { type: 'control', requestId: 'r-1', control: { type: 'start' } },
    { type: 'ping', nonce: 'n-1' },
  ];
}

/** Frames of every kind that must be refused whoever sends them. */
function noise(speaker: Speaker): fc.Arbitrary<Frame> {
  const messageFields = fc.dictionary(fc.string({ maxLength: 12 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 4 });
  return fc.oneof(
    fc.jsonValue().map((value) => textFrame(JSON.stringify(value))),
    fc.string({ unit: 'binary', maxLength: 300 }).map(textFrame),
    fc.record({ type: fc.string({ maxLength: 20 }), fields: messageFields }).map(({ type, fields }) => textFrame(JSON.stringify({ ...fields, type }))),
    // A known message with one field broken, missing or added.
    fc
      .record({ template: fc.constantFrom(...templates(speaker)), field: fc.nat(), how: fc.constantFrom('replace', 'remove', 'add'), value: fc.jsonValue({ maxDepth: 2 }) })
      .map(({ template, field, how, value }) => {
        const keys = Object.keys(template).filter((key) => key !== 'type');
        const key = keys[field % keys.length] as string;
        const broken: Record<string, unknown> = { ...template };
        if (how === 'replace') broken[key] = value;
        else if (how === 'remove') delete broken[key];
        else broken.zz = value;
        return textFrame(JSON.stringify(broken));
      }),
    fc.record({ shape: fc.nat(), size: fc.integer({ min: MAX_MESSAGE_BYTES - 4096, max: MAX_MESSAGE_BYTES }) }).map(({ shape, size }) => textFrame(nearCapText(shape, size))),
    fc
      .oneof(fc.uint8Array({ maxLength: 200 }).map((bytes) => Buffer.from(bytes)), fc.constant(Buffer.from('{"type":"ping"}')))
      .map((data): Frame => ({ data, binary: true, refusal: { type: 'error', code: ERROR_CODES.badMessage } })),
  ).filter(definedFrame);
}

/** Well-formed messages that this speaker may not send now: each gets its own refusal. */
function misplaced(speaker: Speaker): fc.Arbitrary<Frame> {
  // Answers come one at a time, so one id for every frame still pairs each answer with its frame.
  const clientId = 'fuzz-1';
  const json = (message: unknown, refusal: Refusal): Frame => ({ data: JSON.stringify(message), binary: false, refusal });
  const note = { type: 'action', clientId, action: { type: 'note', text: 'not from you' } };
  const control = (command: unknown) => ({ type: 'control', requestId: clientId, control: command });
  const hello = { type: 'hello', protocolVersion: PROTOCOL_VERSION, sessionId: target.session.sessionId, credential: target.session.displayKey };
  const start = json(control({ type: 'start' }), { type: 'control_refused', requestId: clientId, code: speaker === 'stranger' ? ERROR_CODES.helloFirst : ERROR_CODES.forbidden });
  switch (speaker) {
    case 'stranger':
      return fc.constantFrom(
        json(note, { type: 'action_refused', clientId, code: ERROR_CODES.helloFirst }),
        start,
        json({ ...hello, credential: target.other.facilitatorKey }, { type: 'error', code: ERROR_CODES.wrongCredential, closeCode: CLOSE_CODES.unauthorized }),
        json({ ...hello, sessionId: 'nosuchsession' }, { type: 'error', code: ERROR_CODES.sessionNotFound, closeCode: CLOSE_CODES.sessionNotFound }),
      );
    case 'police':
    case 'mayor':
      return fc.oneof(
        badAction(speaker === 'police' ? 'wijkagent' : 'burgemeester').map(({ body }) => textFrame(JSON.stringify({ type: 'action', clientId, action: body })) ?? json({ type: 'action', clientId, action: body }, { type: 'action_refused', clientId })),
        fc.constant(start),
        fc.constant(json(hello, { type: 'error', code: ERROR_CODES.alreadyJoined })),
      );
    case 'display':
    case 'facilitator': {
      const refusedCommands = fc.constantFrom<unknown>(
        { type: 'start' },
        { type: 'pause' },
        { type: 'advance', by: '1m' },
        { type: 'release', inject: 'zz-nothing' },
        { type: 'fire', event: 'i3' },
        { type: 'skip', inject: 'i1' },
      );
      return fc.oneof(
        fc.constant(json(note, { type: 'action_refused', clientId, code: ERROR_CODES.forbidden })),
        fc.constant(json(hello, { type: 'error', code: ERROR_CODES.alreadyJoined })),
        refusedCommands.map((command) => json(control(command), { type: 'control_refused', requestId: clientId, ...(speaker === 'display' ? { code: ERROR_CODES.forbidden } : {}) })),
      );
    }
    default:
      return exhaustiveSwitchError(speaker);
  }
}

function credentialOf(speaker: Exclude<Speaker, 'stranger'>): string {
  switch (speaker) {
    case 'police':
      return target.tokens.police;
    case 'mayor':
      return target.tokens.mayor;
    case 'display':
      return target.session.displayKey;
    case 'facilitator':
      return target.session.facilitatorKey;
    default:
      return exhaustiveSwitchError(speaker);
  }
}

// Messages that are news rather than answers: a facilitator hears who connects and leaves.
const isNews = (message: any) => message.type === 'update' || message.type === 'clock';

/** Sends each frame and checks the one answer it gets, the close when the refusal closes, and that nothing else arrives. */
async function attack(speaker: Speaker, frames: readonly Frame[]): Promise<void> {
  const client = speaker === 'stranger' ? await TestClient.connect(target.test.wsUrl) : (await TestClient.join(target.test.wsUrl, target.session.sessionId, credentialOf(speaker))).client;
  let answers = 0;
  for (const frame of frames) {
    const answer = client.next((message) => !isNews(message));
    client.socket.send(frame.data, { binary: frame.binary });
    const { refusal } = frame;
    expect(await answer).toMatchObject(refusal.type === 'error' ? { type: 'error', code: refusal.code } : refusal);
    answers += 1;
    if (refusal.type === 'error' && refusal.closeCode !== undefined) {
      expect((await client.closed).code).toBe(refusal.closeCode);
      break;
    }
  }
  if (client.socket.readyState === client.socket.OPEN) {
    // Still open after all of it, and still answering.
    expect(await client.request({ type: 'ping', nonce: 'still-there' }, (message) => !isNews(message))).toEqual({ type: 'pong', nonce: 'still-there' });
    answers += 1;
    client.close();
    await client.closed;
  }
  const welcomed = speaker === 'stranger' ? 0 : 1;
  expect(client.messages.filter((message) => !isNews(message))).toHaveLength(welcomed + answers);
  for (const news of client.messages.filter(isNews)) expect(news.entries ?? []).toEqual([]);
}

describe('random and malformed WebSocket frames at a live server', () => {
  it('answers every frame with a refusal, closes only where the protocol says so, and keeps the connection otherwise', async () => {
    const speakers = fc.constantFrom<Speaker>('stranger', 'police', 'mayor', 'display', 'facilitator');
    const runs = speakers.chain((speaker) =>
      fc.record({
        speaker: fc.constant(speaker),
        frames: fc.array(fc.oneof(noise(speaker), misplaced(speaker)), { minLength: 1, maxLength: 6 }),
      }),
    );
    await fc.assert(
      fc.asyncProperty(runs, ({ speaker, frames }) => attack(speaker, frames)),
      { numRuns: 150 },
    );
  }, 60_000);

  it('leaves the session and the stored data exactly as they were, with no bug caught on the way', async () => {
    expect(await facilitatorState(target.test, target.session)).toEqual(target.stateBefore);
    expect(target.warnings()).toEqual([]);
    expect(await target.stop()).toEqual(target.rowsBefore);
  });
});
