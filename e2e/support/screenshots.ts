import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';

/** Where the screenshots of a run go (ignored by git): look at them after a change to a screen. */
export const SCREENSHOT_DIR = fileURLToPath(new URL('../screenshots', import.meta.url));

/** Saves the whole page, from its top, as `e2e/screenshots/NAME.png`. */
export async function screenshot(page: Page, name: string): Promise<void> {
  // Sticky bars stay where the last scroll left them; from the top the page reads as it opens.
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: `${SCREENSHOT_DIR}/${name}.png`, fullPage: true });
}
