import fc from 'fast-check';
import type { EngineInput } from '../../src/engine/index.ts';
import type { Scenario } from '../../src/scenario/schema.ts';
import type { ActionInput } from './engineFixtures.ts';
import { scenarioWith } from './engineFixtures.ts';
import { event, inject } from '../support/scenarioFixture.ts';

/**
 * A scenario with every trigger form, private injects per agency and role, decisions with and
 * without `by`, and a secret marker in every title, body and note, so that a leak shows up as
 * a marker in a string.
 */
export const richScenario: Scenario = scenarioWith({
  duration: '1h',
  injects: [
    inject('i01', '0s', { body: 'BODY-i01 for everyone', facilitatorNotes: 'NOTE-i01 watch the mayor' }),
    inject('i02', '5m', { to: ['politie'], body: 'BODY-i02 police only', facilitatorNotes: 'NOTE-i02', decision: { prompt: 'PROMPT-i02', by: 'teamchef', options: [{ id: 'inval', label: 'Inval' }, { id: 'wachten', label: 'Wachten' }] } }),
    inject('i03', '10m', { to: ['gemeente'], body: 'BODY-i03 municipality only', expects: [{ task: 'contact-beheerder', within: '10m' }], decision: { prompt: 'PROMPT-i03', options: [{ id: 'sluiten', label: 'Sluiten', uses: 'sluiting-13b' }] } }),
    inject('i04', '20m', { to: ['inspecteur'], body: 'BODY-i04 inspector only', facilitatorNotes: 'NOTE-i04' }),
    inject('i05', '30m', { to: ['burgemeester', 'teamchef'], body: 'BODY-i05 two roles' }),
    inject('i06', '50m', { body: 'BODY-i06 late', facilitatorNotes: 'NOTE-i06' }),
  ],
  events: [
    event('e-at', { at: '15m' }, { body: 'BODY-e-at', facilitatorNotes: 'NOTE-e-at' }),
    event('e-after0', { after: 'i02' }, { to: ['politie'], body: 'BODY-e-after0' }),
    event('e-after', { after: 'i03', delay: '5m' }, { to: ['gemeente'], body: 'BODY-e-after', facilitatorNotes: 'NOTE-e-after' }),
    event('e-choice', { choice: { decision: 'i02', option: 'inval' } }, { to: ['politie'], body: 'BODY-e-choice', decision: { prompt: 'PROMPT-e-choice', options: [{ id: 'ja', label: 'Ja' }] } }),
    event('e-missed', { missed: { task: 'ontmantelen', by: '25m' } }, { to: ['politie'], body: 'BODY-e-missed', facilitatorNotes: 'NOTE-e-missed' }),
    event('e-chance', { chance: 0.5, window: ['10m', '40m'] }, { to: ['belastingdienst'], body: 'BODY-e-chance' }),
    event('e-manual', { manual: true }, { body: 'BODY-e-manual', facilitatorNotes: 'NOTE-e-manual' }),
    event('e-chain', { after: 'e-manual' }, { to: ['gemeente'], body: 'BODY-e-chain' }),
  ],
});

const roles = ['wijkagent', 'teamchef', 'burgemeester', 'handhaving', 'inspecteur', 'nobody'];
const agencies = ['politie', 'gemeente', 'belastingdienst', 'douane'];
const tasks = ['ontmantelen', 'contact-beheerder', 'opruimen'];
const releaseIds = [...richScenario.injects, ...richScenario.events].map((release) => release.id).concat('i99');
const words = fc.constantFrom('ok', 'gezien', 'we gaan', 'bel terug', '');

const decision = fc.oneof(
  fc.constantFrom(['teamchef', 'i02', 'inval'], ['teamchef', 'i02', 'wachten'], ['handhaving', 'i03', 'sluiten'], ['wijkagent', 'e-choice', 'ja']),
  fc.tuple(fc.constantFrom(...roles), fc.constantFrom('i01', 'i02', 'i03', 'e-choice', 'i99'), fc.constantFrom('inval', 'sluiten', 'ja', 'nee')),
);

