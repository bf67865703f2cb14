import { act, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FacilitatorScreen } from '../../../src/client/screens/facilitate/FacilitatorScreen.tsx';
import { stubConsoleApi } from '../support/consoleApi.ts';
import { FakeServer } from '../support/fakeServer.ts';
import { renderLive } from '../support/renderLive.tsx';
import { smallScenario } from '../support/scenario.ts';

const facilitator = { kind: 'facilitator' } as const;

beforeEach(() => stubConsoleApi());
afterEach(() => vi.unstubAllGlobals());

/** The console of a running exercise, with the new-inject panel found. */
function runningConsole() {
  const server = new FakeServer(smallScenario());
  server.apply({ type: 'START' });
  const rendered = renderLive(<FacilitatorScreen />, { server, viewer: facilitator });
  const panel = screen.getByRole('region', { name: 'New inject' });
  return { ...rendered, server, panel };
}

function improvisations(socket: { sentOf(type: string): Record<string, unknown>[] }) {
  return socket.sentOf('control').filter((message) => (message.control as { type: string }).type === 'improvise');
}

describe('the new-inject panel of the facilitator console', () => {
  it('sends the inject as written: addressees, sender, channel, text, a question, expectations and a decision', async () => {
    const { user, socket, panel } = runningConsole();
    const form = within(panel);
    await user.click(form.getByRole('checkbox', { name: 'Politie' }));
    await user.click(within(form.getByRole('group', { name: 'Roles of Gemeente' })).getByRole('checkbox', { name: 'Burgemeester' }));
    await user.type(form.getByLabelText('From'), 'Omroep Brabant');
    await user.selectOptions(form.getByLabelText('Channel'), 'Media');
    await user.type(form.getByLabelText('Title'), 'Camera bij de poort');
    await user.type(form.getByLabelText('Message'), 'Een cameraploeg **filmt** de inval.');
    await user.click(form.getByRole('button', { name: 'Add a question' }));
    await user.type(form.getByLabelText('Question 1'), 'Wie staat de pers te woord?');
    await user.click(form.getByRole('button', { name: 'Add a task' }));
    await user.selectOptions(form.getByLabelText('Expected task 1'), 'Opvang regelen');
    await user.type(form.getByLabelText('Within (expectation 1)'), '10m');
    await user.click(form.getByRole('button', { name: 'Add a level to reach' }));
    await user.click(form.getByRole('checkbox', { name: 'Ask for a decision' }));
    await user.type(form.getByLabelText('What is to be decided'), 'Laat u ze filmen?');
    await user.selectOptions(form.getByLabelText('Decided by'), 'Burgemeester');
    await user.type(form.getByLabelText('Option 1'), 'Ja, op afstand');
    await user.type(form.getByLabelText('Option 2'), 'Pand sluiten');
    await user.selectOptions(form.getByLabelText('Authority option 2 uses'), 'Pand sluiten (13b)');
    await user.click(form.getByRole('button', { name: 'Release now' }));
    expect(improvisations(socket).map((message) => message.control)).toEqual([
      {
        type: 'improvise',
        inject: {
          title: 'Camera bij de poort',
          to: ['politie', 'burgemeester'],
          from: 'Omroep Brabant',
          channel: 'media',
          body: 'Een cameraploeg **filmt** de inval.',
          questions: ['Wie staat de pers te woord?'],
          expects: [{ task: 'opvang', within: '10m' }, { level: 'strategic' }],
          decision: {
            prompt: 'Laat u ze filmen?',
            by: 'burgemeester',
            options: [
              { id: 'ja-op-afstand', label: 'Ja, op afstand' },
              { id: 'pand-sluiten', label: 'Pand sluiten', uses: 'sluiting-13b' },
            ],
          },
        },
      },
    ]);
  });

  it('previews the message as Markdown while it is typed', async () => {
    const { user, panel } = runningConsole();
    await user.type(within(panel).getByLabelText('Message'), 'Een **dringend** verzoek');
    const preview = within(panel).getByRole('region', { name: 'Preview' });
    expect(within(preview).getByText('dringend').tagName).toBe('STRONG');
  });

  it('shows the server’s refusal beside the form and keeps what was typed', async () => {
    const { user, socket, panel } = runningConsole();
    const form = within(panel);
    await user.type(form.getByLabelText('Title'), 'Bericht van de eigenaar');
    await user.type(form.getByLabelText('Message'), 'Ik wil mijn advocaat spreken.');
    await user.click(form.getByRole('button', { name: 'Release now' }));
    const [sent] = improvisations(socket);
    act(() => socket.receive({ type: 'control_refused', requestId: sent?.requestId, code: 'unknown-reference', reason: 'to[0]: "politei" is not an agency or role' }));
    expect(form.getByRole('alert')).toHaveTextContent('Refused: to[0]: "politei" is not an agency or role');
    expect(form.getByLabelText('Title')).toHaveValue('Bericht van de eigenaar');
    expect(form.getByLabelText('Message')).toHaveValue('Ik wil mijn advocaat spreken.');
  });

  it('clears the form once released and names the id play gave the inject', async () => {
    const { user, socket, server, panel } = runningConsole();
    const form = within(panel);
    await user.type(form.getByLabelText('Title'), 'Bericht van de eigenaar');
    await user.click(form.getByRole('button', { name: 'Release now' }));
    const [sent] = improvisations(socket);
    server.apply({ type: 'IMPROVISE', inject: (sent?.control as { inject: Record<string, unknown> }).inject });
    act(() => {
      socket.receive(server.update(facilitator));
      socket.receive({ type: 'control_accepted', requestId: sent?.requestId, clock: server.clock() });
    });
    expect(form.getByRole('status')).toHaveTextContent('Released as adhoc-1.');
    expect(form.getByLabelText('Title')).toHaveValue('');
    const released = screen.getByRole('region', { name: 'Released' });
    expect(within(released).getByText('Bericht van de eigenaar')).toBeInTheDocument();
  });

  it('prefills a template in the scenario’s language, addressed to the organisation of the first strategic role', async () => {
    const { user, panel } = runningConsole();
    const form = within(panel);
    await user.click(form.getByRole('button', { name: 'The press asks for a statement' }));
    expect(form.getByLabelText('Title')).toHaveValue('De pers vraagt om een verklaring');
    expect(form.getByLabelText('Channel')).toHaveValue('media');
    expect(form.getByRole('checkbox', { name: 'Gemeente' })).toBeChecked();
    expect(form.getByRole('checkbox', { name: 'Politie' })).not.toBeChecked();
    expect(form.getByLabelText('Decided by')).toHaveValue('burgemeester');
    expect(form.getByLabelText('Level to reach 1')).toHaveValue('strategic');
    expect(form.getByLabelText('Within (expectation 1)')).toHaveValue('30m');
  });

  it('addresses a resident’s call to the organisation of the first operational role, without a decision', async () => {
    const { user, panel } = runningConsole();
    const form = within(panel);
    await user.click(form.getByRole('button', { name: 'A resident calls' }));
    expect(form.getByLabelText('Title')).toHaveValue('Een bewoner belt');
    expect(form.getByLabelText('Channel')).toHaveValue('phone');
    expect(form.getByRole('checkbox', { name: 'Politie' })).toBeChecked();
    expect(form.getByLabelText('Question 1')).toHaveValue('Wie beantwoordt de bewoner, en wat vertelt u?');
    expect(form.getByRole('checkbox', { name: 'Ask for a decision' })).not.toBeChecked();
  });

  it('offers sending only once play has started', () => {
    const server = new FakeServer(smallScenario());
    renderLive(<FacilitatorScreen />, { server, viewer: facilitator });
    const panel = screen.getByRole('region', { name: 'New inject' });
    expect(within(panel).getByRole('button', { name: 'Release now' })).toBeDisabled();
    expect(within(panel).getByText('Start the exercise to send an inject of your own.')).toBeInTheDocument();
  });
});
