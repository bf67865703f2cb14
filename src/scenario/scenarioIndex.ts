import type {
  Agency,
  Authority,
  Information,
  Inject,
  Objective,
  Release,
  Role,
  Scenario,
  ScenarioEvent,
  Task,
} from './schema.ts';
import { sortedUnique } from '../shared/sortedUnique.ts';

/** A role together with the agency it belongs to. */
export interface IndexedRole extends Role {
  agency: string;
}

/** Look-ups by id over a valid scenario, built once per scenario object. */
export interface ScenarioIndex {
  scenario: Scenario;
  agencies: ReadonlyMap<string, Agency>;
  roles: ReadonlyMap<string, IndexedRole>;
  authorities: ReadonlyMap<string, Authority>;
  tasks: ReadonlyMap<string, Task>;
  information: ReadonlyMap<string, Information>;
  objectives: ReadonlyMap<string, Objective>;
  injects: ReadonlyMap<string, Inject>;
  events: ReadonlyMap<string, ScenarioEvent>;
  /** Injects and events, which share one namespace. */
  releases: ReadonlyMap<string, Release>;
}

const cache = new WeakMap<Scenario, ScenarioIndex>();

/**
 * Items by id. When an id is used twice (a `duplicate-id` error), the first definition wins, so
 * that references to it are checked against what the author defined first.
 */
function byFirstId<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of items) if (!map.has(item.id)) map.set(item.id, item);
  return map;
}

/** The items that won their id in a namespace they share with other kinds of items. */
function winnersIn<T extends { id: string }>(namespace: ReadonlyMap<string, unknown>, items: readonly T[]): Map<string, T> {
  return new Map(items.filter((item) => namespace.get(item.id) === item).map((item) => [item.id, item]));
}

/** The index of a scenario; the same object is returned for the same scenario. */
export function indexScenario(scenario: Scenario): ScenarioIndex {
  const cached = cache.get(scenario);
  if (cached) return cached;
  const actors = byFirstId<Agency | Role>(scenario.agencies.flatMap((agency) => [agency, ...agency.roles]));
  const roles = new Map<string, IndexedRole>();
  for (const agency of scenario.agencies) {
    for (const role of winnersIn(actors, agency.roles).values()) roles.set(role.id, { ...role, agency: agency.id });
  }
  const releases = byFirstId<Release>([...scenario.injects, ...scenario.events]);
  const index: ScenarioIndex = {
    scenario,
    agencies: winnersIn(actors, scenario.agencies),
    roles,
    authorities: byFirstId(scenario.authorities),
    tasks: byFirstId(scenario.tasks),
    information: byFirstId(scenario.information),
    objectives: byFirstId(scenario.objectives),
    injects: winnersIn(releases, scenario.injects),
    events: winnersIn(releases, scenario.events),
    releases,
  };
  cache.set(scenario, index);
  return index;
}

/** The agency an agency id or role id stands for (agency and role ids share one namespace). */
export function agencyOf(index: ScenarioIndex, agencyOrRoleId: string): string | undefined {
  if (index.agencies.has(agencyOrRoleId)) return agencyOrRoleId;
  return index.roles.get(agencyOrRoleId)?.agency;
}

/** Whether a role holds an authority: its holders name the role or the role's agency. */
export function roleHolds(index: ScenarioIndex, roleId: string, authorityId: string): boolean {
  const holders = index.authorities.get(authorityId)?.holders ?? [];
  const agency = index.roles.get(roleId)?.agency;
  return holders.includes(roleId) || (agency !== undefined && holders.includes(agency));
}

/** Whether an agency holds an authority: its holders name the agency or any of its roles. */
export function agencyHolds(index: ScenarioIndex, agencyId: string, authorityId: string): boolean {
  const holders = index.authorities.get(authorityId)?.holders ?? [];
  return holders.some((holder) => agencyOf(index, holder) === agencyId);
}

/** Whether a party named on paper (an agency id or a role id) holds an authority. */
export function partyHolds(index: ScenarioIndex, agencyOrRoleId: string, authorityId: string): boolean {
  return index.roles.has(agencyOrRoleId)
    ? roleHolds(index, agencyOrRoleId, authorityId)
    : agencyHolds(index, agencyOrRoleId, authorityId);
}

/** Whether a release is visible to a role: `to` is omitted, or names the role or its agency. */
export function isVisibleTo(index: ScenarioIndex, release: Release, roleId: string): boolean {
  if (release.to === undefined) return true;
  const agency = index.roles.get(roleId)?.agency;
  return release.to.includes(roleId) || (agency !== undefined && release.to.includes(agency));
}

/**
 * Whether an escalation's `to` reaches a role (section 18): `to` names the role, or `to` is a
 * level and the role is of that level. A `to` that is both a role id and a level name means the role.
 */
export function escalationReaches(index: ScenarioIndex, to: string, roleId: string): boolean {
  return index.roles.has(to) ? to === roleId : index.roles.get(roleId)?.level === to;
}

/** The agencies a release is addressed to: all agencies when `to` is omitted. Sorted by id. */
export function addressedAgencies(index: ScenarioIndex, release: Release): string[] {
  const ids = release.to === undefined ? [...index.agencies.keys()] : release.to.map((id) => agencyOf(index, id));
  return sortedUnique(ids.filter((id): id is string => id !== undefined));
}
