import type { Projection, ProjectionPatch, TimelineEntry } from '../../engine/index.ts';
import type { Action } from '../../shared/actions.ts';
import type { ServerMessage, UpdateMessage, WelcomeMessage } from '../../shared/protocol.ts';

/** What the server sends this client, with the engine's projection, timeline entries and patches filled in. */
export type LiveMessage = ServerMessage<Projection, TimelineEntry, ProjectionPatch>;
export type LiveWelcome = WelcomeMessage<Projection, TimelineEntry>;
export type LiveUpdate = UpdateMessage<ProjectionPatch>;

type WithoutBy<T> = T extends unknown ? Omit<T, 'by'> : never;

/** A participant action as the client sends it: the server fills in `by` from the token. */
export type UnsignedAction = WithoutBy<Action>;
