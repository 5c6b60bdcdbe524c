import { randomUUID } from 'node:crypto';
import type { LeaveRequest } from '../../generated/prisma/client.js';
import {
  DomainError,
  Problems,
  appendEvent,
  checkLength,
  cleanText,
  fieldError,
  hasRole,
  isUuid,
  lockRows,
  recordAudit,
  type Actor,
  type TenantTx,
} from '../../platform/index.js';
import { registerApprovalSubject, submitForApproval, type OutcomeContext } from '../approvals/index.js';
import { checkDate, fromDbDate } from './dates.js';
import { holidaysBetween } from './holidays.js';
import { lockBalance, remainingOf } from './leave-balances.js';
import { countWorkingDays } from './working-days.js';

export const LEAVE_SUBJECT = 'LEAVE_REQUEST';

export interface LeaveRequestRef {
  leaveRequestId: string;
}

const fail = (code: string, message: string, field?: string) => new DomainError(fieldError(code, message, field));

/** Your own leave, or anyone's with HR (ADMIN always passes). */
function checkMayActFor(actor: Actor, employeeId: string, field: string): void {
  if (actor.employeeId !== employeeId && !hasRole(actor, 'HR')) {
    throw fail('NOT_ALLOWED', 'You may only request leave for yourself (HR may for anyone)', field);
  }
}

export interface LeaveRequestCreateInput {
  /** Default: the acting employee. */
  employeeId?: string | null;
  leaveTypeId: string;
  startDate: string;
  endDate: string;
  halfDayStart?: boolean | null;
  halfDayEnd?: boolean | null;
  reason?: string | null;
}

/** A draft leave request; its days are counted now and again when submitted. */
export async function createLeaveRequest(
  tx: TenantTx,
  actor: Actor,
  input: LeaveRequestCreateInput,
): Promise<LeaveRequestRef> {
  const employeeId = input.employeeId ?? actor.employeeId;
  if (!employeeId)
    throw fail(
      'NOT_AN_EMPLOYEE',
      'The calling API key is not linked to an employee; name the employeeId',
      'employeeId',
    );
  checkMayActFor(actor, employeeId, 'employeeId');
  const problems = new Problems();
  const start = checkDate(problems, 'startDate', input.startDate);
  const end = checkDate(problems, 'endDate', input.endDate);
  const reason = cleanText(input.reason) ?? null;
  checkLength(problems, 'reason', reason, 2000);
  if (start && end && end < start) problems.add('INVALID_DATE', 'endDate is before startDate', 'endDate');
  if (start && end && start.getUTCFullYear() !== end.getUTCFullYear()) {
    problems.add(
      'LEAVE_SPANS_YEARS',
      'A leave request must lie within one calendar year; split it at the new year',
      'endDate',
    );
  }
  problems.throwIfAny();
  const employee = isUuid(employeeId)
    ? await tx.employee.findUnique({ where: { id: employeeId }, select: { status: true } })
    : null;
  if (!employee) throw fail('NOT_FOUND', 'No employee with this id in your organization', 'employeeId');
  if (employee.status === 'TERMINATED') throw fail('EMPLOYEE_TERMINATED', 'The employee is terminated', 'employeeId');
  const type = isUuid(input.leaveTypeId) ? await tx.leaveType.findUnique({ where: { id: input.leaveTypeId } }) : null;
  if (!type) throw fail('NOT_FOUND', 'No leave type with this id in your organization', 'leaveTypeId');
  const span = {
    start: start as Date,
    end: end as Date,
    halfDayStart: !!input.halfDayStart,
    halfDayEnd: !!input.halfDayEnd,
  };
  const days = countWorkingDays(span, await holidaysBetween(tx, span.start, span.end));
  if (days.isZero())
    throw fail(
      'NO_WORKING_DAYS',
      'The dates hold no working day (weekends and public holidays do not count)',
      'startDate',
    );
  const id = randomUUID();
  const created = await tx.leaveRequest.create({
    data: {
      id,
      organizationId: actor.organizationId,
      employeeId,
      leaveTypeId: type.id,
      startDate: span.start,
      endDate: span.end,
      halfDayStart: span.halfDayStart,
      halfDayEnd: span.halfDayEnd,
      days,
      reason,
    },
  });
  await recordAudit(tx, actor, {
    action: 'leaveRequestCreate',
    entityType: 'LeaveRequest',
    entityId: id,
    after: created,
  });
  await appendEvent(tx, actor, {
    type: 'leaveRequest.created',
    aggregateType: 'LeaveRequest',
    aggregateId: id,
    payload: { employeeId, days: days.toFixed(1) },
  });
  return { leaveRequestId: id };
}

async function lockLeave(tx: TenantTx, actor: Actor, id: string, field = 'id'): Promise<LeaveRequest> {
  if (!isUuid(id) || !(await lockRows(tx, actor.organizationId, 'LeaveRequest', [id])).has(id)) {
    throw fail('NOT_FOUND', 'No leave request with this id in your organization', field);
  }
  return tx.leaveRequest.findUniqueOrThrow({ where: { id } });
}

/** Sends a draft (or returned) request for approval: its days are reserved from the balance until decided. */
export async function submitLeaveRequest(
  tx: TenantTx,
  actor: Actor,
  input: { id: string; comment?: string | null },
): Promise<LeaveRequestRef> {
  const leave = await lockLeave(tx, actor, input.id);
  checkMayActFor(actor, leave.employeeId, 'id');
  if (leave.status !== 'DRAFT' && leave.status !== 'RETURNED') {
    throw fail(
      'LEAVE_NOT_SUBMITTABLE',
      `The leave request is ${leave.status.toLowerCase()}; only drafts and returned requests can be submitted`,
      'id',
    );
  }
  await submitForApproval(tx, actor, { subjectType: LEAVE_SUBJECT, subjectId: leave.id, comment: input.comment });
  return { leaveRequestId: leave.id };
}

