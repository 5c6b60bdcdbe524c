// Date helpers of HR; the calendar-date parsing itself is the platform's.
import { toDbDate } from '../../platform/dates.js';

export { isIsoDate, checkDate, toDbDate, fromDbDate } from '../../platform/dates.js';

export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** The calendar years HR keeps holidays, leave and balances for. */
export const YEAR_RANGE = { min: 1900, max: 2999 } as const;

/** The first day of a year and of the next, for a "during this year" filter; null for a year outside YEAR_RANGE. */
export function yearSpan(year: number): { gte: Date; lt: Date } | null {
  if (!Number.isInteger(year) || year < YEAR_RANGE.min || year > YEAR_RANGE.max) return null;
  return { gte: toDbDate(`${year}-01-01`), lt: toDbDate(`${year + 1}-01-01`) };
}
