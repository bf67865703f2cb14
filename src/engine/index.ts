/**
 * The exercise engine: an xstate machine over a plain engine state, stepped by xstate's pure
 * transition, and the per-viewer projections of a session. Hosts (the CLI's simulate, the live
 * server, the browser rehearsal) use only what is exported here.
 */
export type { CheckedEngineInput, EngineInput, EngineInputType } from './engineInput.ts';
export { checkEngineInput, engineInputSchema } from './engineInput.ts';
export type { EngineState, EngineStatus } from './engineState.ts';
export { createEngineState } from './engineState.ts';
export type { Refusal, RefusalCode } from './refusal.ts';
export { REFUSAL_CODES } from './refusal.ts';
export type { StepResult } from './step.ts';
export { step, stepChecked } from './step.ts';
export { nextDueAt, scheduledTime } from './scheduledTime.ts';
export type { ReplayResult } from './replay.ts';
export { replay } from './replay.ts';
export type { Viewer } from './viewer.ts';
export { entryVisibleTo } from './viewer.ts';
export type {
  DisplayProjection,
  FacilitatorProjection,
  FacilitatorReleaseView,
  ParticipantProjection,
  Projection,
  ProjectionOptions,
  ReleaseView,
  UpcomingRelease,
} from './projection.ts';
export { projectFor } from './projection.ts';
export type { PlayChange, ProjectionPatch } from './projectionPatch.ts';
export { projectionPatch } from './projectionPatch.ts';
export { applyProjectionPatch } from './applyProjectionPatch.ts';
export type { PlanFreeScenario, PublicRelease, PublicScenario } from './publicViews.ts';
export { exerciseMachine } from './exerciseMachine.ts';
export type { TimelineEntry, ReleasedEntry, InputEntry } from './timeline.ts';
