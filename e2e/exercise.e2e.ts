import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { DebriefReport } from '../src/analysis/report.ts';
import { LAPTOP, PHONE, PROJECTOR, launchChromium, openPerson, type Person } from './support/browser.ts';
import { sidewaysOverflow } from './support/layout.ts';
import { act, decide, joinExercise, message, openMessage, recorded, type Seat } from './support/participantUi.ts';
import { fetchReport } from './support/reportApi.ts';
import { screenshot } from './support/screenshots.ts';
import { skipStepsAfterAFailure } from './support/steps.ts';

// One whole exercise of the default scenario, as a room plays it: a facilitator's laptop, a
// projector, and three organisations on their own devices. The steps run in order and share
// the session, like the morning they stand for.

const SCENARIO_TITLE = 'Actiedag Kempenhoeve';
const HOLIDAY_PARK_LEAD = 'Leiding deellocatie vakantiepark Kempenhoeve';
const OPENING = 'Start actiedag, spreek per deellocatie een trekker af';
const ANGRY_MANAGER = 'Parkbeheerder is boos';
const HIDDEN_SPACE = 'Verborgen ruimte in een bestelbus';
const BUS_FIND = 'Vondst in de verborgen ruimte van de bestelbus';
const PLANTED_GAPS = ['lead-deviation', 'contested-lead', 'authority-overreach', 'sharing-without-basis', 'unanswered-request'];

const mayorSeat: Seat = { name: 'Anne de Wit', agency: 'Gemeente Heidebeek', role: 'Burgemeester' };
const policeSeat: Seat = { name: 'Bram Koster', agency: 'Politie, district Heidebeek', role: 'Officier van dienst politie' };
const customsSeat: Seat = { name: 'Carla Smit', agency: 'Douane', role: 'Teamleider mobiel toezicht' };

const baseUrl = inject('baseUrl');
let browser: Browser;
let facilitator: Person;
let display: Person;
let mayor: Person;
let police: Person;
let customs: Person;
const session = { id: '', key: '', joinCode: '', displayLink: '' };

beforeAll(async () => {
  browser = await launchChromium(inject('chromium'));
  facilitator = await openPerson(browser, baseUrl, LAPTOP);
  display = await openPerson(browser, baseUrl, PROJECTOR);
  mayor = await openPerson(browser, baseUrl, PHONE);
  police = await openPerson(browser, baseUrl, LAPTOP);
  customs = await openPerson(browser, baseUrl, LAPTOP);
});

afterAll(async () => {
  await browser?.close();
});

skipStepsAfterAFailure();

function report(): Promise<DebriefReport> {
  return fetchReport(baseUrl, session.id, session.key);
}

/** Saves what the screen shows as a screenshot, and checks that nothing on it sticks out sideways. */
async function lookAt(page: Page, name: string): Promise<void> {
  await screenshot(page, name);
  expect(await sidewaysOverflow(page), `${name}: the page is wider than its window`).toBe(0);
}

async function advance(page: Page, by: string): Promise<void> {
  await page.getByRole('group', { name: 'Jump ahead' }).getByRole('button', { name: by, exact: true }).click();
}

