import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/analysis/report.ts';
import type { TimelineEntry } from '../../src/engine/timeline.ts';
import { min, scenario, timeline } from './play.ts';

const exercise = scenario({ ambition: [{ agencies: ['politie', 'gemeente'], level: 'networking' }] });

const played = timeline(
  { at: min(10), type: 'released', inject: 'u1' },
  { at: min(20), type: 'released', inject: 'u2' },
  { at: min(30), type: 'exercise', by: 'wijkagent', authority: 'sluiting' },
  { at: min(30), type: 'claim', by: 'handhaver', task: 'ontmantelen', as: 'lead' },
  { at: min(40), type: 'share', by: 'wijkagent', information: 'dossier', with: 'gemeente' },
);

function report(entries: readonly TimelineEntry[] = played, language = 'en') {
  return buildReport({
    scenario: language === 'en' ? exercise : scenario({ language, ambition: exercise.ambition }),
    seed: 42,
    timeline: entries,
    refused: [{ reason: 'unknown role "agent"', line: 7, code: 'unknown-role' }, { line: 9, reason: 'after the end of play' }],
  });
}

describe('buildReport', () => {
  it('has the section-16 keys in order, then the levels, the observations, the TVB matrix and the per-agency summary', () => {
    expect(Object.keys(report())).toEqual(['scenario', 'seed', 'gaps', 'cooperation', 'timeline', 'refused', 'levels', 'observations', 'tvb', 'agencies']);
    expect(report().scenario).toEqual({ id: 'oefening', title: 'Oefening Kempenhoeve' });
    expect(report().seed).toBe(42);
  });

  it('lists paper gaps first in scenario order, then practice gaps by time and then by code order', () => {
    expect(report().gaps.map((gap) => [gap.code, gap.at])).toEqual([
      ['task-without-lead', undefined],
      ['late-response', min(30)],
      ['lead-deviation', min(30)],
      ['authority-overreach', min(30)],
      ['sharing-without-basis', min(40)],
      ['unclaimed-task', min(120)],
      ['unclaimed-task', min(120)],
      ['undecided-decision', min(120)],
    ]);
  });

  it('orders gaps with the same time and code by their subject id', () => {
    const unclaimed = report().gaps.filter((gap) => gap.code === 'unclaimed-task');
    expect(unclaimed.map((gap) => gap.task)).toEqual(['opvang', 'pers']);
  });

  it('writes every gap\'s keys in the contract\'s order and leaves out keys that do not apply', () => {
    const keys = report().gaps.map((gap) => Object.keys(gap).join(','));
    expect(keys).toEqual([
      'code,kind,severity,task,agencies,evidence,message',
      'code,kind,severity,task,inject,agencies,roles,at,evidence,message',
      'code,kind,severity,task,agencies,roles,at,evidence,message',
      'code,kind,severity,authority,agencies,roles,at,evidence,message',
      'code,kind,severity,information,agencies,roles,at,evidence,message',
      'code,kind,severity,task,inject,agencies,at,evidence,message',
      'code,kind,severity,task,inject,agencies,at,evidence,message',
      'code,kind,severity,inject,agencies,at,evidence,message',
    ]);
  });

  it('puts `seq`, `at` and `type` first in every timeline entry, then the input\'s own fields', () => {
    const scrambled = [{ task: 'pers', as: 'lead', by: 'officier', type: 'claim', at: 60, seq: 1 }] as TimelineEntry[];
    const [entry] = report(scrambled).timeline;
    expect(Object.keys(entry ?? {})).toEqual(['seq', 'at', 'type', 'task', 'as', 'by']);
    expect(entry).toEqual({ seq: 1, at: 60, type: 'claim', by: 'officier', task: 'pers', as: 'lead' });
  });

  it('lists refused lines as the host gave them, keys in the order line, code, reason', () => {
    expect(JSON.stringify(report().refused)).toBe(
      '[{"line":7,"code":"unknown-role","reason":"unknown role \\"agent\\""},{"line":9,"reason":"after the end of play"}]',
    );
  });

  it('measures cooperation per pair with the ambition where declared', () => {
    expect(report().cooperation).toEqual([
      { agencies: ['gemeente', 'om'], level: 'none' },
      { agencies: ['gemeente', 'politie'], level: 'networking', ambition: 'networking' },
      { agencies: ['om', 'politie'], level: 'none' },
    ]);
  });

  it('gives a byte-identical JSON for the same inputs', () => {
    const first = JSON.stringify(report());
    expect(JSON.stringify(report(structuredClone(played)))).toBe(first);
    expect(first).toContain('"gaps":[{"code":"task-without-lead","kind":"paper","severity":"medium","task":"pers"');
  });

  it('writes messages in English for an English scenario', () => {
    const gap = report().gaps.find((found) => found.code === 'sharing-without-basis');
    expect(gap?.message).toBe(
      'Wijkagent (Politie) shared "Dossier van de eigenaar" with Gemeente, which neither owns it nor may lawfully receive it.',
    );
  });

  it('writes messages in Dutch for a Dutch scenario', () => {
    const messages = report(played, 'nl').gaps.map((gap) => gap.message);
    expect(messages).toContain(
      'Wijkagent (Politie) deelde "Dossier van de eigenaar" met Gemeente, die geen eigenaar is en deze informatie niet rechtmatig mag ontvangen.',
    );
    expect(messages).toContain('Niemand nam de leiding over "Opvang regelen", hoewel inject "Children in a chalet" erom vroeg.');
    expect(messages).toContain('Wijkagent (Politie) gebruikte de bevoegdheid "Pand sluiten" zonder die te hebben.');
  });
});
