import type { TenantTx } from '../../platform/index.js';

// Walks of the two trees of the org chart in SQL: one recursive statement however deep they are.
// Cycles are refused when written; the depth bound only keeps a corrupted tree from looping forever.
const MAX_DEPTH = 200;

/** Reads take a transaction or the tenant client itself. */
type Reader = Pick<TenantTx, '$queryRawUnsafe'>;

/**
 * For each employee, its managers upward, nearest first: [manager, manager's manager, ...].
 * One statement for any number of employees.
 */
export async function managerChains(
  tx: Reader,
  organizationId: string,
  employeeIds: string[],
): Promise<Map<string, string[]>> {
  const chains = new Map(employeeIds.map((id) => [id, [] as string[]]));
  if (employeeIds.length === 0) return chains;
  const rows = await tx.$queryRawUnsafe<{ start: string; id: string }[]>(
    `WITH RECURSIVE chain AS (
       SELECT e."id" AS start, e."managerId" AS id, 1 AS level
         FROM "Employee" e
        WHERE e."organizationId" = $1::uuid AND e."id" = ANY($2::uuid[]) AND e."managerId" IS NOT NULL
       UNION ALL
       SELECT c.start, m."managerId", c.level + 1
         FROM chain c JOIN "Employee" m ON m."organizationId" = $1::uuid AND m."id" = c.id
        WHERE m."managerId" IS NOT NULL AND c.level < ${MAX_DEPTH}
     )
     SELECT start::text AS start, id::text AS id FROM chain ORDER BY start, level`,
    organizationId,
    [...new Set(employeeIds)],
  );
  for (const row of rows) chains.get(row.start)?.push(row.id);
  return chains;
}

/** The department and every department below it, at any depth. */
export async function departmentWithDescendants(
  tx: Reader,
  organizationId: string,
  departmentId: string,
): Promise<string[]> {
  const rows = await tx.$queryRawUnsafe<{ id: string }[]>(
    `WITH RECURSIVE tree AS (
       SELECT d."id", 1 AS level FROM "Department" d WHERE d."organizationId" = $1::uuid AND d."id" = $2::uuid
       UNION ALL
       SELECT c."id", t.level + 1 FROM tree t JOIN "Department" c ON c."organizationId" = $1::uuid AND c."parentId" = t."id"
        WHERE t.level < ${MAX_DEPTH}
     )
     SELECT "id"::text AS id FROM tree`,
    organizationId,
    departmentId,
  );
  return rows.map((row) => row.id);
}

/** The department's parents upward, nearest first. */
export async function departmentAncestors(tx: Reader, organizationId: string, departmentId: string): Promise<string[]> {
  const rows = await tx.$queryRawUnsafe<{ id: string }[]>(
    `WITH RECURSIVE up AS (
       SELECT d."parentId" AS id, 1 AS level FROM "Department" d
        WHERE d."organizationId" = $1::uuid AND d."id" = $2::uuid AND d."parentId" IS NOT NULL
       UNION ALL
       SELECT p."parentId", u.level + 1 FROM up u JOIN "Department" p ON p."organizationId" = $1::uuid AND p."id" = u.id
        WHERE p."parentId" IS NOT NULL AND u.level < ${MAX_DEPTH}
     )
     SELECT id::text AS id FROM up ORDER BY level`,
    organizationId,
    departmentId,
  );
  return rows.map((row) => row.id);
}

/**
 * Serialises changes to the organization's reporting lines and department tree. Two concurrent
 * changes could each pass the cycle check alone (A under B, B under A) and close a loop together.
 */
export async function lockOrgChart(tx: TenantTx, organizationId: string): Promise<void> {
  await tx.$executeRawUnsafe('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', `hr.org-chart:${organizationId}`);
}
