import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/analysis/index.ts';
import { playScript } from '../../src/engine/playScript.ts';
import type { TimelineEntry } from '../../src/engine/timeline.ts';
import { loadScenario, type Scenario } from '../../src/scenario/index.ts';
import { parseActionScript } from '../../src/shared/actionScript.ts';
import type { Gap } from '../../src/shared/gap.ts';

/**
 * Whole headless runs checked against the precise rules of the scenario format (section 17),
 * the way an author's script meets them: scenario + script in, report out.
 */
const SCENARIO = `
schemaVersion: 1
id: contract
title: Contract
duration: 2h
agencies:
  - id: police
    name: Police
    roles:
      - { id: chief, name: Chief, level: strategic }
      - { id: officer, name: Officer, level: tactical }
      - { id: constable, name: Constable, level: operational }
  - id: city
    name: City
    roles:
      - { id: mayor, name: Mayor, level: strategic }
      - { id: warden, name: Warden, level: operational }
  - id: tax
    name: Tax
    roles:
      - { id: inspector, name: Inspector, level: operational }
authorities:
  - { id: closure, name: Closure, holders: [mayor], level: strategic }
  - { id: entry, name: Entry, holders: [police], level: operational }
tasks:
  - { id: secure, name: Secure, lead: officer, support: [city] }
  - { id: shelter, name: Shelter, lead: city }
  - { id: orphan, name: Orphan }
information:
  - { id: tax-data, name: Tax data, owner: tax, shareableWith: [police] }
ambition:
  - { agencies: [city, police], level: cooperating }
injects:
  - id: i2
    at: 10m
    title: Second in file, same time
    to: [city]
    expects: [{ task: shelter, within: 10m }]
  - id: i1
    at: 10m
    title: First by id, later in file
    to: [police]
    expects: [{ task: secure, within: 5m }, { task: orphan }]
    decision:
      prompt: Close?
      by: mayor
      options:
        - { id: close, label: Close, uses: closure }
        - { id: wait, label: Wait }
  - { id: i3, at: 2h, title: At the very end }
  - { id: i4, at: 1h, title: Skipped later, to: [tax] }
  - id: i5
    at: 50m
    title: Close the shop?
    to: [city]
    decision: { prompt: Close?, options: [{ id: close, label: Close, uses: closure }, { id: wait, label: Wait }] }
events:
  - { id: u1, title: Timed, trigger: { at: 10m } }
  - { id: u2, title: Right after i1, trigger: { after: i1 } }
  - { id: u3, title: Chosen, trigger: { choice: { decision: i5, option: close } } }
  - { id: u4, title: Missed, trigger: { missed: { task: secure, by: 30m } } }
  - { id: u5, title: Delayed, trigger: { after: u1, delay: 15m } }
  - { id: u6, title: Wildcard, trigger: { manual: true } }
  - { id: u7, title: After skipped, trigger: { after: i4 } }
`;

function scenario(): Scenario {
  const result = loadScenario(SCENARIO, 'contract.yaml');
  if (!result.ok) throw new Error(JSON.stringify(result.messages));
  return result.scenario;
}

function run(script: string[], seed = 0) {
  const parsed = parseActionScript(script.join('\n'));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  const s = scenario();
  const played = playScript(s, seed, parsed.lines);
  return { ...played, report: buildReport({ scenario: s, seed, timeline: played.timeline, refused: played.refused }) };
}

const releases = (timeline: readonly TimelineEntry[]) =>
  timeline.flatMap((entry) => (entry.type === 'released' ? [`${entry.at / 60}m:${entry.inject}`] : []));
const gapsOf = (gaps: Gap[], code: string) => gaps.filter((gap) => gap.code === code);

