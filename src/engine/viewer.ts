import type { Scenario } from '../scenario/schema.ts';
import { agencyOf, escalationReaches, indexScenario, isVisibleTo } from '../scenario/scenarioIndex.ts';
import type { ScenarioIndex } from '../scenario/scenarioIndex.ts';
import { exhaustiveSwitchError } from '../shared/exhaustive.ts';
import type { TimelineEntry } from './timeline.ts';

/** Who is looking: the facilitator, the projector display, or the participant playing a role. */
export type Viewer = { kind: 'facilitator' } | { kind: 'display' } | { kind: 'participant'; role: string };

/**
 * Whether one timeline entry may be shown to a viewer. The facilitator sees everything. The
 * display sees releases and participant actions, but not the facilitator's own inputs (a skip
 * names an inject that will never be released; an improvised inject's input holds what it expects). A participant sees the releases visible to
 * their role (section 17), their own agency's actions, other agencies' actions aimed at their
 * agency, and escalations that pass a matter on to them (section 18); a role that does not
 * exist sees nothing.
 */
export function entryVisibleTo(scenario: Scenario, entry: TimelineEntry, viewer: Viewer): boolean {
  switch (viewer.kind) {
    case 'facilitator':
      return true;
    case 'display':
      return entry.type !== 'release' && entry.type !== 'skip' && entry.type !== 'fire' && entry.type !== 'improvise';
    case 'participant':
      return visibleToRole(indexScenario(scenario), entry, viewer.role);
    default:
      return exhaustiveSwitchError(viewer, 'kind');
  }
}

function visibleToRole(index: ScenarioIndex, entry: TimelineEntry, role: string): boolean {
  const agency = index.roles.get(role)?.agency;
  if (agency === undefined) return false;
  switch (entry.type) {
    case 'released': {
      const release = index.releases.get(entry.inject);
      return release !== undefined && isVisibleTo(index, release, role);
    }
    case 'release':
    case 'skip':
    case 'fire':
    case 'improvise':
      return false;
    case 'share':
      return agencyOf(index, entry.by) === agency || entry.with === agency;
    case 'request':
      return agencyOf(index, entry.by) === agency || entry.from === agency;
    case 'escalate':
      // An escalation reaches its addressee's agency; one about a matter passes it on to the level it names (section 18).
      return (
        agencyOf(index, entry.by) === agency ||
        (index.roles.has(entry.to) && agencyOf(index, entry.to) === agency) ||
        (entry.about !== undefined && escalationReaches(index, entry.to, role))
      );
    case 'claim':
    case 'decline':
    case 'exercise':
    case 'decide':
    case 'respond':
    case 'note':
      return agencyOf(index, entry.by) === agency;
    default:
      return exhaustiveSwitchError(entry, 'type');
  }
}
