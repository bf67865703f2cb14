import type { Locator, Page } from 'playwright-core';

/** Who a participant is in the exercise: the names they pick in the join steps. */
export interface Seat {
  name: string;
  agency: string;
  role: string;
}

/** Joins through `/join/:code` in the three steps (name, organisation, role) and waits for the inbox. */
export async function joinExercise(page: Page, joinCode: string, seat: Seat): Promise<void> {
  await page.goto(`/join/${joinCode}`);
  await page.getByLabel('Your name').fill(seat.name);
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('radio', { name: seat.agency, exact: true }).check();
  await page.getByRole('button', { name: 'Next' }).click();
  // A role's label carries its level: "Burgemeester (strategic)".
  await page.getByRole('radio', { name: new RegExp(`^${escapeRegExp(seat.role)} \\(`) }).check();
  await page.getByRole('button', { name: 'Join the exercise' }).click();
  await page.getByRole('heading', { name: 'Inbox' }).waitFor();
}

/** Opens "What do you do?" when it is folded (on a phone, a bar at the bottom of the screen) and returns it. */
export async function actionBar(page: Page): Promise<Locator> {
  const bar = page.getByRole('region', { name: 'What do you do?' });
  await bar.waitFor();
  const folded = bar.getByRole('button', { name: 'What do you do?', expanded: false });
  if ((await folded.count()) > 0) await folded.click();
  return bar;
}

/**
 * Picks an action in "What do you do?", lets `fill` complete its form, sends it, and returns the
 * form, whose outcome line then says what became of the action.
 */
export async function act(page: Page, action: string, fill: (form: Locator) => Promise<unknown>): Promise<Locator> {
  const bar = await actionBar(page);
  await bar.getByRole('radio', { name: action, exact: true }).check();
  const form = bar.getByRole('form', { name: action });
  await fill(form);
  await form.getByRole('button', { name: 'Send' }).click();
  return form;
}

/** Answers the decision in the message with this title. */
export async function decide(page: Page, messageTitle: string, option: string): Promise<Locator> {
  const form = (await openMessage(page, messageTitle)).getByRole('form', { name: 'Decision' });
  await form.getByRole('radio', { name: option, exact: true }).check();
  await form.getByRole('button', { name: 'Record decision' }).click();
  return form;
}

/** A message in the inbox, by its title. */
export function message(page: Page, title: string): Locator {
  return page.getByRole('article', { name: title, exact: true });
}

/** A message in the inbox, opened when it is folded to its title; on a phone the "What do you do?" sheet is folded first, so it covers no message. */
export async function openMessage(page: Page, title: string): Promise<Locator> {
  const sheet = page.getByRole('region', { name: 'What do you do?' }).getByRole('button', { name: 'What do you do?', expanded: true });
  if ((await sheet.count()) > 0) await sheet.click();
  const found = message(page, title);
  await found.waitFor();
  const folded = found.getByRole('button', { name: title, expanded: false });
  if ((await folded.count()) > 0) await folded.click();
  return found;
}

/** The line under a form that says the server stored its action. */
export function recorded(form: Locator): Locator {
  return form.getByRole('status').filter({ hasText: /^Recorded at / });
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The mayor of the default scenario (scenarios/kempenhoeve.yaml), whom several stories seat on a phone. */
export const KEMPENHOEVE_MAYOR: Seat = { name: 'Anne de Wit', agency: 'Gemeente Heidebeek', role: 'Burgemeester' };