describe('a headless run under the precise rules', () => {
  it('releases at one instant injects in file order, then events, then what they trigger', () => {
    const { timeline } = run([]);
    expect(releases(timeline).slice(0, 4)).toEqual(['10m:i2', '10m:i1', '10m:u1', '10m:u2']);
    expect(timeline[0]).toEqual({ seq: 1, at: 600, type: 'released', inject: 'i2' });
  });

  it('plays t = duration and schedules after-delays and missed deadlines', () => {
    const { timeline } = run([]);
    expect(releases(timeline)).toEqual(['10m:i2', '10m:i1', '10m:u1', '10m:u2', '25m:u5', '30m:u4', '50m:i5', '60m:i4', '60m:u7', '120m:i3']);
  });

  it('lets a lead claim before the deadline stop a missed trigger, but not one at the deadline', () => {
    expect(releases(run(['{"at":"29m","by":"officer","type":"claim","task":"secure"}']).timeline)).not.toContain('30m:u4');
    expect(releases(run(['{"at":"30m","by":"officer","type":"claim","task":"secure"}']).timeline)).toContain('30m:u4');
  });

  it('releases a choice event right after the first choice of its option, at the same instant', () => {
    const { timeline } = run([
      '{"at":"51m","by":"warden","type":"decide","decision":"i5","option":"wait"}',
      '{"at":"52m","by":"warden","type":"decide","decision":"i5","option":"close"}',
      '{"at":"53m","by":"mayor","type":"decide","decision":"i5","option":"close"}',
    ]);
    const decided = timeline.findIndex((entry) => entry.type === 'decide' && entry.at === 3120);
    expect(timeline[decided + 1]).toMatchObject({ at: 3120, type: 'released', inject: 'u3' });
    expect(releases(timeline).filter((release) => release.endsWith(':u3'))).toEqual(['52m:u3']);
  });

  it('lets only the named decider decide, and only on what that role can see', () => {
    const { refused, report } = run([
      '{"at":"12m","by":"mayor","type":"decide","decision":"i1","option":"close"}',
      '{"at":"12m","by":"officer","type":"decide","decision":"i1","option":"close"}',
    ]);
    expect(refused.map((line) => `${line.line} ${line.code}`)).toEqual(['1 not-visible', '2 not-decider']);
    expect(gapsOf(report.gaps, 'undecided-decision').map((gap) => [gap.inject, gap.agencies, gap.at])).toEqual([
      ['i1', ['city'], 7200],
      ['i5', ['city'], 7200],
    ]);
  });

  it('records a fire and then the release it causes', () => {
    const { timeline } = run(['{"at":"40m","type":"fire","event":"u6"}']);
    const fired = timeline.findIndex((entry) => entry.type === 'fire');
    expect(timeline[fired]).toMatchObject({ at: 2400, type: 'fire', event: 'u6' });
    expect(timeline[fired + 1]).toEqual({ seq: (timeline[fired]?.seq ?? 0) + 1, at: 2400, type: 'released', inject: 'u6' });
  });

  it('never fires an after trigger on a skipped inject, and refuses hand inputs of the wrong kind or twice', () => {
    const { timeline, refused } = run([
      '{"at":"5m","type":"skip","inject":"i4"}',
      '{"at":"6m","type":"release","inject":"i4"}',
      '{"at":"7m","type":"release","inject":"u6"}',
      '{"at":"8m","type":"fire","event":"i3"}',
      '{"at":"20m","type":"release","inject":"i1"}',
      '{"at":"21m","type":"skip","inject":"i2"}',
      '{"at":"3h","type":"fire","event":"u6"}',
    ]);
    expect(releases(timeline)).not.toContain('60m:i4');
    expect(releases(timeline).some((release) => release.endsWith(':u7'))).toBe(false);
    expect(refused.map((line) => `${line.line} ${line.code}`)).toEqual([
      '2 already-skipped',
      '3 wrong-kind',
      '4 wrong-kind',
      '5 already-released',
      '6 already-released',
      '7 beyond-duration',
    ]);
  });

  it('refuses a decision on something not yet released, and an unknown role', () => {
    const { refused } = run(['{"at":"5m","by":"officer","type":"respond","inject":"i1","text":"early"}', '{"at":"15m","by":"ghost","type":"note","text":"boo"}']);
    expect(refused.map((line) => line.code)).toEqual(['not-visible', 'unknown-role']);
  });

  it('raises late-response only for a claim strictly after the deadline', () => {
    const onTime = run(['{"at":"15m","by":"officer","type":"claim","task":"secure"}']).report.gaps;
    expect(gapsOf(onTime, 'late-response')).toEqual([]);
    const late = run(['{"at":"16m","by":"officer","type":"claim","task":"secure"}']).report.gaps;
    expect(gapsOf(late, 'late-response')).toEqual([
      expect.objectContaining({ task: 'secure', inject: 'i1', agencies: ['police'], roles: ['officer'], at: 960, evidence: [2, 5] }),
    ]);
  });

  it('names the first expecting release and the end of play for an unclaimed task', () => {
    const gaps = gapsOf(run([]).report.gaps, 'unclaimed-task');
    // Paper lead's agency when there is one; else the addressees of the expecting release.
    const byTask = Object.fromEntries(gaps.map((gap) => [gap.task, [gap.inject, gap.agencies, gap.at]]));
    expect(byTask).toEqual({
      secure: ['i1', ['police'], 7200],
      shelter: ['i2', ['city'], 7200],
      orphan: ['i1', ['police'], 7200],
    });
  });

  it('finds contested and deviating leads, overreach via a decision, and sharing without basis', () => {
    const { report } = run([
      '{"at":"11m","by":"warden","type":"claim","task":"secure","as":"lead"}',
      '{"at":"12m","by":"constable","type":"claim","task":"secure"}',
      '{"at":"13m","by":"officer","type":"claim","task":"secure"}',
      '{"at":"14m","by":"constable","type":"exercise","authority":"closure"}',
      '{"at":"15m","by":"chief","type":"exercise","authority":"entry"}',
      '{"at":"16m","by":"inspector","type":"share","information":"tax-data","with":"city"}',
      '{"at":"17m","by":"inspector","type":"share","information":"tax-data","with":"police"}',
    ]);
    expect(gapsOf(report.gaps, 'contested-lead')).toEqual([
      expect.objectContaining({ task: 'secure', agencies: ['city', 'police'], roles: ['constable', 'officer', 'warden'], at: 720 }),
    ]);
    expect(gapsOf(report.gaps, 'lead-deviation')).toEqual([
      expect.objectContaining({ task: 'secure', agencies: ['city', 'police'], roles: ['warden'], at: 660 }),
    ]);
    expect(gapsOf(report.gaps, 'authority-overreach').map((gap) => [gap.authority, gap.roles, gap.at])).toEqual([['closure', ['constable'], 840]]);
    expect(gapsOf(report.gaps, 'level-mismatch').map((gap) => [gap.authority, gap.roles])).toEqual([['entry', ['chief']]]);
    expect(gapsOf(report.gaps, 'sharing-without-basis').map((gap) => [gap.information, gap.agencies])).toEqual([['tax-data', ['tax', 'city']]]);
  });

  it('counts an answer only after the request, and measures cooperation from exchanges', () => {
    const { report } = run([
      '{"at":"11m","by":"inspector","type":"share","information":"tax-data","with":"police"}',
      '{"at":"12m","by":"officer","type":"request","from":"tax","information":"tax-data"}',
      '{"at":"13m","by":"warden","type":"claim","task":"secure","as":"support"}',
      '{"at":"14m","by":"officer","type":"claim","task":"secure"}',
      '{"at":"15m","by":"mayor","type":"escalate","to":"chief"}',
      '{"at":"16m","by":"chief","type":"escalate","to":"strategic"}',
    ]);
    // city → police only (a support claim and an escalation): one direction is networking.
    expect(report.cooperation.find((entry) => entry.agencies.join() === 'city,police')?.level).toBe('networking');
    const both = run([
      '{"at":"13m","by":"warden","type":"claim","task":"secure","as":"support"}',
      '{"at":"14m","by":"officer","type":"claim","task":"secure"}',
      '{"at":"15m","by":"officer","type":"request","from":"city","task":"shelter"}',
    ]).report;
    expect(gapsOf(report.gaps, 'unanswered-request')).toEqual([
      expect.objectContaining({ information: 'tax-data', agencies: ['police', 'tax'], roles: ['officer'], at: 7200 }),
    ]);
    expect(gapsOf(report.gaps, 'below-ambition')).toEqual([
      expect.objectContaining({ agencies: ['city', 'police'], at: 7200, evidence: [7, 9] }),
    ]);
    const pair = both.cooperation.find((entry) => entry.agencies.join() === 'city,police');
    expect(pair).toMatchObject({ level: 'cooperating', ambition: 'cooperating' });
    expect(gapsOf(both.gaps, 'below-ambition')).toEqual([]);
    expect(report.cooperation.map((entry) => entry.agencies.join())).toEqual(['city,police', 'city,tax', 'police,tax']);
  });
});
