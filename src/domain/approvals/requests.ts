import { randomUUID } from 'node:crypto';
import { Prisma, type ApprovalRequest, type ApprovalStep } from '../../generated/prisma/client.js';
import {
  DomainError,
  appendEvent,
  cleanText,
  fieldError,
  hasRole,
  isUuid,
  lockRows,
  recordAudit,
  type Actor,
  type TenantTx,
} from '../../platform/index.js';
import { recordHistory } from './history.js';
import { matchRule, type ApproverSpec, type Rule } from './policy.js';
import { approvalSubject, approverDirectory, type Facts, type OutcomeHandler } from './registry.js';
import { resolveApprovers } from './resolve.js';

export interface ApprovalRequestRef {
  requestId: string;
}

const fail = (code: string, message: string, field?: string) => new DomainError(fieldError(code, message, field));

function actingEmployee(actor: Actor): string {
  if (!actor.employeeId) throw fail('NOT_AN_EMPLOYEE', 'The calling API key is not linked to a current employee');
  return actor.employeeId;
}

function utcDay(at: Date): Date {
  return new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate()));
}

interface PlannedStep {
  name: string;
  mode: 'ANY' | 'ALL' | 'N_OF_M';
  requiredApprovals: number;
  slaHours: number | null;
  escalateTo: ApproverSpec[] | null;
  approvers: string[];
}

/** Resolves every step of the rule now, so a chain that cannot complete is refused at submission. */
async function planSteps(tx: TenantTx, rule: Rule, requesterId: string): Promise<PlannedStep[]> {
  const planned: PlannedStep[] = [];
  for (const step of rule.steps) {
    const approvers = await resolveApprovers(tx, step.approvers, requesterId);
    if (approvers.length === 0)
      throw fail('NO_APPROVER', `Step "${step.name}" of rule "${rule.name}" resolves to nobody who may approve`);
    const required = step.mode === 'ANY' ? 1 : step.mode === 'ALL' ? approvers.length : (step.requiredCount as number);
    if (required > approvers.length) {
      throw fail(
        'NOT_ENOUGH_APPROVERS',
        `Step "${step.name}" needs ${required} approvals but has ${approvers.length} approver(s)`,
      );
    }
    planned.push({
      name: step.name,
      mode: step.mode,
      requiredApprovals: required,
      slaHours: step.slaHours ?? null,
      escalateTo: step.escalateTo?.length ? step.escalateTo : null,
      approvers,
    });
  }
  return planned;
}

/** Opens a step: its approvers may decide from now; an approver's active delegation sends it to the delegate. */
async function activateStep(
  tx: TenantTx,
  request: { id: string; requesterId: string },
  step: ApprovalStep,
  at: Date,
): Promise<void> {
  await tx.approvalStep.update({
    where: { id: step.id },
    data: {
      status: 'PENDING',
      activatedAt: at,
      dueAt: step.slaHours ? new Date(at.getTime() + step.slaHours * 3_600_000) : null,
    },
  });
  const waiting = await tx.approvalAssignee.findMany({ where: { stepId: step.id, status: 'WAITING' } });
  const day = utcDay(at);
  const delegations = await tx.approvalDelegation.findMany({
    where: {
      delegatorId: { in: waiting.map((a) => a.employeeId) },
      status: 'ACTIVE',
      startsOn: { lte: day },
      endsOn: { gte: day },
    },
    orderBy: { createdAt: 'asc' },
  });
  const taken = new Set(waiting.map((a) => a.employeeId));
  for (const assignee of waiting) {
    const delegation = delegations.find((d) => d.delegatorId === assignee.employeeId);
    // Never to the requester (no self-approval through delegation), never onto someone already deciding this step.
    if (delegation && delegation.delegateId !== request.requesterId && !taken.has(delegation.delegateId)) {
      taken.add(delegation.delegateId);
      await tx.approvalAssignee.update({
        where: { id: assignee.id },
        data: { status: 'PENDING', employeeId: delegation.delegateId, onBehalfOfId: assignee.employeeId },
      });
    } else {
      await tx.approvalAssignee.update({ where: { id: assignee.id }, data: { status: 'PENDING' } });
    }
  }
}

