import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { LAPTOP, PROJECTOR, launchChromium, openPerson, type Person } from './support/browser.ts';
import { startExerciseServer, type ExerciseServer } from './support/exerciseServer.ts';
import { readQrCode } from './support/qrCode.ts';
import { screenshot } from './support/screenshots.ts';
import { skipStepsAfterAFailure } from './support/steps.ts';

// The room address (issue 14): a server listening on every network, opened by the facilitator at
// 127.0.0.1 on the laptop that runs it, must send the room to an address phones can reach. The
// expectation is what the server itself announced at its start: its first address on the local
// network, or, on a machine without one, the public address it is then started with. The test
// only reads that address from the screen; it never sends anything to it.

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SCENARIO_TITLE = 'Actiedag Kempenhoeve';
/** A name nobody resolves (RFC 2606), for a machine with no address on a network. */
const PUBLIC_URL = 'https://oefening.example.org';

let dataDir: string;
let server: ExerciseServer;
let browser: Browser;
let facilitator: Person;
let cofacilitator: Person;
let roomAddress: string;
const session = { id: '', joinCode: '', facilitatorLink: '' };

/** The same page on the loopback address the test browser reaches, whatever address a link carries. */
function onThisMachine(link: string): string {
  const url = new URL(link);
  return url.pathname + url.hash;
}

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'samenspel-e2e-room-'));
  server = await startExerciseServer(ROOT, join(dataDir, 'network'), { host: '0.0.0.0' });
  if (server.roomAddresses.length === 0) {
    await server.stop();
    server = await startExerciseServer(ROOT, join(dataDir, 'public'), { host: '0.0.0.0', args: ['--public-url', PUBLIC_URL] });
  }
  roomAddress = server.publicUrl ?? server.roomAddresses[0]!;
  browser = await launchChromium(inject('chromium'));
  // The server says http://127.0.0.1:PORT for this machine: the facilitator opens the console there.
  expect(new URL(server.url).hostname).toBe('127.0.0.1');
  facilitator = await openPerson(browser, server.url, LAPTOP);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

skipStepsAfterAFailure();

describe('the room address and a console opened again elsewhere', () => {
  it('shows on the console opened at 127.0.0.1 the address participants will use, and links at it', async () => {
    expect(roomAddress).not.toMatch(/\/\/(127\.|localhost|\[::1\])/);
    const { page } = facilitator;
    await page.goto('/');
    const card = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: SCENARIO_TITLE }) });
    const created = page.waitForResponse((response) => response.request().method() === 'POST' && new URL(response.url()).pathname === '/api/sessions');
    await card.getByRole('button', { name: 'Create exercise' }).click();
    session.id = ((await (await created).json()) as { sessionId: string }).sessionId;
    const invite = page.getByRole('region', { name: 'Invite' });
    // One address is shown as it is; between several (a public one and the network's) the facilitator picks.
    await invite.getByText(roomAddress, { exact: true }).or(invite.getByRole('combobox', { name: 'Address for participants' })).first().waitFor();
    const picker = invite.getByRole('combobox', { name: 'Address for participants' });
    if ((await picker.count()) > 0) expect(await picker.inputValue()).toBe(roomAddress);
    const participantLink = await invite.getByRole('textbox', { name: 'Link for participants' }).inputValue();
    expect(participantLink).toMatch(new RegExp(`^${roomAddress}/join/[A-Z0-9]+$`));
    session.joinCode = participantLink.slice(participantLink.lastIndexOf('/') + 1);
    expect(await readQrCode(invite.getByRole('img', { name: 'Link for participants' }))).toBe(participantLink);
    expect(await invite.getByRole('textbox', { name: 'Link for the projector' }).inputValue()).toMatch(new RegExp(`^${roomAddress}/display/${session.id}#key=`));
  });

  it('puts the room address in the QR code and the "Join at" line of the projector opened on the same laptop', async () => {
    const link = await facilitator.page.getByRole('region', { name: 'Invite' }).getByRole('textbox', { name: 'Link for the projector' }).inputValue();
    const projector = await facilitator.context.newPage();
    await projector.setViewportSize(PROJECTOR);
    await projector.goto(onThisMachine(link));
    await projector.getByRole('heading', { name: SCENARIO_TITLE, level: 1 }).waitFor();
    const expected = `${roomAddress}/join/${session.joinCode}`;
    const qr = projector.getByRole('img', { name: `Join at ${expected}` });
    expect(await readQrCode(qr)).toBe(expected);
    await projector.getByText(`Join at ${new URL(roomAddress).host}/join`).waitFor();
    await screenshot(projector, 'room-01-display-room-address');
    await projector.close();
  });

  it('hands over the facilitator link behind a warning, and a second browser reopens the console from it', async () => {
    const panel = facilitator.page.getByRole('region', { name: 'Console on another device' });
    await panel.getByRole('button', { name: 'Show the facilitator link' }).click();
    await panel.getByRole('note').filter({ hasText: 'Never show it on the projector' }).waitFor();
    session.facilitatorLink = await panel.getByRole('textbox', { name: 'Facilitator link' }).inputValue();
    expect(session.facilitatorLink).toMatch(new RegExp(`^${roomAddress}/facilitate/${session.id}#key=.+`));
    expect(await readQrCode(panel.getByRole('img', { name: 'Facilitator link' }))).toBe(session.facilitatorLink);
    await screenshot(facilitator.page, 'room-02-console-facilitator-link');
    await panel.getByRole('button', { name: 'Hide the facilitator link' }).click();
    await panel.getByRole('textbox', { name: 'Facilitator link' }).waitFor({ state: 'detached' });

    cofacilitator = await openPerson(browser, server.url, LAPTOP);
    await cofacilitator.page.goto(onThisMachine(session.facilitatorLink));
    await cofacilitator.page.getByRole('heading', { name: 'Controls' }).waitFor();
    // The key leaves the address bar at once, as on the first console.
    expect(cofacilitator.page.url()).toBe(`${server.url}/facilitate/${session.id}`);
  });

  it('keeps both consoles in step: what one starts and pauses, the other shows', async () => {
    await cofacilitator.page.getByRole('button', { name: 'Start', exact: true }).click();
    await facilitator.page.getByRole('button', { name: 'Pause', exact: true }).waitFor();
    await facilitator.page.getByRole('button', { name: 'Pause', exact: true }).click();
    await cofacilitator.page.getByRole('button', { name: 'Resume', exact: true }).waitFor();
    const speed = (person: Person) => person.page.getByRole('combobox', { name: 'Speed' });
    await speed(facilitator).selectOption('2');
    await expect.poll(() => speed(cofacilitator).inputValue()).toBe('2');
    expect(facilitator.errors).toEqual([]);
    expect(cofacilitator.errors).toEqual([]);
  });
});
