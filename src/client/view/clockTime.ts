const DAY = 24 * 3600;

/**
 * The simulated wall-clock time of scenario second `at`, for a scenario whose T+0 is `startTime`
 * (`2026-03-14T06:00`): `06:15`, with `+1` when play runs past midnight. Computed on the text so
 * that the viewer's time zone never shifts it.
 */
export function simulatedClockTime(startTime: string, at: number): string {
  const match = /T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(startTime);
  if (!match) return '';
  const start = Number(match[1]) * 3600 + Number(match[2]) * 60 + Number(match[3] ?? 0);
  const total = start + Math.floor(at);
  const inDay = total % DAY;
  const days = Math.floor(total / DAY);
  const hh = String(Math.floor(inDay / 3600)).padStart(2, '0');
  const mm = String(Math.floor((inDay % 3600) / 60)).padStart(2, '0');
  return `${hh}:${mm}${days > 0 ? ` +${days}` : ''}`;
}
