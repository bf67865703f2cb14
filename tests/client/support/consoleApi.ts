import { vi } from 'vitest';
import { fakeFetch } from './renderRoute.tsx';

type Routes = Parameters<typeof fakeFetch>[0];

/** Stands in for the HTTP API the facilitator console calls beside its socket: no evaluators yet, unless `routes` answer otherwise. */
export function stubConsoleApi(routes: Routes = {}) {
  const fake = fakeFetch({ 'GET /api/sessions/s1/evaluators': () => ({ status: 200, body: { evaluators: [] } }), ...routes });
  vi.stubGlobal('fetch', fake.fetch);
  return fake;
}
