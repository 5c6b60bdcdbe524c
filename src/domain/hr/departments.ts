import { randomUUID } from 'node:crypto';
import {
  DomainError,
  Problems,
  appendEvent,
  checkLength,
  checkRequired,
  cleanText,
  fieldError,
  lockRows,
  recordAudit,
  type Actor,
  type TenantTx,
} from '../../platform/index.js';
import { departmentAncestors, lockOrgChart } from './org-chart.js';
import { activeEmployee, checkVersion, existingDepartment, notFound } from './refs.js';

export interface DepartmentRef {
  departmentId: string;
}

export interface DepartmentFields {
  name?: string | null;
  /** The department above; null for a top-level department. */
  parentId?: string | null;
  /** The employee heading the department. */
  headId?: string | null;
}

function cleanName(input: DepartmentFields, creating: boolean): string | undefined {
  const problems = new Problems();
  const name = cleanText(input.name);
  if (creating || input.name !== undefined) {
    if (checkRequired(problems, 'name', name)) checkLength(problems, 'name', name, 200);
  }
  problems.throwIfAny();
  return name ?? undefined;
}

async function checkParent(tx: TenantTx, actor: Actor, parentId: string, selfId?: string): Promise<void> {
  await existingDepartment(tx, parentId, 'parentId');
  if (!selfId) return;
  if (parentId === selfId || (await departmentAncestors(tx, actor.organizationId, parentId)).includes(selfId)) {
    throw new DomainError(
      fieldError('DEPARTMENT_CYCLE', 'The parent department sits below this department', 'parentId'),
    );
  }
}

export async function createDepartment(tx: TenantTx, actor: Actor, input: DepartmentFields): Promise<DepartmentRef> {
  const name = cleanName(input, true) as string;
  if (input.parentId) await checkParent(tx, actor, input.parentId);
  if (input.headId) await activeEmployee(tx, input.headId, 'headId', 'a department head');
  const id = randomUUID();
  const department = await tx.department.create({
    data: {
      id,
      organizationId: actor.organizationId,
      name,
      parentId: input.parentId ?? null,
      headId: input.headId ?? null,
    },
  });
  await recordAudit(tx, actor, {
    action: 'departmentCreate',
    entityType: 'Department',
    entityId: id,
    after: department,
  });
  await appendEvent(tx, actor, {
    type: 'department.created',
    aggregateType: 'Department',
    aggregateId: id,
    payload: { name },
  });
  return { departmentId: id };
}

export interface DepartmentUpdateInput extends DepartmentFields {
  id: string;
  expectedVersion?: number | null;
}

export async function updateDepartment(
  tx: TenantTx,
  actor: Actor,
  input: DepartmentUpdateInput,
): Promise<DepartmentRef> {
  const name = cleanName(input, false);
  if (input.parentId !== undefined) await lockOrgChart(tx, actor.organizationId);
  if (!(await lockRows(tx, actor.organizationId, 'Department', [input.id])).has(input.id))
    throw notFound('department', 'id');
  const before = await tx.department.findUniqueOrThrow({ where: { id: input.id } });
  checkVersion(before, input.expectedVersion, `Department ${before.name}`);
  if (input.parentId) await checkParent(tx, actor, input.parentId, before.id);
  if (input.headId) await activeEmployee(tx, input.headId, 'headId', 'a department head');
  const after = await tx.department.update({
    where: { id: before.id },
    data: { name, parentId: input.parentId, headId: input.headId, version: { increment: 1 } },
  });
  await recordAudit(tx, actor, {
    action: 'departmentUpdate',
    entityType: 'Department',
    entityId: before.id,
    before,
    after,
  });
  await appendEvent(tx, actor, {
    type: 'department.updated',
    aggregateType: 'Department',
    aggregateId: before.id,
    payload: { name: after.name, parentId: after.parentId, headId: after.headId, version: after.version },
  });
  return { departmentId: before.id };
}
