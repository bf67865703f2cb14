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

// Every field carries a short description: editors show it on hover and the JSON Schema
// (`npm run schema`) takes it from here, so the two never drift.

const role = z.strictObject({
  id: identifierSchema.describe('Identifier of the role, unique among agency and role ids, e.g. "burgemeester".'),
  name: text.describe('Name of the role as participants see it, e.g. "Burgemeester".'),
  level: level.describe('Command level of the role: strategic, tactical or operational (BT / OT-ROT / CoPI; gold / silver / bronze).'),
});

const agency = z.strictObject({
  id: identifierSchema.describe('Identifier of the agency, unique among agency and role ids, e.g. "gemeente".'),
  name: text.describe('Name of the agency, e.g. "Gemeente Kempenland".'),
  short: text.optional().describe('Short name for narrow columns, e.g. "GEM".'),
  color: text.optional().describe('Colour of the agency in the user interface, e.g. "#c0392b".'),
  roles: z.array(role).min(1, { error: 'every agency needs at least one role' }).describe('The roles of this agency (at least one); a participant plays one role of one agency.'),
});

const authority = z.strictObject({
  id: identifierSchema.describe('Identifier of the authority, e.g. "sluiting-13b".'),
  name: text.describe('What the authority allows, e.g. "Pand sluiten (art. 13b Opiumwet)".'),
  basis: text.optional().describe('Legal basis, e.g. "Opiumwet art. 13b".'),
  holders: z.array(identifierSchema).describe('Agency or role ids that hold this authority; [] means nobody in this exercise holds it.'),
  level: level.optional().describe('The command level at which the authority must be exercised.'),
});

const task = z.strictObject({
  id: identifierSchema.describe('Identifier of the task, e.g. "contact-beheerder".'),
  name: text.describe('What must be done, e.g. "Contact met de beheerder houden".'),
  lead: identifierSchema.optional().describe('The ONE agency or role that leads the task on paper; omitted means no lead on paper (a gap).'),
  support: z.array(identifierSchema).optional().describe('Agency or role ids that support the task on paper.'),
  requires: z.array(identifierSchema).optional().describe('Authority ids needed to perform the task.'),
});

const information = z.strictObject({
  id: identifierSchema.describe('Identifier of the piece of information, e.g. "fiscale-gegevens".'),
  name: text.describe('What the information is, e.g. "Fiscale gegevens van de eigenaar".'),
  owner: identifierSchema.describe('The agency id that owns the information.'),
  shareableWith: z.array(identifierSchema).default([]).describe('Agency ids that may lawfully receive the information (default none).'),
});

const objective = z.strictObject({
  id: identifierSchema.describe('Identifier of the objective, e.g. "obj-tvb".'),
  text: text.describe('The objective as evaluators rate it after play (P / S / M / U).'),
  tasks: z.array(identifierSchema).optional().describe('Task ids the objective covers.'),
});

const ambition = z.strictObject({
  agencies: z.tuple([identifierSchema, identifierSchema], { error: 'must name exactly two agency ids' }).describe('Exactly two agency ids, e.g. [politie, gemeente].'),
  level: z.enum(COOPERATION_LEVELS).describe('How closely the pair aims to work: networking, coordinating, cooperating or collaborating.'),
});

const within = durationSchema.optional().describe('Deadline counted from the release, e.g. "20m".');
const taskExpectation = z.strictObject({
  task: identifierSchema.describe('The task id participants are expected to claim.'),
  within,
});
const levelExpectation = z.strictObject({
  level: level.describe('The command level this matter must reach (by an escalation, a decision or a response there).'),
  within,
});

/** A task to claim, or a level the matter must reach (section 18). */
const expectation = z.union([taskExpectation, levelExpectation]);

const option = z.strictObject({
  id: identifierSchema.describe('Identifier of the option, unique within its decision, e.g. "sluiten".'),
  label: text.describe('The option as participants see it, e.g. "Het chalet sluiten".'),
  uses: identifierSchema.optional().describe('Authority id that choosing this option exercises, e.g. "sluiting-13b".'),
});

const decision = z.strictObject({
  prompt: markdown.describe('The question put to the decision makers (Markdown), e.g. "Wat doet u?".'),
  by: identifierSchema.optional().describe('The agency or role id that decides; default: the addressees.'),
  options: z.array(option).min(1, { error: 'a decision needs at least one option' }).describe('The choices (at least one).'),
});

