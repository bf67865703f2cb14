import type { UnsignedAction } from './liveTypes.ts';
import type { SliceCreator } from './sliceCreator.ts';

/** An action waiting for the server's answer; it survives a reload and is resent on reconnect. */
export interface PendingAction {
  clientId: string;
  action: UnsignedAction;
}

/** What became of a message this client sent: still waiting, taken, or refused with a reason. */
export type SendOutcome =
  | { status: 'pending' }
  | { status: 'accepted'; seq: number; at: number }
  | { status: 'refused'; code: string; reason: string };

/** What became of a facilitator command. */
export type ControlOutcome = { status: 'pending' } | { status: 'accepted' } | { status: 'refused'; code: string; reason: string };

export interface OutboxSlice {
  outbox: PendingAction[];
  /** Outcome per action client id, for the form that sent it. */
  actionOutcomes: Record<string, SendOutcome>;
  /** Outcome per control request id, for the facilitator's controls. */
  controlOutcomes: Record<string, ControlOutcome>;
  enqueueAction(pending: PendingAction): void;
  settleAction(clientId: string, outcome: Exclude<SendOutcome, { status: 'pending' }>): void;
  trackControl(requestId: string): void;
  settleControl(requestId: string, outcome: Exclude<ControlOutcome, { status: 'pending' }>): void;
}

export const createOutboxSlice: SliceCreator<OutboxSlice> = (set) => ({
  outbox: [],
  actionOutcomes: {},
  controlOutcomes: {},
  enqueueAction: (pending) =>
    set((state) => {
      state.outbox.push(pending);
      state.actionOutcomes[pending.clientId] = { status: 'pending' };
    }),
  settleAction: (clientId, outcome) =>
    set((state) => {
      state.outbox = state.outbox.filter((pending) => pending.clientId !== clientId);
      state.actionOutcomes[clientId] = outcome;
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
