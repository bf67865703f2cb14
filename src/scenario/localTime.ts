/** An ISO local date and time without zone, `2026-03-14T06:00` or `2026-03-14T06:00:30`. */
export const LOCAL_TIME_PATTERN = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * What makes a text of the local-time form name no real moment (month 13, 30 February, 25:00),
 * or undefined when it is real or not of the form at all. Pure arithmetic: no clock, no Date.
 */
export function impossibleLocalTime(text: string): string | undefined {
  const parts = LOCAL_TIME_PATTERN.exec(text);
  if (!parts) return undefined;
  const [year, month, day, hour, minute, second] = parts.slice(1).map((part) => Number(part ?? 0)) as [number, number, number, number, number, number];
  if (month < 1 || month > 12) return `there is no month ${month} (months run from 01 to 12)`;
  const days = daysInMonth(year, month);
  if (day < 1 || day > days) return `${MONTH_NAMES[month - 1]} ${year} has no day ${day} (it has ${days} days)`;
  if (hour > 23) return `there is no hour ${hour} (hours run from 00 to 23)`;
  if (minute > 59) return `there is no minute ${minute} (minutes run from 00 to 59)`;
  if (second > 59) return `there is no second ${second} (seconds run from 00 to 59)`;
  return undefined;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}
