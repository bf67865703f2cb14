import { z } from 'zod';
import { IDENTIFIER_MAX_LENGTH, IDENTIFIER_PATTERN } from '../shared/identifier.ts';
import { DURATION_HINT, DURATION_PATTERN, parseDuration } from '../shared/duration.ts';
import { impossibleLocalTime, LOCAL_TIME_PATTERN } from './localTime.ts';
import { CHANNELS, COOPERATION_LEVELS, LEVELS, SCHEMA_VERSION } from './scenarioConstants.ts';

/**
 * The scenario format v1 as one zod schema: the single source of the TypeScript types, the
 * runtime checks and the committed JSON Schema. Durations are strings in the file and seconds
 * in the parsed scenario.
 */

export const identifierSchema = z
  .string({ error: (issue) => (issue.input === undefined ? 'is required' : 'must be an identifier (a string)') })
  .max(IDENTIFIER_MAX_LENGTH, { error: `must be at most ${IDENTIFIER_MAX_LENGTH} characters` })
  .regex(IDENTIFIER_PATTERN, {
    error: 'must be an identifier: lower-case letters, digits, ".", "_" or "-", starting with a letter or digit',
  });

export const durationSchema = z
  .string({
    error: (issue) =>
      issue.input === undefined
        ? 'is required'
        : typeof issue.input === 'number'
          ? `a bare number is not a duration: ${DURATION_HINT}`
          : `must be a duration: ${DURATION_HINT}`,
  })
  .regex(DURATION_PATTERN, { error: `is not a duration: ${DURATION_HINT}` })
  .transform((text) => parseDuration(text) ?? 0);

const text = z.string({ error: (issue) => (issue.input === undefined ? 'is required' : 'must be text (a string)') });
const markdown = text;

/** Whether a text is a well-formed BCP-47 language tag (`nl`, `en-GB`); the empty text is not. */
function isLanguageTag(tag: string): boolean {
  try {
    Intl.getCanonicalLocales(tag);
    return true;
  } catch (error) {
    if (error instanceof RangeError) return false;
    throw error;
  }
}

const languageTag = text.refine(isLanguageTag, {
  error: (issue) => `${JSON.stringify(issue.input)} is not a BCP-47 language tag; write one such as "nl", "en" or "nl-BE"`,
});

const localTime = z
  .string()
  .regex(LOCAL_TIME_PATTERN, { error: 'must be an ISO local time such as 2026-03-14T06:00', abort: true })
  .superRefine((time, context) => {
    const impossible = impossibleLocalTime(time);
    if (impossible !== undefined) context.addIssue({ code: 'custom', message: `"${time}" is not a real date and time: ${impossible}` });
  });

/** Chance triggers draw from the seed; beyond the safe integers a number silently loses digits. */
const SEED_RANGE = `must be a whole number from -${Number.MAX_SAFE_INTEGER} to ${Number.MAX_SAFE_INTEGER}`;

export { CHANNELS, COOPERATION_LEVELS, LEVELS, SCHEMA_VERSION, type Channel, type CooperationAmbition, type Level } from './scenarioConstants.ts';
export const level = z.enum(LEVELS);

const role = z.strictObject({
  id: identifierSchema,
  name: text,
  level,
});

const agency = z.strictObject({
  id: identifierSchema,
  name: text,
  short: text.optional(),
  color: text.optional(),
  roles: z.array(role).min(1, { error: 'every agency needs at least one role' }),
});

const authority = z.strictObject({
  id: identifierSchema,
  name: text,
  basis: text.optional(),
  holders: z.array(identifierSchema),
  level: level.optional(),
});

const task = z.strictObject({
  id: identifierSchema,
  name: text,
  lead: identifierSchema.optional(),
  support: z.array(identifierSchema).optional(),
  requires: z.array(identifierSchema).optional(),
});

const information = z.strictObject({
  id: identifierSchema,
  name: text,
  owner: identifierSchema,
  shareableWith: z.array(identifierSchema).default([]),
});

const objective = z.strictObject({
  id: identifierSchema,
  text,
  tasks: z.array(identifierSchema).optional(),
});

const ambition = z.strictObject({
  agencies: z.tuple([identifierSchema, identifierSchema], { error: 'must name exactly two agency ids' }),
  level: z.enum(COOPERATION_LEVELS),
});

const taskExpectation = z.strictObject({
  task: identifierSchema,
  within: durationSchema.optional(),
});
const levelExpectation = z.strictObject({
  level,
  within: durationSchema.optional(),
});

