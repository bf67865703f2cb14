import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { EvaluatorScreen } from '../../../src/client/screens/evaluate/EvaluatorScreen.tsx';
import type { LiveObservation } from '../../../src/shared/observation.ts';
import { FakeServer } from '../support/fakeServer.ts';
import { FakeSocket } from '../support/fakeSocket.ts';
import { renderLive } from '../support/renderLive.tsx';
import { smallScenario } from '../support/scenario.ts';

const OBJECTIVES = [
  { id: 'obj-tvb', text: 'Taken zijn voor alle partners helder', tasks: ['ontmantelen'] },
  { id: 'obj-opvang', text: 'Opvang is op tijd geregeld' },
];

/** Play paused at two minutes, so the clock shows the same second however long a test takes. */
function evaluating(observations: LiveObservation[] = []) {
  const server = new FakeServer(smallScenario({ objectives: OBJECTIVES }));
  server.apply(
    { type: 'START' },
    { type: 'ADVANCE', to: 120 },
    { type: 'ACTION', action: { type: 'claim', by: 'teamchef', task: 'ontmantelen', as: 'lead' } },
    { type: 'PAUSE' },
  );
  const rendered = renderLive(<EvaluatorScreen />, { server, welcome: server.evaluatorWelcome(observations) });
  return { server, ...rendered };
}

const form = () => screen.getByRole('form', { name: 'New observation' });