async function createRound(
  tx: TenantTx,
  actor: Actor,
  requestId: string,
  round: number,
  requesterId: string,
  steps: PlannedStep[],
  at: Date,
) {
  const rows = steps.map((step, position) => ({
    id: randomUUID(),
    organizationId: actor.organizationId,
    requestId,
    round,
    position,
    name: step.name,
    mode: step.mode,
    requiredApprovals: step.requiredApprovals,
    status: 'WAITING' as const,
    slaHours: step.slaHours,
    escalateTo: (step.escalateTo ?? undefined) as Prisma.InputJsonValue | undefined,
  }));
  await tx.approvalStep.createMany({ data: rows });
  await tx.approvalAssignee.createMany({
    data: steps.flatMap((step, position) =>
      step.approvers.map((employeeId) => ({
        id: randomUUID(),
        organizationId: actor.organizationId,
        requestId,
        stepId: rows[position].id,
        employeeId,
        status: 'WAITING' as const,
      })),
    ),
  });
  const first = await tx.approvalStep.findUniqueOrThrow({ where: { id: rows[0].id } });
  await activateStep(tx, { id: requestId, requesterId }, first, at);
  return first.id;
}

export interface SubmitInput {
  subjectType: string;
  subjectId: string;
  comment?: string | null;
}

/**
 * Opens the approval of a subject, or reopens it after it was returned for changes (a new round of
 * steps, chosen afresh from the policy and the subject's current facts). Subject domains call this
 * from their own submit command; it runs in their transaction.
 */
export async function submitForApproval(tx: TenantTx, actor: Actor, input: SubmitInput): Promise<ApprovalRequestRef> {
  const subject = approvalSubject(input.subjectType);
  if (!subject)
    throw fail(
      'UNKNOWN_SUBJECT_TYPE',
      `No domain registered the approval subject type ${input.subjectType}`,
      'subjectType',
    );
  const described = await subject.describe(tx, input.subjectId);
  const requesterId = described.requesterId;
  if (!(await approverDirectory().isActive(tx, requesterId)))
    throw fail('EMPLOYEE_NOT_ACTIVE', 'The requester is not a current employee');
  const existing = await tx.approvalRequest.findUnique({
    where: {
      organizationId_subjectType_subjectId: {
        organizationId: actor.organizationId,
        subjectType: input.subjectType,
        subjectId: input.subjectId,
      },
    },
    select: { id: true },
  });
  if (existing) {
    await lockRows(tx, actor.organizationId, 'ApprovalRequest', [existing.id]);
    const locked = await tx.approvalRequest.findUniqueOrThrow({ where: { id: existing.id } });
    const reopenable =
      locked.status === 'RETURNED' || (subject.reopenableAfter ?? []).some((status) => status === locked.status);
    if (!reopenable)
      throw fail(
        'ALREADY_OPEN',
        `This ${input.subjectType} already has a ${locked.status.toLowerCase()} approval request`,
      );
  }
  const policy = await tx.approvalPolicy.findUnique({
    where: { organizationId_subjectType: { organizationId: actor.organizationId, subjectType: input.subjectType } },
  });
  if (!policy) throw fail('NO_POLICY', `There is no approval policy for ${input.subjectType}`);
  const facts = {
    ...described.facts,
    REQUESTER: requesterId,
    DEPARTMENT: described.facts.DEPARTMENT ?? (await approverDirectory().departmentOf(tx, requesterId)),
  };
  const rule = matchRule(policy.rules as Rule[], facts);
  if (!rule) throw fail('NO_MATCHING_RULE', `No rule of policy "${policy.name}" matches this request`);
  const steps = await planSteps(tx, rule, requesterId);
  const at = new Date();
  const comment = cleanText(input.comment) ?? null;
  let requestId: string;
  let round = 1;
  if (existing) {
    requestId = existing.id;
    const before = await tx.approvalRequest.findUniqueOrThrow({ where: { id: requestId } });
    round = before.round + 1;
    const currentStepId = await createRound(tx, actor, requestId, round, requesterId, steps, at);
    await tx.approvalRequest.update({
      where: { id: requestId },
      data: {
        status: 'PENDING',
        round,
        currentStepId,
        requesterId,
        title: described.title,
        facts: facts as Prisma.InputJsonValue,
        policyId: policy.id,
        ruleName: rule.name,
        submittedAt: at,
        decidedAt: null,
        version: { increment: 1 },
      },
    });
  } else {
    requestId = randomUUID();
    await tx.approvalRequest.create({
      data: {
        id: requestId,
        organizationId: actor.organizationId,
        subjectType: input.subjectType,
        subjectId: input.subjectId,
        title: described.title,
        requesterId,
        policyId: policy.id,
        ruleName: rule.name,
        facts: facts as Prisma.InputJsonValue,
        submittedAt: at,
      },
    });
    const currentStepId = await createRound(tx, actor, requestId, round, requesterId, steps, at);
    await tx.approvalRequest.update({ where: { id: requestId }, data: { currentStepId } });
  }
  if (subject.onSubmitted) {
    await subject.onSubmitted(tx, actor, {
      requestId,
      subjectType: input.subjectType,
      subjectId: input.subjectId,
      comment,
    });
  }
  await recordHistory(tx, actor, { requestId, action: round === 1 ? 'SUBMITTED' : 'RESUBMITTED', comment }, at);
  await recordAudit(tx, actor, {
    action: round === 1 ? 'approvalRequestSubmit' : 'approvalRequestResubmit',
    entityType: 'ApprovalRequest',
    entityId: requestId,
    after: { subjectType: input.subjectType, subjectId: input.subjectId, rule: rule.name, round, facts },
  });
  await appendEvent(tx, actor, {
    type: round === 1 ? 'approval.requested' : 'approval.resubmitted',
    aggregateType: 'ApprovalRequest',
    aggregateId: requestId,
    payload: { subjectType: input.subjectType, subjectId: input.subjectId, rule: rule.name, round },
  });
  return { requestId };
}

