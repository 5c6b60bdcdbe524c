import { randomUUID } from 'node:crypto';
import type { Employee } from '../../generated/prisma/client.js';
import {
  DomainError,
  Problems,
  appendEvent,
  checkEmail,
  checkLength,
  checkRequired,
  cleanText,
  fieldError,
  isUniqueViolation,
  isUuid,
  lockRows,
  generateCode,
  recordAudit,
  type Actor,
  type TenantTx,
  likeLiteral,
} from '../../platform/index.js';
import { checkDate, fromDbDate, today } from './dates.js';
import { lockOrgChart, managerChains } from './org-chart.js';
import { activeEmployee, checkVersion, existingDepartment, existingPosition, notFound } from './refs.js';

const CODE = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
const CODE_SEQUENCE = 'employee.code';
const CODE_PREFIX = 'EMP-';

export interface EmployeeRef {
  employeeId: string;
}

/** Fields a caller may set. `undefined` leaves a field as it is; `null` clears it. */
export interface EmployeeFields {
  code?: string | null;
  name?: string | null;
  workEmail?: string | null;
  departmentId?: string | null;
  positionId?: string | null;
  managerId?: string | null;
  /** YYYY-MM-DD. */
  hireDate?: string | null;
  /** The API key this employee acts through; null unlinks it. */
  apiKeyId?: string | null;
}

function cleanFields(input: EmployeeFields, creating: boolean) {
  const problems = new Problems();
  const name = cleanText(input.name);
  if (creating || input.name !== undefined) {
    if (checkRequired(problems, 'name', name)) checkLength(problems, 'name', name, 200);
  }
  const code = cleanText(input.code);
  if (input.code !== undefined && !creating && code === null)
    problems.add('REQUIRED', 'code cannot be cleared', 'code');
  if (code) {
    checkLength(problems, 'code', code, 32);
    if (!CODE.test(code))
      problems.add('INVALID_CODE', 'code may contain only letters, digits, ".", "_" and "-"', 'code');
  }
  const workEmail = cleanText(input.workEmail)?.toLowerCase() ?? cleanText(input.workEmail);
  checkEmail(problems, 'workEmail', workEmail);
  let hireDate: Date | undefined;
  if (creating || input.hireDate !== undefined) hireDate = checkDate(problems, 'hireDate', input.hireDate);
  problems.throwIfAny();
  return { name: name ?? undefined, code: code ?? undefined, workEmail, hireDate };
}

async function checkCodeFree(tx: TenantTx, code: string, exceptId?: string): Promise<void> {
  const taken = await tx.employee.findFirst({
    where: { code: { equals: likeLiteral(code), mode: 'insensitive' }, NOT: { id: exceptId } },
  });
  if (taken)
    throw new DomainError(fieldError('CODE_TAKEN', `Employee code "${code}" is already used by ${taken.name}`, 'code'));
}

function nextCode(tx: TenantTx, actor: Actor): Promise<string> {
  return generateCode(tx, actor, {
    prefix: CODE_PREFIX,
    sequence: CODE_SEQUENCE,
    taken: async (code) =>
      (await tx.employee.findFirst({
        where: { code: { equals: likeLiteral(code), mode: 'insensitive' } },
        select: { id: true },
      })) !== null,
  });
}

/** Concurrent writers of the same code or API key lose at the unique indexes; report it like the pre-checks do. */
async function guardUnique<T>(code: string | undefined, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    const target = JSON.stringify((error as { meta?: unknown }).meta ?? '') + String((error as Error).message);
    if (/apiKeyId/.test(target))
      throw new DomainError(fieldError('API_KEY_TAKEN', 'The API key already acts for another employee', 'apiKeyId'));
    throw new DomainError(fieldError('CODE_TAKEN', `Employee code "${code ?? ''}" is already used`, 'code'));
  }
}

async function checkApiKey(tx: TenantTx, apiKeyId: string, exceptEmployeeId?: string): Promise<void> {
  const key = isUuid(apiKeyId)
    ? await tx.apiKey.findUnique({ where: { id: apiKeyId }, select: { revokedAt: true } })
    : null;
  if (!key) throw notFound('API key', 'apiKeyId');
  if (key.revokedAt) throw new DomainError(fieldError('API_KEY_REVOKED', 'The API key is revoked', 'apiKeyId'));
  const holder = await tx.employee.findFirst({
    where: { apiKeyId, NOT: { id: exceptEmployeeId } },
    select: { name: true },
  });
  if (holder)
    throw new DomainError(fieldError('API_KEY_TAKEN', `The API key already acts for ${holder.name}`, 'apiKeyId'));
}