describe('the evaluator’s screen', () => {
  it('shows the timeline of every organisation without facilitator notes, and the objectives with their tasks', () => {
    const { container } = evaluating();
    const timeline = screen.getByRole('region', { name: 'Timeline of all organisations' });
    expect(within(timeline).getByText(/claims the lead/i)).toBeInTheDocument();
    expect(container.textContent).not.toContain('GEHEIME NOTITIE');
    const objectives = screen.getByRole('region', { name: 'Objectives' });
    expect(within(objectives).getByText('Taken zijn voor alle partners helder')).toBeInTheDocument();
    expect(within(objectives).getByText('Tasks: "Drugslab ontmantelen"')).toBeInTheDocument();
    expect(screen.getByText('Evaluator: Eva')).toBeInTheDocument();
  });

  it('sends an observation with its objective, task, organisations, suggestion, ticked entries and the scenario second it was written', async () => {
    const { user, socket, server } = evaluating();
    const claim = server.timeline.find((entry) => entry.type === 'claim');
    await user.click(screen.getByRole('button', { name: 'Observe this objective: Taken zijn voor alle partners helder' }));
    await user.type(within(form()).getByLabelText('What did you see?'), 'De teamchef pakt de leiding meteen');
    await user.selectOptions(within(form()).getByLabelText('Task'), 'ontmantelen');
    await user.click(within(form()).getByLabelText('Politie'));
    await user.click(within(form()).getByLabelText('Gemeente'));
    await user.click(within(form()).getByLabelText('S'));
    await user.click(screen.getByRole('checkbox', { name: new RegExp(`#${claim?.seq}`) }));
    expect(within(form()).getByText('Linked to 1 timeline entry:')).toBeInTheDocument();
    await user.click(within(form()).getByRole('button', { name: 'Save observation' }));
    const [sent] = socket.sentOf('observe');
    expect(sent).toMatchObject({
      observation: { text: 'De teamchef pakt de leiding meteen', objective: 'obj-tvb', task: 'ontmantelen', agencies: ['politie', 'gemeente'], rating: 'S', entries: [claim?.seq], at: 120 },
    });
    expect(within(form()).getByLabelText('What did you see?')).toHaveValue('');
    expect(screen.getByRole('checkbox', { name: new RegExp(`#${claim?.seq}`) })).not.toBeChecked();
    expect(within(screen.getByRole('region', { name: 'My observations' })).getByText('sending…')).toBeInTheDocument();
  });

  it('sends only the text when nothing else is chosen, and nothing without text', async () => {
    const { user, socket } = evaluating();
    await user.click(within(form()).getByRole('button', { name: 'Save observation' }));
    expect(within(form()).getByRole('alert')).toHaveTextContent('Write what you saw first.');
    expect(socket.sentOf('observe')).toEqual([]);
    await user.type(within(form()).getByLabelText('What did you see?'), '  Rustig overleg  ');
    await user.click(within(form()).getByRole('button', { name: 'Save observation' }));
    expect(socket.sentOf('observe').map((message) => message.observation)).toEqual([{ text: 'Rustig overleg', at: 120 }]);
  });

  it('keeps an observation written offline as waiting to send, and sends it once after the reconnect until it is accepted', async () => {
    const { user, socket, server, store } = evaluating();
    act(() => socket.drop());
    await user.type(within(form()).getByLabelText('What did you see?'), 'Gemeente wacht af');
    await user.click(within(form()).getByRole('button', { name: 'Save observation' }));
    expect(within(form()).getByText('Saved on this device; it will be sent when the connection is back.')).toBeInTheDocument();
    const own = screen.getByRole('region', { name: 'My observations' });
    expect(within(own).getByText('Gemeente wacht af')).toBeInTheDocument();
    expect(within(own).getByText('waiting to send')).toBeInTheDocument();
    expect(screen.getByText('1 observation waiting to be sent')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Reconnect now' }));
    const next = FakeSocket.latest();
    act(() => {
      next.open();
      next.receive(server.evaluatorWelcome([], store.getState().seq));
    });
    const [sent] = next.sentOf('observe');
    expect(sent).toMatchObject({ observation: { text: 'Gemeente wacht af', at: 120 } });
    act(() => next.receive({ type: 'observation_accepted', clientId: sent?.clientId, observation: { id: 1, evaluatorId: 'e1', at: 120, by: 'Eva', text: 'Gemeente wacht af' } }));
    expect(within(own).getByText('Gemeente wacht af')).toBeInTheDocument();
    expect(within(own).queryByText('waiting to send')).toBeNull();
    expect(screen.queryByText('1 observation waiting to be sent')).toBeNull();
  });

  it('shows a refused observation with the server’s reason until it is dismissed', async () => {
    const { user, socket } = evaluating();
    await user.type(within(form()).getByLabelText('What did you see?'), 'Over iets onbekends');
    await user.click(within(form()).getByRole('button', { name: 'Save observation' }));
    const [sent] = socket.sentOf('observe');
    act(() => socket.receive({ type: 'observation_refused', clientId: sent?.clientId, code: 'unknown-entry', reason: 'entries[0]: 99 is not a timeline entry' }));
    const own = screen.getByRole('region', { name: 'My observations' });
    expect(within(own).getByRole('alert')).toHaveTextContent('Not stored: entries[0]: 99 is not a timeline entry');
    await user.click(within(own).getByRole('button', { name: 'Dismiss' }));
    expect(within(own).queryByText('Over iets onbekends')).toBeNull();
  });

  it('lists the evaluator’s own observations from the welcome, with what they are about', () => {
    evaluating([{ id: 1, evaluatorId: 'e1', at: 60, by: 'Eva', text: 'Briefing duidelijk', objective: 'obj-opvang', agencies: ['gemeente'], rating: 'P', entries: [1] }]);
    const own = screen.getByRole('region', { name: 'My observations' });
    expect(within(own).getByText('Briefing duidelijk')).toBeInTheDocument();
    expect(within(own).getByText(/About: Opvang is op tijd geregeld; Gemeente/)).toBeInTheDocument();
    expect(within(own).getByText('suggests P')).toBeInTheDocument();
  });

  it('offers the tasks of the chosen objective first', async () => {
    const { user } = evaluating();
    await user.selectOptions(within(form()).getByLabelText('Objective'), 'obj-tvb');
    const task = within(form()).getByLabelText('Task');
    expect(within(task).getByRole('group', { name: 'Tasks of this objective' })).toHaveTextContent('Drugslab ontmantelen');
    expect(within(task).getByRole('group', { name: 'Other tasks' })).toHaveTextContent('Opvang regelen');
  });

  it('leads to the debrief once play has ended, and still takes observations', () => {
    const server = new FakeServer(smallScenario({ objectives: OBJECTIVES }));
    server.apply({ type: 'START' }, { type: 'END' });
    renderLive(<EvaluatorScreen />, { server, welcome: server.evaluatorWelcome() });
    expect(screen.getByRole('link', { name: 'Open the debrief' })).toHaveAttribute('href', '/debrief/s1');
    expect(within(form()).getByRole('button', { name: 'Save observation' })).toBeEnabled();
  });
});
