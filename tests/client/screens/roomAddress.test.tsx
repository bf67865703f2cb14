import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DisplayScreen } from '../../../src/client/screens/display/DisplayScreen.tsx';
import { FacilitatorScreen } from '../../../src/client/screens/facilitate/FacilitatorScreen.tsx';
import { stubConsoleApi } from '../support/consoleApi.ts';
import { FakeServer } from '../support/fakeServer.ts';
import { renderLive } from '../support/renderLive.tsx';
import { smallScenario } from '../support/scenario.ts';

// jsdom's page is at http://localhost:3000: a loopback address, as on the laptop running the server.
const ROOM = { addresses: ['http://192.168.1.20:8080', 'http://10.0.0.7:8080'] };

beforeEach(() => stubConsoleApi());
afterEach(() => vi.unstubAllGlobals());

function renderConsole(room: { addresses: string[]; publicUrl?: string }) {
  const server = new FakeServer(smallScenario());
  return renderLive(<FacilitatorScreen />, { server, welcome: { ...server.welcome({ kind: 'facilitator' }), joinCode: 'K7MP2Q', room } });
}

describe('the room address on the console and the projector', () => {
  it('links participants at the machine’s network address, and the projector shows the address the facilitator picks', async () => {
    const { user } = renderConsole(ROOM);
    const invite = screen.getByRole('region', { name: 'Invite' });
    const picker = within(invite).getByRole('combobox', { name: 'Address for participants' });
    expect(picker).toHaveValue('http://192.168.1.20:8080');
    expect(within(invite).getByRole('textbox', { name: 'Link for participants' })).toHaveValue('http://192.168.1.20:8080/join/K7MP2Q');

    await user.selectOptions(picker, 'http://10.0.0.7:8080');
    expect(within(invite).getByRole('textbox', { name: 'Link for participants' })).toHaveValue('http://10.0.0.7:8080/join/K7MP2Q');

    // The projector in another window of this browser reads the same choice.
    const server = new FakeServer(smallScenario());
    renderLive(<DisplayScreen savedJoinCode={undefined} />, { server, welcome: { ...server.welcome({ kind: 'display' }), joinCode: 'K7MP2Q', room: ROOM } });
    expect(screen.getByRole('img', { name: 'Join at http://10.0.0.7:8080/join/K7MP2Q' })).toBeInTheDocument();
    expect(screen.getByText('Join at 10.0.0.7:8080/join')).toBeInTheDocument();
  });

  it('shows the one public address as it is', () => {
    renderConsole({ addresses: [], publicUrl: 'https://oefening.example.nl' });
    const invite = screen.getByRole('region', { name: 'Invite' });
    expect(within(invite).getByText('https://oefening.example.nl')).toBeInTheDocument();
    expect(within(invite).queryByRole('combobox')).not.toBeInTheDocument();
    expect(within(invite).getByRole('textbox', { name: 'Link for participants' })).toHaveValue('https://oefening.example.nl/join/K7MP2Q');
  });

  it('warns when no address the room can reach is known', () => {
    renderConsole({ addresses: [] });
    expect(within(screen.getByRole('region', { name: 'Invite' })).getByRole('note')).toHaveTextContent('start the server with --public-url');
  });

  it('hands over the facilitator link only when asked, with a warning not to project it', async () => {
    const { user } = renderConsole(ROOM);
    const panel = screen.getByRole('region', { name: 'Console on another device' });
    expect(within(panel).queryByRole('textbox')).not.toBeInTheDocument();
    await user.click(within(panel).getByRole('button', { name: 'Show the facilitator link' }));
    expect(within(panel).getByRole('note')).toHaveTextContent('Never show it on the projector');
    expect(within(panel).getByRole('textbox', { name: 'Facilitator link' })).toHaveValue('http://192.168.1.20:8080/facilitate/s1#key=secret');
  });
});
