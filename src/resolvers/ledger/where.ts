import { combineWhere, dateWhere, enumWhere, stringWhere } from '../../schema/filters.js';
import { filterIdOf } from '../../schema/ids.js';
import type { AccountWhereValue, JournalEntryWhereValue } from '../../schema/ledger/ledger.js';
import { likeLiteral } from '../../platform/index.js';

/** Translates the GraphQL AccountWhere into a Prisma where clause. */
export function accountWhere(where: AccountWhereValue | null | undefined): object {
  return combineWhere(where, (w) => {
    const clauses: object[] = [];
    if (w.search?.trim()) {
      const contains = { contains: likeLiteral(w.search.trim()), mode: 'insensitive' };
      clauses.push({ OR: [{ code: contains }, { name: contains }] });
    }
    // A subtype condition is NULL, not false, for accounts without one; requiring it keeps NOT meaningful.
    const subtype = enumWhere('subtype', w.subtype).map((clause) => ({ AND: [{ subtype: { not: null } }, clause] }));
    clauses.push(
      ...stringWhere('code', w.code),
      ...stringWhere('name', w.name),
      ...enumWhere('type', w.type),
      ...subtype,
    );
    if (w.isActive !== undefined && w.isActive !== null) clauses.push({ isActive: w.isActive });
    return clauses;
  });
}

/** Translates the GraphQL JournalEntryWhere into a Prisma where clause. */
export function journalEntryWhere(where: JournalEntryWhereValue | null | undefined): object {
  return combineWhere(where, (w) => {
    const clauses: object[] = [...enumWhere('status', w.status), ...dateWhere(w.date)];
    if (w.journalId) clauses.push({ journalId: filterIdOf('Journal', w.journalId, 'journalId') });
    // Like subtype above: without the presence check, NOT { reference } would drop entries without one.
    clauses.push(
      ...stringWhere('reference', w.reference).map((clause) => ({ AND: [{ reference: { not: null } }, clause] })),
    );
    return clauses;
  });
}
