/** A copy of the list with the item at `index` replaced. */
export function replaceAt<T>(list: readonly T[], index: number, item: T): T[] {
  return list.map((current, position) => (position === index ? item : current));
}

/** A copy of the list without the item at `index`. */
export function withoutAt<T>(list: readonly T[], index: number): T[] {
  return list.filter((_, position) => position !== index);
}
