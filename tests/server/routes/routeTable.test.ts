import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { json } from '../../../src/server/routes/reply.ts';
import { dispatch, route } from '../../../src/server/routes/routeTable.ts';
import type { SessionRegistry } from '../../../src/server/sessionRegistry.ts';

const noSessions = { get: async () => undefined } as unknown as SessionRegistry;
const nobody = async () => undefined;
const request = (method: string, authorization?: string) => ({ method, headers: authorization ? { authorization } : {} }) as IncomingMessage;

const routes = [
  route('GET', '/api/scenarios/:scenarioId', 'anyone', ({ params }) => json(200, { id: params.scenarioId })),
  route('POST', '/api/scenarios/:scenarioId', 'anyone', () => json(201, {})),
  route('GET', '/api/sessions/:sessionId/notes', 'facilitator', () => json(200, {})),
];

describe('dispatching a request by the route table', () => {
  it('answers with the handler of the route matching path and method, given the parameters', async () => {
    expect(await dispatch(routes, noSessions, nobody, request('GET'), '/api/scenarios/harbour')).toEqual({ ok: true, status: 200, json: { id: 'harbour' } });
  });

  it('answers 404 for a path no route has, and 405 naming the methods of the path for another method', async () => {
    expect(await dispatch(routes, noSessions, nobody, request('GET'), '/api/nothing')).toMatchObject({ ok: false, status: 404, code: 'not-found', message: 'no API at /api/nothing' });
    expect(await dispatch(routes, noSessions, nobody, request('PUT'), '/api/scenarios/harbour')).toMatchObject({
      ok: false,
      status: 405,
      code: 'method-not-allowed',
      message: 'use GET or POST here',
      headers: { Allow: 'GET, POST' },
    });
  });

  it('asks who calls a session route before looking at the method, so a stranger learns nothing of its methods', async () => {
    expect(await dispatch(routes, noSessions, nobody, request('DELETE'), '/api/sessions/s1/notes')).toMatchObject({ status: 401, code: 'missing-credential' });
    expect(await dispatch(routes, noSessions, nobody, request('DELETE', 'Bearer key'), '/api/sessions/s1/notes')).toMatchObject({ status: 404, code: 'session-not-found' });
  });

  it('asks for the organiser of an owner route before its method, and answers another owner\'s session as not found', async () => {
    const owned = [route('GET', '/api/sessions/:sessionId/runs', 'organiser', ({ organiser }) => json(200, { organiser: organiser.id }))];
    const sessions = { get: async (id: string) => (id === 's1' ? { record: { ownerId: 'anna' } } : undefined) } as unknown as SessionRegistry;
    const organiser = (id: string) => async () => ({ id, name: id });
    expect(await dispatch(owned, sessions, nobody, request('DELETE'), '/api/sessions/s1/runs')).toMatchObject({ status: 401, code: 'organiser-required' });
    expect(await dispatch(owned, sessions, organiser('bram'), request('GET'), '/api/sessions/s1/runs')).toMatchObject({ status: 404, code: 'session-not-found' });
    expect(await dispatch(owned, sessions, organiser('anna'), request('DELETE'), '/api/sessions/s1/runs')).toMatchObject({ status: 405 });
    expect(await dispatch(owned, sessions, organiser('anna'), request('GET'), '/api/sessions/s1/runs')).toEqual({ ok: true, status: 200, json: { organiser: 'anna' } });
  });
});