/** The new manager must not be the employee or anyone below them. */
async function checkManager(tx: TenantTx, actor: Actor, managerId: string, selfId?: string): Promise<void> {
  await activeEmployee(tx, managerId, 'managerId', 'a manager');
  if (!selfId) return;
  const chain = (await managerChains(tx, actor.organizationId, [managerId])).get(managerId) ?? [];
  if (managerId === selfId || chain.includes(selfId)) {
    throw new DomainError(
      fieldError('MANAGER_CYCLE', 'The manager reports, directly or through others, to this employee', 'managerId'),
    );
  }
}

export async function createEmployee(tx: TenantTx, actor: Actor, input: EmployeeFields): Promise<EmployeeRef> {
  const fields = cleanFields(input, true);
  if (input.departmentId) await existingDepartment(tx, input.departmentId, 'departmentId');
  if (input.positionId) await existingPosition(tx, input.positionId, 'positionId');
  if (input.managerId) await checkManager(tx, actor, input.managerId);
  if (input.apiKeyId) await checkApiKey(tx, input.apiKeyId);
  if (fields.code) await checkCodeFree(tx, fields.code);
  const code = fields.code ?? (await nextCode(tx, actor));
  const id = randomUUID();
  const employee = await guardUnique(code, () =>
    tx.employee.create({
      data: {
        id,
        organizationId: actor.organizationId,
        code,
        name: fields.name as string,
        workEmail: fields.workEmail ?? null,
        departmentId: input.departmentId ?? null,
        positionId: input.positionId ?? null,
        managerId: input.managerId ?? null,
        hireDate: fields.hireDate as Date,
        apiKeyId: input.apiKeyId ?? null,
      },
    }),
  );
  await recordAudit(tx, actor, { action: 'employeeCreate', entityType: 'Employee', entityId: id, after: employee });
  await appendEvent(tx, actor, {
    type: 'employee.created',
    aggregateType: 'Employee',
    aggregateId: id,
    payload: { code, name: employee.name },
  });
  return { employeeId: id };
}

async function loadForChange(tx: TenantTx, actor: Actor, id: string): Promise<Employee> {
  if (!isUuid(id) || !(await lockRows(tx, actor.organizationId, 'Employee', [id])).has(id))
    throw notFound('employee', 'id');
  return tx.employee.findUniqueOrThrow({ where: { id } });
}

export interface EmployeeUpdateInput extends EmployeeFields {
  id: string;
  expectedVersion?: number | null;
}

export async function updateEmployee(tx: TenantTx, actor: Actor, input: EmployeeUpdateInput): Promise<EmployeeRef> {
  const fields = cleanFields(input, false);
  if (input.hireDate === null) throw new DomainError(fieldError('REQUIRED', 'hireDate cannot be cleared', 'hireDate'));
  // Reporting lines change one at a time per organization, so two changes cannot close a loop together.
  if (input.managerId) await lockOrgChart(tx, actor.organizationId);
  const before = await loadForChange(tx, actor, input.id);
  checkVersion(before, input.expectedVersion, `Employee ${before.code}`);
  if (before.status === 'TERMINATED') {
    throw new DomainError(
      fieldError('EMPLOYEE_TERMINATED', `Employee ${before.code} is terminated and can no longer be changed`, 'id'),
    );
  }
  if (input.departmentId) await existingDepartment(tx, input.departmentId, 'departmentId');
  if (input.positionId) await existingPosition(tx, input.positionId, 'positionId');
  if (input.managerId) await checkManager(tx, actor, input.managerId, before.id);
  if (input.apiKeyId) await checkApiKey(tx, input.apiKeyId, before.id);
  if (fields.code && fields.code !== before.code) await checkCodeFree(tx, fields.code, before.id);
  const after = await guardUnique(fields.code, () =>
    tx.employee.update({
      where: { id: before.id },
      data: {
        code: fields.code,
        name: fields.name,
        workEmail: fields.workEmail,
        departmentId: input.departmentId,
        positionId: input.positionId,
        managerId: input.managerId,
        hireDate: fields.hireDate,
        apiKeyId: input.apiKeyId,
        version: { increment: 1 },
      },
    }),
  );
  await recordAudit(tx, actor, {
    action: 'employeeUpdate',
    entityType: 'Employee',
    entityId: before.id,
    before,
    after,
  });
  await appendEvent(tx, actor, {
    type: 'employee.updated',
    aggregateType: 'Employee',
    aggregateId: before.id,
    payload: { code: after.code, managerId: after.managerId, departmentId: after.departmentId, version: after.version },
  });
  return { employeeId: before.id };
}

