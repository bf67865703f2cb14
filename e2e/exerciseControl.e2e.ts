import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { DebriefReport } from '../src/analysis/report.ts';
import type { ObservationsBody } from '../src/shared/httpApi.ts';
import { LAPTOP, PHONE, PROJECTOR, TABLET, launchChromium, openPerson, type Person } from './support/browser.ts';
import { sidewaysOverflow } from './support/layout.ts';
import { joinExercise, message, openMessage, recorded, type Seat } from './support/participantUi.ts';
import { fetchReport } from './support/reportApi.ts';
import { SCREENSHOT_DIR, screenshot } from './support/screenshots.ts';
import { skipStepsAfterAFailure } from './support/steps.ts';

// The exercise control team of issue 13 in real browsers, on one session of the default
// scenario: a projector that finds the join code on the server, an inject the facilitator
// improvises and a participant answers, and an evaluator on a tablet whose observations, one
// written offline, reach the console and the debrief under their objective. The steps run in
// order and share the session.

const SCENARIO_TITLE = 'Actiedag Kempenhoeve';
const EVALUATOR = 'Eva Jansen';
// Two objectives of scenarios/kempenhoeve.yaml, one observation about each.
const LEVELS_OBJECTIVE = 'Strategisch, tactisch en operationeel niveau sluiten op elkaar aan.';
const INFORMATION_OBJECTIVE = 'Informatie wordt alleen gedeeld waar een grondslag voor is.';
const ONLINE_OBSERVATION = 'De burgemeester beantwoordt de pers zelf, zonder de politie te raadplegen.';
const OFFLINE_OBSERVATION = 'Niemand vraagt naar de grondslag voordat er gegevens worden gedeeld.';

const mayorSeat: Seat = { name: 'Anne de Wit', agency: 'Gemeente Heidebeek', role: 'Burgemeester' };

const baseUrl = inject('baseUrl');
let browser: Browser;
let facilitator: Person;
let display: Person | undefined;
let mayor: Person;
let evaluator: Person | undefined;
const session = { id: '', key: '', joinCode: '', displayLink: '', evaluatorLink: '', injectTitle: '' };

beforeAll(async () => {
  browser = await launchChromium(inject('chromium'));
  facilitator = await openPerson(browser, baseUrl, LAPTOP);
  mayor = await openPerson(browser, baseUrl, PHONE);
});

afterAll(async () => {
  await browser?.close();
});

skipStepsAfterAFailure();

function report(): Promise<DebriefReport> {
  return fetchReport(baseUrl, session.id, session.key);
}

/** The observations as the facilitator's key reads them over HTTP. */
async function storedObservations(): Promise<ObservationsBody['observations']> {
  const response = await fetch(`${baseUrl}/api/sessions/${encodeURIComponent(session.id)}/observations`, { headers: { authorization: `Bearer ${session.key}` } });
  if (!response.ok) throw new Error(`GET observations answered ${response.status}: ${await response.text()}`);
  return ((await response.json()) as ObservationsBody).observations;
}

