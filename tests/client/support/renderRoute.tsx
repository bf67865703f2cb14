import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ComponentType } from 'react';
import { Route, Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import { LanguageProvider } from '../../../src/client/i18n/LanguageProvider.tsx';

/** Renders one screen at a path of its route, with a recorded in-memory history to check where it navigates. */
export function renderRoute(pattern: string, component: ComponentType, path: string) {
  const location = memoryLocation({ path, record: true });
  const user = userEvent.setup();
  const rendered = render(
    <LanguageProvider>
      <Router hook={location.hook}>
        <Route path={pattern} component={component} />
      </Router>
    </LanguageProvider>,
  );
  return { ...rendered, user, location };
}

/** A fetch stand-in answering JSON by method and path; anything else is a 404. */
export function fakeFetch(routes: Record<string, (body: unknown) => { status: number; body: unknown }>) {
  const calls: { method: string; path: string; body: unknown }[] = [];
  const fetch = async (input: RequestInfo | URL, init: RequestInit = {}): Promise<Response> => {
    const method = init.method ?? 'GET';
    const path = String(input);
    const body: unknown = typeof init.body === 'string' ? JSON.parse(init.body) : undefined;
    calls.push({ method, path, body });
    const answer = routes[`${method} ${path}`]?.(body) ?? { status: 404, body: { error: { code: 'not-found', message: 'no route' } } };
    return new Response(JSON.stringify(answer.body), { status: answer.status, headers: { 'Content-Type': 'application/json' } });
  };
  return { fetch, calls };
}