/**
 * The name of the policy rule that would open an approval for a subject with these facts, or null when
 * the subject type has no policy or no rule matches. Lets a subject decide before it has a requester
 * (facts about the requester are then missing, so conditions on them do not hold).
 */
export async function matchingApprovalRule(
  tx: TenantTx,
  actor: Actor,
  subjectType: string,
  facts: Facts,
): Promise<string | null> {
  const policy = await tx.approvalPolicy.findUnique({
    where: { organizationId_subjectType: { organizationId: actor.organizationId, subjectType } },
  });
  return policy ? (matchRule(policy.rules as Rule[], facts)?.name ?? null) : null;
}

async function lockRequest(tx: TenantTx, actor: Actor, id: string, field = 'id'): Promise<ApprovalRequest> {
  if (!isUuid(id) || !(await lockRows(tx, actor.organizationId, 'ApprovalRequest', [id])).has(id)) {
    throw fail('NOT_FOUND', 'No approval request with this id in your organization', field);
  }
  return tx.approvalRequest.findUniqueOrThrow({ where: { id } });
}

type Outcome = 'APPROVED' | 'REJECTED' | 'RETURNED' | 'WITHDRAWN';

const HANDLERS: Record<Outcome, 'onApproved' | 'onRejected' | 'onReturned' | 'onWithdrawn'> = {
  APPROVED: 'onApproved',
  REJECTED: 'onRejected',
  RETURNED: 'onReturned',
  WITHDRAWN: 'onWithdrawn',
};

/** Closes the request: open steps are cancelled, undecided assignees skipped, and the subject's handler runs. */
async function finish(
  tx: TenantTx,
  actor: Actor,
  request: ApprovalRequest,
  outcome: Outcome,
  comment: string | null,
  at: Date,
): Promise<void> {
  await tx.approvalStep.updateMany({
    where: { requestId: request.id, round: request.round, status: { in: ['WAITING', 'PENDING'] } },
    data: { status: 'CANCELLED', closedAt: at },
  });
  await tx.approvalAssignee.updateMany({
    where: { requestId: request.id, status: { in: ['WAITING', 'PENDING'] } },
    data: { status: 'SKIPPED' },
  });
  await tx.approvalRequest.update({
    where: { id: request.id },
    data: { status: outcome, decidedAt: at, currentStepId: null, version: { increment: 1 } },
  });
  const handler: OutcomeHandler | undefined = approvalSubject(request.subjectType)?.[HANDLERS[outcome]];
  if (handler)
    await handler(tx, actor, {
      requestId: request.id,
      subjectType: request.subjectType,
      subjectId: request.subjectId,
      comment,
    });
  await appendEvent(tx, actor, {
    type: `approval.${outcome.toLowerCase()}`,
    aggregateType: 'ApprovalRequest',
    aggregateId: request.id,
    payload: { subjectType: request.subjectType, subjectId: request.subjectId },
  });
}

export type Decision = 'APPROVE' | 'REJECT' | 'RETURN';

/**
 * A stepId, when given, names a step of this request: an empty one is a mistake to say so (not
 * "the current step"), and a step of another request (or none at all) is NOT_FOUND, not STEP_CLOSED.
 */
