import type { Language } from '../shared/language.ts';

/** The UTC midnight, in epoch milliseconds, of an ISO date (`2026-03-14`, or the date part of `2026-03-14T06:00`). */
export function utcDay(iso: string): number {
  const [year = 1970, month = 1, day = 1] = iso.slice(0, 10).split('-').map(Number);
  return Date.UTC(year, month - 1, day);
}

/** An ISO date written out for readers, e.g. `14 maart 2026` or `March 14, 2026`; the same whatever the machine's time zone. */
export function longDate(iso: string, language: Language): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }).format(utcDay(iso));
}

/** An ISO date in a table cell, e.g. `30 jun 2026`; empty stays empty. */
export function shortDate(iso: string, language: Language): string {
  return iso === '' ? '' : new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' }).format(utcDay(iso));
}
