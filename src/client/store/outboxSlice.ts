import type { ObservationDraft } from '../../shared/observation.ts';
import type { UnsignedAction } from './liveTypes.ts';
import type { SliceCreator } from './sliceCreator.ts';

/** An action waiting for the server's answer; it survives a reload and is resent on reconnect. */
export interface PendingAction {
  clientId: string;
  action: UnsignedAction;
}

/** What an evaluator wrote, with the scenario second it was written at, so one written offline keeps its moment. */
export type ObservationSubmission = ObservationDraft & { at: number };

/** An observation waiting for the server's answer, kept and resent like an action. */
export interface PendingObservation {
  clientId: string;
  observation: ObservationSubmission;
}

/** Anything in the outbox: sent when connected, resent with the same client id after every reconnect until answered. */
export type PendingSend = PendingAction | PendingObservation;

/** What the server refused, as it was sent, and why: the writer sees both. */
export interface RefusedSend {
  pending: PendingSend;
  code: string;
  reason: string;
}

/** What became of a message this client sent: still waiting, taken (an action at its timeline `seq`), or refused with a reason. */
export type SendOutcome =
  | { status: 'pending' }
  | { status: 'accepted'; at: number; seq?: number }
  | { status: 'refused'; code: string; reason: string };

/** What became of a facilitator command. */
export type ControlOutcome = { status: 'pending' } | { status: 'accepted' } | { status: 'refused'; code: string; reason: string };

export interface OutboxSlice {
  outbox: PendingSend[];
  /** Outcome per client id, for the form that sent it. */
  sendOutcomes: Record<string, SendOutcome>;
  /** What was refused since the screen opened, oldest first. */
  refused: RefusedSend[];
  /** Outcome per control request id, for the facilitator's controls. */
  controlOutcomes: Record<string, ControlOutcome>;
  enqueue(pending: PendingSend): void;
  settle(clientId: string, outcome: Exclude<SendOutcome, { status: 'pending' }>): void;
  dismissRefusal(clientId: string): void;
  trackControl(requestId: string): void;
  settleControl(requestId: string, outcome: Exclude<ControlOutcome, { status: 'pending' }>): void;
}

/** Whether a pending message is an action (else an observation). */
export function isPendingAction(pending: PendingSend): pending is PendingAction {
  return 'action' in pending;
}

export const createOutboxSlice: SliceCreator<OutboxSlice> = (set) => ({
  outbox: [],
  sendOutcomes: {},
  refused: [],
  controlOutcomes: {},
  enqueue: (pending) =>
    set((state) => {
      state.outbox.push(pending);
      state.sendOutcomes[pending.clientId] = { status: 'pending' };
    }),
  settle: (clientId, outcome) =>
    set((state) => {
      const pending = state.outbox.find((candidate) => candidate.clientId === clientId);
      state.outbox = state.outbox.filter((candidate) => candidate.clientId !== clientId);
      state.sendOutcomes[clientId] = outcome;
      if (outcome.status === 'refused' && pending !== undefined) state.refused.push({ pending, code: outcome.code, reason: outcome.reason });
    }),
  dismissRefusal: (clientId) =>
    set((state) => {
      state.refused = state.refused.filter((refusal) => refusal.pending.clientId !== clientId);
    }),
  trackControl: (requestId) =>
    set((state) => {
      state.controlOutcomes[requestId] = { status: 'pending' };
    }),
  settleControl: (requestId, outcome) =>
    set((state) => {
      state.controlOutcomes[requestId] = outcome;
    }),
});