export interface EmployeeStatusSetInput {
  id: string;
  /** ACTIVE or ON_LEAVE; termination is its own command. */
  status: 'ACTIVE' | 'ON_LEAVE';
  expectedVersion?: number | null;
}

export async function setEmployeeStatus(
  tx: TenantTx,
  actor: Actor,
  input: EmployeeStatusSetInput,
): Promise<EmployeeRef> {
  const before = await loadForChange(tx, actor, input.id);
  checkVersion(before, input.expectedVersion, `Employee ${before.code}`);
  if (before.status === 'TERMINATED') {
    throw new DomainError(fieldError('EMPLOYEE_TERMINATED', `Employee ${before.code} is terminated`, 'id'));
  }
  const after = await tx.employee.update({
    where: { id: before.id },
    data: { status: input.status, version: { increment: 1 } },
  });
  await recordAudit(tx, actor, {
    action: 'employeeStatusSet',
    entityType: 'Employee',
    entityId: before.id,
    before,
    after,
  });
  await appendEvent(tx, actor, {
    type: 'employee.statusChanged',
    aggregateType: 'Employee',
    aggregateId: before.id,
    payload: { code: after.code, from: before.status, to: after.status, version: after.version },
  });
  return { employeeId: before.id };
}

export interface EmployeeTerminateInput {
  id: string;
  /** Last day of employment, YYYY-MM-DD; default today (UTC). */
  terminatedOn?: string | null;
  expectedVersion?: number | null;
}

/**
 * Ends the employment. The employee keeps their history, stops acting through their API key and
 * cannot be made manager or head again. Whoever still reports to them, or a department they head,
 * must be given to someone else first.
 */
export async function terminateEmployee(
  tx: TenantTx,
  actor: Actor,
  input: EmployeeTerminateInput,
): Promise<EmployeeRef> {
  const problems = new Problems();
  const terminatedOn = checkDate(problems, 'terminatedOn', input.terminatedOn ?? today());
  problems.throwIfAny();
  // Taken before the row lock, like updateEmployee, so no new report can be added while this runs.
  await lockOrgChart(tx, actor.organizationId);
  const before = await loadForChange(tx, actor, input.id);
  checkVersion(before, input.expectedVersion, `Employee ${before.code}`);
  if (before.status === 'TERMINATED')
    throw new DomainError(fieldError('ALREADY_TERMINATED', `Employee ${before.code} is already terminated`, 'id'));
  if (terminatedOn && terminatedOn < before.hireDate) {
    throw new DomainError(
      fieldError('INVALID_DATE', `terminatedOn is before the hire date ${fromDbDate(before.hireDate)}`, 'terminatedOn'),
    );
  }
  const reports = await tx.employee.count({ where: { managerId: before.id, status: { not: 'TERMINATED' } } });
  if (reports > 0) {
    throw new DomainError(
      fieldError(
        'HAS_DIRECT_REPORTS',
        `${reports} employee(s) still report to ${before.name}; give them another manager first`,
        'id',
      ),
    );
  }
  const headed = await tx.department.findFirst({ where: { headId: before.id }, select: { name: true } });
  if (headed)
    throw new DomainError(
      fieldError('IS_DEPARTMENT_HEAD', `${before.name} heads ${headed.name}; give it another head first`, 'id'),
    );
  const after = await tx.employee.update({
    where: { id: before.id },
    data: { status: 'TERMINATED', terminatedOn, version: { increment: 1 } },
  });
  await recordAudit(tx, actor, {
    action: 'employeeTerminate',
    entityType: 'Employee',
    entityId: before.id,
    before,
    after,
  });
  await appendEvent(tx, actor, {
    type: 'employee.terminated',
    aggregateType: 'Employee',
    aggregateId: before.id,
    payload: { code: after.code, terminatedOn: fromDbDate(terminatedOn as Date), version: after.version },
  });
  return { employeeId: before.id };
}
