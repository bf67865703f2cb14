import { z } from 'zod';
import type { DebriefNotes } from './debriefNotes.ts';
import type { Gap, GapCode } from './gap.ts';
import type { LiveObservation } from './observation.ts';
import type { ClockView, ParticipantPresence, RoomAddresses, ScenarioSummary, SessionStatus, ViewerInfo } from './protocol.ts';
import { MAX_NAME_LENGTH } from './protocolConstants.ts';

/**
 * The bodies of the HTTP API under /api (docs/protocol.md): the schemas of the requests the
 * server checks, and the responses it sends and the client reads. Like protocol.ts, the types are
 * generic in what other layers own (the engine's projection, the debrief report, the scenario's
 * agencies and messages) so this module stays free of their imports. The client imports types
 * only: the schemas would bring the validation library to a participant's phone.
 */

/** `POST /api/sessions`: a bundled scenario by id, or the text of one, and optionally a seed. */
export const createSessionBodySchema = z
  .strictObject({
    scenarioId: z.string().max(64).optional(),
    scenario: z.string().optional(),
    seed: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER).optional(),
  })
  .refine((body) => (body.scenarioId === undefined) !== (body.scenario === undefined), {
    error: 'send either "scenarioId" (a bundled scenario) or "scenario" (YAML or JSON text), not both',
  });
export type CreateSessionBody = z.input<typeof createSessionBodySchema>;

const joinCodeField = z.string().min(1).max(32);

/** `POST /api/join-code`: the code from the projector. */
export const joinCodeBodySchema = z.strictObject({ joinCode: joinCodeField });
export type JoinCodeBody = z.input<typeof joinCodeBodySchema>;

/** A person's name as typed, control characters dropped. */
const personNameField = z
  .string()
  .transform((name) => name.replace(/\p{Cc}/gu, '').trim())
  .pipe(z.string().min(1, { error: 'is required' }).max(MAX_NAME_LENGTH, { error: `must be at most ${MAX_NAME_LENGTH} characters` }));

/** `POST /api/sessions/:id/join`: the code, the participant's name and the role they play. */
export const joinBodySchema = z.strictObject({
  joinCode: joinCodeField,
  name: personNameField,
  role: z.string().min(1).max(64),
});
export type JoinBody = z.input<typeof joinBodySchema>;

/** `POST /api/sessions/:id/evaluators`: the evaluator's name, which signs their observations. */
export const evaluatorBodySchema = z.strictObject({ name: personNameField });
export type EvaluatorBody = z.input<typeof evaluatorBodySchema>;

/** An evaluator of a session, as the facilitator lists them. */
export interface EvaluatorSummary {
  evaluatorId: string;
  name: string;
  createdAt: number;
}

/** `POST /api/sessions/:id/evaluators`: the token is the evaluator's credential, shown once. */
export interface CreatedEvaluatorBody {
  evaluatorId: string;
  name: string;
  token: string;
}

/** `GET /api/sessions/:id/evaluators`. */
export interface EvaluatorsBody {
  evaluators: EvaluatorSummary[];
}

/** `GET /api/sessions/:id/observations`: the facilitator gets all, an evaluator their own. */
export interface ObservationsBody {
  observations: LiveObservation[];
}

/** `POST /api/sessions/:id/join-code`: the new code; the old one opens nothing any more. */
export interface JoinCodeRotatedBody {
  joinCode: string;
}

/** Every refusal: a stable code, a message for people, and details some codes add. */
export interface ApiErrorBody<Details extends object = object> {
  error: { code: string; message: string } & Details;
}

/** The details of `invalid-scenario`: the loader's messages with their lines. */
export interface InvalidScenarioDetails<Message> {
  messages: Message[];
}

