import { scheduleOf } from './scenarioSchedule.ts';
import { dueAt, earliestDue } from './scheduledTime.ts';
import { append, writable } from './stepDraft.ts';
import type { StepDraft } from './stepDraft.ts';
import { hasEntry } from './ownRecord.ts';

/**
 * Releases the given ids at the draft's clock, in the order given, then what they trigger at the
 * same instant (`after` with delay 0), wave after wave, each wave in file order (section 17).
 * An id already released is passed over: everything is released at most once.
 */
export function releaseWithFollowers(draft: StepDraft, ids: readonly string[]): void {
  const schedule = scheduleOf(draft.scenario);
  let wave = ids;
  while (wave.length > 0) {
    const caused = new Set<string>();
    for (const id of wave) {
      if (hasEntry(draft.state.released, id)) continue;
      writable(draft, 'released')[id] = draft.state.now;
      append(draft, { type: 'released', inject: id });
      for (const follower of schedule.followersOf.get(id) ?? []) {
        if (hasEntry(draft.state.released, follower.event)) continue;
        if (follower.delay === 0) caused.add(follower.event);
        else writable(draft, 'afterTimes')[follower.event] = draft.state.now + follower.delay;
      }
    }
    wave = [...caused].sort((a, b) => (schedule.fileOrder.get(a) ?? 0) - (schedule.fileOrder.get(b) ?? 0));
  }
}

/** Releases everything scheduled at t = 0 (START). */
export function openPlay(draft: StepDraft): void {
  releaseWithFollowers(draft, dueAt(draft.scenario, draft.state, 0));
}

/** Moves the clock to `to`, releasing what is due on the way, instant by instant. */
export function advanceClock(draft: StepDraft, to: number): void {
  for (
    let instant = earliestDue(draft.scenario, draft.state, draft.state.now, to);
    instant !== undefined;
    instant = earliestDue(draft.scenario, draft.state, instant, to)
  ) {
    draft.state.now = instant;
    releaseWithFollowers(draft, dueAt(draft.scenario, draft.state, instant));
  }
  draft.state.now = to;
}
