import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { LAPTOP, PHONE, launchChromium, openPerson } from './support/browser.ts';
import { recorded } from './support/participantUi.ts';
import { seriousViolations } from './support/accessibility.ts';
import { pressUntil, tabTo } from './support/keyboard.ts';
import { postApi } from './support/postApi.ts';
import { skipStepsAfterAFailure } from './support/steps.ts';

// Issue 14: no serious or critical axe-core violation on any screen, in English and in Dutch.
// One exercise of the default scenario is played through the API to the point where every screen
// has something to show; each screen is then audited in a context of its own per language.

const baseUrl = inject('baseUrl');
const LANGUAGES = ['en', 'nl'] as const;
type Language = (typeof LANGUAGES)[number];

let browser: Browser;
const session = { id: '', key: '', displayKey: '', joinCode: '', participantToken: '', participantId: '', evaluatorToken: '' };
const ended = { id: '', key: '' };

function post(path: string, body: unknown, credential?: string): Promise<any> {
  return postApi(baseUrl, path, body, credential);
}

/** A context that lets axe in, speaks `language`, and already holds `storage` (keys and tokens, as a device that joined before). */
async function auditContext(language: Language, viewport: { width: number; height: number }, storage: Record<string, unknown> = {}): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ baseURL: baseUrl, viewport, locale: language === 'en' ? 'en-GB' : 'nl-NL', bypassCSP: true });
  context.setDefaultTimeout(15_000);
  await context.addInitScript(
    ({ chosen, saved }) => {
      localStorage.setItem('samenspel.language', chosen);
      for (const [key, value] of Object.entries(saved)) localStorage.setItem(key, JSON.stringify(value));
    },
    { chosen: language, saved: storage },
  );
  return { context, page: await context.newPage() };
}

interface Screen {
  name: string;
  path: () => string;
  viewport?: { width: number; height: number };
  storage?: () => Record<string, unknown>;
  /** What shows once the screen has loaded, in each language. */
  ready: (page: Page, language: Language) => Promise<unknown>;
  /** What to open before the audit, so it covers what that shows too (the rest of the screen stays in view). */
  then?: (page: Page, language: Language) => Promise<unknown>;
}

const SCREENS: Screen[] = [
  { name: 'start', path: () => '/', ready: (page) => page.getByRole('heading', { name: 'Actiedag Kempenhoeve' }).waitFor() },
  { name: 'join', path: () => `/join/${session.joinCode}`, viewport: PHONE, ready: (page) => page.getByRole('textbox').first().waitFor() },
  {
    name: 'play',
    path: () => `/play/${session.id}`,
    viewport: PHONE,
    storage: () => ({ [`samenspel.participant.${session.id}`]: { token: session.participantToken, participantId: session.participantId, name: 'Anne de Wit', role: 'burgemeester', agency: 'gemeente' } }),
    ready: (page, language) => page.getByRole('region', { name: language === 'en' ? 'What do you do?' : 'Wat doet u?' }).waitFor(),
    then: async (page) => {
      await page.locator('.action-bar__toggle').click();
      await page.locator('.action-bar__body').waitFor();
    },
  },
  {
    name: 'facilitate',
    path: () => `/facilitate/${session.id}#key=${session.key}`,
    ready: (page) => page.locator('.control-panel').waitFor(),
    then: async (page) => {
      await page.locator('.cofacilitator button').click();
      await page.locator('.cofacilitator__link').waitFor();
    },
  },
  { name: 'display', path: () => `/display/${session.id}#key=${session.displayKey}`, viewport: { width: 1280, height: 720 }, ready: (page) => page.locator('.display--running').waitFor() },
  { name: 'evaluate', path: () => `/evaluate/${session.id}#token=${session.evaluatorToken}`, viewport: { width: 1024, height: 768 }, ready: (page) => page.locator('.evaluate, main form').first().waitFor() },
  {
    name: 'debrief',
    path: () => `/debrief/${ended.id}`,
    storage: () => ({ [`samenspel.facilitator.${ended.id}`]: { key: ended.key } }),
    ready: (page) => page.locator('.debrief h2').first().waitFor(),
  },
  { name: 'author', path: () => '/author', ready: (page) => page.locator('.cm-editor').waitFor() },
];

