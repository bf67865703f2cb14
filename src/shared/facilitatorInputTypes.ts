/**
 * The types of the facilitator's inputs to play, apart from participant actions. Kept free of
 * the schemas so that screens and the analysis can tell the two apart without loading zod.
 */
export const FACILITATOR_INPUT_TYPES = ['fire', 'release', 'skip', 'improvise'] as const;
export type FacilitatorInputType = (typeof FACILITATOR_INPUT_TYPES)[number];

const TYPES: ReadonlySet<string> = new Set(FACILITATOR_INPUT_TYPES);

/** Whether a type is one of the facilitator's inputs rather than a participant action. */
export function isFacilitatorInputType(type: string): type is FacilitatorInputType {
  return TYPES.has(type);
}
