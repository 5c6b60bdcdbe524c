import { DomainError, fieldError, isUuid, type TenantTx } from '../../platform/index.js';

// Checks of references between HR records, shared by the commands.

export function notFound(what: string, field: string): DomainError {
  return new DomainError(fieldError('NOT_FOUND', `No ${what} with this id in your organization`, field));
}

export function checkVersion(
  record: { version: number },
  expectedVersion: number | null | undefined,
  label: string,
  field = 'expectedVersion',
): void {
  if (expectedVersion !== undefined && expectedVersion !== null && expectedVersion !== record.version) {
    throw new DomainError(
      fieldError('STALE_VERSION', `${label} is at version ${record.version}, not ${expectedVersion}`, field),
    );
  }
}

/** An employee who may take a role (manager, department head): exists and is not terminated. */
export async function activeEmployee(tx: TenantTx, id: string, field: string, role: string) {
  const employee = isUuid(id) ? await tx.employee.findUnique({ where: { id } }) : null;
  if (!employee) throw notFound('employee', field);
  if (employee.status === 'TERMINATED') {
    throw new DomainError(
      fieldError(
        'EMPLOYEE_TERMINATED',
        `${employee.name} (${employee.code}) is terminated and cannot be ${role}`,
        field,
      ),
    );
  }
  return employee;
}

export async function existingDepartment(tx: TenantTx, id: string, field: string) {
  const department = isUuid(id) ? await tx.department.findUnique({ where: { id } }) : null;
  if (!department) throw notFound('department', field);
  return department;
}

export async function existingPosition(tx: TenantTx, id: string, field: string) {
  const position = isUuid(id) ? await tx.position.findUnique({ where: { id } }) : null;
  if (!position) throw notFound('position', field);
  return position;
}
