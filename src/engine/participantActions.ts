import { LEVELS } from '../scenario/schema.ts';
import { agencyOf } from '../scenario/scenarioIndex.ts';
import type { ScenarioIndex } from '../scenario/scenarioIndex.ts';
import type { Action } from '../shared/actions.ts';
import { exhaustiveSwitchError } from '../shared/exhaustive.ts';
import type { CheckedEngineInput } from './engineInput.ts';
import type { RefusalRule } from './exerciseContext.ts';
import { entryOf, hasEntry } from './ownRecord.ts';
import { refuse } from './refusal.ts';
import type { Refusal } from './refusal.ts';
import { releaseIsVisibleTo } from './releaseVisibility.ts';
import { releaseWithFollowers } from './releasing.ts';
import { scheduleOf } from './scenarioSchedule.ts';
import { append, writable } from './stepDraft.ts';
import type { StepDraft } from './stepDraft.ts';

/** The action of a participant input (section 12); undefined for any other input. */
function actionOf(input: CheckedEngineInput): Action | undefined {
  return input.type === 'ACTION' ? input.action : undefined;
}

// The rules a participant action must keep (sections 12 and 17), in the order the machine checks
// them. Whether the participant plays the role `by` is the host's check, not the engine's.

/** The acting role must be a role of the scenario. */
export const actorIsNoRole: RefusalRule = ({ index }, input) => {
  const action = actionOf(input);
  if (action === undefined || index.roles.has(action.by)) return undefined;
  return refuse('unknown-role', `${action.type} by "${action.by}": there is no role "${action.by}"`);
};

/** Every task, authority, information, agency, role or release an action names must exist. */
export const namesSomethingUnknown: RefusalRule = ({ index }, input) => {
  const action = actionOf(input);
  return action === undefined ? undefined : unknownIdIn(index, action);
};

/** An action about an inject or event needs it released and visible to the acting role; a refusal does not tell which. */
export const concernsUnseenRelease: RefusalRule = ({ index, state }, input) => {
  const action = actionOf(input);
  const about = action === undefined ? undefined : releaseConcerned(action);
  if (action === undefined || about === undefined) return undefined;
  if (hasEntry(state.released, about) && releaseIsVisibleTo(index, state, about, action.by)) return undefined;
  // One reason for both cases, so that a refusal does not tell a participant what is still to come.
  return refuse('not-visible', `${action.type}: "${about}" has not been released to role "${action.by}"`);
};

/** A decision is taken on a release that has one, by the role or agency it is for, with one of its options. */
export const decisionIsNotTheirs: RefusalRule = ({ index }, input) => {
  const action = actionOf(input);
  if (action?.type !== 'decide') return undefined;
  const decision = index.releases.get(action.decision)?.decision;
  if (decision === undefined) return refuse('no-decision', `decide: "${action.decision}" has no decision to take`);
  if (decision.by !== undefined && decision.by !== action.by && decision.by !== agencyOf(index, action.by)) {
    return refuse('not-decider', `decide on "${action.decision}": the decision is for "${decision.by}", not for role "${action.by}"`);
  }
  if (!decision.options.some((option) => option.id === action.option)) {
    return refuse('unknown-option', `decide on "${action.decision}": there is no option "${action.option}"`);
  }
  return undefined;
};

/** Records an accepted action; a lead claim and a first choice of an option are remembered, and the latter releases what it triggers. */
export function recordAction(draft: StepDraft, action: Action): void {
  const seq = draft.state.nextSeq;
  append(draft, action);
  switch (action.type) {
    case 'claim':
      if (action.as === 'lead' && !hasEntry(draft.state.firstLeadClaims, action.task)) {
        writable(draft, 'firstLeadClaims')[action.task] = seq;
      }
      return;
    case 'decide':
      return chooseOption(draft, action.decision, action.option);
    case 'escalate':
      if (action.about !== undefined) passOn(draft, action.about, action.to);
      return;
    case 'decline':
    case 'exercise':
    case 'share':
    case 'request':
    case 'respond':
    case 'note':
      return;
    default:
      return exhaustiveSwitchError(action, 'type');
  }
}

