import { randomUUID } from 'node:crypto';
import {
  DomainError,
  Problems,
  appendEvent,
  fieldError,
  hasRole,
  isUuid,
  lockRows,
  recordAudit,
  type Actor,
  type TenantTx,
} from '../../platform/index.js';
import { approverDirectory } from './registry.js';

export interface DelegationRef {
  delegationId: string;
}

export interface DelegationCreateInput {
  /** Default: the acting employee. Someone else's only with HR or ADMIN. */
  delegatorId?: string | null;
  delegateId: string;
  /** YYYY-MM-DD, inclusive. */
  startsOn: string;
  endsOn: string;
}

const fail = (code: string, message: string, field?: string) => new DomainError(fieldError(code, message, field));
const day = (value: string) => new Date(`${value}T00:00:00Z`);

function mayManageFor(actor: Actor, delegatorId: string): boolean {
  return actor.employeeId === delegatorId || hasRole(actor, 'HR');
}

/** From startsOn to endsOn, steps that reach the delegator go to the delegate (noted as on their behalf). */
export async function createDelegation(
  tx: TenantTx,
  actor: Actor,
  input: DelegationCreateInput,
): Promise<DelegationRef> {
  const delegatorId = input.delegatorId ?? actor.employeeId;
  if (!delegatorId)
    throw fail(
      'NOT_AN_EMPLOYEE',
      'The calling API key is not linked to an employee; name the delegatorId',
      'delegatorId',
    );
  if (!mayManageFor(actor, delegatorId))
    throw fail('FORBIDDEN_DELEGATION', 'Only the delegator, HR or ADMIN may delegate their approvals', 'delegatorId');
  const problems = new Problems();
  if (input.endsOn < input.startsOn) problems.add('INVALID_DATE', 'endsOn is before startsOn', 'endsOn');
  if (delegatorId === input.delegateId)
    problems.add('SELF_DELEGATION', 'An employee cannot delegate to themselves', 'delegateId');
  problems.throwIfAny();
  const directory = approverDirectory();
  if (!isUuid(delegatorId) || !(await directory.isActive(tx, delegatorId)))
    throw fail('EMPLOYEE_NOT_ACTIVE', 'The delegator is not a current employee', 'delegatorId');
  if (!isUuid(input.delegateId) || !(await directory.isActive(tx, input.delegateId))) {
    throw fail('EMPLOYEE_NOT_ACTIVE', 'The delegate is not a current employee', 'delegateId');
  }
  // One delegator's delegations are written one at a time, so two overlapping ones cannot both pass the check.
  await tx.$executeRawUnsafe(
    'SELECT pg_advisory_xact_lock(hashtextextended($1, 0))',
    `approvals.delegation:${actor.organizationId}:${delegatorId}`,
  );
  const overlapping = await tx.approvalDelegation.findFirst({
    where: {
      delegatorId,
      status: 'ACTIVE',
      startsOn: { lte: day(input.endsOn) },
      endsOn: { gte: day(input.startsOn) },
    },
  });
  if (overlapping)
    throw fail(
      'DELEGATION_OVERLAP',
      'The delegator already has an active delegation overlapping these dates',
      'startsOn',
    );
  const id = randomUUID();
  const delegation = await tx.approvalDelegation.create({
    data: {
      id,
      organizationId: actor.organizationId,
      delegatorId,
      delegateId: input.delegateId,
      startsOn: day(input.startsOn),
      endsOn: day(input.endsOn),
    },
  });
  await recordAudit(tx, actor, {
    action: 'delegationCreate',
    entityType: 'ApprovalDelegation',
    entityId: id,
    after: delegation,
  });
  await appendEvent(tx, actor, {
    type: 'delegation.created',
    aggregateType: 'ApprovalDelegation',
    aggregateId: id,
    payload: { delegatorId, delegateId: input.delegateId, startsOn: input.startsOn, endsOn: input.endsOn },
  });
  return { delegationId: id };
}

/** Ends a delegation. Steps already handed to the delegate stay with them; new ones reach the delegator again. */
export async function cancelDelegation(tx: TenantTx, actor: Actor, input: { id: string }): Promise<DelegationRef> {
  if (
    !isUuid(input.id) ||
    !(await lockRows(tx, actor.organizationId, 'ApprovalDelegation', [input.id])).has(input.id)
  ) {
    throw fail('NOT_FOUND', 'No delegation with this id in your organization', 'id');
  }
  const before = await tx.approvalDelegation.findUniqueOrThrow({ where: { id: input.id } });
  if (!mayManageFor(actor, before.delegatorId))
    throw fail('FORBIDDEN_DELEGATION', 'Only the delegator, HR or ADMIN may cancel a delegation', 'id');
  if (before.status !== 'ACTIVE') throw fail('DELEGATION_NOT_ACTIVE', 'The delegation is already cancelled', 'id');
  const after = await tx.approvalDelegation.update({
    where: { id: before.id },
    data: { status: 'CANCELLED', cancelledAt: new Date() },
  });
  await recordAudit(tx, actor, {
    action: 'delegationCancel',
    entityType: 'ApprovalDelegation',
    entityId: before.id,
    before,
    after,
  });
  await appendEvent(tx, actor, {
    type: 'delegation.cancelled',
    aggregateType: 'ApprovalDelegation',
    aggregateId: before.id,
    payload: {},
  });
  return { delegationId: before.id };
}
