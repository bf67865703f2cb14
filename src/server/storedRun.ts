import { buildReport, type DebriefReport, type RunFacts } from '../analysis/index.ts';
import { createEngineState, type EngineState } from '../engine/index.ts';
import type { TimelineEntry } from '../engine/timeline.ts';
import { loadScenario } from '../scenario/loadScenario.ts';
import type { Scenario } from '../scenario/schema.ts';
import type { DebriefNotes } from '../shared/debriefNotes.ts';
import { reportedObservation } from '../shared/observation.ts';
import { runFactsOf } from './runFacts.ts';
import type { SessionRecord, SessionStore } from './sessionStore.ts';
import { stepStoredAt } from './timedStep.ts';

/** A stored session read back for its debrief, without touching what is stored. */
export interface StoredRun {
  record: SessionRecord;
  /** Where play stood at the end of the log. */
  status: EngineState['status'];
  scenario: Scenario;
  report: DebriefReport;
  notes: DebriefNotes | undefined;
  /** The day the session was held, for the report's cover. */
  facts: RunFacts;
}

/**
 * Rebuilds a stored session's debrief by replaying its log, read-only: unlike bringing a session
 * back to life on the server, nothing is paused or written. Undefined when there is no such session;
 * a string when its scenario no longer loads.
 */
export async function readStoredRun(store: SessionStore, sessionId: string): Promise<StoredRun | string | undefined> {
  const record = await store.session(sessionId);
  if (!record) return undefined;
  const loaded = loadScenario(record.scenarioText, record.scenarioFile);
  if (!loaded.ok) return `the scenario of session ${sessionId} no longer loads: ${loaded.messages[0]?.message ?? 'unknown problem'}`;
  let state = createEngineState(loaded.scenario, record.seed);
  const timeline: TimelineEntry[] = [];
  const [log, observations, notes] = await Promise.all([store.log(sessionId), store.observations(sessionId), store.notes(sessionId)]);
  for (const row of log) {
    const result = stepStoredAt(loaded.scenario, state, row.at, row.input);
    state = result.state;
    timeline.push(...result.entries);
  }
  return {
    record,
    status: state.status,
    scenario: loaded.scenario,
    report: buildReport({
      scenario: loaded.scenario,
      seed: record.seed,
      timeline,
      refused: [],
      observations: observations.map(({ observation }) => reportedObservation(observation)),
    }),
    notes,
    facts: runFactsOf(record),
  };
}
