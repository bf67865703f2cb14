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

/**
 * Picks an action in "What do you do?", lets `fill` complete its form, sends it, and returns the
 * form, whose outcome line then says what became of the action.
 */
export async function act(page: Page, action: string, fill: (form: Locator) => Promise<unknown>): Promise<Locator> {
  const bar = page.getByRole('region', { name: 'What do you do?' });
  await bar.getByRole('radio', { name: action, exact: true }).check();
  const form = bar.getByRole('form', { name: action });
  await fill(form);
  await form.getByRole('button', { name: 'Send' }).click();
  return form;
}

/** Answers the decision in the message with this title. */
export async function decide(page: Page, messageTitle: string, option: string): Promise<Locator> {
  const form = message(page, messageTitle).getByRole('form', { name: 'Decision' });
  await form.getByRole('radio', { name: option, exact: true }).check();
  await form.getByRole('button', { name: 'Record decision' }).click();
  return form;
}

/** A message in the inbox, by its title. */
export function message(page: Page, title: string): Locator {
  return page.getByRole('article', { name: title, exact: true });
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