/** The fields injects and events share. */
const releaseFields = {
  id: identifierSchema.describe('Identifier, unique among inject and event ids, e.g. "i03".'),
  title: text.describe('Short title shown in inboxes and the timeline, e.g. "Parkbeheerder is boos".'),
  from: text.optional().describe('Simulated sender, free text, e.g. "Parkbeheerder".'),
  to: z.array(identifierSchema).optional().describe('Agency or role ids that receive it; omitted means everyone.'),
  channel: z.enum(CHANNELS).default('message').describe('How it arrives: briefing, message, phone, email, radio, media or observation (default message).'),
  body: markdown.optional().describe('The text participants receive (Markdown).'),
  facilitatorNotes: markdown.optional().describe('Notes for the facilitator only (Markdown); never sent to participants.'),
  questions: z.array(text).optional().describe('Discussion questions shown with it.'),
  expects: z.array(expectation).optional().describe('Expected actions: { task, within } to claim a task, or { level, within } for a level the matter must reach.'),
  decision: decision.optional().describe('A decision point participants answer by choosing an option.'),
};

const inject = z.strictObject({ ...releaseFields, at: durationSchema.describe('Release time on the scenario clock, e.g. "15m" or "01:30".') });

/**
 * An inject written during play (section 19): the fields of an inject without `at` (it is
 * released at once) and `facilitatorNotes`; without `id`, play gives it one.
 */
export const improvisedInjectSchema = inject.omit({ at: true, facilitatorNotes: true }).extend({ id: identifierSchema.optional() });

const atTrigger = z.strictObject({ at: durationSchema.describe('Fires at this scenario time, e.g. "1h10m".') });
const afterTrigger = z.strictObject({
  after: identifierSchema.describe('Fires after this inject or event is released, e.g. "i05"; never if it never is.'),
  delay: durationSchema.default(0).describe('How long after the release, e.g. "10m" (default 0).'),
});
const choiceTrigger = z.strictObject({
  choice: z
    .strictObject({
      decision: identifierSchema.describe('The inject or event id whose decision it is, e.g. "i10".'),
      option: identifierSchema.describe('The option id, e.g. "sluiten".'),
    })
    .describe('Fires when this option of this decision is first chosen.'),
});
const missedTrigger = z.strictObject({
  missed: z
    .strictObject({
      task: identifierSchema.describe('The task id whose lead must have been claimed.'),
      by: durationSchema.describe('The scenario time by which it must have been claimed, e.g. "1h30m".'),
    })
    .describe('Fires at time "by" if no one has claimed the lead of the task by then (a contingency inject).'),
});
const chanceTrigger = z.strictObject({
  chance: z.number({ error: 'must be a probability between 0 and 1' }).describe('Probability that it fires, from 0 to 1, e.g. 0.4; drawn from the session seed.'),
  window: z.tuple([durationSchema, durationSchema], { error: 'must be a list of two durations, [from, to]' }).describe('When it may fire: [from, to], e.g. ["30m", "2h"].'),
});
const manualTrigger = z.strictObject({ manual: z.literal(true, { error: 'must be true' }).describe('true: fires only when the facilitator fires it (a wildcard).') });

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

const event = z.strictObject({ ...releaseFields, trigger: trigger.describe('Exactly one of: { at }, { after, delay }, { choice }, { missed }, { chance, window }, { manual: true }.') });

export const scenarioSchema = z.strictObject({
  $schema: z.string().optional().describe('Path or address of the JSON Schema, for editors, e.g. "./schema.json".'),
  schemaVersion: z.literal(SCHEMA_VERSION, { error: `must be ${SCHEMA_VERSION}` }).describe(`Version of the scenario format: ${SCHEMA_VERSION}.`),
  id: identifierSchema.describe('Identifier of the scenario: lower-case letters, digits, ".", "_" or "-", e.g. "kempenhoeve".'),
  title: text.describe('Title of the exercise, e.g. "Drugslab in de Kempenhoeve".'),
  language: languageTag.default('en').describe('BCP-47 language tag of the content, e.g. "nl" or "en" (default "en").'),
  summary: markdown.optional().describe('Situation shown at the briefing (Markdown).'),
  startTime: localTime.optional().describe('Simulated wall-clock time of the start of play, ISO local time, e.g. "2026-03-14T06:00".'),
  duration: durationSchema.describe('Length of play on the scenario clock, e.g. "2h" or "1h30m".'),
  seed: z.number().int({ error: SEED_RANGE }).optional().describe('Default whole-number seed for chance triggers; a session may override it.'),
  agencies: z.array(agency).min(1, { error: 'a scenario needs at least one agency' }).describe('The organisations taking part, each with its roles (at least one).'),
  authorities: z.array(authority).default([]).describe('Authorities (bevoegdheden): what someone MAY do, and who holds it.'),
  tasks: z.array(task).default([]).describe('Tasks (taken): what must be done, with lead and support on paper.'),
  information: z.array(information).default([]).describe('Information an agency owns and with whom it may be shared.'),
  objectives: z.array(objective).default([]).describe('Exercise objectives, rated P / S / M / U after play.'),
  ambition: z.array(ambition).default([]).describe('How closely pairs of agencies aim to work together.'),
  injects: z.array(inject).default([]).describe('The master scenario events list: messages released at set times.'),
  events: z.array(event).default([]).describe('Unexpected events: like injects, but released by a trigger instead of a time.'),
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