async function checkStepOf(tx: TenantTx, requestId: string, stepId: string): Promise<void> {
  if (stepId.trim() === '')
    throw fail('INVALID_INPUT', 'stepId is empty; omit it to decide the current step', 'stepId');
  const step = isUuid(stepId)
    ? await tx.approvalStep.findFirst({ where: { id: stepId, requestId }, select: { id: true } })
    : null;
  if (!step) throw fail('NOT_FOUND', 'stepId is not a step of this request', 'stepId');
}

export interface DecisionInput {
  id: string;
  /** The step the caller decides; when given and no longer current, STEP_CLOSED. */
  stepId?: string | null;
  comment?: string | null;
}

/**
 * One approver's decision on the current step. The request row is locked first, so of several
 * approvers deciding at once exactly one closes an ANY step; the others get STEP_CLOSED.
 */
export async function decide(
  tx: TenantTx,
  actor: Actor,
  decision: Decision,
  input: DecisionInput,
): Promise<ApprovalRequestRef> {
  const me = actingEmployee(actor);
  const comment = cleanText(input.comment) ?? null;
  if (decision !== 'APPROVE' && !comment) {
    throw fail(
      'COMMENT_REQUIRED',
      `A comment is required to ${decision === 'REJECT' ? 'reject' : 'return'} a request`,
      'comment',
    );
  }
  if (comment && comment.length > 2000) throw fail('TOO_LONG', 'comment must be at most 2000 characters', 'comment');
  const request = await lockRequest(tx, actor, input.id);
  if (request.requesterId === me) throw fail('SELF_APPROVAL', 'You cannot decide your own request', 'id');
  const mine = await tx.approvalAssignee.findMany({ where: { requestId: request.id, employeeId: me } });
  if (mine.length === 0) throw fail('NOT_AN_APPROVER', 'You are not an approver of this request', 'id');
  const stepGiven = input.stepId !== undefined && input.stepId !== null;
  if (stepGiven) await checkStepOf(tx, request.id, input.stepId as string);
  const assignee = mine.find((row) => row.status === 'PENDING' && row.stepId === request.currentStepId);
  if (!assignee || request.status !== 'PENDING' || (stepGiven && input.stepId !== request.currentStepId)) {
    if (request.status === 'PENDING' && !stepGiven && mine.every((row) => row.status === 'WAITING')) {
      throw fail('NOT_AN_APPROVER', 'The request has not reached your step yet', 'id');
    }
    throw fail('STEP_CLOSED', 'This step was already decided; nothing was changed', stepGiven ? 'stepId' : 'id');
  }
  const at = new Date();
  const status = decision === 'APPROVE' ? 'APPROVED' : decision === 'REJECT' ? 'REJECTED' : 'RETURNED';
  await tx.approvalAssignee.update({ where: { id: assignee.id }, data: { status, comment, decidedAt: at } });
  await recordHistory(
    tx,
    actor,
    { requestId: request.id, stepId: assignee.stepId, action: status, comment, onBehalfOfId: assignee.onBehalfOfId },
    at,
  );
  const step = await tx.approvalStep.update({
    where: { id: assignee.stepId },
    data: decision === 'APPROVE' ? { approvedCount: { increment: 1 } } : { status, closedAt: at },
  });
  if (decision === 'APPROVE' && step.approvedCount >= step.requiredApprovals) {
    await tx.approvalStep.update({ where: { id: step.id }, data: { status: 'APPROVED', closedAt: at } });
    await tx.approvalAssignee.updateMany({
      where: { stepId: step.id, status: 'PENDING' },
      data: { status: 'SKIPPED' },
    });
    await recordHistory(tx, actor, { requestId: request.id, stepId: step.id, action: 'STEP_COMPLETED' }, at);
    const next = await tx.approvalStep.findFirst({
      where: { requestId: request.id, round: request.round, position: step.position + 1 },
    });
    if (next) {
      await activateStep(tx, request, next, at);
      await tx.approvalRequest.update({
        where: { id: request.id },
        data: { currentStepId: next.id, version: { increment: 1 } },
      });
    } else {
      await finish(tx, actor, request, 'APPROVED', comment, at);
    }
  } else if (decision === 'APPROVE') {
    await tx.approvalRequest.update({ where: { id: request.id }, data: { version: { increment: 1 } } });
  } else {
    await finish(tx, actor, request, status as Outcome, comment, at);
  }
  await recordAudit(tx, actor, {
    action: `approvalRequest${decision === 'APPROVE' ? 'Approve' : decision === 'REJECT' ? 'Reject' : 'Return'}`,
    entityType: 'ApprovalRequest',
    entityId: request.id,
    after: { stepId: step.id, decision: status, comment, onBehalfOfId: assignee.onBehalfOfId },
  });
  await appendEvent(tx, actor, {
    type: 'approval.decided',
    aggregateType: 'ApprovalRequest',
    aggregateId: request.id,
    payload: { stepId: step.id, decision: status, employeeId: me, onBehalfOfId: assignee.onBehalfOfId },
  });
  return { requestId: request.id };
}