/**
 * Called by the approvals engine in the submitting transaction (first submission or resubmission):
 * counts the days again, refuses overlaps and a short balance, reserves the days.
 */
async function reserve(tx: TenantTx, actor: Actor, outcome: OutcomeContext): Promise<void> {
  const leave = await lockLeave(tx, actor, outcome.subjectId);
  // One employee's submissions run one at a time, so two overlapping ones cannot both pass the check.
  await tx.$executeRawUnsafe(
    'SELECT pg_advisory_xact_lock(hashtextextended($1, 0))',
    `hr.leave:${actor.organizationId}:${leave.employeeId}`,
  );
  const overlapping = await tx.leaveRequest.findFirst({
    where: {
      employeeId: leave.employeeId,
      id: { not: leave.id },
      status: { in: ['PENDING', 'APPROVED'] },
      startDate: { lte: leave.endDate },
      endDate: { gte: leave.startDate },
    },
  });
  if (overlapping) {
    throw fail(
      'LEAVE_OVERLAP',
      `Overlaps another ${overlapping.status.toLowerCase()} leave from ${fromDbDate(overlapping.startDate)} to ${fromDbDate(overlapping.endDate)}`,
      'id',
    );
  }
  const days = countWorkingDays(
    { start: leave.startDate, end: leave.endDate, halfDayStart: leave.halfDayStart, halfDayEnd: leave.halfDayEnd },
    await holidaysBetween(tx, leave.startDate, leave.endDate),
  );
  if (days.isZero())
    throw fail('NO_WORKING_DAYS', 'The dates hold no working day any more (public holidays changed)', 'id');
  const type = await tx.leaveType.findUniqueOrThrow({ where: { id: leave.leaveTypeId } });
  const balance = await lockBalance(tx, actor, type, leave.employeeId, leave.startDate.getUTCFullYear());
  if (balance) {
    const remaining = remainingOf(balance);
    if (remaining.lessThan(days)) {
      throw fail(
        'INSUFFICIENT_BALANCE',
        `${days.toFixed(1)} day(s) requested, ${remaining.toFixed(1)} of ${type.name} remaining`,
        'id',
      );
    }
    await tx.leaveBalance.update({ where: { id: balance.id }, data: { pending: { increment: days } } });
  }
  await tx.leaveRequest.update({
    where: { id: leave.id },
    data: { status: 'PENDING', days, approvalRequestId: outcome.requestId, version: { increment: 1 } },
  });
  await appendEvent(tx, actor, {
    type: 'leaveRequest.submitted',
    aggregateType: 'LeaveRequest',
    aggregateId: leave.id,
    payload: { days: days.toFixed(1) },
  });
}

/** The approval closed: approved days move from pending to taken; otherwise they are released. */
async function settle(
  tx: TenantTx,
  actor: Actor,
  outcome: OutcomeContext,
  status: 'APPROVED' | 'REJECTED' | 'WITHDRAWN' | 'RETURNED',
): Promise<void> {
  const leave = await lockLeave(tx, actor, outcome.subjectId);
  const type = await tx.leaveType.findUniqueOrThrow({ where: { id: leave.leaveTypeId } });
  const balance = await lockBalance(tx, actor, type, leave.employeeId, leave.startDate.getUTCFullYear());
  if (balance) {
    await tx.leaveBalance.update({
      where: { id: balance.id },
      data:
        status === 'APPROVED'
          ? { pending: { decrement: leave.days }, taken: { increment: leave.days } }
          : { pending: { decrement: leave.days } },
    });
  }
  await tx.leaveRequest.update({ where: { id: leave.id }, data: { status, version: { increment: 1 } } });
  await recordAudit(tx, actor, {
    action: `leaveRequest${status[0]}${status.slice(1).toLowerCase()}`,
    entityType: 'LeaveRequest',
    entityId: leave.id,
    before: leave,
  });
  await appendEvent(tx, actor, {
    type: `leaveRequest.${status.toLowerCase()}`,
    aggregateType: 'LeaveRequest',
    aggregateId: leave.id,
    payload: { days: leave.days.toFixed(1) },
  });
}

registerApprovalSubject({
  type: LEAVE_SUBJECT,
  typename: 'LeaveRequest',
  async describe(tx, subjectId) {
    const leave = await tx.leaveRequest.findUniqueOrThrow({ where: { id: subjectId }, include: { leaveType: true } });
    return {
      requesterId: leave.employeeId,
      title: `${leave.leaveType.name} ${fromDbDate(leave.startDate)} to ${fromDbDate(leave.endDate)} (${leave.days.toFixed(1)} days)`,
      facts: { DAYS: leave.days.toFixed(1), TYPE: leave.leaveType.code },
    };
  },
  onSubmitted: reserve,
  onApproved: (tx, actor, outcome) => settle(tx, actor, outcome, 'APPROVED'),
  onRejected: (tx, actor, outcome) => settle(tx, actor, outcome, 'REJECTED'),
  onWithdrawn: (tx, actor, outcome) => settle(tx, actor, outcome, 'WITHDRAWN'),
  onReturned: (tx, actor, outcome) => settle(tx, actor, outcome, 'RETURNED'),
});