/** `GET /api/organiser`: whether the visitor is an organiser and may create exercises. */
export interface OrganiserStatusBody {
  /** `local`: the organiser is whoever uses the server's own machine; `accounts`: organisers log in. */
  mode: 'local' | 'accounts';
  /** The organiser's name when the visitor is one (`local` for the local organiser). */
  organiser: { name: string } | null;
  mayCreate: boolean;
  /** Local mode: whether visitors from other machines may create exercises. */
  othersMayCreate: boolean;
}

/** `POST /api/organiser/login`. */
export const loginBodySchema = z.strictObject({ name: z.string().min(1).max(200), password: z.string().min(1).max(1024) });
export type LoginBody = z.input<typeof loginBodySchema>;

/** `PUT /api/organiser/settings`: the local organiser lets others create exercises, or stops them. */
export const organiserSettingsBodySchema = z.strictObject({ othersMayCreate: z.boolean() });
export type OrganiserSettingsBody = z.input<typeof organiserSettingsBodySchema>;

/** `GET /api/health`. */
export interface HealthBody {
  status: 'ok';
  protocolVersion: number;
}

/** `GET /api/scenarios`: the scenarios bundled with the server. */
export interface ScenarioListBody {
  scenarios: ScenarioSummary[];
}

/** `GET /api/scenarios/:id`: the text of one bundled scenario and its file name. */
export interface BundledScenarioBody {
  id: string;
  file: string;
  text: string;
}

/** `POST /api/sessions`: the keys of the new session, shown once to its creator, and the loader's warnings. */
export interface CreatedSessionBody<Message> {
  sessionId: string;
  joinCode: string;
  facilitatorKey: string;
  displayKey: string;
  seed: number;
  warnings: Message[];
}

/** `POST /api/join-code`: what people joining with a code need to pick their organisation and role. */
export interface LobbyBody<Agency> {
  sessionId: string;
  scenario: { id: string; title: string; language: string };
  status: SessionStatus;
  agencies: Agency[];
}

/** `POST /api/sessions/:id/join`: the token is the participant's credential from now on. */
export interface JoinedBody {
  participantId: string;
  token: string;
  agency: string;
  role: string;
  name: string;
}

/** `GET /api/sessions/:id/state`: the session as one credential may see it; the facilitator also gets who joined. */
export interface SessionStateBody<Projection> {
  seq: number;
  clock: ClockView;
  viewer: ViewerInfo;
  projection: Projection;
  participants?: ParticipantPresence[];
  /** Facilitator and display. */
  joinCode?: string;
  /** Facilitator and display: the addresses to send the room to. */
  room?: RoomAddresses;
  /** Facilitator: all; evaluator: their own. */
  observations?: LiveObservation[];
}

/** `POST /api/sessions/:id/control`: the clock after the command. */
export interface ControlBody {
  seq: number;
  clock: ClockView;
}

/** `POST /api/sessions/:id/actions`: where the stored action landed in the timeline. */
export interface ActionAcceptedBody {
  seq: number;
  at: number;
}

/** `GET /api/sessions/:id/report?format=json`: the report, with the facilitator's notes when any were recorded. */
export type ReportBody<Report> = Report & { notes?: DebriefNotes };

/** One run of the same scenario, as `GET /api/sessions/:id/runs` lists it. */
export interface RunSummary {
  sessionId: string;
  createdAt: number;
  status: SessionStatus;
  seed: number;
  sameScenarioText: boolean;
  gaps: number;
  gapsByCode: Partial<Record<GapCode, number>>;
}

/** `GET /api/sessions/:id/runs`: the runs of the session's scenario, oldest first. */
export interface RunsBody {
  scenarioId: string;
  runs: RunSummary[];
}

/** A run as a comparison names it. */
export interface ComparedRun {
  sessionId: string;
  createdAt: number;
  status: SessionStatus;
}

/** `GET /api/sessions/:id/compare/:other`: which gaps of the earlier run closed, persisted or are new in the later. */
export interface RunComparisonBody {
  earlier: ComparedRun;
  later: ComparedRun;
  closed: Gap[];
  persisted: Gap[];
  new: Gap[];
}
