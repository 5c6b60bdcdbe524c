import type { Problems } from './errors.js';

// Calendar dates travel as 'YYYY-MM-DD' and are stored in DATE columns, which Prisma maps to a Date at
// UTC midnight. These helpers keep the conversion in one place and time zones out.

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isIsoDate(value: string): boolean {
  // PostgreSQL has no year 0; Date would take 0000 as 1 BC.
  if (!ISO_DATE.test(value) || value.startsWith('0000')) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** Records REQUIRED or INVALID_DATE and returns undefined when the value is not a real calendar date. */
export function checkDate(
  problems: Problems,
  field: string,
  value: string | null | undefined,
  required = true,
): Date | undefined {
  if (value === undefined || value === null || value === '') {
    if (required) problems.add('REQUIRED', `${field} is required`, field);
    return undefined;
  }
  if (!isIsoDate(value)) {
    problems.add('INVALID_DATE', `${field} "${value}" is not a date in the form YYYY-MM-DD`, field);
    return undefined;
  }
  return toDbDate(value);
}

export function toDbDate(value: string): Date {
  return new Date(`${value}T00:00:00Z`);
}

export function fromDbDate(value: Date): string {
  return value.toISOString().slice(0, 10);
}
