import { GraphQLError } from 'graphql';
import { decodeGlobalId } from '../schema/global-id.js';
import { combineWhere, enumWhere, stringWhere } from '../schema/filters.js';
import type { AccountWhereValue, DateRangeValue, JournalEntryWhereValue } from '../schema/ledger.js';

/** Translates the GraphQL AccountWhere into a Prisma where clause. */
export function accountWhere(where: AccountWhereValue | null | undefined): object {
  return combineWhere(where, (w) => {
    const clauses: object[] = [];
    if (w.search?.trim()) {
      const contains = { contains: w.search.trim(), mode: 'insensitive' };
      clauses.push({ OR: [{ code: contains }, { name: contains }] });
    }
    // A subtype condition is NULL, not false, for accounts without one; requiring it keeps NOT meaningful.
    const subtype = enumWhere('subtype', w.subtype).map((clause) => ({ AND: [{ subtype: { not: null } }, clause] }));
    clauses.push(...stringWhere('code', w.code), ...stringWhere('name', w.name), ...enumWhere('type', w.type), ...subtype);
    if (w.isActive !== undefined && w.isActive !== null) clauses.push({ isActive: w.isActive });
    return clauses;
  });
}

// Business dates are stored as SQL dates; Prisma takes them as UTC midnight.
const day = (value: string) => new Date(`${value}T00:00:00.000Z`);

export function dateWhere(range: DateRangeValue | null | undefined, column = 'date'): object[] {
  if (!range) return [];
  const bounds: Record<string, Date> = {};
  if (range.equals) bounds.equals = day(range.equals);
  if (range.gte) bounds.gte = day(range.gte);
  if (range.lte) bounds.lte = day(range.lte);
  return Object.keys(bounds).length > 0 ? [{ [column]: bounds }] : [];
}

/** The row id behind a filter's global ID; an ID of another type is the caller's mistake. */
export function filterIdOf(typename: string, globalId: string, field: string): string {
  let decoded: { typename: string; id: string };
  try {
    decoded = decodeGlobalId(globalId);
  } catch {
    throw new GraphQLError(`${field} "${globalId}" is not a valid ID`, { extensions: { code: 'BAD_USER_INPUT' } });
  }
  if (decoded.typename !== typename) {
    throw new GraphQLError(`${field} must be the ID of a ${typename}, not of a ${decoded.typename}`, { extensions: { code: 'BAD_USER_INPUT' } });
  }
  return decoded.id;
}

/** Translates the GraphQL JournalEntryWhere into a Prisma where clause. */
export function journalEntryWhere(where: JournalEntryWhereValue | null | undefined): object {
  return combineWhere(where, (w) => {
    const clauses: object[] = [...enumWhere('status', w.status), ...dateWhere(w.date)];
    if (w.journalId) clauses.push({ journalId: filterIdOf('Journal', w.journalId, 'journalId') });
    // Like subtype above: without the presence check, NOT { reference } would drop entries without one.
    clauses.push(...stringWhere('reference', w.reference).map((clause) => ({ AND: [{ reference: { not: null } }, clause] })));
    return clauses;
  });
}
