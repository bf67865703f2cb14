import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { PHONE, launchChromium, openPerson, type Person } from './support/browser.ts';
import { act, joinExercise, KEMPENHOEVE_MAYOR, message, recorded } from './support/participantUi.ts';
import { fetchReport } from './support/reportApi.ts';
import { skipStepsAfterAFailure } from './support/steps.ts';

// A participant's phone on a bad room network (issue 17): it drops the network and the page is
// reloaded. The app shell comes from the service worker and the screen from what the phone
// kept; what the participant does meanwhile waits on the phone and is stored once, later.

const OPENING = 'Start actiedag, spreek per deellocatie een trekker af';
const OFFLINE_NOTE = 'Herladen zonder netwerk, toch genoteerd.';

const baseUrl = inject('baseUrl');
let browser: Browser;
let mayor: Person;
const session = { id: '', key: '' };

beforeAll(async () => {
  browser = await launchChromium(inject('chromium'));
  mayor = await openPerson(browser, baseUrl, PHONE);
});

afterAll(async () => {
  await browser?.close();
});

skipStepsAfterAFailure();

async function post(path: string, body: unknown, key?: string): Promise<any> {
  const response = await fetch(`${baseUrl}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(key === undefined ? {} : { authorization: `Bearer ${key}` }) },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`POST ${path} answered ${response.status}: ${await response.text()}`);
  return response.json();
}

async function notesWith(text: string): Promise<number> {
  const { timeline } = await fetchReport(baseUrl, session.id, session.key);
  return timeline.filter((entry) => entry.type === 'note' && entry.text === text).length;
}

describe('a phone that reloads without a network', () => {
  it('joins a running exercise, and the page keeps its shell and what it shows for later', async () => {
    const created = await post('/api/sessions', { scenarioId: 'kempenhoeve' });
    session.id = created.sessionId;
    session.key = created.facilitatorKey;
    await joinExercise(mayor.page, created.joinCode, KEMPENHOEVE_MAYOR);
    await post(`/api/sessions/${session.id}/control`, { type: 'start' }, session.key);
    await message(mayor.page, OPENING).waitFor();
    // The worker has the shell once it controls the page, and the view is written shortly after it changes.
    await mayor.page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await mayor.page.waitForFunction((id) => Object.keys(localStorage).some((key) => key.startsWith(`samenspel.${id}.`) && key.endsWith('.view')), session.id);
  });

  it('opens the inbox again after a reload without a network, and keeps an action made then on the phone', async () => {
    const { page, context } = mayor;
    await context.setOffline(true);
    await page.reload();
    await page.getByRole('heading', { name: 'Inbox' }).waitFor();
    await message(page, OPENING).waitFor();
    const note = await act(page, 'Note', (form) => form.getByLabel('Text', { exact: true }).fill(OFFLINE_NOTE));
    await note.getByRole('status').filter({ hasText: 'Saved on this device' }).waitFor();
    await page.getByText('1 action waiting to be sent').waitFor();
    expect(await notesWith(OFFLINE_NOTE)).toBe(0);
    expect(mayor.errors).toEqual([]);
  });

  it('sends the action once the network is back, and the server stores it exactly once', async () => {
    const { page, context } = mayor;
    await context.setOffline(false);
    await recorded(page.getByRole('region', { name: 'What do you do?' }).getByRole('form', { name: 'Note' })).waitFor();
    // A later action on the same connection is stored after any resend of the first: once it is recorded, a duplicate would be in the log already.
    const later = await act(page, 'Note', (form) => form.getByLabel('Text', { exact: true }).fill('Weer online.'));
    await recorded(later).waitFor();
    expect(await notesWith(OFFLINE_NOTE)).toBe(1);
    expect(mayor.errors).toEqual([]);
  });
});
