/** Why the engine did not accept an input: a stable code and a plain-English reason naming the offending id. */
export interface Refusal {
  code: RefusalCode;
  reason: string;
}

/** Every refusal code the engine uses. Hosts and tests may rely on these staying stable. */
export const REFUSAL_CODES = [
  // The input itself
  'malformed-input',
  // Lifecycle
  'not-started',
  'already-started',
  'already-paused',
  'not-paused',
  'not-running',
  'ended',
  // The scenario clock
  'time-backwards',
  'beyond-duration',
  // Ids that do not exist
  'unknown-role',
  'unknown-task',
  'unknown-authority',
  'unknown-information',
  'unknown-agency',
  'unknown-inject',
  'unknown-event',
  'unknown-decision',
  'unknown-option',
  // Rules of play (section 17)
  'not-visible',
  'not-decider',
  'no-decision',
  'wrong-kind',
  'already-released',
  'already-skipped',
  // Improvised injects (section 19)
  'invalid-inject',
  'duplicate-id',
  'unknown-reference',
] as const;

export type RefusalCode = (typeof REFUSAL_CODES)[number];

/** Builds a refusal value. */
export function refuse(code: RefusalCode, reason: string): Refusal {
  return { code, reason };
}
