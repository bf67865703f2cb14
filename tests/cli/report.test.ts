import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { api, control, createHarbourSession, joinAs, startTestServer, tempDir } from '../server/serverHarness.ts';
import { pdfPages } from '../support/pdfPages.ts';
import { runCli } from './runCli.ts';

/** A server on its own data folder with one exercise played: an overreach and an improvement plan. */
async function playStoredExercise() {
  const data = tempDir('report');
  const dataDir = join(data.path, 'data');
  const test = await startTestServer({ dataDir });
  const session = await createHarbourSession(test.url);
  const police = await joinAs(test.url, session, 'wijkagent');
  await control(test.url, session, { type: 'start' });
  await control(test.url, session, { type: 'advance', by: '2m' });
  await api(test.url, `/api/sessions/${session.sessionId}/actions`, { method: 'POST', body: { type: 'exercise', authority: 'sluiten' }, credential: police });
  await api(test.url, `/api/sessions/${session.sessionId}/notes`, {
    method: 'PUT',
    body: { exercise: { place: 'Harbour office', facilitator: 'Eva de Wit' }, plan: [{ area: 'Powers', action: 'Only the mayor closes premises', owner: 'gemeente' }] },
    credential: session.facilitatorKey,
  });
  return { data, dataDir, test, session };
}

describe('samenspel report', () => {
  it('prints the debrief of a stored exercise, with the facilitator’s plan, once the server has stopped', async () => {
    const { data, dataDir, test, session } = await playStoredExercise();

    const whileRunning = await runCli(['report', session.sessionId, '--data', dataDir]);
    expect(whileRunning.code).toBe(1);
    expect(whileRunning.stderr).toContain('in use by another process');
    await test.close();
    data.remove();
  });

  it('reads a stopped server’s data folder in every format', async () => {
    const { data, dataDir, test, session } = await playStoredExercise();
    await test.close();

    const json = await runCli(['report', session.sessionId, '--data', dataDir]);
    expect(json.stderr).toBe('');
    expect(json.code).toBe(0);
    const report = JSON.parse(json.stdout);
    expect(report.gaps.map((gap: { code: string }) => gap.code)).toContain('authority-overreach');
    expect(report.notes.plan[0].action).toBe('Only the mayor closes premises');
    expect((await runCli(['report', session.sessionId, '--data', dataDir, '--format', 'html'])).stdout).toContain('<h2>Improvement plan</h2>');
    expect((await runCli(['report', session.sessionId, '--data', dataDir, '--format', 'csv'])).stdout).toContain('plan,Powers');
    const pdfFile = join(data.path, 'report.pdf');
    expect((await runCli(['report', session.sessionId, '--data', dataDir, '--format', 'pdf', '--out', pdfFile])).code).toBe(0);
    const pages = await pdfPages(readFileSync(pdfFile));
    expect(pages[0]?.text).toContain('Harbour office');
    expect(pages[0]?.text).toContain('Eva de Wit');
    expect(pages.map((page) => page.text).join('\n')).toContain('Only the mayor closes premises');
    expect((await runCli(['report', 'nosuchsession', '--data', dataDir])).stderr).toContain('there is no session nosuchsession');
    data.remove();
  });

  it('explains a missing data folder and bad usage', async () => {
    const missing = await runCli(['report', 'abc', '--data', '/nonexistent/samenspel-data']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('there is no Samenspel database');
    expect((await runCli(['report'])).code).toBe(2);
    expect((await runCli(['report', 'abc', '--format', 'docx'])).code).toBe(2);
  });
});