describe('a whole exercise in real browsers', () => {
  it('lets the facilitator create an exercise from the default scenario on the start page', async () => {
    const { page } = facilitator;
    await page.goto('/');
    const card = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: SCENARIO_TITLE }) });
    await card.getByRole('button', { name: 'Create exercise' }).waitFor();
    await lookAt(page, '01-start');
    const created = page.waitForResponse((response) => response.request().method() === 'POST' && new URL(response.url()).pathname === '/api/sessions');
    await card.getByRole('button', { name: 'Create exercise' }).click();
    const answer = (await (await created).json()) as { sessionId: string; facilitatorKey: string };
    session.id = answer.sessionId;
    session.key = answer.facilitatorKey;

    await page.getByRole('heading', { name: 'Controls' }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/facilitate/${session.id}`);
    // The key is kept on the device and taken out of the address bar, away from the projector.
    expect(page.url()).not.toContain(session.key);
    const participantLink = await page.getByRole('textbox', { name: 'Link for participants' }).inputValue();
    session.joinCode = participantLink.slice(participantLink.lastIndexOf('/') + 1);
    session.displayLink = await page.getByRole('textbox', { name: 'Link for the projector' }).inputValue();

    expect(participantLink).toBe(`${baseUrl}/join/${session.joinCode}`);
    expect(session.joinCode).toMatch(/^[A-Z0-9]{4,}$/);
    expect(session.displayLink).toContain(`/display/${session.id}#key=`);
    expect((await report()).timeline).toEqual([]);
    await lookAt(page, '02-console-before-play');
  });

  it('opens the display on its link, inviting the room with the join code and its QR code', async () => {
    const { page } = display;
    await page.goto(session.displayLink);
    await page.getByRole('heading', { name: SCENARIO_TITLE, level: 1 }).waitFor();
    await page.getByText(session.joinCode, { exact: true }).waitFor();
    await page.getByRole('img', { name: `Join at ${baseUrl}/join/${session.joinCode}` }).waitFor();
    expect(page.url()).toBe(`${baseUrl}/display/${session.id}`);
    await lookAt(page, '03-display-before-play');
  });

  it('lets three organisations join through the join link, each on their own device, and the console sees them connected', async () => {
    await joinExercise(mayor.page, session.joinCode, mayorSeat);
    await joinExercise(police.page, session.joinCode, policeSeat);
    await joinExercise(customs.page, session.joinCode, customsSeat);

    await mayor.page.getByText('Burgemeester · Gemeente Heidebeek').waitFor();
    await police.page.getByText('Officier van dienst politie · Politie, district Heidebeek').waitFor();
    await customs.page.getByText('Teamleider mobiel toezicht · Douane').waitFor();
    const participants = facilitator.page.getByRole('region', { name: /^Participants/ });
    await participants.getByText('3 of 3 connected').waitFor();
    for (const seat of [mayorSeat, policeSeat, customsSeat]) await participants.getByRole('heading', { name: seat.agency }).waitFor();
  });

  it('sends the opening messages to every participant once the facilitator starts', async () => {
    await facilitator.page.getByRole('button', { name: 'Start', exact: true }).click();
    await facilitator.page.getByRole('button', { name: 'Pause', exact: true }).waitFor();
    for (const person of [mayor, police, customs]) await message(person.page, OPENING).waitFor();
    expect((await report()).timeline.filter((entry) => entry.type === 'released').map((entry) => ('inject' in entry ? entry.inject : ''))).toEqual(['i01', 'i02']);
  });

  it('records two organisations claiming the lead on the holiday park, the police before the municipality', async () => {
    const policeClaim = await act(police.page, 'Claim a task', (form) => form.getByLabel('Task', { exact: true }).selectOption({ label: HOLIDAY_PARK_LEAD }));
    await recorded(policeClaim).waitFor();
    const mayorClaim = await act(mayor.page, 'Claim a task', (form) => form.getByLabel('Task', { exact: true }).selectOption({ label: HOLIDAY_PARK_LEAD }));
    await recorded(mayorClaim).waitFor();

    const claims = (await report()).timeline.filter((entry) => entry.type === 'claim');
    expect(claims.map((entry) => [entry.by, entry.task, entry.as])).toEqual([
      ['ovd-politie', 'leiding-vakantiepark', 'lead'],
      ['burgemeester', 'leiding-vakantiepark', 'lead'],
    ]);
  });

  it('releases the next messages as the facilitator jumps ahead, and the municipality and customs decide on them', async () => {
    await advance(facilitator.page, '+15m');
    await message(mayor.page, ANGRY_MANAGER).waitFor();
    await recorded(await decide(mayor.page, ANGRY_MANAGER, 'De burgemeester belt hem zelf')).waitFor();

    await advance(facilitator.page, '+15m');
    await message(customs.page, HIDDEN_SPACE).waitFor();
    await recorded(await decide(customs.page, HIDDEN_SPACE, 'Overdragen aan de politie voor strafrechtelijk onderzoek')).waitFor();

    const decisions = (await report()).timeline.filter((entry) => entry.type === 'decide');
    expect(decisions.map((entry) => [entry.by, entry.decision, entry.option])).toEqual([
      ['burgemeester', 'i03', 'burgemeester-belt'],
      ['douane-teamleider', 'i04', 'overdragen'],
    ]);
    // The angry park manager phoned the municipality only: the police never see that message.
    await message(police.page, HIDDEN_SPACE).waitFor();
    expect(await message(police.page, ANGRY_MANAGER).count()).toBe(0);
  });

  it('records the police using a power of the mayor, and the municipality asking the police for their data', async () => {
    const exercise = await act(police.page, 'Use an authority', (form) =>
      form.getByLabel('Authority', { exact: true }).selectOption({ label: 'Pand sluiten (art. 13b Opiumwet)' }),
    );
    await recorded(exercise).waitFor();
    const request = await act(mayor.page, 'Ask another organisation', async (form) => {
      await form.getByLabel('Ask organisation', { exact: true }).selectOption({ label: policeSeat.agency });
      await form.getByRole('radio', { name: 'information', exact: true }).check();
      await form.getByLabel('Information', { exact: true }).selectOption({ label: 'Politiegegevens over de subjecten' });
    });
    await recorded(request).waitFor();
    await lookAt(mayor.page, '05-participant-phone');
  });

  it('passes a message the police escalate on to the mayor, who sees who sent it up and answers it, open on the console until then', async () => {
    const escalation = await act(police.page, 'Escalate', async (form) => {
      await form.getByLabel('To', { exact: true }).selectOption({ label: `${mayorSeat.role} (${mayorSeat.agency})` });
      await form.getByLabel('About (optional)', { exact: true }).selectOption({ label: HIDDEN_SPACE });
    });
    await recorded(escalation).waitFor();
    const levels = facilitator.page.getByRole('region', { name: 'Between the levels' });
    const open = levels.getByText(`${policeSeat.role} (${policeSeat.agency}) → ${mayorSeat.role} (${mayorSeat.agency}): “${HIDDEN_SPACE}”`, { exact: false });
    await open.waitFor();

    const passedOn = await openMessage(mayor.page, HIDDEN_SPACE);
    await passedOn.getByText(`Escalated to you by ${policeSeat.role} (${policeSeat.agency})`).waitFor();
    await passedOn.getByText('Answer this message').click();
    const answer = passedOn.getByRole('form', { name: 'Answer a message' });
    await answer.getByLabel('Text', { exact: true }).fill('Ik neem het mee naar het beleidsteam.');
    await answer.getByRole('button', { name: 'Send' }).click();
    await recorded(answer).waitFor();
    await open.waitFor({ state: 'detached' });
    await lookAt(mayor.page, '05a-escalated-to-the-mayor');
  });

  it('keeps an action made offline on the device, and stores it exactly once when the connection is back', async () => {
    const { page, context } = customs;
    // Chromium's offline emulation does not always hold back a socket to this machine's own
    // address, so a reconnect could slip through while "offline": the live channel is held back
    // here too, for as long as the device is offline.
    let offline = true;
    await page.routeWebSocket(/\/ws(\?|$)/, (socket) => (offline ? socket.close() : socket.connectToServer()));
    await context.setOffline(true);
    await page.getByText('Connection lost: reconnecting…').waitFor();
    const share = await act(page, 'Share information', async (form) => {
      await form.getByLabel('Information', { exact: true }).selectOption({ label: BUS_FIND });
      await form.getByLabel('With organisation', { exact: true }).selectOption({ label: mayorSeat.agency });
    });
    await share.getByRole('status').filter({ hasText: 'Saved on this device' }).waitFor();
    await page.getByText('1 action waiting to be sent').waitFor();
    await lookAt(page, '06-participant-offline');
    expect((await report()).timeline.filter((entry) => entry.type === 'share')).toEqual([]);

    offline = false;
    await context.setOffline(false);
    // Back online the client tries at once and restarts its backoff, but Chromium's offline
    // emulation does not always announce the way back: then the next try of the backoff, which
    // doubles up to 30 s while offline, brings the action in.
    await recorded(share).waitFor({ timeout: 40_000 });
    // A later action on the same connection is stored after any resend of the first: once it
    // is recorded, a duplicate would be in the log already.
    const note = await act(page, 'Note', (form) => form.getByLabel('Text', { exact: true }).fill('Weer verbonden na de kelder.'));
    await recorded(note).waitFor();
    const timeline = (await report()).timeline;
    expect(timeline.filter((entry) => entry.type === 'share').map((entry) => [entry.by, entry.information, entry.with])).toEqual([
      ['douane-teamleider', 'vondst-bestelbus', 'gemeente'],
    ]);
    expect(timeline.filter((entry) => entry.type === 'note')).toHaveLength(1);
  });

  it('shows the room the latest situation and the tasks in play, and the console every action', async () => {
    await display.page.getByRole('heading', { name: HIDDEN_SPACE }).waitFor();
    const board = display.page.getByRole('region', { name: 'Tasks and authorities in play' });
    await board.getByRole('rowheader', { name: HOLIDAY_PARK_LEAD }).waitFor();
    await lookAt(display.page, '04-display-during-play');

    const feed = facilitator.page.getByRole('region', { name: 'Live feed' });
    await expect.poll(() => feed.getByRole('listitem').count()).toBe(10);
    await lookAt(facilitator.page, '07-console-during-play');
    await lookAt(police.page, '08-participant-laptop');
  });

  it('ends the exercise for everyone when the facilitator ends it', async () => {
    const { page } = facilitator;
    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: 'End exercise' }).click();
    await page.getByRole('region', { name: 'Controls' }).getByText('Ended', { exact: true }).waitFor();
    for (const person of [mayor, police, customs]) await person.page.getByText('The exercise has ended. Thank you for taking part.').waitFor();
    await display.page.getByRole('heading', { name: 'The exercise has ended' }).waitFor();
    await lookAt(display.page, '09-display-ended');
  });

  it('finds the gaps the run planted', async () => {
    const { gaps } = await report();
    const about = (code: string) => gaps.filter((gap) => gap.code === code);
    expect(about('lead-deviation')).toEqual([expect.objectContaining({ task: 'leiding-vakantiepark' })]);
    expect(about('contested-lead')).toEqual([expect.objectContaining({ task: 'leiding-vakantiepark' })]);
    expect(about('authority-overreach')).toEqual([expect.objectContaining({ authority: 'sluiting-13b', roles: ['ovd-politie'] })]);
    expect(about('sharing-without-basis')).toEqual([expect.objectContaining({ information: 'vondst-bestelbus' })]);
    expect(about('unanswered-request')).toEqual([expect.objectContaining({ information: 'politiegegevens' })]);
  });

  it('shows the facilitator those gaps in the debrief, reached from the console', async () => {
    const { page } = facilitator;
    await page.getByRole('link', { name: 'Open the debrief' }).click();
    const gaps = page.getByRole('region', { name: /^Gaps \(\d+\)$/ });
    for (const code of PLANTED_GAPS) await gaps.getByRole('heading', { name: new RegExp(`\\b${code}\\b`) }).waitFor();
    await page.getByRole('button', { name: 'Save notes' }).waitFor();
    // The police's escalation to the mayor, tactical to strategic, was answered.
    const levels = page.getByRole('region', { name: 'The link between levels' });
    await levels.getByRole('row', { name: /^tactical/ }).getByText('1 (1 answered)').waitFor();
    await lookAt(page, '10-debrief');
  });

  it('downloads the debrief as a Markdown file', async () => {
    const { page } = facilitator;
    const downloading = page.waitForEvent('download');
    await page.getByRole('region', { name: 'Export' }).getByRole('button', { name: 'Markdown' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe(`debrief-kempenhoeve-${session.id}.md`);
    const text = readFileSync(await download.path(), 'utf8');
    expect(text).toContain(SCENARIO_TITLE);
    expect(text).toContain(BUS_FIND);
  });

  it('lets a participant read the debrief once play has ended, without editing it', async () => {
    const { page } = mayor;
    await page.goto(`/debrief/${session.id}`);
    await page.getByText('A read-only debrief').waitFor();
    const gaps = page.getByRole('region', { name: /^Gaps \(\d+\)$/ });
    for (const code of PLANTED_GAPS) await gaps.getByRole('heading', { name: new RegExp(`\\b${code}\\b`) }).waitFor();
    expect(await page.getByRole('button', { name: 'Save notes' }).count()).toBe(0);
    await lookAt(page, '11-debrief-phone');
  });

  it('throws no error in any page along the way', () => {
    expect([facilitator, display, mayor, police, customs].flatMap((person) => person.errors)).toEqual([]);
  });
});
