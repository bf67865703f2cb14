import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { savedCredentials } from '../../../src/client/api/savedCredentials.ts';
import JoinPage from '../../../src/client/screens/join/JoinPage.tsx';
import { ROUTES } from '../../../src/client/paths.ts';
import { fakeFetch, renderRoute } from '../support/renderRoute.tsx';

const lobby = {
  sessionId: 's1',
  scenario: { id: 'kleine-oefening', title: 'Kleine oefening', language: 'nl' },
  status: 'ready',
  agencies: [
    { id: 'politie', name: 'Politie', roles: [{ id: 'wijkagent', name: 'Wijkagent', level: 'operational' }] },
    {
      id: 'gemeente',
      name: 'Gemeente',
      roles: [
        { id: 'burgemeester', name: 'Burgemeester', level: 'strategic' },
        { id: 'handhaver', name: 'Handhaver', level: 'operational' },
      ],
    },
  ],
};

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('joining an exercise', () => {
  it('asks name, then organisation, then role with its level, and joins', async () => {
    const server = fakeFetch({
      'POST /api/join-code': () => ({ status: 200, body: lobby }),
      'POST /api/sessions/s1/join': () => ({ status: 201, body: { participantId: 'p9', token: 'p9.secret', agency: 'gemeente', role: 'handhaver', name: 'Bram' } }),
    });
    vi.stubGlobal('fetch', server.fetch);
    const { user, location } = renderRoute(ROUTES.join, JoinPage, '/join/K7MP2Q');
    await user.type(await screen.findByLabelText('Your name'), 'Bram');
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await user.click(screen.getByRole('radio', { name: 'Gemeente' }));
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(screen.getByRole('radio', { name: 'Burgemeester (strategic)' })).toBeInTheDocument();
    expect(screen.queryByRole('radio', { name: /Wijkagent/ })).not.toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'Handhaver (operational)' }));
    await user.click(screen.getByRole('button', { name: 'Join the exercise' }));
    await vi.waitFor(() => expect(location.history?.at(-1)).toBe('/play/s1'));
    expect(server.calls.at(-1)).toEqual({ method: 'POST', path: '/api/sessions/s1/join', body: { joinCode: 'K7MP2Q', name: 'Bram', role: 'handhaver' } });
    expect(savedCredentials.participant('s1')).toEqual({ participantId: 'p9', token: 'p9.secret', agency: 'gemeente', role: 'handhaver', name: 'Bram' });
  });

  it('does not go on without a name', async () => {
    vi.stubGlobal('fetch', fakeFetch({ 'POST /api/join-code': () => ({ status: 200, body: lobby }) }).fetch);
    const { user } = renderRoute(ROUTES.join, JoinPage, '/join/K7MP2Q');
    await screen.findByLabelText('Your name');
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Type your name first.');
  });

  it('says plainly when no exercise has the code, with a way back', async () => {
    vi.stubGlobal(
      'fetch',
      fakeFetch({ 'POST /api/join-code': () => ({ status: 403, body: { error: { code: 'wrong-join-code', message: 'no' } } }) }).fetch,
    );
    renderRoute(ROUTES.join, JoinPage, '/join/ZZZZZZ');
    expect(await screen.findByRole('alert')).toHaveTextContent('No open exercise has the code ZZZZZZ');
    expect(screen.getByRole('link', { name: 'Go to the start page' })).toBeInTheDocument();
  });

  it('offers to try again when the server cannot be reached', async () => {
    vi.stubGlobal('fetch', async () => Promise.reject(new TypeError('Failed to fetch')));
    renderRoute(ROUTES.join, JoinPage, '/join/K7MP2Q');
    expect(await screen.findByRole('alert')).toHaveTextContent('The server cannot be reached');
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });

  it('shows the server’s refusal when joining fails', async () => {
    vi.stubGlobal(
      'fetch',
      fakeFetch({
        'POST /api/join-code': () => ({ status: 200, body: lobby }),
        'POST /api/sessions/s1/join': () => ({ status: 429, body: { error: { code: 'too-many-attempts', message: 'wait' } } }),
      }).fetch,
    );
    const { user } = renderRoute(ROUTES.join, JoinPage, '/join/K7MP2Q');
    await user.type(await screen.findByLabelText('Your name'), 'Bram');
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await user.click(screen.getByRole('radio', { name: 'Politie' }));
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await user.click(screen.getByRole('radio', { name: 'Wijkagent (operational)' }));
    await user.click(screen.getByRole('button', { name: 'Join the exercise' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Too many wrong codes from this device.');
  });
});
