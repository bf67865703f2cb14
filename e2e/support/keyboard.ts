import type { Locator, Page } from 'playwright-core';

/** Most Tab presses it takes on any screen to reach a control; more means it cannot be reached. */
const MAX_TABS = 60;

/** Whether the focused element shows it: an outline or a ring drawn around it (the page itself, focused between stops, counts as shown). */
function focusIsVisible(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const focused = document.activeElement;
    if (focused === null || focused === document.body) return true;
    const style = getComputedStyle(focused);
    return (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none';
  });
}

/** Presses Tab until `target` has the focus, checking at each stop that the focus can be seen; throws when it never arrives. */
export async function tabTo(page: Page, target: Locator): Promise<void> {
  await target.waitFor();
  for (let presses = 0; presses < MAX_TABS; presses += 1) {
    await page.keyboard.press('Tab');
    if (!(await focusIsVisible(page))) {
      const where = await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 120));
      throw new Error(`the focus cannot be seen on ${where}`);
    }
    if (await target.evaluate((element) => element === document.activeElement)) return;
  }
  throw new Error(`${target} was not reached in ${MAX_TABS} presses of Tab`);
}

/** Presses `key` (an arrow) on the focused radio button or list until `done` holds, as a keyboard user picks an option. */
export async function pressUntil(page: Page, key: string, done: () => Promise<boolean>): Promise<void> {
  for (let presses = 0; presses < 40; presses += 1) {
    if (await done()) return;
    await page.keyboard.press(key);
  }
  throw new Error(`pressing ${key} 40 times did not reach the choice`);
}
