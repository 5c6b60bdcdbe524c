import type { TenantTx } from '../../platform/index.js';
import type { ApproverSpec } from './policy.js';
import { approverDirectory } from './registry.js';

/** The employees an approver spec names for a requester, in spec order, without duplicates and never the requester. */
export async function resolveApprovers(tx: TenantTx, specs: ApproverSpec[], requesterId: string): Promise<string[]> {
  const directory = approverDirectory();
  const found: string[] = [];
  for (const spec of specs) {
    let ids: (string | null)[] = [];
    if (spec.kind === 'MANAGER') ids = [await directory.managerAt(tx, requesterId, spec.level ?? 1)];
    else if (spec.kind === 'DEPARTMENT_HEAD') ids = [await directory.departmentHeadFor(tx, requesterId)];
    else if (spec.kind === 'ROLE') ids = await directory.employeesWithRole(tx, spec.role as string);
    else if (spec.kind === 'EMPLOYEE')
      ids = (await directory.isActive(tx, spec.employeeId as string)) ? [spec.employeeId as string] : [];
    for (const id of ids) if (id && id !== requesterId && !found.includes(id)) found.push(id);
  }
  return found;
}
