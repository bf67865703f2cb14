import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { LAPTOP, launchChromium, openPerson, type Person } from './support/browser.ts';
import { outsideViewport, pageScroll } from './support/layout.ts';
import { joinExercise, type Seat } from './support/participantUi.ts';
import { SCREENSHOT_DIR, screenshot } from './support/screenshots.ts';
import { postApi } from './support/postApi.ts';
import { skipStepsAfterAFailure } from './support/steps.ts';

// The screens of issue 14 at the sizes of a real room: the projector at 1280×720 and 1920×1080
// fits without scrolling before, during and after play, and a phone at 360×640 and 390×844 has
// its "What do you do?" bar in view. Play is filled through the API, so the board is as full as
// it gets: every organisation claims, declines or uses an authority on many tasks.

const baseUrl = inject('baseUrl');
const PROJECTORS = [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
];
const PHONES = [
  { width: 360, height: 640 },
  { width: 390, height: 844 },
];
const seat: Seat = { name: 'Piet Smit', agency: 'Douane', role: 'Douanier' };

let browser: Browser;
const session = { id: '', key: '', displayKey: '', joinCode: '' };

function api(path: string, body: unknown, credential?: string): Promise<any> {
  return postApi(baseUrl, path, body, credential);
}

async function join(role: string): Promise<string> {
  return (await api(`/sessions/${session.id}/join`, { joinCode: session.joinCode, name: `Speler ${role}`, role })).token as string;
}

/** Opens the projector at each size and checks that the whole display is in view and nothing scrolls. */
async function checkProjectorFits(stage: string, shows?: (page: Page) => Locator): Promise<void> {
  for (const size of PROJECTORS) {
    const projector = await openPerson(browser, baseUrl, size);
    await projector.page.goto(`/display/${session.id}#key=${session.displayKey}&code=${session.joinCode}`);
    await projector.page.locator('main.display').waitFor();
    await projector.page.getByRole('heading', { level: 1 }).waitFor();
    await shows?.(projector.page).waitFor();
    // The board and the network settle after their first measurement.
    await projector.page.waitForFunction(() => document.fonts.status === 'loaded');
    await projector.page.waitForTimeout(0);
    await screenshot(projector.page, `layout-display-${stage}-${size.width}x${size.height}`);
    expect(await outsideViewport(projector.page, 'main.display'), `${stage} at ${size.width}×${size.height}`).toEqual([]);
    expect(await pageScroll(projector.page)).toEqual({ down: 0, sideways: 0 });
    expect(projector.errors).toEqual([]);
    await projector.context.close();
  }
}

beforeAll(async () => {
  browser = await launchChromium(inject('chromium'));
  const created = await api('/sessions', { scenarioId: 'kempenhoeve', seed: 3 });
  Object.assign(session, { id: created.sessionId, key: created.facilitatorKey, displayKey: created.displayKey, joinCode: created.joinCode });
});

afterAll(async () => {
  await browser?.close();
});

skipStepsAfterAFailure();