/** A task to claim, or a level the matter must reach (section 18). */
const expectation = z.union([taskExpectation, levelExpectation]);

const option = z.strictObject({
  id: identifierSchema,
  label: text,
  uses: identifierSchema.optional(),
});

const decision = z.strictObject({
  prompt: markdown,
  by: identifierSchema.optional(),
  options: z.array(option).min(1, { error: 'a decision needs at least one option' }),
});

/** The fields injects and events share. */
const releaseFields = {
  id: identifierSchema,
  title: text,
  from: text.optional(),
  to: z.array(identifierSchema).optional(),
  channel: z.enum(CHANNELS).default('message'),
  body: markdown.optional(),
  facilitatorNotes: markdown.optional(),
  questions: z.array(text).optional(),
  expects: z.array(expectation).optional(),
  decision: decision.optional(),
};

const inject = z.strictObject({ ...releaseFields, at: durationSchema });

/**
 * An inject written during play (section 19): the fields of an inject without `at` (it is
 * released at once) and `facilitatorNotes`; without `id`, play gives it one.
 */
export const improvisedInjectSchema = inject.omit({ at: true, facilitatorNotes: true }).extend({ id: identifierSchema.optional() });

const atTrigger = z.strictObject({ at: durationSchema });
const afterTrigger = z.strictObject({ after: identifierSchema, delay: durationSchema.default(0) });
const choiceTrigger = z.strictObject({
  choice: z.strictObject({ decision: identifierSchema, option: identifierSchema }),
});
const missedTrigger = z.strictObject({
  missed: z.strictObject({ task: identifierSchema, by: durationSchema }),
});
const chanceTrigger = z.strictObject({
  chance: z.number({ error: 'must be a probability between 0 and 1' }),
  window: z.tuple([durationSchema, durationSchema], { error: 'must be a list of two durations, [from, to]' }),
});
const manualTrigger = z.strictObject({ manual: z.literal(true, { error: 'must be true' }) });

/** The trigger forms, keyed by the field that tells them apart. */
export const TRIGGER_FORMS = {
  at: atTrigger,
  after: afterTrigger,
  choice: choiceTrigger,
  missed: missedTrigger,
  chance: chanceTrigger,
  manual: manualTrigger,
} as const;

const trigger = z.union([atTrigger, afterTrigger, choiceTrigger, missedTrigger, chanceTrigger, manualTrigger]);

const event = z.strictObject({ ...releaseFields, trigger });


export const scenarioSchema = z.strictObject({
  $schema: z.string().optional(),
  schemaVersion: z.literal(SCHEMA_VERSION, { error: `must be ${SCHEMA_VERSION}` }),
  id: identifierSchema,
  title: text,
  language: languageTag.default('en'),
  summary: markdown.optional(),
  startTime: localTime.optional(),
  duration: durationSchema,
  seed: z.number().int({ error: SEED_RANGE }).optional(),
  agencies: z.array(agency).min(1, { error: 'a scenario needs at least one agency' }),
  authorities: z.array(authority).default([]),
  tasks: z.array(task).default([]),
  information: z.array(information).default([]),
  objectives: z.array(objective).default([]),
  ambition: z.array(ambition).default([]),
  injects: z.array(inject).default([]),
  events: z.array(event).default([]),
});

export type Scenario = z.output<typeof scenarioSchema>;
export type ScenarioInput = z.input<typeof scenarioSchema>;
export type Agency = Scenario['agencies'][number];
export type Role = Agency['roles'][number];
export type Authority = Scenario['authorities'][number];
export type Task = Scenario['tasks'][number];
export type Information = Scenario['information'][number];
export type Objective = Scenario['objectives'][number];
export type Ambition = Scenario['ambition'][number];
export type Inject = Scenario['injects'][number];
export type ScenarioEvent = Scenario['events'][number];
export type Trigger = ScenarioEvent['trigger'];
export type Decision = NonNullable<Inject['decision']>;
export type DecisionOption = Decision['options'][number];
export type Expectation = NonNullable<Inject['expects']>[number];
export type TaskExpectation = Extract<Expectation, { task: string }>;
export type LevelExpectation = Extract<Expectation, { level: string }>;
/** An inject or an event: the two share one namespace and every field but `at`/`trigger`. */
export type Release = Inject | ScenarioEvent;
/** An improvised inject as play records it: with its id, without a scenario time (section 19). */
export type ImprovisedInject = Omit<Inject, 'at' | 'facilitatorNotes'>;