describe('the exercise control team in real browsers', () => {
  it('creates an exercise, and a projector opened with the display link alone, in a fresh context, shows the join code and its QR before play', async () => {
    const { page } = facilitator;
    await page.goto('/');
    const card = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: SCENARIO_TITLE }) });
    const created = page.waitForResponse((response) => response.request().method() === 'POST' && new URL(response.url()).pathname === '/api/sessions');
    await card.getByRole('button', { name: 'Create exercise' }).click();
    const answer = (await (await created).json()) as { sessionId: string; facilitatorKey: string };
    session.id = answer.sessionId;
    session.key = answer.facilitatorKey;
    await page.getByRole('heading', { name: 'Controls' }).waitFor();
    const participantLink = await page.getByRole('textbox', { name: 'Link for participants' }).inputValue();
    session.joinCode = participantLink.slice(participantLink.lastIndexOf('/') + 1);
    expect(session.joinCode).toMatch(/^[A-Z0-9]{4,}$/);

    // The console's link carries the code; without it, only the server can tell the projector.
    const fullLink = await page.getByRole('textbox', { name: 'Link for the projector' }).inputValue();
    expect(fullLink).toContain(`&code=${session.joinCode}`);
    session.displayLink = fullLink.replace(/&code=[^&]*/, '');
    expect(session.displayLink).toMatch(new RegExp(`/display/${session.id}#key=[^&]+$`));

    // A context of its own: no storage shared with the facilitator's laptop.
    display = await openPerson(browser, baseUrl, PROJECTOR);
    await display.page.goto(session.displayLink);
    await display.page.getByRole('heading', { name: SCENARIO_TITLE, level: 1 }).waitFor();
    await display.page.getByText(session.joinCode, { exact: true }).waitFor();
    await display.page.getByRole('img', { name: `Join at ${baseUrl}/join/${session.joinCode}` }).waitFor();
    expect(display.page.url()).toBe(`${baseUrl}/display/${session.id}`);
    await screenshot(display.page, 'control-01-display-code-from-server');
  });

  it('lets the facilitator create an evaluator link in the Evaluators panel', async () => {
    const panel = facilitator.page.getByRole('region', { name: 'Evaluators', exact: true });
    await panel.getByText('No evaluators yet.').waitFor();
    await panel.getByLabel('Name', { exact: true }).fill(EVALUATOR);
    await panel.getByRole('button', { name: 'Create evaluator link' }).click();
    await panel.getByRole('status').filter({ hasText: `The link for ${EVALUATOR}: hand it over now.` }).waitFor();
    await panel.getByRole('img', { name: `Evaluator link for ${EVALUATOR}` }).waitFor();
    session.evaluatorLink = await panel.getByRole('textbox', { name: `Evaluator link for ${EVALUATOR}` }).inputValue();
    expect(session.evaluatorLink).toMatch(new RegExp(`^${baseUrl}/evaluate/${session.id}#token=.+`));
    await panel.getByRole('list', { name: 'Evaluators so far' }).getByText(EVALUATOR).waitFor();
  });

  it('releases an inject the facilitator improvises from the press template, which the mayor receives and answers', async () => {
    await joinExercise(mayor.page, session.joinCode, mayorSeat);
    const { page } = facilitator;
    await page.getByRole('region', { name: /^Participants/ }).getByText('1 of 1 connected').waitFor();
    await page.getByRole('button', { name: 'Start', exact: true }).click();
    await page.getByRole('button', { name: 'Pause', exact: true }).waitFor();

    const panel = page.getByRole('form', { name: 'New inject' });
    await page.getByRole('group', { name: 'Start from' }).getByRole('button', { name: 'The press asks for a statement' }).click();
    const addressees = panel.getByRole('group', { name: 'To', exact: true });
    await addressees.getByRole('checkbox', { name: mayorSeat.agency, exact: true }).check();
    // The template is written in the scenario's language, Dutch, for the participants.
    session.injectTitle = await panel.getByLabel('Title', { exact: true }).inputValue();
    expect(session.injectTitle).toBe('De pers vraagt om een verklaring');
    await panel.getByRole('region', { name: 'Preview' }).waitFor();
    await panel.getByRole('button', { name: 'Release now' }).click();
    await panel.getByRole('status').filter({ hasText: 'Released as adhoc-1.' }).waitFor();

    const received = await openMessage(mayor.page, session.injectTitle);
    await received.getByText('Answer this message').click();
    const answer = received.getByRole('form', { name: 'Answer a message' });
    await answer.getByLabel('Text', { exact: true }).fill('De burgemeester geeft om 14.00 uur een korte verklaring.');
    await answer.getByRole('button', { name: 'Send' }).click();
    await recorded(answer).waitFor();

    const timeline = (await report()).timeline;
    const improvised = timeline.filter((entry) => entry.type === 'improvise');
    expect(improvised.map((entry) => ('inject' in entry && typeof entry.inject === 'object' ? [entry.inject.id, entry.inject.title] : []))).toEqual([
      ['adhoc-1', session.injectTitle],
    ]);
    expect(timeline.filter((entry) => entry.type === 'released' && entry.inject === 'adhoc-1')).toHaveLength(1);
    expect(timeline.filter((entry) => entry.type === 'respond').map((entry) => ('by' in entry && 'inject' in entry ? [entry.by, entry.inject] : []))).toEqual([
      ['burgemeester', 'adhoc-1'],
    ]);
  });

  it('lets an evaluator on a tablet record an observation online and one offline, each stored once and shown on the console', async () => {
    evaluator = await openPerson(browser, baseUrl, TABLET);
    const { page, context } = evaluator;
    await page.goto(session.evaluatorLink);
    await page.getByText(`Evaluator: ${EVALUATOR}`).waitFor();
    expect(page.url()).toBe(`${baseUrl}/evaluate/${session.id}`);
    const form = page.getByRole('form', { name: 'New observation' });
    const own = page.getByRole('region', { name: 'My observations' });
    const storedItem = (text: string) => own.getByRole('listitem').filter({ hasText: text }).filter({ hasText: `by ${EVALUATOR}` });

    await form.getByLabel('What did you see?').fill(ONLINE_OBSERVATION);
    await form.getByLabel('Objective', { exact: true }).selectOption({ label: LEVELS_OBJECTIVE });
    await form.getByRole('group', { name: 'Suggested rating for the objective' }).getByRole('radio', { name: 'S', exact: true }).check();
    await form.getByRole('button', { name: 'Save observation' }).click();
    await storedItem(ONLINE_OBSERVATION).waitFor();
    await expect.poll(async () => (await storedObservations()).map((observation) => observation.text)).toEqual([ONLINE_OBSERVATION]);

    await context.setOffline(true);
    await page.getByText('Connection lost: reconnecting…').waitFor();
    await form.getByLabel('What did you see?').fill(OFFLINE_OBSERVATION);
    await form.getByLabel('Objective', { exact: true }).selectOption({ label: INFORMATION_OBJECTIVE });
    await form.getByRole('group', { name: 'Suggested rating for the objective' }).getByRole('radio', { name: 'M', exact: true }).check();
    await form.getByRole('button', { name: 'Save observation' }).click();
    await form.getByRole('status').filter({ hasText: 'Saved on this device; it will be sent when the connection is back.' }).waitFor();
    await own.getByRole('listitem').filter({ hasText: OFFLINE_OBSERVATION }).getByText('waiting to send').waitFor();
    await screenshot(page, 'control-02-evaluator-offline');
    expect((await storedObservations()).map((observation) => observation.text)).toEqual([ONLINE_OBSERVATION]);

    await context.setOffline(false);
    await storedItem(OFFLINE_OBSERVATION).waitFor();
    expect(await own.getByText('waiting to send').count()).toBe(0);
    await screenshot(page, 'control-03-evaluator-tablet');
    expect(await sidewaysOverflow(page), 'the evaluator screen is wider than a tablet').toBe(0);

    const feed = facilitator.page.getByRole('region', { name: 'Observations', exact: true });
    for (const text of [ONLINE_OBSERVATION, OFFLINE_OBSERVATION]) await feed.getByRole('listitem').filter({ hasText: text }).waitFor();
    expect(await feed.getByRole('listitem').count()).toBe(2);

    const stored = await storedObservations();
    expect(stored.map((observation) => [observation.text, observation.objective, observation.rating, observation.by])).toEqual([
      [ONLINE_OBSERVATION, 'obj-lagen', 'S', EVALUATOR],
      [OFFLINE_OBSERVATION, 'obj-informatie', 'M', EVALUATOR],
    ]);
  });

  it('shows both observations under their objective in the debrief once the facilitator ends the exercise', async () => {
    const { page } = facilitator;
    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: 'End exercise' }).click();
    await page.getByRole('region', { name: 'Controls' }).getByText('Ended', { exact: true }).waitFor();
    await page.getByRole('link', { name: 'Open the debrief' }).click();

    const section = page.getByRole('region', { name: 'Objectives and observations' });
    for (const [objective, text, rating] of [
      [LEVELS_OBJECTIVE, ONLINE_OBSERVATION, 'S'],
      [INFORMATION_OBJECTIVE, OFFLINE_OBSERVATION, 'M'],
    ] as const) {
      const group = section.getByRole('region', { name: objective, exact: true });
      await group.getByRole('heading', { name: '1 observation', exact: true }).waitFor();
      const item = group.getByRole('listitem').filter({ hasText: text });
      await item.getByText(`suggests ${rating}`).waitFor();
      await item.getByText(`by ${EVALUATOR}`).waitFor();
    }
    expect(await section.getByRole('listitem').filter({ hasText: ONLINE_OBSERVATION }).count()).toBe(1);
    expect(await section.getByRole('listitem').filter({ hasText: OFFLINE_OBSERVATION }).count()).toBe(1);
    await screenshot(page, 'control-04-debrief');
    await section.scrollIntoViewIfNeeded();
    await section.screenshot({ path: `${SCREENSHOT_DIR}/control-05-debrief-observations.png` });
  });

  it('throws no error in any page along the way', () => {
    expect([facilitator, display, mayor, evaluator].flatMap((person) => person?.errors ?? [])).toEqual([]);
  });
});
