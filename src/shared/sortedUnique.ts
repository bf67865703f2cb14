/** Distinct strings in ascending order (ids in reports are listed this way). */
export function sortedUnique(values: Iterable<string>): string[] {
  return [...new Set(values)].sort();
}
