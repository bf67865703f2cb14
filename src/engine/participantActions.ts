import { LEVELS } from '../scenario/schema.ts';
import type { Scenario } from '../scenario/schema.ts';
import { agencyOf, indexScenario, isVisibleTo } from '../scenario/scenarioIndex.ts';
import type { ScenarioIndex } from '../scenario/scenarioIndex.ts';
import type { Action } from '../shared/actions.ts';
import { exhaustiveSwitchError } from '../shared/exhaustive.ts';
import type { EngineState } from './engineState.ts';
import { entryOf, hasEntry } from './ownRecord.ts';
import { refuse } from './refusal.ts';
import type { Refusal } from './refusal.ts';
import { releaseWithFollowers } from './releasing.ts';
import { scheduleOf } from './scenarioSchedule.ts';
import { append, writable } from './stepDraft.ts';
import type { StepDraft } from './stepDraft.ts';

/**
 * Why a participant action is refused (sections 12 and 17): an id it names does not exist, or
 * it concerns an inject or event the acting role cannot see, or a decision it may not take.
 * Whether the participant plays the role `by` is the host's check, not the engine's.
 */
export function actionRefusal(scenario: Scenario, state: EngineState, action: Action): Refusal | undefined {
  const index = indexScenario(scenario);
  if (!index.roles.has(action.by)) return refuse('unknown-role', `${action.type} by "${action.by}": there is no role "${action.by}"`);
  switch (action.type) {
    case 'claim':
    case 'decline':
      return missingTask(index, action.type, action.task);
    case 'exercise':
      return missingAuthority(index, action.type, action.authority) ?? (action.task === undefined ? undefined : missingTask(index, action.type, action.task));
    case 'escalate':
      return escalationRefusal(index, state, action);
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
      return decisionRefusal(index, state, action);
    case 'respond':
      return invisibleRelease(index, state, action.type, action.by, action.inject, 'unknown-inject');
    case 'note':
      return undefined;
    default:
      return exhaustiveSwitchError(action, 'type');
  }
}

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
    case 'decline':
    case 'exercise':
    case 'escalate':
    case 'share':
    case 'request':
    case 'respond':
    case 'note':
      return;
    default:
      return exhaustiveSwitchError(action, 'type');
  }
}

function chooseOption(draft: StepDraft, decision: string, option: string): void {
  const chosen = entryOf(draft.state.chosenOptions, decision) ?? [];
  if (chosen.includes(option)) return;
  writable(draft, 'chosenOptions')[decision] = [...chosen, option];
  // The followers are listed in file order, which is the order section 17 asks for.
  releaseWithFollowers(draft, scheduleOf(draft.scenario).choiceFollowers.get(decision)?.get(option) ?? []);
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

/** Refuses naming an inject or event that does not exist, or that is not released and visible to the role. */
function invisibleRelease(
  index: ScenarioIndex,
  state: EngineState,
  type: Action['type'],
  role: string,
  id: string,
  unknownCode: 'unknown-inject' | 'unknown-decision',
): Refusal | undefined {
  const release = index.releases.get(id);
  if (release === undefined) return refuse(unknownCode, `${type}: there is no inject or event "${id}"`);
  if (!hasEntry(state.released, id) || !isVisibleTo(index, release, role)) {
    // One reason for both cases, so that a refusal does not tell a participant what is still to come.
    return refuse('not-visible', `${type}: "${id}" has not been released to role "${role}"`);
  }
  return undefined;
}

function escalationRefusal(index: ScenarioIndex, state: EngineState, action: Extract<Action, { type: 'escalate' }>): Refusal | undefined {
  if (!index.roles.has(action.to) && !(LEVELS as readonly string[]).includes(action.to)) {
    return refuse('unknown-role', `escalate to "${action.to}": it is neither a role nor a level (${LEVELS.join(', ')})`);
  }
  return action.about === undefined ? undefined : invisibleRelease(index, state, action.type, action.by, action.about, 'unknown-inject');
}

function decisionRefusal(index: ScenarioIndex, state: EngineState, action: Extract<Action, { type: 'decide' }>): Refusal | undefined {
  const invisible = invisibleRelease(index, state, action.type, action.by, action.decision, 'unknown-decision');
  if (invisible) return invisible;
  const decision = index.releases.get(action.decision)?.decision;
  if (decision === undefined) return refuse('no-decision', `decide: "${action.decision}" has no decision to take`);
  if (decision.by !== undefined && decision.by !== action.by && decision.by !== agencyOf(index, action.by)) {
    return refuse('not-decider', `decide on "${action.decision}": the decision is for "${decision.by}", not for role "${action.by}"`);
  }
  if (!decision.options.some((option) => option.id === action.option)) {
    return refuse('unknown-option', `decide on "${action.decision}": there is no option "${action.option}"`);
  }
  return undefined;
}
