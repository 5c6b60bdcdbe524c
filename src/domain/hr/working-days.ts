import { Prisma } from '../../generated/prisma/client.js';

// Leave is counted in working days: Monday to Friday, minus the organization's public holidays.
// Half days: the first and/or last day may count one half. Pure functions, unit-tested.

function isoOf(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function isWorkingDay(date: Date, holidays: ReadonlySet<string>): boolean {
  const weekday = date.getUTCDay();
  return weekday !== 0 && weekday !== 6 && !holidays.has(isoOf(date));
}

export interface LeaveSpan {
  /** UTC midnight of the first day. */
  start: Date;
  /** UTC midnight of the last day (inclusive). */
  end: Date;
  /** The first day counts half (the leave starts at midday). */
  halfDayStart?: boolean;
  /** The last day counts half (the leave ends at midday). */
  halfDayEnd?: boolean;
}

/** Working days in the span, in halves. A one-day span with either half-day flag counts 0.5. */
export function countWorkingDays(span: LeaveSpan, holidays: ReadonlySet<string>): Prisma.Decimal {
  let halves = 0;
  const last = span.end.getTime();
  for (let at = span.start.getTime(); at <= last; at += 86_400_000) {
    const day = new Date(at);
    if (!isWorkingDay(day, holidays)) continue;
    const first = at === span.start.getTime();
    const final = at === last;
    const half = (first && span.halfDayStart) || (final && span.halfDayEnd);
    halves += half ? 1 : 2;
  }
  return new Prisma.Decimal(halves).dividedBy(2);
}
