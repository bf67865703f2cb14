import type { Release, Scenario, ScenarioEvent } from '../../../scenario/schema.ts';
import { taskExpectations } from '../../../scenario/expectations.ts';
import { agencyOf, indexScenario, type ScenarioIndex } from '../../../scenario/scenarioIndex.ts';

/** How a release comes out: at its time (injects and `at` events) or by one of the other triggers. */
export type ReleaseTiming = 'scheduled' | 'after' | 'choice' | 'missed' | 'chance' | 'manual';

/** An inject or event placed on the graph: its lane (the first organisation it is addressed to, or everyone) and its place in time. */
export interface PlacedRelease {
  id: string;
  kind: 'inject' | 'event';
  title: string;
  lane: string;
  timing: ReleaseTiming;
  /** When it comes out at the earliest, in scenario seconds; absent for a manual event. */
  at?: number;
  chance?: number;
  x: number;
  y: number;
}

/** A trigger edge: the release it waits for (after, choice) or that expected the missed task. */
export interface TriggerLink {
  id: string;
  from: string;
  to: string;
  kind: 'after' | 'choice' | 'missed';
  /** The delay (seconds) of `after`, the option of `choice`, the task of `missed`. */
  detail: string | number;
}

export interface Lane {
  id: string;
  y: number;
  height: number;
}

/** The scenario as a picture: lanes per addressed organisation, releases on a time axis, trigger links between them. */
export interface ScenarioGraphLayout {
  lanes: Lane[];
  releases: PlacedRelease[];
  links: TriggerLink[];
  ticks: { at: number; x: number }[];
  /** Where manual events stand: after the end of the time axis. */
  unscheduledX: number;
}

export const EVERYONE_LANE = '*';
export const GRAPH_SIZES = { axisWidth: 1400, laneLabelWidth: 170, nodeWidth: 170, rowHeight: 64, lanePadding: 24, ticks: 6 } as const;

function timingOf(release: Release, index: ScenarioIndex): ReleaseTiming {
  if (index.injects.has(release.id)) return 'scheduled';
  const { trigger } = release as ScenarioEvent;
  if ('at' in trigger) return 'scheduled';
  if ('after' in trigger) return 'after';
  if ('choice' in trigger) return 'choice';
  if ('missed' in trigger) return 'missed';
  if ('chance' in trigger) return 'chance';
  return 'manual';
}

/** The earliest time a release can come out, following `after` and `choice` chains; undefined when only a hand releases it. */
function earliestTimes(scenario: Scenario, index: ScenarioIndex): Map<string, number | undefined> {
  const times = new Map<string, number | undefined>();
  const visiting = new Set<string>();
  const timeOf = (id: string): number | undefined => {
    if (times.has(id)) return times.get(id);
    const release = index.releases.get(id);
    if (release === undefined || visiting.has(id)) return undefined;
    visiting.add(id);
    let at: number | undefined;
    if ('at' in release && typeof release.at === 'number') at = release.at;
    else {
      const { trigger } = release as ScenarioEvent;
      if ('at' in trigger) at = trigger.at;
      else if ('after' in trigger) at = add(timeOf(trigger.after), trigger.delay);
      else if ('choice' in trigger) at = timeOf(trigger.choice.decision);
      else if ('missed' in trigger) at = trigger.missed.by;
      else if ('chance' in trigger) at = trigger.window[0];
    }
    visiting.delete(id);
    times.set(id, at);
    return at;
  };
  for (const release of [...scenario.injects, ...scenario.events]) timeOf(release.id);
  return times;
}

function add(at: number | undefined, delay: number): number | undefined {
  return at === undefined ? undefined : at + delay;
}

function linksOf(scenario: Scenario): TriggerLink[] {
  return scenario.events.flatMap((event): TriggerLink[] => {
    const { trigger } = event;
    if ('after' in trigger) return [{ id: `after:${trigger.after}:${event.id}`, from: trigger.after, to: event.id, kind: 'after', detail: trigger.delay }];
    if ('choice' in trigger) {
      return [{ id: `choice:${trigger.choice.decision}:${event.id}`, from: trigger.choice.decision, to: event.id, kind: 'choice', detail: trigger.choice.option }];
    }
    if ('missed' in trigger) {
      const expecting = [...scenario.injects, ...scenario.events].filter((release) => taskExpectations(release).some((expectation) => expectation.task === trigger.missed.task));
      return expecting.map((release) => ({ id: `missed:${release.id}:${event.id}`, from: release.id, to: event.id, kind: 'missed', detail: trigger.missed.task }));
    }
    return [];
  });
}

/** Lays the scenario out: one lane per addressed organisation (everyone first), time from left to right, stacked where releases crowd. */
export function layoutScenarioGraph(scenario: Scenario): ScenarioGraphLayout {
  const index = indexScenario(scenario);
  const { axisWidth, laneLabelWidth, nodeWidth, rowHeight, lanePadding, ticks } = GRAPH_SIZES;
  const scale = axisWidth / Math.max(scenario.duration, 1);
  const unscheduledX = laneLabelWidth + axisWidth + nodeWidth;
  const times = earliestTimes(scenario, index);
  const laneOf = (release: Release) => {
    const first = release.to?.[0];
    return first === undefined ? EVERYONE_LANE : (agencyOf(index, first) ?? first);
  };
  const releases = [...scenario.injects, ...scenario.events].map((release) => {
    const at = times.get(release.id);
    const trigger = index.events.has(release.id) ? (release as ScenarioEvent).trigger : undefined;
    return {
      id: release.id,
      kind: index.injects.has(release.id) ? ('inject' as const) : ('event' as const),
      title: release.title,
      lane: laneOf(release),
      timing: timingOf(release, index),
      ...(at === undefined ? {} : { at }),
      ...(trigger !== undefined && 'chance' in trigger ? { chance: trigger.chance } : {}),
      x: at === undefined ? unscheduledX : laneLabelWidth + at * scale,
    };
  });

  const laneIds = [EVERYONE_LANE, ...scenario.agencies.map((agency) => agency.id)];
  for (const release of releases) if (!laneIds.includes(release.lane)) laneIds.push(release.lane);
  const lanes: Lane[] = [];
  const placed: PlacedRelease[] = [];
  let top = 0;
  for (const laneId of laneIds) {
    const inLane = releases.filter((release) => release.lane === laneId).sort((a, b) => a.x - b.x);
    if (inLane.length === 0 && laneId === EVERYONE_LANE) continue;
    const rowEnds: number[] = [];
    for (const release of inLane) {
      // The first row whose last node ends before this one starts; a new row when all are taken.
      let row = rowEnds.findIndex((end) => end <= release.x);
      if (row === -1) row = rowEnds.length;
      rowEnds[row] = release.x + nodeWidth + 8;
      placed.push({ ...release, y: top + lanePadding / 2 + row * rowHeight });
    }
    const height = Math.max(rowEnds.length, 1) * rowHeight + lanePadding;
    lanes.push({ id: laneId, y: top, height });
    top += height;
  }
  const ticksAt = Array.from({ length: ticks + 1 }, (_, step) => Math.round((scenario.duration * step) / ticks));
  return {
    lanes,
    releases: placed,
    links: linksOf(scenario).filter((link) => index.releases.has(link.from)),
    ticks: ticksAt.map((at) => ({ at, x: laneLabelWidth + at * scale })),
    unscheduledX,
  };
}
