import { LEVELS, type Scenario } from '../../../scenario/schema.ts';
import { actionSchema, type Action, type ActionType } from '../../../shared/actions.ts';
import type { TimelineEntry } from '../../../engine/index.ts';
import { exhaustiveSwitchError } from '../../../shared/exhaustive.ts';

/** What a field of the rehearsal's action form chooses from, or that it is free text. */
export type FieldSource = 'task' | 'authority' | 'information' | 'agency' | 'party' | 'release' | 'decision' | 'option' | 'as' | 'text';

/** The names of the action fields, each with its label in the dictionary. */
export type ActionFieldName = 'task' | 'as' | 'reason' | 'authority' | 'note' | 'to' | 'about' | 'information' | 'with' | 'from' | 'decision' | 'option' | 'rationale' | 'inject' | 'text';

export interface ActionField {
  name: ActionFieldName;
  source: FieldSource;
  optional?: boolean;
}

/** The fields of each action of section 12 besides `type` and `by`. */
export const ACTION_FIELDS: Record<ActionType, ActionField[]> = {
  claim: [{ name: 'task', source: 'task' }, { name: 'as', source: 'as' }],
  decline: [{ name: 'task', source: 'task' }, { name: 'reason', source: 'text', optional: true }],
  exercise: [{ name: 'authority', source: 'authority' }, { name: 'task', source: 'task', optional: true }, { name: 'note', source: 'text', optional: true }],
  escalate: [{ name: 'to', source: 'party' }, { name: 'about', source: 'release', optional: true }, { name: 'note', source: 'text', optional: true }],
  share: [{ name: 'information', source: 'information' }, { name: 'with', source: 'agency' }],
  request: [
    { name: 'from', source: 'agency' },
    { name: 'task', source: 'task', optional: true },
    { name: 'information', source: 'information', optional: true },
    { name: 'authority', source: 'authority', optional: true },
    { name: 'note', source: 'text', optional: true },
  ],
  decide: [{ name: 'decision', source: 'decision' }, { name: 'option', source: 'option' }, { name: 'rationale', source: 'text', optional: true }],
  respond: [{ name: 'inject', source: 'release' }, { name: 'text', source: 'text' }],
  note: [{ name: 'text', source: 'text' }],
};

/** The choices of a field: value and label, from the scenario and what has been released so far. */
export function fieldChoices(source: FieldSource, scenario: Scenario, timeline: readonly TimelineEntry[], values: Record<string, string>): { value: string; label: string }[] {
  const released = timeline.flatMap((entry) => (entry.type === 'released' ? [[...scenario.injects, ...scenario.events].find((release) => release.id === entry.inject)] : [])).filter((release) => release !== undefined);
  switch (source) {
    case 'task':
      return scenario.tasks.map((task) => ({ value: task.id, label: task.name }));
    case 'authority':
      return scenario.authorities.map((authority) => ({ value: authority.id, label: authority.name }));
    case 'information':
      return scenario.information.map((information) => ({ value: information.id, label: information.name }));
    case 'agency':
      return scenario.agencies.map((agency) => ({ value: agency.id, label: agency.name }));
    case 'party':
      return [
        ...scenario.agencies.flatMap((agency) => agency.roles.map((role) => ({ value: role.id, label: `${role.name} (${agency.name})` }))),
        ...LEVELS.map((level) => ({ value: level, label: level })),
      ];
    case 'release':
      return released.map((release) => ({ value: release.id, label: release.title }));
    case 'decision':
      return released.filter((release) => release.decision !== undefined).map((release) => ({ value: release.id, label: release.title }));
    case 'option':
      return (released.find((release) => release.id === values.decision)?.decision?.options ?? []).map((option) => ({ value: option.id, label: option.label }));
    case 'as':
      return [
        { value: 'lead', label: 'lead' },
        { value: 'support', label: 'support' },
      ];
    case 'text':
      return [];
    default:
      return exhaustiveSwitchError(source);
  }
}

/** The action the form's values describe, checked by the same schema the engine uses; or what is wrong with it. */
export function buildAction(type: ActionType, by: string, values: Record<string, string>): { ok: true; action: Action } | { ok: false; problem: string } {
  const fields = Object.fromEntries(ACTION_FIELDS[type].flatMap((field) => (values[field.name] === undefined || values[field.name] === '' ? [] : [[field.name, values[field.name]]])));
  const parsed = actionSchema.safeParse({ type, by, ...fields });
  if (parsed.success) return { ok: true, action: parsed.data };
  return { ok: false, problem: parsed.error.issues.map((issue) => (issue.path.length === 0 ? issue.message : `${issue.path.join('.')}: ${issue.message}`)).join('; ') };
}
