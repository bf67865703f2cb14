import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeWall } from '../fakeWall.ts';
import { api, createHarbourSession, startTestServer, type CreatedSession, type TestServer } from '../serverHarness.ts';

// The server reads the time of every guess from its wall clock, so the test moves time on instead of waiting.
const wall = new FakeWall();
let test: TestServer;
let session: CreatedSession;
beforeAll(async () => {
  test = await startTestServer({ wall });
  session = await createHarbourSession(test.url);
});
afterAll(async () => {
  await test.close();
});

// The whole 127.0.0.0/8 block is this machine: a second address stands for another laptop.
const GUESSER = '127.0.0.2';

/** A JSON POST sent from a chosen local address, which is what the server slows down. */
function postFrom(localAddress: string, path: string, body: unknown): Promise<{ status: number; retryAfter: string | undefined; code: string | undefined }> {
  const { port } = new URL(test.url);
  const text = JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, localAddress, method: 'POST', path, headers: { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(text) } }, (res) => {
      let answer = '';
      res.on('data', (chunk) => (answer += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, retryAfter: res.headers['retry-after'], code: JSON.parse(answer).error?.code }));
    });
    req.on('error', reject);
    req.end(text);
  });
}

/** A join code that is not this session's: same alphabet and length, one character off. */
function wrongCode(n: number): string {
  const alphabet = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
  const swapped = alphabet[(alphabet.indexOf(session.joinCode[n % 6] as string) + 1 + (n % 5)) % alphabet.length] as string;
  return `${session.joinCode.slice(0, n % 6)}${swapped}${session.joinCode.slice((n % 6) + 1)}`;
}

/** One guess, alternating between looking a code up and joining with it: both count. */
function guess(n: number, joinCode = wrongCode(n)) {
  return n % 2 === 0
    ? postFrom(GUESSER, '/api/join-code', { joinCode })
    : postFrom(GUESSER, `/api/sessions/${session.sessionId}/join`, { joinCode, name: `Raden ${n}`, role: 'wijkagent' });
}

describe('guessing join codes', () => {
  it('blocks an address after ten wrong codes, for twice as long after each further one, while the room joins as usual', async () => {
    const answers: Awaited<ReturnType<typeof guess>>[] = [];
    for (let n = 0; n < 12; n += 1) answers.push(await guess(n));
    expect(answers.slice(0, 11).map(({ status, code }) => `${status} ${code}`)).toEqual(Array(11).fill('403 wrong-join-code'));
    expect(answers[11]).toEqual({ status: 429, retryAfter: '1', code: 'too-many-attempts' });
    // Blocked means blocked: the right code does not get through either, by either door.
    expect((await guess(12, session.joinCode)).status).toBe(429);
    expect((await guess(13, session.joinCode.toLowerCase())).status).toBe(429);

    // Someone else in the room, on another address, is not held up by the guesser.
    const lookup = await api(test.url, '/api/join-code', { method: 'POST', body: { joinCode: session.joinCode } });
    expect(lookup.status).toBe(200);
    const joined = await api(test.url, `/api/sessions/${session.sessionId}/join`, { method: 'POST', body: { joinCode: session.joinCode, name: 'Anna', role: 'wijkagent' } });
    expect(joined.status).toBe(201);

    // After the pause the guesser may try again; one more wrong code doubles the pause.
    wall.advance(Number(answers[11]?.retryAfter) * 1000);
    expect(await guess(14)).toMatchObject({ status: 403, code: 'wrong-join-code' });
    expect(await guess(15)).toEqual({ status: 429, retryAfter: '2', code: 'too-many-attempts' });
    // No participant was added by any of the guesses.
    const state = await api(test.url, `/api/sessions/${session.sessionId}/state`, { credential: session.facilitatorKey });
    expect(state.body.participants.map((participant: { name: string }) => participant.name)).toEqual(['Anna']);
  });
});
