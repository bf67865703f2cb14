/** The pattern every scenario identifier follows (scenario format, section 2). */
export const IDENTIFIER_PATTERN = /^[a-z0-9][a-z0-9._-]*$/;

/** The longest identifier a scenario may use. */
export const IDENTIFIER_MAX_LENGTH = 64;

/** Whether a value is a well-formed scenario identifier. */
export function isIdentifier(value: unknown): value is string {
  return typeof value === 'string' && value.length <= IDENTIFIER_MAX_LENGTH && IDENTIFIER_PATTERN.test(value);
}
