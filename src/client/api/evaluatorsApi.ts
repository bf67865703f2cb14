import { request } from './httpApi.ts';

/** An evaluator the facilitator created, as `GET /api/sessions/:id/evaluators` lists them. */
export interface EvaluatorSummary {
  evaluatorId: string;
  name: string;
  createdAt: string | number;
}

/** A new evaluator with the token for their link; the server shows the token only this once. */
export interface CreatedEvaluator {
  evaluatorId: string;
  name: string;
  token: string;
}

const evaluatorsPath = (sessionId: string) => `/api/sessions/${encodeURIComponent(sessionId)}/evaluators`;
const authorized = (credential: string) => ({ Authorization: `Bearer ${credential}` });

/** Creates an evaluator for the session (facilitator key). */
export function createEvaluator(sessionId: string, facilitatorKey: string, name: string): Promise<CreatedEvaluator> {
  return request<CreatedEvaluator>(evaluatorsPath(sessionId), { method: 'POST', headers: authorized(facilitatorKey), body: JSON.stringify({ name }) });
}

/** The evaluators created so far, as the server lists them (facilitator key). */
export async function listEvaluators(sessionId: string, facilitatorKey: string): Promise<EvaluatorSummary[]> {
  return (await request<{ evaluators: EvaluatorSummary[] }>(evaluatorsPath(sessionId), { headers: authorized(facilitatorKey) })).evaluators;
}