describe('the screens at the sizes of a real room', () => {
  it('fits the projector before play, with the join code and QR code', async () => {
    await checkProjectorFits('ready');
  });

  it('fits the projector during play with a full board', async () => {
    await api(`/sessions/${session.id}/control`, { type: 'start' }, session.key);
    await api(`/sessions/${session.id}/control`, { type: 'advance', by: '1h30m' }, session.key);
    const plays: [string, Record<string, unknown>][] = [
      ['burgemeester', { type: 'claim', task: 'leiding-vakantiepark' }],
      ['ovd-politie', { type: 'claim', task: 'leiding-bedrijventerrein' }],
      ['ov-coordinator', { type: 'claim', task: 'contact-parkbeheerder' }],
      ['douanier', { type: 'claim', task: 'bus-onderzoeken' }],
      ['arbeidsinspecteur', { type: 'claim', task: 'arbeidsuitbuiting-onderzoeken' }],
      ['riec-analist', { type: 'claim', task: 'opvang-bewoners', as: 'support' }],
      ['belastingcontroleur', { type: 'claim', task: 'fiscale-controle' }],
      ['marechaussee', { type: 'claim', task: 'park-ontruimen', as: 'support' }],
      ['fiod-rechercheur', { type: 'decline', task: 'drugslab-ontmantelen' }],
      ['officier-van-justitie', { type: 'claim', task: 'beslag-geld-administratie' }],
      ['ovd-politie', { type: 'claim', task: 'kinderen-veiligstellen' }],
      ['officier-van-justitie', { type: 'claim', task: 'chalet-doorzoeken' }],
      ['burgemeester', { type: 'claim', task: 'chalet-sluiten' }],
      ['ov-coordinator', { type: 'claim', task: 'permanente-bewoning-handhaven' }],
      ['ov-coordinator', { type: 'claim', task: 'woordvoering' }],
      ['burgemeester', { type: 'claim', task: 'ambtenaar-beschermen' }],
      ['burgemeester', { type: 'exercise', authority: 'sluiting-13b', task: 'chalet-sluiten' }],
      ['ovd-politie', { type: 'escalate', to: 'districtschef' }],
      ['douanier', { type: 'escalate', to: 'burgemeester' }],
    ];
    const tokens = new Map<string, string>();
    for (const [role, action] of plays) {
      if (!tokens.has(role)) tokens.set(role, await join(role));
      await api(`/sessions/${session.id}/actions`, action, tokens.get(role));
    }
    // Sixteen tasks in play are more than one screen holds: the board shows them in parts.
    await checkProjectorFits('running', (page) => page.getByRole('region', { name: 'Tasks and authorities in play' }).getByText(/^Part 1 of \d+\./));
  });

  for (const size of PHONES) {
    it(`puts the "What do you do?" bar within one tap on a ${size.width}×${size.height} phone with a full inbox`, async () => {
      const phone: Person = await openPerson(browser, baseUrl, size);
      const { page } = phone;
      await joinExercise(page, session.joinCode, seat);
      const inbox = page.getByRole('region', { name: /^Inbox/ });
      await expect.poll(() => inbox.getByRole('article').count()).toBeGreaterThan(2);
      // The newest message is open, the older ones folded to their titles.
      const toggles = inbox.getByRole('article').getByRole('button', { expanded: true });
      expect(await toggles.count()).toBe(1);
      await screenshot(page, `layout-phone-${size.width}x${size.height}`);

      const bar = page.getByRole('region', { name: 'What do you do?' });
      for (const scrolled of [0, 100_000]) {
        await page.evaluate((top) => window.scrollTo(0, top), scrolled);
        const box = (await bar.boundingBox())!;
        expect(box.y).toBeGreaterThanOrEqual(0);
        expect(box.y + box.height).toBeLessThanOrEqual(size.height + 0.5);
      }
      await bar.getByRole('button', { name: 'What do you do?' }).tap();
      const claim = bar.getByRole('radio', { name: 'Claim a task', exact: true });
      await claim.waitFor();
      expect(await claim.isVisible()).toBe(true);
      await page.screenshot({ path: `${SCREENSHOT_DIR}/layout-phone-${size.width}x${size.height}-acting.png` });
      expect(phone.errors).toEqual([]);
      await phone.context.close();
    });
  }

  it('keeps the console’s clock and controls in view at 1366×768, the upcoming injects beside the events to fire', async () => {
    const console = await openPerson(browser, baseUrl, LAPTOP);
    const { page } = console;
    await page.goto(`/facilitate/${session.id}#key=${session.key}`);
    const pause = page.getByRole('button', { name: 'Pause', exact: true });
    await pause.waitFor();
    const upcoming = (await page.getByRole('region', { name: 'Upcoming injects' }).boundingBox())!;
    const events = (await page.getByRole('region', { name: 'Unexpected events' }).boundingBox())!;
    expect(Math.abs(upcoming.y - events.y)).toBeLessThan(2);
    expect(events.x).toBeGreaterThan(upcoming.x + upcoming.width - 1);
    const gaps = (await page.getByRole('region', { name: 'Gaps so far' }).boundingBox())!;
    const feed = (await page.getByRole('region', { name: 'Live feed' }).boundingBox())!;
    expect(gaps.x).toBeGreaterThan(events.x + events.width - 1);
    expect(Math.abs(feed.x - gaps.x)).toBeLessThan(2);
    await page.screenshot({ path: `${SCREENSHOT_DIR}/layout-console-1366x768.png` });
    // Far down the page, the clock and the controls are still on screen.
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    for (const control of [pause, page.getByRole('region', { name: 'Controls' }).getByText(/^T\+/)]) {
      const box = (await control.boundingBox())!;
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.y + box.height).toBeLessThanOrEqual(LAPTOP.height);
    }
    await page.screenshot({ path: `${SCREENSHOT_DIR}/layout-console-1366x768-scrolled.png` });
    // A shortcut goes to the feed.
    await page.keyboard.press('f');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Live feed');
    expect(console.errors).toEqual([]);
    await console.context.close();
  });

  it('fits the projector after play, with the summary', async () => {
    await api(`/sessions/${session.id}/control`, { type: 'end' }, session.key);
    await checkProjectorFits('ended');
  });
});
