import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfPages } from '../support/pdfPages.ts';
import { api, control, createHarbourSession, HARBOUR_YAML, joinAs, startTestServer, type CreatedSession, type TestServer } from './serverHarness.ts';

let test: TestServer;
beforeAll(async () => {
  test = await startTestServer();
});
afterAll(async () => {
  await test.close();
});

const WITH_OBJECTIVE = `${HARBOUR_YAML}objectives:\n  - id: obj-roles\n    text: Everyone knows who cordons off the quay\n`;

async function createWithObjective(): Promise<CreatedSession> {
  const answer = await api(test.url, '/api/sessions', { method: 'POST', body: { scenario: WITH_OBJECTIVE, seed: 1 } });
  expect(answer.status).toBe(201);
  return answer.body;
}

const NOTES = {
  exercise: { date: '2026-11-20', place: 'Harbour office', organiser: 'Port authority', facilitator: 'Eva de Wit' },
  ratings: [{ objective: 'obj-roles', rating: 'M', notes: 'Two agencies claimed the cordon' }],
  strengths: ['Fast start'],
  improvements: ['Agree who leads the cordon'],
  plan: [{ area: 'TVB', action: 'Write the cordon lead into the plan', owner: 'politie', contact: 'Team lead', start: '2026-12-01', due: '2027-01-31', status: 'open' }],
};

describe('the debrief API', () => {
  it('stores the facilitator’s ratings and improvement plan, and reads them back', async () => {
    const session = await createWithObjective();
    const path = `/api/sessions/${session.sessionId}/notes`;
    expect((await api(test.url, path, { credential: session.facilitatorKey })).body).toEqual({
      exercise: { date: '', place: '', organiser: '', facilitator: '' },
      ratings: [],
      strengths: [],
      improvements: [],
      plan: [],
    });
    const saved = await api(test.url, path, { method: 'PUT', body: NOTES, credential: session.facilitatorKey });
    expect(saved.status).toBe(200);
    expect((await api(test.url, path, { credential: session.facilitatorKey })).body).toEqual(NOTES);
  });

  it('refuses notes about objectives or agencies the scenario does not have, and from anyone but the facilitator', async () => {
    const session = await createWithObjective();
    const path = `/api/sessions/${session.sessionId}/notes`;
    const wrongObjective = await api(test.url, path, { method: 'PUT', body: { ratings: [{ objective: 'nope', rating: 'P' }] }, credential: session.facilitatorKey });
    expect(wrongObjective.status).toBe(400);
    expect(wrongObjective.body.error.message).toContain('"nope" is not an objective');
    const wrongOwner = await api(test.url, path, { method: 'PUT', body: { plan: [{ area: 'a', action: 'b', owner: 'brandweer' }] }, credential: session.facilitatorKey });
    expect(wrongOwner.status).toBe(400);
    const badRating = await api(test.url, path, { method: 'PUT', body: { ratings: [{ objective: 'obj-roles', rating: 'excellent' }] }, credential: session.facilitatorKey });
    expect(badRating.status).toBe(400);
    expect((await api(test.url, path, { method: 'PUT', body: NOTES, credential: session.displayKey })).status).toBe(403);
    expect((await api(test.url, path, { credential: session.facilitatorKey })).body.ratings).toEqual([]);
  });

  it('exports the report as JSON, Markdown, HTML, CSV and PDF, with the notes', { timeout: 60_000 }, async () => {
    const session = await createWithObjective();
    await api(test.url, `/api/sessions/${session.sessionId}/notes`, { method: 'PUT', body: NOTES, credential: session.facilitatorKey });
    const report = (format: string) => api(test.url, `/api/sessions/${session.sessionId}/report?format=${format}`, { credential: session.facilitatorKey });
    expect((await report('json')).body.notes).toEqual(NOTES);
    const html = await report('html');
    expect(html.headers.get('content-type')).toContain('text/html');
    expect(html.text).toContain('<h2>Improvement plan</h2>');
    expect((await report('csv')).text).toContain('plan,TVB,Write the cordon lead into the plan,politie');
    expect((await report('md')).text).toContain('## Objectives');
    expect((await report('docx')).status).toBe(400);

    const pdf = await fetch(`${test.url}/api/sessions/${session.sessionId}/report?format=pdf`, { headers: { Authorization: `Bearer ${session.facilitatorKey}` } });
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(pdf.headers.get('content-disposition')).toBe(`attachment; filename="debrief-harbour-${session.sessionId}.pdf"`);
    const pages = await pdfPages(new Uint8Array(await pdf.arrayBuffer()));
    expect(pages[0]?.text).toContain('Harbour office');
    expect(pages[0]?.text).toContain('November 20, 2026');
    expect(pages.map((page) => page.text).join('\n')).toContain('Write the cordon lead into the plan');
  });

  it('dates the report by the day the session was created when the facilitator gave no date', async () => {
    const session = await createWithObjective();
    const markdown = await api(test.url, `/api/sessions/${session.sessionId}/report?format=md`, { credential: session.facilitatorKey });
    const today = new Date();
    const day = new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: 'UTC' }).format(Date.UTC(today.getFullYear(), today.getMonth(), today.getDate()));
    expect(markdown.text).toContain(`- **Date:** ${day}`);
  });

  it('opens the read-only debrief to participants and the display once play has ended', async () => {
    const session = await createHarbourSession(test.url);
    const token = await joinAs(test.url, session, 'wijkagent');
    const path = `/api/sessions/${session.sessionId}/report`;
    expect((await api(test.url, path, { credential: token })).status).toBe(403);
    await control(test.url, session, { type: 'start' });
    await control(test.url, session, { type: 'end' });
    const shared = await api(test.url, path, { credential: token });
    expect(shared.status).toBe(200);
    expect(shared.text).not.toContain('SECRET-NOTE');
    expect((await api(test.url, path, { credential: session.displayKey })).status).toBe(200);
  });

  it('lists the runs of one scenario to its organiser (here the one at this machine, with no key) and compares two: closed, persisted and new gaps', async () => {
    const first = await createHarbourSession(test.url);
    await control(test.url, first, { type: 'start' });
    await control(test.url, first, { type: 'advance', by: '10m' });
    await control(test.url, first, { type: 'end' });

    const second = await createHarbourSession(test.url);
    const police = await joinAs(test.url, second, 'wijkagent');
    await control(test.url, second, { type: 'start' });
    await control(test.url, second, { type: 'advance', by: '3m' });
    const claim = await api(test.url, `/api/sessions/${second.sessionId}/actions`, { method: 'POST', body: { type: 'claim', task: 'afzetten' }, credential: police });
    expect(claim.status).toBe(201);
    await control(test.url, second, { type: 'end' });

    const runs = await api(test.url, `/api/sessions/${second.sessionId}/runs`);
    expect(runs.status).toBe(200);
    const mine = runs.body.runs.filter((run: { sessionId: string }) => [first.sessionId, second.sessionId].includes(run.sessionId));
    expect(mine.map((run: { gapsByCode: Record<string, number> }) => run.gapsByCode['unclaimed-task'] ?? 0)).toEqual([1, 0]);

    const comparison = await api(test.url, `/api/sessions/${second.sessionId}/compare/${first.sessionId}`);
    expect(comparison.body.earlier.sessionId).toBe(first.sessionId);
    expect(comparison.body.closed.map((gap: { code: string }) => gap.code)).toContain('unclaimed-task');
    expect(comparison.body.persisted.map((gap: { code: string }) => gap.code)).toContain('undecided-decision');
    expect((await api(test.url, `/api/sessions/${second.sessionId}/compare/nosuchrun`)).status).toBe(404);
  });
});