export interface WithdrawInput {
  id: string;
  comment?: string | null;
}

/** The requester takes back a pending request. */
export async function withdraw(tx: TenantTx, actor: Actor, input: WithdrawInput): Promise<ApprovalRequestRef> {
  const me = actingEmployee(actor);
  const request = await lockRequest(tx, actor, input.id);
  if (request.requesterId !== me) throw fail('NOT_REQUESTER', 'Only the requester may withdraw a request', 'id');
  if (request.status !== 'PENDING')
    throw fail('REQUEST_NOT_PENDING', `The request is ${request.status.toLowerCase()}, not pending`, 'id');
  const comment = cleanText(input.comment) ?? null;
  const at = new Date();
  await recordHistory(
    tx,
    actor,
    { requestId: request.id, stepId: request.currentStepId, action: 'WITHDRAWN', comment },
    at,
  );
  await finish(tx, actor, request, 'WITHDRAWN', comment, at);
  await recordAudit(tx, actor, {
    action: 'approvalRequestWithdraw',
    entityType: 'ApprovalRequest',
    entityId: request.id,
    after: { comment },
  });
  return { requestId: request.id };
}

export interface ResubmitInput {
  id: string;
  comment?: string | null;
}

/** The requester sends a returned request again; the policy chooses the steps afresh. */
export async function resubmit(tx: TenantTx, actor: Actor, input: ResubmitInput): Promise<ApprovalRequestRef> {
  const me = actingEmployee(actor);
  const request = await lockRequest(tx, actor, input.id);
  if (request.requesterId !== me) throw fail('NOT_REQUESTER', 'Only the requester may resubmit a request', 'id');
  if (request.status !== 'RETURNED')
    throw fail('REQUEST_NOT_RETURNED', `The request is ${request.status.toLowerCase()}, not returned`, 'id');
  return submitForApproval(tx, actor, {
    subjectType: request.subjectType,
    subjectId: request.subjectId,
    comment: input.comment,
  });
}

export interface ReassignInput {
  id: string;
  fromEmployeeId: string;
  toEmployeeId: string;
  comment?: string | null;
}

/** An administrator hands one undecided approver's part of the current step to someone else. */
export async function reassign(tx: TenantTx, actor: Actor, input: ReassignInput): Promise<ApprovalRequestRef> {
  if (!hasRole(actor, 'ADMIN')) throw fail('NOT_AN_APPROVER', 'Only an administrator may reassign approvals');
  const request = await lockRequest(tx, actor, input.id);
  if (request.status !== 'PENDING')
    throw fail('REQUEST_NOT_PENDING', `The request is ${request.status.toLowerCase()}, not pending`, 'id');
  const from = await tx.approvalAssignee.findFirst({
    where: { stepId: request.currentStepId as string, employeeId: input.fromEmployeeId, status: 'PENDING' },
  });
  if (!from)
    throw fail('NOT_FOUND', 'This employee is not an undecided approver of the current step', 'fromEmployeeId');
  if (input.toEmployeeId === request.requesterId)
    throw fail('SELF_APPROVAL', 'The requester cannot approve their own request', 'toEmployeeId');
  if (!(await approverDirectory().isActive(tx, input.toEmployeeId))) {
    throw fail('EMPLOYEE_NOT_ACTIVE', 'The new approver is not a current employee', 'toEmployeeId');
  }
  const already = await tx.approvalAssignee.findFirst({
    where: { stepId: from.stepId, employeeId: input.toEmployeeId },
  });
  if (already) throw fail('INVALID_INPUT', 'The new approver is already an approver of this step', 'toEmployeeId');
  const comment = cleanText(input.comment) ?? null;
  const at = new Date();
  await tx.approvalAssignee.update({ where: { id: from.id }, data: { status: 'REASSIGNED', decidedAt: at, comment } });
  await tx.approvalAssignee.create({
    data: {
      id: randomUUID(),
      organizationId: actor.organizationId,
      requestId: request.id,
      stepId: from.stepId,
      employeeId: input.toEmployeeId,
      status: 'PENDING',
    },
  });
  await tx.approvalRequest.update({ where: { id: request.id }, data: { version: { increment: 1 } } });
  await recordHistory(tx, actor, { requestId: request.id, stepId: from.stepId, action: 'REASSIGNED', comment }, at);
  await recordAudit(tx, actor, {
    action: 'approvalRequestReassign',
    entityType: 'ApprovalRequest',
    entityId: request.id,
    after: { from: input.fromEmployeeId, to: input.toEmployeeId, comment },
  });
  await appendEvent(tx, actor, {
    type: 'approval.reassigned',
    aggregateType: 'ApprovalRequest',
    aggregateId: request.id,
    payload: { stepId: from.stepId, from: input.fromEmployeeId, to: input.toEmployeeId },
  });
  return { requestId: request.id };
}

