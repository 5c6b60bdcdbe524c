import type { Problems } from '../../platform/index.js';

// The domain API speaks calendar dates as 'YYYY-MM-DD'; the database columns are DATE, which Prisma
// maps to a Date at UTC midnight. These helpers keep the conversion in one place and time zones out.

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** Records INVALID_DATE and returns undefined when the value is not a real calendar date. */
export function checkDate(problems: Problems, field: string, value: string | null | undefined, required = true): Date | undefined {
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

export function addMonths(date: Date, months: number): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, date.getUTCDate()));
}

export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * 86_400_000);
}
