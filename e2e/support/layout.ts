import type { Page } from 'playwright-core';

/** How many pixels the page sticks out sideways beyond its window: 0 when nobody has to scroll left and right. */
export function sidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}
