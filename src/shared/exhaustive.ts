/** Marks a switch as exhaustive: TypeScript complains when a case is missing, and it throws if reached. */
export function exhaustiveSwitchError(value: never, property?: string): never {
  const shown = property && value && typeof value === 'object' ? (value as Record<string, unknown>)[property] : value;
  throw new Error(`Unknown switch value: ${String(shown)}`);
}
