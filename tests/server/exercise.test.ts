import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, createHarbourSession, joinAs, startTestServer, TestClient, type TestServer } from './serverHarness.ts';

let test: TestServer;
beforeAll(async () => {
  test = await startTestServer();
});
afterAll(async () => {
  await test.close();
});

describe('a short exercise played live', () => {
  it('runs from start to debrief with the facilitator and participants on WebSockets', async () => {
    const session = await createHarbourSession(test.url);
    const facilitator = (await TestClient.join(test.wsUrl, session.sessionId, session.facilitatorKey)).client;
    const mayor = (await TestClient.join(test.wsUrl, session.sessionId, await joinAs(test.url, session, 'burgemeester', 'Carla'))).client;
    const police = (await TestClient.join(test.wsUrl, session.sessionId, await joinAs(test.url, session, 'wijkagent', 'Anna'))).client;
    let requests = 0;
    const command = (control: Record<string, unknown>) => {
      const requestId = `r${(requests += 1)}`;
      return facilitator.request({ type: 'control', requestId, control }, (message) => message.requestId === requestId);
    };
    const act = (client: TestClient, clientId: string, action: Record<string, unknown>) =>
      client.request({ type: 'action', clientId, action }, (message) => message.clientId === clientId);

    expect((await command({ type: 'start' })).type).toBe('control_accepted');
    // At 120 times the call for the mayor (1m) arrives after half a second; the facilitator waits on it, not on a timer.
    const call = mayor.next((message) => message.type === 'update' && message.entries.some((entry: any) => entry.inject === 'i2'));
    await command({ type: 'speed', factor: 120 });
    const update = await call;
    expect(update.releases.at(-1).release.decision.prompt).toBe('Close the shed?');
    await command({ type: 'pause' });

    const decided = await act(mayor, 'm1', { type: 'decide', decision: 'i2', option: 'close', rationale: 'safety first' });
    expect(decided.type).toBe('action_accepted');
    // Paused just after the call: the decision is stamped with the time the clock stood still at.
    expect(decided.at).toBeGreaterThanOrEqual(60);
    await command({ type: 'resume' });
    await command({ type: 'speed', factor: 1 });
    await command({ type: 'advance', by: '10m' });
    // The cordon was expected within 5 minutes of i3 (2m): claimed at 12m it is late.
    const claimed = await act(police, 'p1', { type: 'claim', task: 'afzetten', as: 'lead' });
    expect(claimed.type).toBe('action_accepted');
    expect(claimed.at).toBeGreaterThanOrEqual(decided.at + 600);
    expect(await act(police, 'p2', { type: 'exercise', authority: 'sluiten' })).toMatchObject({ type: 'action_accepted' });
    expect((await command({ type: 'end' })).clock.status).toBe('ended');
    expect(await act(police, 'p3', { type: 'note', text: 'too late' })).toMatchObject({ type: 'action_refused', code: 'ended' });

    const report = await api(test.url, `/api/sessions/${session.sessionId}/report`, { credential: session.facilitatorKey });
    const codes = report.body.gaps.map((gap: any) => `${gap.code}:${gap.task ?? gap.authority ?? gap.inject ?? ''}`);
    expect(codes).toContain('late-response:afzetten');
    expect(codes).toContain('authority-overreach:sluiten');
    expect(codes).not.toContain('undecided-decision:i2');
    expect(report.body.timeline.filter((entry: any) => entry.type !== 'released').map((entry: any) => entry.type)).toEqual(['decide', 'claim', 'exercise']);
    for (const client of [facilitator, mayor, police]) client.close();
  });
});
