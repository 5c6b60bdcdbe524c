// Day arithmetic of the demo seeds: every demo date is relative to today, in UTC days.
export const DAY_MS = 86_400_000;

/** 'YYYY-MM-DD' of the UTC day. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * DAY_MS);
}

/** UTC midnight of the day, so day arithmetic never meets a clock time. */
export function utcDay(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
}
