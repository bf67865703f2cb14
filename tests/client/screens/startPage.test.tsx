import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { savedCredentials } from '../../../src/client/api/savedCredentials.ts';
import { ROUTES } from '../../../src/client/paths.ts';
import StartPage from '../../../src/client/screens/start/StartPage.tsx';
import { fakeFetch, renderRoute } from '../support/renderRoute.tsx';

const bundled = {
  scenarios: [{ id: 'kempenhoeve', title: 'Actiedag Kempenhoeve', language: 'nl', summary: 'Een **integrale** controle.', duration: 19800, agencyCount: 9 }],
};
const created = { sessionId: 'abc', joinCode: 'K7MP2Q', facilitatorKey: 'fk', displayKey: 'dk' };

afterEach(() => {
  vi.unstubAllGlobals();
});

const validScenario = `schemaVersion: 1
id: mini
title: Mini-oefening
duration: 30m
agencies:
  - id: politie
    name: Politie
    roles: [{ id: agent, name: Agent, level: operational }]
`;

describe('the start page', () => {
  it('lists the bundled scenarios with duration and organisations, and creates an exercise from one', async () => {
    const server = fakeFetch({ 'GET /api/scenarios': () => ({ status: 200, body: bundled }), 'POST /api/sessions': () => ({ status: 201, body: created }) });
    vi.stubGlobal('fetch', server.fetch);
    const { user, location } = renderRoute(ROUTES.start, StartPage, '/');
    const card = (await screen.findByRole('heading', { name: 'Actiedag Kempenhoeve' })).closest('li') as HTMLElement;
    expect(within(card).getByText('Duration 5h30m · 9 organisations')).toBeInTheDocument();
    expect(within(card).getByText('integrale').tagName).toBe('STRONG');
    await user.click(within(card).getByRole('button', { name: 'Create exercise' }));
    await vi.waitFor(() => expect(location.history?.at(-1)).toBe('/facilitate/abc#key=fk'));
    expect(server.calls.at(-1)?.body).toEqual({ scenarioId: 'kempenhoeve' });
    expect(savedCredentials.facilitator('abc')).toEqual({ key: 'fk', joinCode: 'K7MP2Q', displayKey: 'dk' });
  });

  it('checks an uploaded file in the browser and shows its errors with line numbers', async () => {
    vi.stubGlobal('fetch', fakeFetch({ 'GET /api/scenarios': () => ({ status: 200, body: bundled }) }).fetch);
    const { user } = renderRoute(ROUTES.start, StartPage, '/');
    const broken = validScenario.replace('duration: 30m', 'duration: 30');
    await user.upload(screen.getByLabelText('Scenario file (YAML or JSON)'), new File([broken], 'mini.yaml', { type: 'application/yaml' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The file has 1 problem.');
    expect(alert).toHaveTextContent('mini.yaml:4:11');
    expect(alert).toHaveTextContent('a bare number is not a duration');
  });

  it('creates an exercise from a valid upload and shows the server’s messages when it refuses', async () => {
    const server = fakeFetch({
      'GET /api/scenarios': () => ({ status: 200, body: bundled }),
      'POST /api/sessions': () => ({
        status: 400,
        body: { error: { code: 'invalid-scenario', message: 'the scenario has 1 error', messages: [{ file: 'scenario.yaml', line: 3, column: 1, severity: 'error', code: 'x', path: '', message: 'refused here' }] } },
      }),
    });
    vi.stubGlobal('fetch', server.fetch);
    const { user } = renderRoute(ROUTES.start, StartPage, '/');
    await user.upload(screen.getByLabelText('Scenario file (YAML or JSON)'), new File([validScenario], 'mini.yaml'));
    expect(await screen.findByText('“Mini-oefening” is ready to run.')).toBeInTheDocument();
    await user.click(screen.getAllByRole('button', { name: 'Create exercise' }).at(-1) as HTMLElement);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The server refused the file:');
    expect(alert).toHaveTextContent('scenario.yaml:3:1');
    expect(server.calls.at(-1)?.body).toEqual({ scenario: validScenario });
  });

  it('says so in plain words when the server cannot be reached', async () => {
    vi.stubGlobal('fetch', async () => Promise.reject(new TypeError('Failed to fetch')));
    renderRoute(ROUTES.start, StartPage, '/');
    expect(await screen.findByRole('alert')).toHaveTextContent('The server cannot be reached.');
  });

  it('takes a join code and goes to the join screen', async () => {
    vi.stubGlobal('fetch', fakeFetch({ 'GET /api/scenarios': () => ({ status: 200, body: bundled }) }).fetch);
    const { user, location } = renderRoute(ROUTES.start, StartPage, '/');
    await user.type(screen.getByLabelText('Join code'), 'k7m p2q');
    await user.click(screen.getByRole('button', { name: 'Join' }));
    expect(location.history?.at(-1)).toBe('/join/K7MP2Q');
  });

  it('shows a visitor from another machine that only the local organiser creates, and the organiser the switch to let others', async () => {
    const elsewhere = { mode: 'local', organiser: null, mayCreate: false, othersMayCreate: false };
    vi.stubGlobal('fetch', fakeFetch({ 'GET /api/organiser': () => ({ status: 200, body: elsewhere }), 'GET /api/scenarios': () => ({ status: 200, body: bundled }) }).fetch);
    const first = renderRoute(ROUTES.start, StartPage, '/');
    expect(await screen.findByText(/Only the organiser at the machine that runs Samenspel/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Create exercise' })).toBeNull();
    first.unmount();

    const server = fakeFetch({
      'GET /api/organiser': () => ({ status: 200, body: { ...elsewhere, organiser: { name: 'local' }, mayCreate: true } }),
      'GET /api/scenarios': () => ({ status: 200, body: bundled }),
      'PUT /api/organiser/settings': (body) => ({ status: 200, body: { ...elsewhere, organiser: { name: 'local' }, mayCreate: true, ...(body as object) } }),
    });
    vi.stubGlobal('fetch', server.fetch);
    const { user } = renderRoute(ROUTES.start, StartPage, '/');
    const others = await screen.findByRole('checkbox', { name: 'Let others in the room create exercises' });
    await user.click(others);
    await vi.waitFor(() => expect(others).toBeChecked());
    expect(server.calls.at(-1)).toMatchObject({ method: 'PUT', path: '/api/organiser/settings', body: { othersMayCreate: true } });
  });

  it('asks an organiser of a hosted server to log in before offering the scenarios', async () => {
    const loggedOut = { mode: 'accounts', organiser: null, mayCreate: false, othersMayCreate: false };
    const server = fakeFetch({
      'GET /api/organiser': () => ({ status: 200, body: loggedOut }),
      'GET /api/scenarios': () => ({ status: 200, body: bundled }),
      'POST /api/organiser/login': (body) =>
        (body as { password: string }).password === 'right-password'
          ? { status: 200, body: { ...loggedOut, organiser: { name: 'Anna' }, mayCreate: true } }
          : { status: 401, body: { error: { code: 'wrong-login', message: 'no' } } },
    });
    vi.stubGlobal('fetch', server.fetch);
    const { user } = renderRoute(ROUTES.start, StartPage, '/');
    await user.type(await screen.findByLabelText('Name'), 'Anna');
    await user.type(screen.getByLabelText('Password'), 'wrong-password');
    await user.click(screen.getByRole('button', { name: 'Log in' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('This name and password do not match an organiser.');
    expect(screen.queryByRole('button', { name: 'Create exercise' })).toBeNull();
    await user.clear(screen.getByLabelText('Password'));
    await user.type(screen.getByLabelText('Password'), 'right-password');
    await user.click(screen.getByRole('button', { name: 'Log in' }));
    expect(await screen.findByText('Logged in as Anna.')).toBeInTheDocument();
    expect(await screen.findByRole('button', { name: 'Create exercise' })).toBeInTheDocument();
  });
});
