import type { CreatedEvaluatorBody, EvaluatorBody, EvaluatorsBody, EvaluatorSummary } from '../../shared/httpApi.ts';
import { request } from './httpApi.ts';

const evaluatorsPath = (sessionId: string) => `/api/sessions/${encodeURIComponent(sessionId)}/evaluators`;
const authorized = (credential: string) => ({ Authorization: `Bearer ${credential}` });

/** Creates an evaluator for the session (facilitator key); the answer holds their token, which the server shows only this once. */
export function createEvaluator(sessionId: string, facilitatorKey: string, name: string): Promise<CreatedEvaluatorBody> {
  return request<CreatedEvaluatorBody>(evaluatorsPath(sessionId), { method: 'POST', headers: authorized(facilitatorKey), body: JSON.stringify({ name } satisfies EvaluatorBody) });
}

/** The evaluators created so far, as the server lists them (facilitator key). */
export async function listEvaluators(sessionId: string, facilitatorKey: string): Promise<EvaluatorSummary[]> {
  return (await request<EvaluatorsBody>(evaluatorsPath(sessionId), { headers: authorized(facilitatorKey) })).evaluators;
}
