import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DisplayScreen } from '../../../src/client/screens/display/DisplayScreen.tsx';
import { FakeServer } from '../support/fakeServer.ts';
import { renderLive } from '../support/renderLive.tsx';
import { smallScenario } from '../support/scenario.ts';

const display = { kind: 'display' } as const;

describe('the projector display', () => {
  it('shows the title, the join code and its QR code before play', () => {
    const server = new FakeServer(smallScenario());
    renderLive(<DisplayScreen savedJoinCode="K7MP2Q" />, { server, viewer: display });
    expect(screen.getByRole('heading', { level: 1, name: 'Kleine oefening' })).toBeInTheDocument();
    expect(screen.getByText('K7MP2Q')).toBeInTheDocument();
    expect(screen.getByRole('img', { name: `Join at ${window.location.origin}/join/K7MP2Q` })).toBeInTheDocument();
  });

  it('shows the join code the server sends when opened with its display link alone, and follows a new one', () => {
    const server = new FakeServer(smallScenario());
    const { socket } = renderLive(<DisplayScreen savedJoinCode={undefined} />, { server, welcome: { ...server.welcome(display), joinCode: 'Q9ZX4T' } });
    expect(screen.getByText('Q9ZX4T')).toBeInTheDocument();
    expect(screen.getByRole('img', { name: `Join at ${window.location.origin}/join/Q9ZX4T` })).toBeInTheDocument();
    act(() => socket.receive({ type: 'join_code', joinCode: 'W3RT8P' }));
    expect(screen.getByText('W3RT8P')).toBeInTheDocument();
    expect(screen.queryByText('Q9ZX4T')).not.toBeInTheDocument();
  });

  it('shows the latest released situation during play, never the facilitator’s notes', () => {
    const server = new FakeServer(smallScenario());
    server.apply({ type: 'START' }, { type: 'ADVANCE', to: 600 });
    const { container } = renderLive(<DisplayScreen savedJoinCode="K7MP2Q" />, { server, viewer: display });
    const latest = screen.getByRole('region', { name: 'Latest situation' });
    expect(within(latest).getByRole('heading', { name: 'Chalet sluiten?' })).toBeInTheDocument();
    expect(container.textContent).not.toContain('GEHEIME NOTITIE');
    expect(container.textContent).not.toContain('Alleen voor de politie');
  });

  it('shows in a strip how many matters wait at each level', () => {
    const server = new FakeServer(smallScenario());
    server.apply(
      { type: 'START' },
      { type: 'ADVANCE', to: 1200 },
      { type: 'ACTION', action: { type: 'escalate', by: 'wijkagent', to: 'burgemeester', about: 'i03' } },
      { type: 'ACTION', action: { type: 'escalate', by: 'wijkagent', to: 'tactical', about: 'i01' } },
      { type: 'ACTION', action: { type: 'respond', by: 'teamchef', inject: 'i01', text: 'wij nemen het' } },
    );
    renderLive(<DisplayScreen savedJoinCode="K7MP2Q" />, { server, viewer: display });
    const strip = screen.getByRole('region', { name: 'Waiting at each level' });
    expect([...strip.querySelectorAll('li')].map((item) => item.textContent)).toEqual(['strategic waiting: 1', 'tactical waiting: 0', 'operational waiting: 0']);
  });

  it('keeps the notes off the screen even when opened with the facilitator key', () => {
    const server = new FakeServer(smallScenario());
    server.apply({ type: 'START' });
    const { container } = renderLive(<DisplayScreen savedJoinCode={undefined} />, { server, viewer: { kind: 'facilitator' } });
    expect(screen.getByRole('heading', { name: 'Start van de actiedag' })).toBeInTheDocument();
    expect(container.textContent).not.toContain('GEHEIME NOTITIE');
    expect(container.textContent).not.toContain('Joker: alleen als het stil is');
  });

  it('fills the TVB board with lead and support claims and the authorities used', () => {
    const server = new FakeServer(smallScenario());
    server.apply(
      { type: 'START' },
      { type: 'ACTION', action: { type: 'claim', by: 'handhaver', task: 'ontmantelen', as: 'lead' } },
      { type: 'ACTION', action: { type: 'claim', by: 'wijkagent', task: 'ontmantelen', as: 'support' } },
      { type: 'ACTION', action: { type: 'exercise', by: 'burgemeester', authority: 'sluiting-13b', task: 'ontmantelen' } },
    );
    renderLive(<DisplayScreen savedJoinCode="K7MP2Q" />, { server, viewer: display });
    const board = screen.getByRole('table');
    const row = within(board).getByRole('row', { name: /Drugslab ontmantelen/ });
    const [police, municipality, tax] = within(row).getAllByRole('cell');
    expect(police).toHaveTextContent('Support');
    expect(municipality).toHaveTextContent('Lead');
    expect(municipality).toHaveTextContent('Used Pand sluiten (13b)');
    expect(tax?.textContent).toBe('');
    expect(screen.getByText('1 more task that nobody has acted on yet.')).toBeInTheDocument();
    expect(within(board).queryByRole('row', { name: /Opvang regelen/ })).not.toBeInTheDocument();
  });

  it('draws the cooperation network with an edge for each pair that exchanged something', async () => {
    const server = new FakeServer(smallScenario());
    server.apply(
      { type: 'START' },
      { type: 'ACTION', action: { type: 'share', by: 'handhaver', information: 'buurtinfo', with: 'politie' } },
      { type: 'ACTION', action: { type: 'request', by: 'wijkagent', from: 'gemeente', task: 'opvang' } },
    );
    const { container } = renderLive(<DisplayScreen savedJoinCode="K7MP2Q" />, { server, viewer: display });
    const network = screen.getByRole('region', { name: 'Cooperation network' });
    expect(await within(network).findByText('coordinating', { selector: '.network-edge-label' })).toBeInTheDocument();
    expect(container.querySelectorAll('.react-flow__node')).toHaveLength(3);
    expect(container.querySelectorAll('.react-flow__edge')).toHaveLength(1);
  });

  it('sums play up after the end and leads into the debrief', () => {
    const server = new FakeServer(smallScenario());
    server.apply(
      { type: 'START' },
      { type: 'ACTION', action: { type: 'share', by: 'handhaver', information: 'buurtinfo', with: 'politie' } },
      { type: 'END' },
    );
    renderLive(<DisplayScreen savedJoinCode="K7MP2Q" />, { server, viewer: display });
    expect(screen.getByRole('heading', { name: 'The exercise has ended' })).toBeInTheDocument();
    expect(screen.getByText('Actions taken').nextElementSibling).toHaveTextContent('1');
    expect(screen.getByText('Pairs of organisations that worked together').nextElementSibling).toHaveTextContent('1');
    expect(screen.getByRole('link', { name: /Next: the debrief/ })).toHaveAttribute('href', '/debrief/s1');
  });

  it('keeps the language and the connection out of the room’s sight, behind a small corner button', async () => {
    const server = new FakeServer(smallScenario());
    server.apply({ type: 'START' });
    const { user } = renderLive(<DisplayScreen savedJoinCode="K7MP2Q" />, { server, viewer: display });
    expect(screen.queryByRole('combobox', { name: 'Language' })).not.toBeVisible();
    await user.click(screen.getByLabelText('Screen: connection and language'));
    expect(screen.getByRole('combobox', { name: 'Language' })).toBeVisible();
    expect(screen.getByRole('status')).toHaveTextContent('Connected');
  });
});
