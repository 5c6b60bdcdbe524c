// Date helpers of HR; the calendar-date parsing itself is the platform's.
export { isIsoDate, checkDate, toDbDate, fromDbDate } from '../../platform/dates.js';

export function today(): string {
  return new Date().toISOString().slice(0, 10);
}
