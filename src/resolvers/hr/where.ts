import { GraphQLError } from 'graphql';
import { departmentWithDescendants } from '../../domain/hr/index.js';
import { likeLiteral, type TenantClient } from '../../platform/index.js';
import type { DepartmentWhereValue, EmployeeWhereValue } from '../../schema/hr/hr.js';
import { combineWhere, enumWhere, rangeWhere, stringWhere } from '../../schema/filters.js';
import { decodeGlobalId } from '../../schema/global-id.js';

/** A global ID inside a filter: a wrong type is the caller's mistake, reported as BAD_USER_INPUT. */
export function filterId(typename: string, globalId: string, field: string): string {
  const decoded = decodeGlobalId(globalId);
  if (decoded.typename !== typename) {
    throw new GraphQLError(`${field} must be the ID of a ${typename}, not of a ${decoded.typename}`, {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  return decoded.id;
}

function departmentFilters(
  where: EmployeeWhereValue | null | undefined,
  found: EmployeeWhereValue['department'][] = [],
) {
  if (!where) return found;
  if (where.department) found.push(where.department);
  where.AND?.forEach((inner) => departmentFilters(inner, found));
  where.OR?.forEach((inner) => departmentFilters(inner, found));
  departmentFilters(where.NOT, found);
  return found;
}

/**
 * Translates the GraphQL EmployeeWhere into a Prisma where clause. A department filter that
 * includes sub-departments costs one recursive statement to find them.
 */
export async function employeeWhere(
  db: TenantClient,
  organizationId: string,
  where: EmployeeWhereValue | null | undefined,
): Promise<object> {
  const subTrees = new Map<string, string[]>();
  for (const filter of departmentFilters(where)) {
    const id = filterId('Department', filter!.id, 'department.id');
    if (filter!.includeSubDepartments && !subTrees.has(id)) {
      subTrees.set(id, await departmentWithDescendants(db, organizationId, id));
    }
  }
  return combineWhere(where, (w) => {
    const clauses: object[] = [];
    if (w.search?.trim()) {
      const contains = { contains: likeLiteral(w.search.trim()), mode: 'insensitive' };
      clauses.push({
        OR: [{ name: contains }, { code: contains }, { AND: [{ workEmail: { not: null } }, { workEmail: contains }] }],
      });
    }
    clauses.push(
      ...stringWhere('name', w.name),
      ...stringWhere('code', w.code),
      ...enumWhere('status', w.status),
      ...rangeWhere('createdAt', w.createdAt),
    );
    if (w.department) {
      const id = filterId('Department', w.department.id, 'department.id');
      clauses.push(
        w.department.includeSubDepartments ? { departmentId: { in: subTrees.get(id) ?? [] } } : { departmentId: id },
      );
    }
    if (w.managerId) clauses.push({ managerId: filterId('Employee', w.managerId, 'managerId') });
    if (w.positionId) clauses.push({ positionId: filterId('Position', w.positionId, 'positionId') });
    return clauses;
  });
}

export function departmentWhere(where: DepartmentWhereValue | null | undefined): object {
  if (!where) return {};
  const clauses: object[] = [...stringWhere('name', where.name)];
  if (where.parentId) clauses.push({ parentId: filterId('Department', where.parentId, 'parentId') });
  if (where.topLevel === true) clauses.push({ parentId: null });
  if (where.topLevel === false) clauses.push({ parentId: { not: null } });
  return clauses.length > 0 ? { AND: clauses } : {};
}
