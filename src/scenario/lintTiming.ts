import { formatDuration } from '../shared/duration.ts';
import type { LintFinding } from './lintFinding.ts';
import { indexScenario } from './scenarioIndex.ts';
import type { Scenario } from './schema.ts';

type Path = (string | number)[];

/** Times and probabilities: releases beyond the end of play, bad chances and windows, `after` loops, pairs of one agency. */
export function lintTiming(scenario: Scenario): LintFinding[] {
  const findings: LintFinding[] = [];
  const end = scenario.duration;
  const beyond = (path: Path, seconds: number, what: string) => {
    if (seconds > end) {
      findings.push({
        path,
        severity: 'warning',
        code: 'beyond-duration',
        message: `${what} ${formatDuration(seconds)} is after the end of play (${formatDuration(end)}), so it never happens`,
      });
    }
  };

  scenario.injects.forEach((inject, i) => beyond(['injects', i, 'at'], inject.at, 'release time'));
  scenario.events.forEach((event, i) => {
    const path: Path = ['events', i, 'trigger'];
    const trigger = event.trigger;
    if ('at' in trigger) beyond([...path, 'at'], trigger.at, 'trigger time');
    if ('missed' in trigger) beyond([...path, 'missed', 'by'], trigger.missed.by, 'deadline');
    if ('chance' in trigger) {
      if (!(trigger.chance >= 0 && trigger.chance <= 1)) {
        findings.push({ path: [...path, 'chance'], severity: 'error', code: 'chance-out-of-range', message: `a chance is a probability between 0 and 1, not ${trigger.chance}` });
      }
      const [from, to] = trigger.window;
      if (from > to) {
        findings.push({ path: [...path, 'window'], severity: 'error', code: 'window-out-of-range', message: `the window starts (${formatDuration(from)}) after it ends (${formatDuration(to)})` });
      } else if (to > end) {
        findings.push({ path: [...path, 'window', 1], severity: 'error', code: 'window-out-of-range', message: `the window ends at ${formatDuration(to)}, after the end of play (${formatDuration(end)})` });
      }
    }
  });

  findings.push(...afterLoops(scenario));

  scenario.ambition.forEach((pair, i) => {
    if (pair.agencies[0] === pair.agencies[1]) {
      findings.push({ path: ['ambition', i, 'agencies', 1], severity: 'error', code: 'invalid-pair', message: `an ambition pairs two different agencies, not "${pair.agencies[0]}" with itself` });
    }
  });
  return findings;
}

/** Events whose `after` chain comes back to themselves can never fire: one error per loop. */
function afterLoops(scenario: Scenario): LintFinding[] {
  const index = indexScenario(scenario);
  const parent = new Map<string, string>();
  const eventIndex = new Map<string, number>();
  scenario.events.forEach((event, i) => {
    if (index.events.get(event.id) !== event) return; // a duplicate id: the first definition wins
    eventIndex.set(event.id, i);
    if ('after' in event.trigger) parent.set(event.id, event.trigger.after);
  });
  const reported = new Set<string>();
  const findings: LintFinding[] = [];
  for (const start of parent.keys()) {
    const chain: string[] = [];
    let current: string | undefined = start;
    while (current !== undefined && !chain.includes(current) && index.events.has(current)) {
      chain.push(current);
      current = parent.get(current);
    }
    if (current === undefined || !chain.includes(current)) continue;
    const loop = chain.slice(chain.indexOf(current));
    if (loop.some((id) => reported.has(id))) continue;
    loop.forEach((id) => reported.add(id));
    const first = loop[0] as string;
    findings.push({
      path: ['events', eventIndex.get(first) ?? 0, 'trigger', 'after'],
      severity: 'error',
      code: 'trigger-cycle',
      message: `these events wait for each other and can never fire: ${[...loop, first].join(' after ')}`,
    });
  }
  return findings;
}
