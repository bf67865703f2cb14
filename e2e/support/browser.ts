import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

// Without the background-networking flags a closed network refuses many of Chromium's own
// connections, and the sandbox needs privileges a CI container does not have.
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Starts headless Chromium from the given binary. */
export function launchChromium(executablePath: string): Promise<Browser> {
  return chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
}

/** One person at one device: their own browser context (storage, network), one page, and the errors the page threw. */
export interface Person {
  context: BrowserContext;
  page: Page;
  errors: string[];
}

export const LAPTOP = { width: 1366, height: 768 } as const;
export const PHONE = { width: 390, height: 844 } as const;
export const TABLET = { width: 1024, height: 768 } as const;
export const PROJECTOR = { width: 1920, height: 1080 } as const;

/** Opens a fresh context on the exercise server: English interface, the given screen, touch on a phone. */
export async function openPerson(browser: Browser, baseURL: string, viewport: { width: number; height: number }): Promise<Person> {
  const phone = viewport.width < 600;
  const context = await browser.newContext({ baseURL, viewport, locale: 'en-GB', isMobile: phone, hasTouch: phone, acceptDownloads: true });
  // Long enough for a loaded two-core machine, short enough that a missing element fails fast.
  context.setDefaultTimeout(15_000);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return { context, page, errors };
}
