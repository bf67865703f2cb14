import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, control, createHarbourSession, joinAs, startTestServer, TestClient, type TestServer } from './serverHarness.ts';

let test: TestServer;
beforeAll(async () => {
  test = await startTestServer();
});
afterAll(async () => {
  await test.close();
});

/** Index of the first frame in which a release of `inject` reaches the client. */
function firstReleaseFrame(frames: readonly string[], inject: string): number {
  return frames.findIndex((frame) => frame.includes(`"type":"released","inject":"${inject}"`));
}

describe('secrecy over a whole exercise', () => {
  it('never sends a participant facilitator notes, expectations, the seed, other agencies\u2019 injects or anything before its release', async () => {
    const session = await createHarbourSession(test.url);
    const policeToken = await joinAs(test.url, session, 'wijkagent');
    const mayorToken = await joinAs(test.url, session, 'burgemeester');
    const police = await TestClient.join(test.wsUrl, session.sessionId, policeToken);
    const mayor = await TestClient.join(test.wsUrl, session.sessionId, mayorToken);
    const display = await TestClient.join(test.wsUrl, session.sessionId, session.displayKey);
    const httpBodies: string[] = [];
    const policeState = async () => httpBodies.push((await api(test.url, `/api/sessions/${session.sessionId}/state`, { credential: policeToken })).text);

    await control(test.url, session, { type: 'start' });
    await policeState();
    // The live clock at 120 times releases i2 (at 1m) after half a second of wall time.
    await control(test.url, session, { type: 'speed', factor: 120 });
    await mayor.client.next((message) => message.type === 'update' && message.entries.some((entry: any) => entry.inject === 'i2'));
    await control(test.url, session, { type: 'pause' });
    await api(test.url, `/api/sessions/${session.sessionId}/actions`, { method: 'POST', credential: mayorToken, body: { type: 'decide', decision: 'i2', option: 'close' } });
    await control(test.url, session, { type: 'resume' });
    await control(test.url, session, { type: 'speed', factor: 1 });
    await control(test.url, session, { type: 'advance', by: '2m' });
    await police.client.request({ type: 'action', clientId: 'p1', action: { type: 'claim', task: 'afzetten' } }, (message) => message.clientId === 'p1');
    await policeState();
    await control(test.url, session, { type: 'advance', by: '20m' });
    await control(test.url, session, { type: 'fire', event: 'e1' });
    const ended = [police, mayor, display].map(({ client }) => client.next((message) => message.type === 'update' && message.fields.status === 'ended'));
    await control(test.url, session, { type: 'end' });
    await Promise.all(ended);
    await policeState();

    const policeBytes = [...police.client.frames, ...httpBodies].join('\n');
    expect(policeBytes).toContain('SECRET-BODY-I3');
    for (const secret of ['SECRET-NOTE', 'facilitatorNotes', '"expects"', '"seed"', 'SECRET-BODY-I2', '"upcoming"', '"trigger"']) {
      expect(policeBytes).not.toContain(secret);
    }
    const mayorBytes = mayor.client.frames.join('\n');
    expect(mayorBytes).toContain('SECRET-BODY-I2');
    for (const secret of ['SECRET-NOTE', 'facilitatorNotes', '"expects"', '"seed"', 'SECRET-BODY-I3', 'SECRET-TITLE-I3', '"claim"']) {
      expect(mayorBytes).not.toContain(secret);
    }
    const displayBytes = display.client.frames.join('\n');
    for (const secret of ['SECRET-NOTE', 'facilitatorNotes', '"upcoming"', '"seed"']) expect(displayBytes).not.toContain(secret);

    // Nothing of an inject or event reaches anyone before the frame that releases it.
    for (const client of [police.client, mayor.client, display.client]) {
      for (const [inject, marker] of [['i3', 'SECRET-TITLE-I3'], ['i4', 'SECRET-TITLE-I4'], ['e1', 'SECRET-TITLE-E1']] as const) {
        const released = firstReleaseFrame(client.frames, inject);
        const firstMention = client.frames.findIndex((frame) => frame.includes(marker));
        if (firstMention !== -1) expect(firstMention).toBe(released);
      }
    }
    expect(firstReleaseFrame(police.client.frames, 'e1')).toBeGreaterThan(0);
    for (const { client } of [police, mayor, display]) client.close();
  });

  it('gives the facilitator everything, notes and what is still to come included', async () => {
    const session = await createHarbourSession(test.url);
    const { client, welcome } = await TestClient.join(test.wsUrl, session.sessionId, session.facilitatorKey);
    const text = JSON.stringify(welcome);
    expect(text).toContain('SECRET-NOTE-I2');
    expect(welcome.projection.upcoming.map((item: any) => item.id)).toEqual(['i1', 'i2', 'i3', 'i4', 'e1']);
    client.close();
  });
});
