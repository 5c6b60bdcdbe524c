import {
  Problems,
  appendEvent,
  checkIntRange,
  checkLength,
  checkRequired,
  cleanText,
  recordAudit,
  type Actor,
  type TenantTx,
} from '../../platform/index.js';
import { checkDate, fromDbDate, toDbDate, YEAR_RANGE } from './dates.js';

const MAX_HOLIDAYS = 100;

export interface HolidaySetInput {
  year: number;
  /** Every public holiday of the year; replaces the year's list. */
  holidays: { date: string; name: string }[];
}

export interface HolidaySetResult {
  year: number;
}

/** Replaces the organization's public holidays of one year with the given list. */
export async function setHolidays(tx: TenantTx, actor: Actor, input: HolidaySetInput): Promise<HolidaySetResult> {
  const problems = new Problems();
  checkIntRange(problems, 'year', input.year, YEAR_RANGE.min, YEAR_RANGE.max);
  if (input.holidays.length > MAX_HOLIDAYS)
    problems.add('TOO_MANY', `holidays may hold at most ${MAX_HOLIDAYS} dates`, 'holidays');
  const seen = new Set<string>();
  const rows = input.holidays.map((holiday, index) => {
    const field = `holidays.${index}`;
    const date = checkDate(problems, `${field}.date`, holiday.date);
    const name = cleanText(holiday.name);
    if (checkRequired(problems, `${field}.name`, name)) checkLength(problems, `${field}.name`, name, 200);
    if (date && date.getUTCFullYear() !== input.year) {
      problems.add('INVALID_DATE', `${field}.date ${holiday.date} is not in ${input.year}`, `${field}.date`);
    }
    if (seen.has(holiday.date))
      problems.add('DUPLICATE_DATE', `${holiday.date} is given more than once`, `${field}.date`);
    seen.add(holiday.date);
    return { organizationId: actor.organizationId, date: date as Date, name: name as string };
  });
  problems.throwIfAny();
  const range = { gte: toDbDate(`${input.year}-01-01`), lte: toDbDate(`${input.year}-12-31`) };
  const before = await tx.holiday.findMany({ where: { date: range }, orderBy: { date: 'asc' } });
  await tx.holiday.deleteMany({ where: { date: range } });
  if (rows.length > 0) await tx.holiday.createMany({ data: rows });
  const summary = (list: { date: Date; name: string }[]) =>
    list.map((h) => ({ date: fromDbDate(h.date), name: h.name }));
  const entityId = `${actor.organizationId}:${input.year}`;
  await recordAudit(tx, actor, {
    action: 'holidaySet',
    entityType: 'HolidayYear',
    entityId,
    before: summary(before),
    after: summary(rows),
  });
  await appendEvent(tx, actor, {
    type: 'holidays.set',
    aggregateType: 'HolidayYear',
    aggregateId: entityId,
    payload: { year: input.year, count: rows.length },
  });
  return { year: input.year };
}

/** Public holidays between two dates (inclusive), as YYYY-MM-DD. */
export async function holidaysBetween(tx: TenantTx, from: Date, to: Date): Promise<Set<string>> {
  const rows = await tx.holiday.findMany({ where: { date: { gte: from, lte: to } }, select: { date: true } });
  return new Set(rows.map((row) => fromDbDate(row.date)));
}
