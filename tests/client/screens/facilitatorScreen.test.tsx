import { act, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { savedCredentials } from '../../../src/client/api/savedCredentials.ts';
import { FacilitatorScreen } from '../../../src/client/screens/facilitate/FacilitatorScreen.tsx';
import { stubConsoleApi } from '../support/consoleApi.ts';
import { FakeServer } from '../support/fakeServer.ts';
import { renderLive } from '../support/renderLive.tsx';
import { smallScenario } from '../support/scenario.ts';

const facilitator = { kind: 'facilitator' } as const;

beforeEach(() => stubConsoleApi());
afterEach(() => vi.unstubAllGlobals());

function controls(socket: { sentOf(type: string): Record<string, unknown>[] }) {
  return socket.sentOf('control').map((message) => message.control);
}

describe('the facilitator console', () => {
  it('starts the exercise with the start button', async () => {
    const server = new FakeServer(smallScenario());
    const { user, socket } = renderLive(<FacilitatorScreen />, { server, viewer: facilitator });
    await user.click(screen.getByRole('button', { name: 'Start' }));
    expect(controls(socket)).toEqual([{ type: 'start' }]);
  });

  it('switches the plan on paper on for participants with its checkbox', async () => {
    const server = new FakeServer(smallScenario());
    const { user, socket } = renderLive(<FacilitatorScreen />, { server, viewer: facilitator });
    const toggle = screen.getByRole('checkbox', { name: /plan on paper/ });
    expect(toggle).not.toBeChecked();
    await user.click(toggle);
    expect(controls(socket)).toEqual([{ type: 'plan', visible: true }]);
  });

  it('pauses with the P shortcut and releases the next inject with N, as listed on screen', async () => {
    const server = new FakeServer(smallScenario());
    server.apply({ type: 'START' });
    const { user, socket } = renderLive(<FacilitatorScreen />, { server, viewer: facilitator });
    expect(screen.getByText('Release the next inject now')).toBeInTheDocument();
    await user.keyboard('p');
    await user.keyboard('n');
    expect(controls(socket)).toEqual([{ type: 'pause' }, { type: 'release', inject: 'i02' }]);
  });

  it('goes to a panel with its shortcut key, the focus on its heading, as listed on screen', async () => {
    const server = new FakeServer(smallScenario());
    server.apply({ type: 'START' });
    const { user } = renderLive(<FacilitatorScreen />, { server, viewer: facilitator });
    for (const [key, heading, listed] of [
      ['e', 'Unexpected events', 'Go to the events to fire'],
      ['u', 'Upcoming injects', 'Go to the upcoming injects'],
      ['g', 'Gaps so far', 'Go to the gaps so far'],
      ['f', 'Live feed', 'Go to the live feed'],
      ['i', 'New inject', 'Go to a new inject'],
    ] as const) {
      expect(screen.getByText(listed)).toBeInTheDocument();
      await user.keyboard(key);
      expect(screen.getByRole('heading', { name: heading, level: 2 })).toHaveFocus();
    }
  });

  it('ignores shortcuts while typing in a field', async () => {
    const server = new FakeServer(smallScenario());
    server.apply({ type: 'START' });
    const { user, socket } = renderLive(<FacilitatorScreen />, { server, viewer: facilitator });
    await user.click(screen.getByLabelText('Speed'));
    await user.keyboard('p');
    expect(controls(socket)).toEqual([]);
  });

  it('lists the upcoming injects with their notes, to release now or skip', async () => {
    const server = new FakeServer(smallScenario());
    server.apply({ type: 'START' });
    const { user, socket } = renderLive(<FacilitatorScreen />, { server, viewer: facilitator });
    const upcoming = screen.getByRole('region', { name: 'Upcoming injects' });
    const items = within(upcoming).getAllByRole('listitem');
    expect(items.map((item) => item.querySelector('strong')?.textContent)).toEqual(['Chalet sluiten?', 'Alleen voor de politie']);
    expect(within(items[0] as HTMLElement).getByText('T+10:00 (06:10)')).toBeInTheDocument();
    expect(items[0]).toHaveTextContent('→ Gemeente');
    expect(items[1]).toHaveTextContent('→ Politie');
    await user.click(within(items[1] as HTMLElement).getByRole('button', { name: 'Skip' }));
    await user.click(within(items[0] as HTMLElement).getByRole('button', { name: 'Release now' }));
    expect(controls(socket)).toEqual([
      { type: 'skip', inject: 'i03' },
      { type: 'release', inject: 'i02' },
    ]);
  });

  it('marks wildcards among the events and fires one by hand', async () => {
    const server = new FakeServer(smallScenario());
    server.apply({ type: 'START' });
    const { user, socket } = renderLive(<FacilitatorScreen />, { server, viewer: facilitator });
    const events = screen.getByRole('region', { name: 'Unexpected events' });
    const wildcard = within(events).getByText('Pers aan de poort').closest('li') as HTMLElement;
    expect(within(wildcard).getByText('Wildcard')).toBeInTheDocument();
    expect(within(wildcard).getByText('Joker: alleen als het stil is')).toBeInTheDocument();
    const timed = within(events).getByText('Stroomstoring').closest('li') as HTMLElement;
    expect(within(timed).queryByText('Wildcard')).not.toBeInTheDocument();
    expect(within(timed).getByText('at T+30:00 (06:30)')).toBeInTheDocument();
    await user.click(within(wildcard).getByRole('button', { name: 'Fire' }));
    expect(controls(socket)).toEqual([{ type: 'fire', event: 'u1' }]);
  });

  it('shows the server’s reason when a command is refused', async () => {
    const server = new FakeServer(smallScenario());
    server.apply({ type: 'START' });
    const { user, socket } = renderLive(<FacilitatorScreen />, { server, viewer: facilitator });
    await user.click(screen.getByRole('button', { name: '+5m' }));
    const [sent] = socket.sentOf('control');
    expect(sent?.control).toEqual({ type: 'advance', by: '5m' });
    act(() => socket.receive({ type: 'control_refused', requestId: sent?.requestId, code: 'beyond-duration', reason: 'that is past the end of play' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Refused: that is past the end of play');
  });

  it('ends the exercise only after the facilitator confirms', async () => {
    const server = new FakeServer(smallScenario());
    server.apply({ type: 'START' });
    const { user, socket } = renderLive(<FacilitatorScreen />, { server, viewer: facilitator });
    const confirm = vi.spyOn(window, 'confirm').mockReturnValueOnce(false).mockReturnValueOnce(true);
    await user.click(screen.getByRole('button', { name: 'End exercise' }));
    expect(controls(socket)).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'End exercise' }));
    expect(controls(socket)).toEqual([{ type: 'end' }]);
    confirm.mockRestore();
  });

  it('changes the clock speed', async () => {
    const server = new FakeServer(smallScenario());
    server.apply({ type: 'START' });
    const { user, socket } = renderLive(<FacilitatorScreen />, { server, viewer: facilitator });
    await user.selectOptions(screen.getByLabelText('Speed'), '×10');
    expect(controls(socket)).toEqual([{ type: 'speed', factor: 10 }]);
  });

  it('shows the join code with a QR code and the links for participants and the projector', () => {
    savedCredentials.saveFacilitator('s1', { key: 'fkey', joinCode: 'K7MP2Q', displayKey: 'dkey' });
    const server = new FakeServer(smallScenario());
    renderLive(<FacilitatorScreen />, { server, viewer: facilitator });
    const invite = screen.getByRole('region', { name: 'Invite' });
    expect(within(invite).getByText('K7MP2Q')).toBeInTheDocument();
    expect(within(invite).getByRole('img', { name: 'Link for participants' })).toBeInTheDocument();
    expect(within(invite).getByRole('textbox', { name: 'Link for participants' })).toHaveValue(`${window.location.origin}/join/K7MP2Q`);
    expect(within(invite).getByRole('textbox', { name: 'Link for the projector' })).toHaveValue(`${window.location.origin}/display/s1#key=dkey&code=K7MP2Q`);
  });

  it('shows the join code the server sends on a device that kept none, without the projector link it cannot know', () => {
    const server = new FakeServer(smallScenario());
    renderLive(<FacilitatorScreen />, { server, welcome: { ...server.welcome(facilitator), joinCode: 'Q9ZX4T' } });
    const invite = screen.getByRole('region', { name: 'Invite' });
    expect(within(invite).getByText('Q9ZX4T')).toBeInTheDocument();
    expect(within(invite).getByRole('textbox', { name: 'Link for participants' })).toHaveValue(`${window.location.origin}/join/Q9ZX4T`);
    expect(within(invite).queryByRole('textbox', { name: 'Link for the projector' })).not.toBeInTheDocument();
    expect(within(invite).getByText('The projector link is kept on the device that created the exercise.')).toBeInTheDocument();
  });

  it('asks for a new join code only after the facilitator confirms, and shows the new one when the server sends it', async () => {
    savedCredentials.saveFacilitator('s1', { key: 'fkey', joinCode: 'K7MP2Q', displayKey: 'dkey' });
    const server = new FakeServer(smallScenario());
    const { user, socket } = renderLive(<FacilitatorScreen />, { server, welcome: { ...server.welcome(facilitator), joinCode: 'K7MP2Q' } });
    const invite = screen.getByRole('region', { name: 'Invite' });
    const confirm = vi.spyOn(window, 'confirm').mockReturnValueOnce(false).mockReturnValueOnce(true);
    await user.click(within(invite).getByRole('button', { name: 'New join code' }));
    expect(controls(socket)).toEqual([]);
    await user.click(within(invite).getByRole('button', { name: 'New join code' }));
    expect(controls(socket)).toEqual([{ type: 'rotate-join-code' }]);
    expect(confirm).toHaveBeenLastCalledWith(expect.stringContaining('stops working'));
    confirm.mockRestore();
    act(() => socket.receive({ type: 'join_code', joinCode: 'W3RT8P' }));
    expect(within(invite).getByText('W3RT8P')).toBeInTheDocument();
    expect(within(invite).queryByText('K7MP2Q')).not.toBeInTheDocument();
    expect(within(invite).getByRole('textbox', { name: 'Link for the projector' })).toHaveValue(`${window.location.origin}/display/s1#key=dkey&code=W3RT8P`);
  });

  it('lists the evaluators’ observations newest first, with time, evaluator, objective and suggested rating', () => {
    const scenario = smallScenario({ objectives: [{ id: 'o1', text: 'Samen de leiding verdelen' }] });
    const server = new FakeServer(scenario);
    const first = { id: 1, evaluatorId: 'e1', at: 120, by: 'Eva', text: 'De politie pakt de leiding', objective: 'o1', rating: 'S' as const };
    const { socket } = renderLive(<FacilitatorScreen />, { server, welcome: { ...server.welcome(facilitator), observations: [first] } });
    const feed = screen.getByRole('region', { name: 'Observations' });
    act(() => {
      socket.receive({ type: 'observation', observation: { id: 2, evaluatorId: 'e2', at: 300, by: 'Ruud', text: 'Niemand belt de gemeente' } });
      socket.receive({ type: 'observation', observation: first });
    });
    const items = within(feed).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([
      'Niemand belt de gemeenteat T+5:00 (06:05) · by Ruud',
      'De politie pakt de leidingat T+2:00 (06:02) · by Eva · About: Samen de leiding verdelen · suggests S',
    ]);
  });

  it('shows the live feed per organisation and the practice gaps as they appear', async () => {
    const server = new FakeServer(smallScenario());
    server.apply(
      { type: 'START' },
      { type: 'ACTION', action: { type: 'claim', by: 'handhaver', task: 'ontmantelen', as: 'lead' } },
      { type: 'ACTION', action: { type: 'note', by: 'wijkagent', text: 'ter plaatse' } },
    );
    const { user } = renderLive(<FacilitatorScreen />, { server, viewer: facilitator });
    const gaps = screen.getByRole('region', { name: 'Gaps so far' });
    expect(within(gaps).getByText('Lead differs from the plan')).toBeInTheDocument();
    expect(within(gaps).getByText(/took the lead of "Drugslab ontmantelen", which on paper lies with Politie/)).toBeInTheDocument();
    const feed = screen.getByRole('region', { name: 'Live feed' });
    expect(within(feed).getAllByRole('listitem')).toHaveLength(2);
    await user.selectOptions(within(feed).getByLabelText('Organisation'), 'Politie');
    expect(within(feed).getAllByRole('listitem')).toHaveLength(1);
    expect(within(feed).getByText(/ter plaatse/)).toBeInTheDocument();
  });

  it('lists the participants per organisation with whether they are connected', () => {
    const server = new FakeServer(smallScenario());
    const { socket } = renderLive(<FacilitatorScreen />, { server, viewer: facilitator });
    expect(screen.getByText('Nobody has joined yet.')).toBeInTheDocument();
    act(() =>
      socket.receive({
        type: 'participants',
        participants: [
          { participantId: 'p1', name: 'Anna', role: 'wijkagent', agency: 'politie', online: true },
          { participantId: 'p2', name: 'Bram', role: 'handhaver', agency: 'gemeente', online: false },
        ],
      }),
    );
    const panel = screen.getByRole('region', { name: /Participants/ });
    expect(within(panel).getByText('1 of 2 connected')).toBeInTheDocument();
    const anna = within(panel).getByText('Anna').closest('li') as HTMLElement;
    expect(anna).toHaveTextContent('Anna (Wijkagent) online');
    expect(within(panel).getByRole('heading', { name: 'Gemeente' }).nextElementSibling).toHaveTextContent('Bram (Handhaver) offline');
  });

  it('lists what was released, newest first, with its addressees', () => {
    const server = new FakeServer(smallScenario());
    server.apply({ type: 'START' }, { type: 'ADVANCE', to: 600 }, { type: 'FIRE', event: 'u1' });
    renderLive(<FacilitatorScreen />, { server, viewer: facilitator });
    const released = screen.getByRole('region', { name: 'Released' });
    const items = within(released).getAllByRole('listitem');
    expect(items.map((item) => item.querySelector('strong')?.textContent)).toEqual(['Pers aan de poort', 'Chalet sluiten?', 'Start van de actiedag']);
    expect(items[0]).toHaveTextContent('Event');
    expect(items[1]).toHaveTextContent('→ Gemeente');
    expect(items[2]).toHaveTextContent('→ everyone');
  });

  it('lists escalations waiting for an answer and the levels matters must still reach, with the time left', () => {
    const scenario = smallScenario({
      injects: [{ id: 'i01', at: '0m', title: 'Lab gevonden', expects: [{ level: 'strategic', within: '30m' }, { level: 'tactical' }] }],
      events: [],
    });
    const server = new FakeServer(scenario);
    server.apply(
      { type: 'START' },
      { type: 'ADVANCE', to: 300 },
      { type: 'ACTION', action: { type: 'escalate', by: 'wijkagent', to: 'tactical', about: 'i01' } },
      { type: 'ADVANCE', to: 600 },
    );
    renderLive(<FacilitatorScreen />, { server, viewer: facilitator });
    const panel = screen.getByRole('region', { name: 'Between the levels' });
    expect(within(panel).getByText('Wijkagent (Politie) → the tactical level: “Lab gevonden”, waiting 5m')).toBeInTheDocument();
    expect(within(panel).getByText('“Lab gevonden” must reach the strategic level: 20m left')).toBeInTheDocument();
    // Escalating to the tactical level has brought the matter there.
    expect(within(panel).queryByText(/must reach the tactical level/)).not.toBeInTheDocument();
  });
});
