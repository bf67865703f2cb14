import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FacilitatorScreen } from '../../../src/client/screens/facilitate/FacilitatorScreen.tsx';
import { stubConsoleApi } from '../support/consoleApi.ts';
import { FakeServer } from '../support/fakeServer.ts';
import { renderLive } from '../support/renderLive.tsx';
import { smallScenario } from '../support/scenario.ts';

const facilitator = { kind: 'facilitator' } as const;

afterEach(() => vi.unstubAllGlobals());

describe('the evaluators panel of the facilitator console', () => {
  it('creates an evaluator link with its QR code and lists the evaluators made so far', async () => {
    const evaluators = [{ evaluatorId: 'e1', name: 'Eva', createdAt: Date.UTC(2026, 2, 14, 6, 0) }];
    const api = stubConsoleApi({
      'POST /api/sessions/s1/evaluators': (body) => {
        evaluators.push({ evaluatorId: 'e2', name: (body as { name: string }).name, createdAt: Date.UTC(2026, 2, 14, 6, 5) });
        return { status: 201, body: { evaluatorId: 'e2', name: 'Ruud', token: 'tok/2' } };
      },
      'GET /api/sessions/s1/evaluators': () => ({ status: 200, body: { evaluators: [...evaluators] } }),
    });
    const { user } = renderLive(<FacilitatorScreen />, { server: new FakeServer(smallScenario()), viewer: facilitator });
    const panel = within(screen.getByRole('region', { name: 'Evaluators' }));
    expect(await panel.findByText('Eva')).toBeInTheDocument();
    await user.type(panel.getByLabelText('Name'), 'Ruud');
    await user.click(panel.getByRole('button', { name: 'Create evaluator link' }));
    const link = `${window.location.origin}/evaluate/s1#token=tok%2F2`;
    expect(await panel.findByRole('textbox', { name: 'Evaluator link for Ruud' })).toHaveValue(link);
    expect(panel.getByRole('img', { name: 'Evaluator link for Ruud' })).toBeInTheDocument();
    expect(within(panel.getByRole('list', { name: 'Evaluators so far' })).getAllByRole('listitem').map((item) => item.firstChild?.textContent)).toEqual(['Eva', 'Ruud']);
    expect(panel.getByLabelText('Name')).toHaveValue('');
    const created = api.calls.find((call) => call.method === 'POST');
    expect(created?.body).toEqual({ name: 'Ruud' });
  });

  it('asks the server with the facilitator key and tells why it refused', async () => {
    const requests: Headers[] = [];
    const api = stubConsoleApi({ 'POST /api/sessions/s1/evaluators': () => ({ status: 403, body: { error: { code: 'forbidden', message: 'only the facilitator creates evaluators' } } }) });
    vi.stubGlobal('fetch', (input: RequestInfo | URL, init: RequestInit = {}) => {
      requests.push(new Headers(init.headers));
      return api.fetch(input, init);
    });
    const { user } = renderLive(<FacilitatorScreen />, { server: new FakeServer(smallScenario()), viewer: facilitator });
    const panel = within(screen.getByRole('region', { name: 'Evaluators' }));
    expect(await panel.findByText('No evaluators yet.')).toBeInTheDocument();
    await user.type(panel.getByLabelText('Name'), 'Eva');
    await user.click(panel.getByRole('button', { name: 'Create evaluator link' }));
    expect(await panel.findByRole('alert')).toHaveTextContent('only the facilitator creates evaluators');
    expect(requests.map((headers) => headers.get('Authorization'))).toEqual(['Bearer secret', 'Bearer secret']);
  });
});
