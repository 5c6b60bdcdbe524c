// Date helpers of the ledger; the calendar-date parsing itself is the platform's.
export { isIsoDate, checkDate, toDbDate, fromDbDate } from '../../platform/dates.js';

export function addMonths(date: Date, months: number): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, date.getUTCDate()));
}

export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * 86_400_000);
}
