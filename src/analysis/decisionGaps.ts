import { addressedAgencies, agencyOf } from '../scenario/scenarioIndex.ts';
import type { Gap } from '../shared/gap.ts';
import type { PlayRecord } from './playRecord.ts';
import { practiceGap } from './practiceGap.ts';
import type { ScenarioNames } from './scenarioNames.ts';

/** `undecided-decision`: a released decision point that no accepted `decide` answered. */
export function findDecisionGaps(play: PlayRecord, names: ScenarioNames): Gap[] {
  const decided = new Set(play.actions.flatMap((action) => (action.type === 'decide' ? [action.decision] : [])));
  return [...play.releases.values()].flatMap((release) => {
    const definition = play.index.releases.get(release.inject);
    const decision = definition?.decision;
    if (!definition || !decision || decided.has(release.inject)) return [];
    const deciders =
      decision.by === undefined ? addressedAgencies(play.index, definition) : [agencyOf(play.index, decision.by) ?? decision.by];
    const whoDecides = decision.by === undefined ? names.agencies(deciders) : names.party(decision.by);
    return [
      practiceGap({
        code: 'undecided-decision',
        inject: release.inject,
        agencies: deciders,
        at: play.index.scenario.duration,
        evidence: [release.seq],
        message: names.t('practice.undecidedDecision', { release: names.release(release.inject), deciders: whoDecides }),
      }),
    ];
  });
}
