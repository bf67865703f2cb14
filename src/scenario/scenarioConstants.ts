/**
 * The fixed vocabularies of the scenario format, in a module of their own without the schema, so
 * that code which only needs the words (a participant's screen) does not load the validator.
 */

/** The integer a v1 scenario's `schemaVersion` holds. */
export const SCHEMA_VERSION = 1;

/** Command levels: strategic / tactical / operational (BT / OT-ROT / CoPI; gold / silver / bronze). */
export const LEVELS = ['strategic', 'tactical', 'operational'] as const;
export type Level = (typeof LEVELS)[number];

export const CHANNELS = ['briefing', 'message', 'phone', 'email', 'radio', 'media', 'observation'] as const;
export type Channel = (typeof CHANNELS)[number];

export const COOPERATION_LEVELS = ['networking', 'coordinating', 'cooperating', 'collaborating'] as const;
export type CooperationAmbition = (typeof COOPERATION_LEVELS)[number];
