import type { Employee } from '../../generated/prisma/client.js';
import { isUuid, type TenantTx } from '../../platform/index.js';

// Reads of employees for other domains, so they never query hr's tables themselves.
// An id that is not a UUID matches nothing without a query.

export async function employeeExists(tx: TenantTx, id: string): Promise<boolean> {
  return isUuid(id) && (await tx.employee.count({ where: { id } })) === 1;
}

/** The employee's name and status (to refuse a terminated one by name). */
export async function findEmployee(tx: TenantTx, id: string): Promise<Pick<Employee, 'name' | 'status'> | null> {
  return isUuid(id) ? tx.employee.findUnique({ where: { id }, select: { status: true, name: true } }) : null;
}
