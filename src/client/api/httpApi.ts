import type { Agency } from '../../scenario/schema.ts';
import type { ScenarioMessage } from '../../scenario/scenarioMessage.ts';
import type {
  ApiErrorBody,
  BundledScenarioBody,
  CreatedSessionBody,
  CreateSessionBody,
  InvalidScenarioDetails,
  JoinBody,
  JoinCodeBody,
  JoinedBody,
  LobbyBody,
  ScenarioListBody,
} from '../../shared/httpApi.ts';
import type { ScenarioSummary } from '../../shared/protocol.ts';
import { ApiError } from './apiError.ts';

/** What people joining with a code need to pick their organisation and role. */
export type JoinableSession = LobbyBody<Agency>;

/** A refusal as it arrives: from this server in the API's shape, or anything from a proxy in between. */
type ArrivedRefusal = { error?: { [Field in keyof ApiErrorBody<InvalidScenarioDetails<ScenarioMessage>>['error']]?: unknown } } | undefined;

function isScenarioMessages(value: unknown): value is ScenarioMessage[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'object' && item !== null && 'line' in item && 'message' in item);
}

/** Sends a request to the API; a refusal or an unreachable server becomes an ApiError. */
async function send(path: string, init: RequestInit): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(path, { ...init, headers: { Accept: 'application/json', ...(init.body ? { 'Content-Type': 'application/json' } : {}), ...init.headers } });
  } catch (error) {
    throw new ApiError(0, 'network', (error as Error).message);
  }
  if (response.ok) return response;
  const body: unknown = await response.json().catch(() => undefined);
  const problem = (body as ArrivedRefusal)?.error;
  throw new ApiError(
    response.status,
    typeof problem?.code === 'string' ? problem.code : `http-${response.status}`,
    typeof problem?.message === 'string' ? problem.message : response.statusText,
    isScenarioMessages(problem?.messages) ? problem.messages : [],
  );
}

/** A JSON answer of the API. */
export async function request<T>(path: string, init: RequestInit = {}): Promise<T> {
  const response = await send(path, init);
  return (await response.json().catch(() => undefined)) as T;
}

/** A text answer of the API, such as a report in Markdown. */
export async function requestText(path: string, init: RequestInit = {}): Promise<string> {
  return (await send(path, init)).text();
}

/** The body of a binary answer, such as a PDF, as its bytes. */
export async function requestBytes(path: string, init: RequestInit = {}): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array(await (await send(path, init)).arrayBuffer());
}

/** The scenarios bundled with the server. */
export async function listScenarios(): Promise<ScenarioSummary[]> {
  return (await request<ScenarioListBody>('/api/scenarios')).scenarios;
}

/** The text of one bundled scenario and its file name, for the studio to open. */
export function fetchBundledScenario(id: string): Promise<BundledScenarioBody> {
  return request<BundledScenarioBody>(`/api/scenarios/${encodeURIComponent(id)}`);
}

/** Creates a session from a bundled scenario or from scenario text. */
export function createSession(source: CreateSessionBody): Promise<CreatedSessionBody<ScenarioMessage>> {
  return request<CreatedSessionBody<ScenarioMessage>>('/api/sessions', { method: 'POST', body: JSON.stringify(source) });
}

/** The open session people join with a code. */
export function findSessionByJoinCode(joinCode: string): Promise<JoinableSession> {
  return request<JoinableSession>('/api/join-code', { method: 'POST', body: JSON.stringify({ joinCode } satisfies JoinCodeBody) });
}

/** Joins a session as a participant playing a role. */
export function joinSession(sessionId: string, body: JoinBody): Promise<JoinedBody> {
  return request<JoinedBody>(`/api/sessions/${encodeURIComponent(sessionId)}/join`, { method: 'POST', body: JSON.stringify(body) });
}