beforeAll(async () => {
  browser = await launchChromium(inject('chromium'));
  const created = await post('/sessions', { scenarioId: 'kempenhoeve', seed: 5 });
  Object.assign(session, { id: created.sessionId, key: created.facilitatorKey, displayKey: created.displayKey, joinCode: created.joinCode });
  const joined = await post(`/sessions/${session.id}/join`, { joinCode: session.joinCode, name: 'Anne de Wit', role: 'burgemeester' });
  Object.assign(session, { participantToken: joined.token, participantId: joined.participantId });
  session.evaluatorToken = (await post(`/sessions/${session.id}/evaluators`, { name: 'Eva Jansen' }, session.key)).token;
  await post(`/sessions/${session.id}/control`, { type: 'start' }, session.key);
  await post(`/sessions/${session.id}/control`, { type: 'advance', by: '1h' }, session.key);
  await post(`/sessions/${session.id}/actions`, { type: 'claim', task: 'leiding-vakantiepark' }, session.participantToken);

  // A second exercise played to its end, for the debrief with gaps, tables and the network.
  const other = await post('/sessions', { scenarioId: 'kempenhoeve', seed: 5 });
  Object.assign(ended, { id: other.sessionId, key: other.facilitatorKey });
  const mayor = await post(`/sessions/${ended.id}/join`, { joinCode: other.joinCode, name: 'Anne de Wit', role: 'burgemeester' });
  const police = await post(`/sessions/${ended.id}/join`, { joinCode: other.joinCode, name: 'Karel Bos', role: 'ovd-politie' });
  await post(`/sessions/${ended.id}/control`, { type: 'start' }, ended.key);
  await post(`/sessions/${ended.id}/control`, { type: 'advance', by: '1h' }, ended.key);
  await post(`/sessions/${ended.id}/actions`, { type: 'claim', task: 'leiding-vakantiepark' }, police.token);
  await post(`/sessions/${ended.id}/actions`, { type: 'claim', task: 'leiding-vakantiepark' }, mayor.token);
  await post(`/sessions/${ended.id}/actions`, { type: 'exercise', authority: 'sluiting-13b' }, police.token);
  await post(`/sessions/${ended.id}/control`, { type: 'end' }, ended.key);
});

afterAll(async () => {
  await browser?.close();
});

skipStepsAfterAFailure();

describe('every screen is free of serious and critical accessibility violations', () => {
  for (const screen of SCREENS) {
    it(`the ${screen.name} screen, in English and in Dutch`, async () => {
      // Both languages at once: each in a context of its own.
      await Promise.all(
        LANGUAGES.map(async (language) => {
          const { context, page } = await auditContext(language, screen.viewport ?? LAPTOP, screen.storage?.() ?? {});
          await page.goto(screen.path());
          await screen.ready(page, language);
          expect(await page.evaluate(() => document.documentElement.lang)).toBe(language);
          await screen.then?.(page, language);
          expect(await seriousViolations(page), `${screen.name} in ${language}`).toEqual([]);
          await context.close();
        }),
      );
    });
  }
});

describe('a participant who uses only the keyboard', () => {
  it('joins, claims a task and sends it, with the focus visible at every step', async () => {
    const { page, errors } = await openPerson(browser, baseUrl, LAPTOP);
    await page.goto(`/join/${session.joinCode}`);
    await tabTo(page, page.getByLabel('Your name'));
    await page.keyboard.type('Karel Bos');
    await tabTo(page, page.getByRole('button', { name: 'Next' }));
    await page.keyboard.press('Enter');

    const agency = page.getByRole('radio', { name: 'Politie, district Heidebeek', exact: true });
    await tabTo(page, page.getByRole('radio').first());
    await pressUntil(page, 'ArrowDown', () => agency.isChecked());
    await tabTo(page, page.getByRole('button', { name: 'Next' }));
    await page.keyboard.press('Enter');

    const role = page.getByRole('radio', { name: /^Officier van dienst politie \(/ });
    await tabTo(page, page.getByRole('radio').first());
    await pressUntil(page, 'ArrowDown', () => role.isChecked());
    await tabTo(page, page.getByRole('button', { name: 'Join the exercise' }));
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Inbox' }).waitFor();

    const form = page.getByRole('form', { name: 'Claim a task' });
    const task = form.getByLabel('Task', { exact: true });
    await tabTo(page, task);
    const wanted = 'Leiding deellocatie bedrijventerrein De Vlasakker';
    await pressUntil(page, 'ArrowDown', async () => (await task.evaluate((select: HTMLSelectElement) => select.selectedOptions[0]?.textContent)) === wanted);
    await tabTo(page, form.getByRole('button', { name: 'Send' }));
    await page.keyboard.press('Enter');
    await recorded(form).waitFor();
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
