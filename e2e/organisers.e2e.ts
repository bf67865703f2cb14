import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { LAPTOP, launchChromium, openPerson, type Person } from './support/browser.ts';
import { screenshot } from './support/screenshots.ts';
import { skipStepsAfterAFailure } from './support/steps.ts';

// The organiser of the embedded default: on the server's own machine (127.0.0.1) the visitor is
// the local organiser with no password. They create an exercise on the start page, two runs are
// played quickly over the API, and the debrief compares them in Chromium.

const SCENARIO_TITLE = 'Actiedag Kempenhoeve';
const baseUrl = inject('baseUrl');
let browser: Browser;
let organiser: Person;
const runs = { first: { id: '', key: '' }, second: { id: '', key: '' } };

beforeAll(async () => {
  browser = await launchChromium(inject('chromium'));
  organiser = await openPerson(browser, baseUrl, LAPTOP);
});

afterAll(async () => {
  await browser?.close();
});

skipStepsAfterAFailure();

async function call(path: string, key: string | undefined, body?: unknown): Promise<any> {
  const response = await fetch(`${baseUrl}${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { ...(key === undefined ? {} : { Authorization: `Bearer ${key}` }), ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  if (!response.ok) throw new Error(`${path} answered ${response.status}: ${await response.text()}`);
  return response.json();
}

/** Plays a run to its end over the API: start, jump ahead, end. */
async function playQuickly(run: { id: string; key: string }, by: string): Promise<void> {
  for (const command of [{ type: 'start' }, { type: 'advance', by }, { type: 'end' }]) await call(`/api/sessions/${run.id}/control`, run.key, command);
}

describe('the organiser on the server\'s own machine', () => {
  it('is told on the start page that they are the organiser, with no password, and creates an exercise', async () => {
    const { page } = organiser;
    await page.goto('/');
    await page.getByText('You are the organiser').waitFor();
    expect(await page.getByRole('checkbox', { name: 'Let others in the room create exercises' }).isChecked()).toBe(false);
    const card = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: SCENARIO_TITLE }) });
    const created = page.waitForResponse((response) => response.request().method() === 'POST' && new URL(response.url()).pathname === '/api/sessions');
    await card.getByRole('button', { name: 'Create exercise' }).click();
    const answer = (await (await created).json()) as { sessionId: string; facilitatorKey: string };
    runs.first = { id: answer.sessionId, key: answer.facilitatorKey };
    await page.getByRole('heading', { name: 'Controls' }).waitFor();
  });

  it('plays that run and a second one quickly over the API', async () => {
    const second = await call('/api/sessions', undefined, { scenarioId: 'kempenhoeve' });
    runs.second = { id: second.sessionId, key: second.facilitatorKey };
    await playQuickly(runs.first, '10m');
    await playQuickly(runs.second, '2h');
  });

  it('compares the two runs in the debrief', async () => {
    const { page, errors } = organiser;
    await page.goto(`/debrief/${runs.first.id}`);
    const section = page.getByRole('region', { name: 'Comparing runs' });
    // Runs are listed oldest first: the second run is the last one to compare with.
    await section.getByRole('button', { name: 'Compare with this run' }).last().click();
    await section.getByText(/^Run of .+ → run of .+$/).waitFor();
    for (const group of ['Closed', 'Persisted', 'New']) await section.getByRole('region', { name: new RegExp(`^${group} \\(\\d+\\)$`) }).waitFor();
    // The comparison the browser shows is the server's, of exactly these two runs.
    const comparison = await call(`/api/sessions/${runs.first.id}/compare/${runs.second.id}`, undefined);
    expect([comparison.earlier.sessionId, comparison.later.sessionId]).toEqual([runs.first.id, runs.second.id]);
    const shownClosed = await section.getByRole('region', { name: /^Closed/ }).getByRole('heading').first().textContent();
    expect(shownClosed).toBe(`Closed (${comparison.closed.length})`);
    await screenshot(page, 'organiser-compares-runs');
    expect(errors).toEqual([]);
  });
});
