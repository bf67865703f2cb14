import type { Scenario } from './schema.ts';
import { formatPath } from './scenarioMessage.ts';
import type { LintFinding } from './lintFinding.ts';
import { locatedReleases } from './locatedReleases.ts';

type Path = (string | number)[];
interface Named {
  id: string;
  path: Path;
}

/** Duplicate ids in each namespace of section 2, reported at the second (and later) use. */
export function lintDuplicates(scenario: Scenario): LintFinding[] {
  const actors: Named[] = scenario.agencies.flatMap((agency, a) => [
    { id: agency.id, path: ['agencies', a, 'id'] },
    ...agency.roles.map((role, r) => ({ id: role.id, path: ['agencies', a, 'roles', r, 'id'] })),
  ]);
  const located = locatedReleases(scenario);
  const releases: Named[] = located.map(({ release, path }) => ({ id: release.id, path: [...path, 'id'] }));
  const plain = (key: 'tasks' | 'authorities' | 'information' | 'objectives'): Named[] =>
    scenario[key].map((item, i) => ({ id: item.id, path: [key, i, 'id'] }));
  const options: Named[][] = located.map(({ release, path }) =>
    (release.decision?.options ?? []).map((option, o) => ({ id: option.id, path: [...path, 'decision', 'options', o, 'id'] })),
  );

  return [
    ...duplicatesIn(actors, 'agencies and roles'),
    ...duplicatesIn(releases, 'injects and events'),
    ...duplicatesIn(plain('tasks'), 'tasks'),
    ...duplicatesIn(plain('authorities'), 'authorities'),
    ...duplicatesIn(plain('information'), 'information'),
    ...duplicatesIn(plain('objectives'), 'objectives'),
    ...options.flatMap((decisionOptions) => duplicatesIn(decisionOptions, 'options of this decision')),
  ];
}

function duplicatesIn(items: readonly Named[], namespace: string): LintFinding[] {
  const first = new Map<string, Path>();
  const findings: LintFinding[] = [];
  for (const item of items) {
    const earlier = first.get(item.id);
    if (earlier === undefined) {
      first.set(item.id, item.path);
      continue;
    }
    findings.push({
      path: item.path,
      severity: 'error',
      code: 'duplicate-id',
      message: `"${item.id}" is already used by ${formatPath(earlier.slice(0, -1))} (ids of ${namespace} must be unique)`,
    });
  }
  return findings;
}
