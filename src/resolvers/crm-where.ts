import type { CustomerWhereValue } from '../schema/crm.js';
import { combineWhere, enumWhere, listWhere, rangeWhere, stringWhere } from '../schema/filters.js';

/** Translates the GraphQL CustomerWhere into a Prisma where clause. */
export function customerWhere(where: CustomerWhereValue | null | undefined): object {
  return combineWhere(where, (w) => {
    const clauses: object[] = [];
    if (w.search?.trim()) {
      const contains = { contains: w.search.trim(), mode: 'insensitive' };
      clauses.push({ OR: [{ name: contains }, { code: contains }, { email: contains }] });
    }
    clauses.push(
      ...stringWhere('name', w.name),
      ...stringWhere('code', w.code),
      ...stringWhere('email', w.email),
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
