import { createEngineState, projectFor, projectionPatch, step, type EngineInput, type EngineState, type TimelineEntry, type Viewer } from '../../../src/engine/index.ts';
import { entryVisibleTo } from '../../../src/engine/index.ts';
import type { Scenario } from '../../../src/scenario/schema.ts';
import type { LiveObservation } from '../../../src/shared/observation.ts';
import { PROTOCOL_VERSION, type ViewerInfo } from '../../../src/shared/protocol.ts';
import type { LiveUpdate, LiveWelcome } from '../../../src/client/store/liveTypes.ts';

/** The server's side of a session, played by the real engine, so the client sees real projections and patches. */
export class FakeServer {
  state: EngineState;
  readonly timeline: TimelineEntry[] = [];
  /** Whether the facilitator has switched the plan on paper on for participants. */
  planVisible = false;
  /** Where play was at the last welcome or update: the next update patches from there. */
  private sent: { state: EngineState; planVisible: boolean; seq: number };

  constructor(readonly scenario: Scenario) {
    this.state = createEngineState(scenario, 1);
    this.sent = { state: this.state, planVisible: false, seq: 0 };
  }

  /** Plays inputs into the engine; a refusal fails the test. Returns the new entries. */
  apply(...inputs: EngineInput[]): TimelineEntry[] {
    const added: TimelineEntry[] = [];
    for (const input of inputs) {
      const result = step(this.scenario, this.state, input);
      if (result.refusal) throw new Error(`${input.type} refused: ${result.refusal.reason}`);
      this.state = result.state;
      this.timeline.push(...result.entries);
      added.push(...result.entries);
    }
    return added;
  }

  get seq(): number {
    return this.state.nextSeq - 1;
  }

  clock() {
    return { status: this.state.status, at: this.state.now, speed: 1, duration: this.scenario.duration };
  }

  welcome(viewer: Viewer, lastSeq?: number): LiveWelcome {
    this.markSent();
    return {
      type: 'welcome',
      protocolVersion: PROTOCOL_VERSION,
      sessionId: 's1',
      viewer: viewerInfo(this.scenario, viewer),
      seq: this.seq,
      clock: this.clock(),
      entries: lastSeq === undefined ? [] : this.timeline.filter((entry) => entry.seq > lastSeq && entryVisibleTo(this.scenario, entry, viewer)),
      projection: projectFor(this.scenario, this.state, this.timeline, viewer, { planVisible: this.planVisible }),
    };
  }

  /** The welcome of an evaluator: the display's projection, with the evaluator's own observations. */
  evaluatorWelcome(observations: LiveObservation[] = [], lastSeq?: number): LiveWelcome {
    return { ...this.welcome({ kind: 'display' }, lastSeq), viewer: { kind: 'evaluator', evaluatorId: 'e1', name: 'Eva' }, observations };
  }

  /** The update a live server sends the viewer for everything since the last welcome or update. */
  update(viewer: Viewer): LiveUpdate {
    const { state: before, planVisible: planVisibleBefore, seq } = this.sent;
    const entries = this.timeline.filter((entry) => entry.seq > seq);
    this.markSent();
    const patch = projectionPatch(this.scenario, { before, after: this.state, entries, planVisibleBefore, planVisible: this.planVisible }, viewer);
    return { type: 'update', seq: this.seq, clock: this.clock(), ...patch };
  }

  private markSent(): void {
    this.sent = { state: this.state, planVisible: this.planVisible, seq: this.seq };
  }
}

function viewerInfo(scenario: Scenario, viewer: Viewer): ViewerInfo {
  if (viewer.kind !== 'participant') return viewer;
  const agency = scenario.agencies.find((candidate) => candidate.roles.some((role) => role.id === viewer.role))?.id ?? '';
  return { kind: 'participant', participantId: 'p1', name: 'Anna', role: viewer.role, agency };
}