/** An escalation passes the matter on: from now on it is visible to the role or level the escalation went to. */
function passOn(draft: StepDraft, release: string, to: string): void {
  const targets = entryOf(draft.state.passedOn, release) ?? [];
  if (!targets.includes(to)) writable(draft, 'passedOn')[release] = [...targets, to];
}

function chooseOption(draft: StepDraft, decision: string, option: string): void {
  const chosen = entryOf(draft.state.chosenOptions, decision) ?? [];
  if (chosen.includes(option)) return;
  writable(draft, 'chosenOptions')[decision] = [...chosen, option];
  // The followers are listed in file order, which is the order section 17 asks for.
  releaseWithFollowers(draft, scheduleOf(draft.scenario).choiceFollowers.get(decision)?.get(option) ?? []);
}

/** The first id the action names that the scenario does not have, field by field in the action's own order. */
function unknownIdIn(index: ScenarioIndex, action: Action): Refusal | undefined {
  switch (action.type) {
    case 'claim':
    case 'decline':
      return missingTask(index, action.type, action.task);
    case 'exercise':
      return missingAuthority(index, action.type, action.authority) ?? (action.task === undefined ? undefined : missingTask(index, action.type, action.task));
    case 'escalate':
      if (!index.roles.has(action.to) && !(LEVELS as readonly string[]).includes(action.to)) {
        return refuse('unknown-role', `escalate to "${action.to}": it is neither a role nor a level (${LEVELS.join(', ')})`);
      }
      return action.about === undefined ? undefined : missingRelease(index, action.type, action.about, 'unknown-inject');
    case 'share':
      return missingInformation(index, action.type, action.information) ?? missingAgency(index, action.type, 'with', action.with);
    case 'request':
      return (
        missingAgency(index, action.type, 'from', action.from) ??
        (action.task !== undefined ? missingTask(index, action.type, action.task) : undefined) ??
        (action.information !== undefined ? missingInformation(index, action.type, action.information) : undefined) ??
        (action.authority !== undefined ? missingAuthority(index, action.type, action.authority) : undefined)
      );
    case 'decide':
      return missingRelease(index, action.type, action.decision, 'unknown-decision');
    case 'respond':
      return missingRelease(index, action.type, action.inject, 'unknown-inject');
    case 'note':
      return undefined;
    default:
      return exhaustiveSwitchError(action, 'type');
  }
}

/** The inject or event an action is about, if it is about one. */
function releaseConcerned(action: Action): string | undefined {
  switch (action.type) {
    case 'escalate':
      return action.about;
    case 'decide':
      return action.decision;
    case 'respond':
      return action.inject;
    case 'claim':
    case 'decline':
    case 'exercise':
    case 'share':
    case 'request':
    case 'note':
      return undefined;
    default:
      return exhaustiveSwitchError(action, 'type');
  }
}

function missingTask(index: ScenarioIndex, type: Action['type'], task: string): Refusal | undefined {
  return index.tasks.has(task) ? undefined : refuse('unknown-task', `${type}: there is no task "${task}"`);
}

function missingAuthority(index: ScenarioIndex, type: Action['type'], authority: string): Refusal | undefined {
  return index.authorities.has(authority) ? undefined : refuse('unknown-authority', `${type}: there is no authority "${authority}"`);
}

function missingInformation(index: ScenarioIndex, type: Action['type'], information: string): Refusal | undefined {
  return index.information.has(information) ? undefined : refuse('unknown-information', `${type}: there is no information "${information}"`);
}

function missingAgency(index: ScenarioIndex, type: Action['type'], field: string, agency: string): Refusal | undefined {
  if (index.agencies.has(agency)) return undefined;
  const hint = index.roles.has(agency) ? ` ("${agency}" is a role; name its agency "${agencyOf(index, agency)}")` : '';
  return refuse('unknown-agency', `${type} ${field} "${agency}": there is no agency "${agency}"${hint}`);
}

function missingRelease(index: ScenarioIndex, type: Action['type'], id: string, code: 'unknown-inject' | 'unknown-decision'): Refusal | undefined {
  return index.releases.has(id) ? undefined : refuse(code, `${type}: there is no inject or event "${id}"`);
}
