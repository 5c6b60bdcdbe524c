import { isUuid, type TenantTx } from '../../platform/index.js';
import type { ApproverDirectory } from '../approvals/index.js';
import { departmentAncestors, managerChains } from './org-chart.js';

// What the approvals engine needs to know about people, answered from the org chart. Registered with
// the engine by hr's index, so approvals never imports hr.

async function organizationOf(tx: TenantTx): Promise<string> {
  // The tenant client scopes every read; one organization row is visible.
  const organization = await tx.organization.findFirstOrThrow({ select: { id: true } });
  return organization.id;
}

export const approverDirectory: ApproverDirectory = {
  async isActive(tx, employeeId) {
    if (!isUuid(employeeId)) return false;
    const employee = await tx.employee.findUnique({ where: { id: employeeId }, select: { status: true } });
    return !!employee && employee.status !== 'TERMINATED';
  },

  async managerAt(tx, employeeId, level) {
    const chain = (await managerChains(tx, await organizationOf(tx), [employeeId])).get(employeeId) ?? [];
    const id = chain[level - 1];
    if (!id) return null;
    return (await this.isActive(tx, id)) ? id : null;
  },

  async departmentHeadFor(tx, employeeId) {
    const employee = await tx.employee.findUnique({ where: { id: employeeId }, select: { departmentId: true } });
    if (!employee?.departmentId) return null;
    const organizationId = await organizationOf(tx);
    const path = [employee.departmentId, ...(await departmentAncestors(tx, organizationId, employee.departmentId))];
    const departments = await tx.department.findMany({
      where: { id: { in: path } },
      select: { id: true, head: { select: { id: true, status: true } } },
    });
    for (const id of path) {
      const head = departments.find((d) => d.id === id)?.head;
      if (head && head.id !== employeeId && head.status !== 'TERMINATED') return head.id;
    }
    return null;
  },

  async employeesWithRole(tx, role) {
    // Raw SQL: the PGlite adapter cannot bind a `has` filter on an enum array.
    const rows = await tx.$queryRawUnsafe<{ id: string }[]>(
      `SELECT e."id"::text AS id
         FROM "Employee" e JOIN "ApiKey" k ON k."organizationId" = e."organizationId" AND k."id" = e."apiKeyId"
        WHERE e."organizationId" = $1::uuid AND e."status" <> 'TERMINATED' AND k."revokedAt" IS NULL AND $2::"Role" = ANY(k."roles")
        ORDER BY e."name", e."id"`,
      await organizationOf(tx),
      role,
    );
    return rows.map((row) => row.id);
  },

  async departmentOf(tx, employeeId) {
    const employee = await tx.employee.findUnique({ where: { id: employeeId }, select: { departmentId: true } });
    return employee?.departmentId ?? null;
  },
};