const action: fc.Arbitrary<ActionInput> = fc.oneof(
  fc.record({ type: fc.constant('claim' as const), by: fc.constantFrom(...roles), task: fc.constantFrom(...tasks), as: fc.constantFrom('lead' as const, 'support' as const) }),
  fc.record({ type: fc.constant('decline' as const), by: fc.constantFrom(...roles), task: fc.constantFrom(...tasks) }),
  fc.record({ type: fc.constant('exercise' as const), by: fc.constantFrom(...roles), authority: fc.constantFrom('sluiting-13b', 'nope') }),
  fc.record({ type: fc.constant('escalate' as const), by: fc.constantFrom(...roles), to: fc.constantFrom(...roles, 'strategic', 'politie'), about: fc.constantFrom(...releaseIds) }),
  fc.record({ type: fc.constant('share' as const), by: fc.constantFrom(...roles), information: fc.constantFrom('fiscale-gegevens', 'nope'), with: fc.constantFrom(...agencies) }),
  fc.record({ type: fc.constant('request' as const), by: fc.constantFrom(...roles), from: fc.constantFrom(...agencies), task: fc.constantFrom(...tasks) }),
  decision.map(([by, decisionId, option]): ActionInput => ({ type: 'decide', by, decision: decisionId, option })),
  fc.record({ type: fc.constant('respond' as const), by: fc.constantFrom(...roles), inject: fc.constantFrom(...releaseIds), text: words }),
  fc.record({ type: fc.constant('note' as const), by: fc.constantFrom(...roles), text: words }),
);

/** A move in a run: an input as it is, or a clock advance by some seconds from wherever the run's clock is. */
type Move = EngineInput | { advanceBy: number };

const move: fc.Arbitrary<Move> = fc.oneof(
  { weight: 1, arbitrary: fc.constantFrom<EngineInput>({ type: 'START' }, { type: 'PAUSE' }, { type: 'RESUME' }) },
  { weight: 10, arbitrary: fc.integer({ min: 0, max: 900 }).map((advanceBy) => ({ advanceBy })) },
  // Absolute times, often backwards or past the end: refused more often than not.
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 3700 }).map((to): EngineInput => ({ type: 'ADVANCE', to })) },
  { weight: 2, arbitrary: fc.constantFrom(...releaseIds).map((id): EngineInput => ({ type: 'RELEASE', inject: id })) },
  { weight: 1, arbitrary: fc.constantFrom(...releaseIds).map((id): EngineInput => ({ type: 'SKIP', inject: id })) },
  { weight: 2, arbitrary: fc.constantFrom(...releaseIds).map((id): EngineInput => ({ type: 'FIRE', event: id })) },
  { weight: 20, arbitrary: action.map((act): EngineInput => ({ type: 'ACTION', action: act })) },
);

/**
 * A run of valid and invalid inputs: most runs start, relative clock moves become absolute
 * advances (some past the duration), and some runs end near their close, after which everything
 * is refused.
 */
export const engineRun: fc.Arbitrary<EngineInput[]> = fc
  .tuple(fc.nat({ max: 9 }), fc.array(move, { maxLength: 80, size: 'large' }), fc.oneof({ weight: 3, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: fc.nat({ max: 9 }) }))
  .map(([startChance, moves, endAt]) => {
    let clock = 0;
    const inputs: EngineInput[] = moves.map((next) => {
      if (!('advanceBy' in next)) return next;
      clock += next.advanceBy;
      return { type: 'ADVANCE', to: clock };
    });
    if (endAt !== null) inputs.splice(Math.max(0, inputs.length - endAt), 0, { type: 'END' });
    return startChance === 0 ? inputs : [{ type: 'START' }, ...inputs];
  });
