import { didYouMean } from './didYouMean.ts';
import { isTaskExpectation } from './expectations.ts';
import type { LintFinding } from './lintFinding.ts';
import { locatedReleases } from './locatedReleases.ts';
import { indexScenario } from './scenarioIndex.ts';
import type { Scenario } from './schema.ts';

type Path = (string | number)[];

/** Every reference of the scenario resolved against the ids it may name, with "did you mean" hints. */
export function lintReferences(scenario: Scenario): LintFinding[] {
  const index = indexScenario(scenario);
  const findings: LintFinding[] = [];
  const actorIds = [...index.agencies.keys(), ...index.roles.keys()];

  const unknown = (path: Path, id: string, what: string, candidates: Iterable<string>) =>
    findings.push({ path, severity: 'error', code: 'unknown-reference', message: `"${id}" is not ${what}${didYouMean(id, candidates)}` });

  const actor = (path: Path, id: string) => {
    if (!index.agencies.has(id) && !index.roles.has(id)) unknown(path, id, 'an agency or role', actorIds);
  };
  const agency = (path: Path, id: string) => {
    const role = index.roles.get(id);
    if (role) {
      findings.push({ path, severity: 'error', code: 'not-an-agency', message: `"${id}" is a role; name its agency "${role.agency}" here` });
    } else if (!index.agencies.has(id)) {
      unknown(path, id, 'an agency', index.agencies.keys());
    }
  };
  const authority = (path: Path, id: string) => {
    if (!index.authorities.has(id)) unknown(path, id, 'an authority', index.authorities.keys());
  };
  const task = (path: Path, id: string) => {
    if (!index.tasks.has(id)) unknown(path, id, 'a task', index.tasks.keys());
  };

  scenario.authorities.forEach((item, i) => item.holders.forEach((id, h) => actor(['authorities', i, 'holders', h], id)));
  scenario.tasks.forEach((item, i) => {
    if (item.lead !== undefined) actor(['tasks', i, 'lead'], item.lead);
    item.support?.forEach((id, s) => actor(['tasks', i, 'support', s], id));
    item.requires?.forEach((id, r) => authority(['tasks', i, 'requires', r], id));
  });
  scenario.information.forEach((item, i) => {
    agency(['information', i, 'owner'], item.owner);
    item.shareableWith.forEach((id, s) => agency(['information', i, 'shareableWith', s], id));
  });
  scenario.objectives.forEach((item, i) => item.tasks?.forEach((id, t) => task(['objectives', i, 'tasks', t], id)));
  scenario.ambition.forEach((item, i) => item.agencies.forEach((id, a) => agency(['ambition', i, 'agencies', a], id)));

  for (const located of locatedReleases(scenario)) {
    const { release, path } = located;
    release.to?.forEach((id, t) => actor([...path, 'to', t], id));
    release.expects?.forEach((expectation, e) => {
      if (isTaskExpectation(expectation)) task([...path, 'expects', e, 'task'], expectation.task);
    });
    if (release.decision?.by !== undefined) actor([...path, 'decision', 'by'], release.decision.by);
    release.decision?.options.forEach((option, o) => {
      if (option.uses !== undefined) authority([...path, 'decision', 'options', o, 'uses'], option.uses);
    });
    if (located.kind !== 'event') continue;
    const trigger = located.release.trigger;
    const triggerPath = [...path, 'trigger'];
    if ('after' in trigger && !index.releases.has(trigger.after)) {
      unknown([...triggerPath, 'after'], trigger.after, 'an inject or event', index.releases.keys());
    }
    if ('missed' in trigger) task([...triggerPath, 'missed', 'task'], trigger.missed.task);
    if ('choice' in trigger) {
      const { decision: decisionId, option: optionId } = trigger.choice;
      const target = index.releases.get(decisionId);
      if (target === undefined) {
        unknown([...triggerPath, 'choice', 'decision'], decisionId, 'an inject or event', index.releases.keys());
      } else if (target.decision === undefined) {
        findings.push({
          path: [...triggerPath, 'choice', 'decision'],
          severity: 'error',
          code: 'not-a-decision',
          message: `"${decisionId}" has no decision to choose from`,
        });
      } else if (!target.decision.options.some((option) => option.id === optionId)) {
        const optionIds = target.decision.options.map((option) => option.id);
        unknown([...triggerPath, 'choice', 'option'], optionId, `an option of decision "${decisionId}" (${optionIds.join(', ')})`, optionIds);
      }
    }
  }
  return findings;
}
