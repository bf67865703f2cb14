import type { Gap } from '../shared/gap.ts';
import { actorAgency, type ActionEntryOf, type PlayRecord } from './playRecord.ts';
import { practiceGap } from './practiceGap.ts';
import type { ScenarioNames } from './scenarioNames.ts';

/** Whether a later act of the asked agency answered a request ("Answering a request", section 17). */
function isAnswered(play: PlayRecord, request: ActionEntryOf<'request'>): boolean {
  const asker = actorAgency(play.index, request.by);
  const later = play.actions.filter((action) => action.seq > request.seq && actorAgency(play.index, action.by) === request.from);
  if (request.information !== undefined) {
    return later.some((action) => action.type === 'share' && action.information === request.information && action.with === asker);
  }
  if (request.task !== undefined) {
    return later.some((action) => action.type === 'claim' && action.task === request.task);
  }
  return play.authorityUses.some(
    (use) => use.entry.seq > request.seq && use.agency === request.from && use.authority === request.authority,
  );
}

/** The message of an unanswered request, by what was asked. */
function describeUnanswered(request: ActionEntryOf<'request'>, names: ScenarioNames): string {
  const asker = names.role(request.by);
  const asked = names.agency(request.from);
  if (request.information !== undefined) {
    const information = names.information(request.information);
    return names.t('practice.unansweredInformation', { asker, asked, information });
  }
  if (request.task !== undefined) {
    const task = names.task(request.task);
    return names.t('practice.unansweredTask', { asker, asked, task });
  }
  const authority = names.authority(request.authority ?? '');
  return names.t('practice.unansweredAuthority', { asker, asked, authority });
}

/** `unanswered-request`: a request that no later act of the asked agency answered. */
export function findRequestGaps(play: PlayRecord, names: ScenarioNames): Gap[] {
  return play.actions.flatMap((action) => {
    if (action.type !== 'request' || isAnswered(play, action)) return [];
    return [
      practiceGap({
        code: 'unanswered-request',
        ...(action.task === undefined ? {} : { task: action.task }),
        ...(action.authority === undefined ? {} : { authority: action.authority }),
        ...(action.information === undefined ? {} : { information: action.information }),
        agencies: [actorAgency(play.index, action.by), action.from],
        roles: [action.by],
        at: play.index.scenario.duration,
        evidence: [action.seq],
        message: describeUnanswered(action, names),
      }),
    ];
  });
}
