import { existsSync } from 'node:fs';

const DEBIAN_CHROMIUM = '/usr/bin/chromium';

/** The browser the tests drive: `CHROMIUM_PATH` when set, else Debian's Chromium; throws how to get one when neither is there. */
export function chromiumPath(env: NodeJS.ProcessEnv = process.env): string {
  const chosen = env.CHROMIUM_PATH;
  if (chosen !== undefined && chosen !== '') {
    if (existsSync(chosen)) return chosen;
    throw new Error(`CHROMIUM_PATH is ${chosen}, but there is no browser there. Point it at a Chromium or Chrome binary, or unset it to use ${DEBIAN_CHROMIUM}.`);
  }
  if (existsSync(DEBIAN_CHROMIUM)) return DEBIAN_CHROMIUM;
  throw new Error(
    `The browser tests need Chromium, and there is none at ${DEBIAN_CHROMIUM}. Install it (Debian/Ubuntu, as root: apt-get install -y chromium) or set CHROMIUM_PATH to a Chromium or Chrome binary.`,
  );
}
