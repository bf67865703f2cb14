import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { PlayScreen } from '../../../src/client/screens/play/PlayScreen.tsx';
import { FakeServer } from '../support/fakeServer.ts';
import { FakeSocket } from '../support/fakeSocket.ts';
import { renderLive } from '../support/renderLive.tsx';
import { smallScenario } from '../support/scenario.ts';

function optionLabels(select: HTMLElement): string[] {
  return within(select)
    .getAllByRole('option')
    .map((option) => option.textContent ?? '')
    .filter((label) => label !== 'Choose…');
}

function playing(role: string, ...advance: number[]) {
  const server = new FakeServer(smallScenario());
  server.apply({ type: 'START' }, ...advance.map((to) => ({ type: 'ADVANCE' as const, to })));
  return { server, viewer: { kind: 'participant', role } as const };
}

describe('the participant view', () => {
  it('shows the released messages for the organisation, with Markdown but without raw HTML or facilitator notes', () => {
    const { server, viewer } = playing('wijkagent');
    const { container } = renderLive(<PlayScreen />, { server, viewer });
    const card = screen.getByRole('article', { name: 'Start van de actiedag' });
    expect(within(card).getByText('trekker').tagName).toBe('STRONG');
    expect(within(card).getByText('Briefing')).toBeInTheDocument();
    expect(within(card).getByText('Wie trekt welke locatie?')).toBeInTheDocument();
    expect(container.querySelector('script')).toBeNull();
    expect(container.querySelector('b')).toBeNull();
    expect(container.textContent).not.toContain('GEHEIME NOTITIE');
    expect(screen.getByText('Wijkagent · Politie')).toBeInTheDocument();
  });

  it('marks new messages unread until they are marked as read', async () => {
    const { server, viewer } = playing('wijkagent');
    const { user } = renderLive(<PlayScreen />, { server, viewer });
    expect(screen.getByText('1 unread')).toBeInTheDocument();
    expect(document.title).toBe('(1) Kleine oefening');
    await user.click(screen.getByRole('button', { name: 'Mark as read' }));
    expect(screen.queryByText('1 unread')).not.toBeInTheDocument();
    expect(document.title).toBe('Kleine oefening');
    expect(screen.queryByText('New')).not.toBeInTheDocument();
  });

  it('announces a message as it arrives', () => {
    const { server, viewer } = playing('handhaver');
    const { socket } = renderLive(<PlayScreen />, { server, viewer });
    server.apply({ type: 'ADVANCE', to: 600 });
    act(() => socket.receive(server.update(viewer)));
    expect(screen.getByText('New message: Chalet sluiten?')).toBeInTheDocument();
    expect(screen.getByText('2 unread')).toBeInTheDocument();
  });

  it('shows the plan on paper only once the facilitator switches it on', () => {
    const { server, viewer } = playing('wijkagent');
    const { socket } = renderLive(<PlayScreen />, { server, viewer });
    expect(screen.queryByRole('heading', { name: 'The plan on paper' })).not.toBeInTheDocument();
    server.planVisible = true;
    act(() => socket.receive(server.update(viewer)));
    const plan = screen.getByRole('region', { name: 'The plan on paper' });
    expect(within(plan).getByRole('row', { name: /Drugslab ontmantelen/ })).toHaveTextContent('Politie');
    expect(within(plan).getByRole('row', { name: /Pand sluiten/ })).toHaveTextContent('Burgemeester');
  });

  it('never shows another organisation’s message', () => {
    const { server, viewer } = playing('handhaver', 600, 1200);
    renderLive(<PlayScreen />, { server, viewer });
    expect(screen.getByRole('article', { name: 'Chalet sluiten?' })).toBeInTheDocument();
    expect(screen.queryByText('Alleen voor de politie')).not.toBeInTheDocument();
  });

  it('offers only the scenario’s tasks to claim, and sends the claim', async () => {
    const { server, viewer } = playing('wijkagent');
    const { user, socket } = renderLive(<PlayScreen />, { server, viewer });
    const form = screen.getByRole('form', { name: 'Claim a task' });
    const task = within(form).getByLabelText('Task');
    expect(optionLabels(task)).toEqual(['Drugslab ontmantelen', 'Opvang regelen']);
    await user.selectOptions(task, 'Opvang regelen');
    await user.click(within(form).getByLabelText('Support'));
    await user.click(within(form).getByRole('button', { name: 'Send' }));
    expect(socket.sentOf('action').map((message) => message.action)).toEqual([{ type: 'claim', task: 'opvang', as: 'support' }]);
    expect(within(form).getByText('Sending…')).toBeInTheDocument();
  });

  it('offers to share only information the organisation holds, with other organisations only', async () => {
    const { server, viewer } = playing('handhaver');
    const { user } = renderLive(<PlayScreen />, { server, viewer });
    await user.click(screen.getByLabelText('Share information'));
    const form = screen.getByRole('form', { name: 'Share information' });
    expect(optionLabels(within(form).getByLabelText('Information'))).toEqual(['Signalen uit de buurt']);
    expect(optionLabels(within(form).getByLabelText('With organisation'))).toEqual(['Politie', 'Belastingdienst']);
  });

  it('offers escalation to a level or to any other role, never to oneself', async () => {
    const { server, viewer } = playing('wijkagent');
    const { user } = renderLive(<PlayScreen />, { server, viewer });
    await user.click(screen.getByLabelText('Escalate'));
    const to = within(screen.getByRole('form', { name: 'Escalate' })).getByLabelText('To');
    const labels = optionLabels(to);
    expect(labels).toContain('the strategic level');
    expect(labels).toContain('Burgemeester (Gemeente)');
    expect(labels.some((label) => label.startsWith('Wijkagent'))).toBe(false);
    const groups = [...to.querySelectorAll('optgroup')].map((group) => group.label);
    expect(groups).toEqual(['A level', 'Roles at the strategic level', 'Roles at the tactical level', 'Roles at the operational level']);
  });

  it('shows a matter escalated to the role as escalated by its sender, with a way to escalate it further', async () => {
    const { server, viewer } = playing('burgemeester', 1200);
    const { socket, user } = renderLive(<PlayScreen />, { server, viewer });
    expect(screen.queryByRole('article', { name: 'Alleen voor de politie' })).not.toBeInTheDocument();
    server.apply({ type: 'ACTION', action: { type: 'escalate', by: 'wijkagent', to: 'burgemeester', about: 'i03', note: 'graag besluit' } });
    act(() => socket.receive(server.update(viewer)));
    const card = screen.getByRole('article', { name: 'Alleen voor de politie' });
    expect(within(card).getByText(/Escalated to you by Wijkagent \(Politie\)/)).toBeInTheDocument();
    await user.click(within(card).getByText('Escalate this further'));
    const form = within(card).getByRole('form', { name: 'Escalate this further' });
    expect(within(form).getByLabelText('About (optional)')).toHaveValue('i03');
  });

  it('leads to the debrief once play has ended, with no actions left to take', () => {
    const { server, viewer } = playing('wijkagent');
    const { socket } = renderLive(<PlayScreen />, { server, viewer });
    server.apply({ type: 'END' });
    act(() => socket.receive(server.update(viewer)));
    expect(screen.getByText(/The exercise has ended/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Read the debrief' })).toHaveAttribute('href', '/debrief/s1');
    expect(screen.queryByRole('form', { name: 'Claim a task' })).not.toBeInTheDocument();
  });

  it('shows the server’s reason next to the form when an action is refused', async () => {
    const { server, viewer } = playing('wijkagent');
    const { user, socket } = renderLive(<PlayScreen />, { server, viewer });
    await user.click(screen.getByLabelText('Use an authority'));
    const form = screen.getByRole('form', { name: 'Use an authority' });
    await user.selectOptions(within(form).getByLabelText('Authority'), 'Pand sluiten (13b)');
    await user.click(within(form).getByRole('button', { name: 'Send' }));
    const [sent] = socket.sentOf('action');
    act(() => socket.receive({ type: 'action_refused', clientId: sent?.clientId, code: 'ended', reason: 'play has ended' }));
    expect(within(form).getByRole('alert')).toHaveTextContent('Not recorded: play has ended');
  });

  it('says what is missing instead of sending an incomplete action', async () => {
    const { server, viewer } = playing('wijkagent');
    const { user, socket } = renderLive(<PlayScreen />, { server, viewer });
    const form = screen.getByRole('form', { name: 'Claim a task' });
    await user.click(within(form).getByRole('button', { name: 'Send' }));
    expect(within(form).getByRole('alert')).toHaveTextContent('Choose “Task” first.');
    expect(socket.sentOf('action')).toEqual([]);
  });

  it('keeps an action made offline on the device and sends it once the connection is back', async () => {
    const { server, viewer } = playing('wijkagent');
    const { user, socket, store } = renderLive(<PlayScreen />, { server, viewer });
    act(() => socket.drop());
    expect(screen.getByText('Connection lost: reconnecting…')).toBeInTheDocument();
    await user.click(screen.getByLabelText('Note'));
    const form = screen.getByRole('form', { name: 'Note' });
    await user.type(within(form).getByLabelText('Text'), 'Situatie rustig');
    await user.click(within(form).getByRole('button', { name: 'Send' }));
    expect(within(form).getByText('Saved on this device: it will be sent when the connection is back.')).toBeInTheDocument();
    expect(screen.getByText('1 action waiting to be sent')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Reconnect now' }));
    const next = FakeSocket.latest();
    act(() => {
      next.open();
      next.receive(server.welcome(viewer, store.getState().seq));
    });
    expect(next.sentOf('action').map((message) => message.action)).toEqual([{ type: 'note', text: 'Situatie rustig' }]);
  });

  it('lets only the named decider answer a decision', () => {
    const mayor = playing('burgemeester', 600);
    renderLive(<PlayScreen />, mayor);
    expect(screen.getByRole('form', { name: 'Decision' })).toBeInTheDocument();
  });

  it('tells others who decides instead of offering the options', () => {
    const enforcer = playing('handhaver', 600);
    renderLive(<PlayScreen />, enforcer);
    expect(screen.queryByRole('form', { name: 'Decision' })).not.toBeInTheDocument();
    expect(screen.getByText(/Decided by Burgemeester \(Gemeente\)/)).toBeInTheDocument();
  });

  it('records a decision with the chosen option', async () => {
    const { server, viewer } = playing('burgemeester', 600);
    const { user, socket } = renderLive(<PlayScreen />, { server, viewer });
    const form = screen.getByRole('form', { name: 'Decision' });
    await user.click(within(form).getByLabelText('Eerst overleggen'));
    await user.click(within(form).getByRole('button', { name: 'Record decision' }));
    expect(socket.sentOf('action').map((message) => message.action)).toEqual([{ type: 'decide', decision: 'i02', option: 'wachten' }]);
  });

  it('lists the organisation’s own actions in its log', () => {
    const { server, viewer } = playing('wijkagent');
    server.apply({ type: 'ACTION', action: { type: 'claim', by: 'teamchef', task: 'ontmantelen', as: 'lead' } });
    renderLive(<PlayScreen />, { server, viewer });
    const log = screen.getByRole('region', { name: 'Log of Politie' });
    expect(within(log).getByText(/claims the lead of "Drugslab ontmantelen"/)).toBeInTheDocument();
  });
});