/**
 * Escalates the organization's pending steps that are past their SLA: their undecided approvers
 * step aside and the escalation target decides (one approval completes the step). Each request
 * is locked and re-checked, so concurrent runs escalate a step once.
 */
export async function escalateOverdue(tx: TenantTx, actor: Actor, now = new Date()): Promise<{ escalated: number }> {
  const due = await tx.approvalStep.findMany({
    where: {
      status: 'PENDING',
      escalatedAt: null,
      dueAt: { lte: now },
      NOT: { escalateTo: { equals: Prisma.DbNull } },
    },
    select: { requestId: true },
    orderBy: { dueAt: 'asc' },
    take: 500,
  });
  let escalated = 0;
  for (const { requestId } of due) {
    const request = await lockRequest(tx, actor, requestId);
    if (request.status !== 'PENDING' || !request.currentStepId) continue;
    const step = await tx.approvalStep.findUniqueOrThrow({ where: { id: request.currentStepId } });
    if (step.status !== 'PENDING' || step.escalatedAt || !step.dueAt || step.dueAt > now || !step.escalateTo) continue;
    const targets = await resolveApprovers(tx, step.escalateTo as ApproverSpec[], request.requesterId);
    const existing = await tx.approvalAssignee.findMany({ where: { stepId: step.id } });
    const added = targets.filter((id) => !existing.some((row) => row.employeeId === id && row.status !== 'PENDING'));
    if (added.length === 0) {
      await tx.approvalStep.update({ where: { id: step.id }, data: { escalatedAt: now } });
      await recordHistory(
        tx,
        actor,
        {
          requestId,
          stepId: step.id,
          action: 'ESCALATED',
          comment: 'Past its SLA, but the escalation target resolves to nobody',
        },
        now,
      );
      continue;
    }
    await tx.approvalAssignee.updateMany({
      where: { stepId: step.id, status: 'PENDING', employeeId: { notIn: added } },
      data: { status: 'ESCALATED' },
    });
    const newcomers = added.filter((id) => !existing.some((row) => row.employeeId === id));
    if (newcomers.length > 0) {
      await tx.approvalAssignee.createMany({
        data: newcomers.map((employeeId) => ({
          id: randomUUID(),
          organizationId: actor.organizationId,
          requestId,
          stepId: step.id,
          employeeId,
          status: 'PENDING' as const,
        })),
      });
    }
    await tx.approvalStep.update({
      where: { id: step.id },
      data: { escalatedAt: now, requiredApprovals: step.approvedCount + 1 },
    });
    await tx.approvalRequest.update({ where: { id: requestId }, data: { version: { increment: 1 } } });
    await recordHistory(
      tx,
      actor,
      { requestId, stepId: step.id, action: 'ESCALATED', comment: `Past its SLA of ${step.slaHours} hour(s)` },
      now,
    );
    await appendEvent(tx, actor, {
      type: 'approval.escalated',
      aggregateType: 'ApprovalRequest',
      aggregateId: requestId,
      payload: { stepId: step.id, to: added },
    });
    escalated += 1;
  }
  if (escalated > 0) {
    await recordAudit(tx, actor, {
      action: 'approvalsEscalateOverdue',
      entityType: 'Organization',
      entityId: actor.organizationId,
      after: { escalated },
    });
  }
  return { escalated };
}
