import type { CustomerWhereValue } from '../../schema/crm/crm.js';
import { combineWhere, enumWhere, listWhere, rangeWhere, stringWhere } from '../../schema/filters.js';
import { likeLiteral } from '../../platform/index.js';

/**
 * A condition on a nullable column is NULL, not false, for rows without a value, and
 * NOT NULL is still NULL: `NOT { email: ... }` would drop every customer without an email.
 * Requiring the value makes the condition plainly false there, so NOT includes them.
 */
function present(field: string, clauses: object[]): object[] {
  return clauses.map((clause) => ({ AND: [{ [field]: { not: null } }, clause] }));
}

/** Translates the GraphQL CustomerWhere into a Prisma where clause. */
export function customerWhere(where: CustomerWhereValue | null | undefined): object {
  return combineWhere(where, (w) => {
    const clauses: object[] = [];
    if (w.search?.trim()) {
      const contains = { contains: likeLiteral(w.search.trim()), mode: 'insensitive' };
      clauses.push({ OR: [{ name: contains }, { code: contains }, ...present('email', [{ email: contains }])] });
    }
    clauses.push(
      ...stringWhere('name', w.name),
      ...stringWhere('code', w.code),
      ...present('email', stringWhere('email', w.email)),
      ...stringWhere('currency', w.currency),
      ...enumWhere('kind', w.kind),
      ...enumWhere('status', w.status),
      ...listWhere('tags', w.tags),
      ...rangeWhere('createdAt', w.createdAt),
      ...rangeWhere('updatedAt', w.updatedAt),
    );
    return clauses;
  });
}
