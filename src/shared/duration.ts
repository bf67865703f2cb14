/**
 * Durations are written as strings: unit form (`90s`, `15m`, `1h30m`, `2h05m10s`) or clock form
 * (`HH:MM`, `HH:MM:SS`). Scenario times are whole seconds from the start of play.
 */
export const DURATION_PATTERN = /^(?:(?=\d)(?:\d+h)?(?:\d+m)?(?:\d+s)?|\d+:[0-5]\d(?::[0-5]\d)?)$/;

/** A short reminder of both forms, for error hints. */
export const DURATION_HINT = 'write durations as a quoted string in unit form ("90s", "15m", "1h30m") or clock form ("01:30" is 90 minutes)';

/** Seconds in a duration string, or undefined when the text is not a duration. */
export function parseDuration(text: string): number | undefined {
  const trimmed = text.trim();
  if (!DURATION_PATTERN.test(trimmed)) return undefined;
  if (trimmed.includes(':')) {
    const [hours = 0, minutes = 0, seconds = 0] = trimmed.split(':').map(Number);
    return hours * 3600 + minutes * 60 + seconds;
  }
  let total = 0;
  for (const [, amount, unit] of trimmed.matchAll(/(\d+)([hms])/g)) {
    total += Number(amount) * (unit === 'h' ? 3600 : unit === 'm' ? 60 : 1);
  }
  return total;
}

/** Formats seconds as `H:MM:SS` (or `M:SS` under an hour), the way the clock is shown. */
export function formatClock(totalSeconds: number): string {
  const whole = Math.max(0, Math.floor(totalSeconds));
  const hours = Math.floor(whole / 3600);
  const minutes = Math.floor((whole % 3600) / 60);
  const seconds = whole % 60;
  const mm = String(minutes).padStart(2, '0');
  const ss = String(seconds).padStart(2, '0');
  return hours > 0 ? `${hours}:${mm}:${ss}` : `${minutes}:${ss}`;
}

/** Formats seconds in unit form (`1h30m`, `45s`), the way scenario files write them. */
export function formatDuration(totalSeconds: number): string {
  const whole = Math.max(0, Math.round(totalSeconds));
  const hours = Math.floor(whole / 3600);
  const minutes = Math.floor((whole % 3600) / 60);
  const seconds = whole % 60;
  const parts = [hours ? `${hours}h` : '', minutes ? `${minutes}m` : '', seconds ? `${seconds}s` : ''].join('');
  return parts === '' ? '0s' : parts;
}
