import type { BalanceFigures } from '../../domain/hr/index.js';
import type { Actor } from '../../platform/actor.js';
import { builder } from '../builder.js';
import { encodeGlobalId } from '../global-id.js';
import { IDEMPOTENCY_DESCRIPTION } from '../payloads.js';

// Leave: types (readable by every key, created by HR), balances and requests (your own; HR all).

const NOBODY = '00000000-0000-0000-0000-000000000000';

/** Leave requests an actor may see: ADMIN and HR all; others their own and those they approve. */
export function visibleLeave(actor: Actor | null): object {
  if (!actor) return { id: NOBODY };
  if (actor.roles.includes('ADMIN') || actor.roles.includes('HR')) return {};
  if (!actor.employeeId) return { id: NOBODY };
  const me = actor.employeeId;
  return {
    OR: [
      { employeeId: me },
      { approvalRequest: { is: { assignees: { some: { OR: [{ employeeId: me }, { onBehalfOfId: me }] } } } } },
    ],
  };
}

export const LeaveRequestStatusEnum = builder.enumType('LeaveRequestStatus', {
  description: 'Where a leave request stands.',
  values: {
    DRAFT: { description: 'Written, not submitted; reserves nothing.' },
    PENDING: { description: 'Submitted; its days are reserved (pending) until the approval is decided.' },
    APPROVED: { description: 'Approved; its days are taken.' },
    REJECTED: { description: 'Rejected; its days were released.' },
    WITHDRAWN: { description: 'Withdrawn by the requester; its days were released.' },
    RETURNED: { description: 'Returned for changes; its days were released until it is submitted again.' },
  } as const,
});

builder.prismaNode('LeaveType', {
  select: { id: true },
  description:
    'A kind of leave with its yearly entitlement. Readable by any API key of the organization; created by role HR.',
  id: { field: 'id' },
  nullable: true,
  authScopes: { authenticated: true },
  fields: (t) => ({
    code: t.exposeString('code', {
      description: 'Human key, upper case, unique in the organization (ANNUAL, SICK, UNPAID, ...).',
    }),
    name: t.exposeString('name', { description: 'Display name.' }),
    paid: t.exposeBoolean('paid', { description: 'Whether the employee is paid during this leave.' }),
    yearlyEntitlement: t.expose('yearlyEntitlement', {
      type: 'Decimal',
      nullable: true,
      description: 'Working days per year; null: unlimited (no balance is kept, e.g. sick leave).',
    }),
    carryOverCap: t.expose('carryOverCap', {
      type: 'Decimal',
      description: 'Most unused days that carry into the next year.',
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When the leave type was created.' }),
  }),
});

builder.prismaNode('LeaveRequest', {
  select: { id: true },
  description: 'A request for leave. Visible to the employee, to their approvers, and to HR and ADMIN.',
  id: { field: 'id' },
  nullable: true,
  authScopes: { authenticated: true },
  findUnique: (id, ctx) => ({ id, ...visibleLeave(ctx.actor) }) as never,
  fields: (t) => ({
    employee: t.relation('employee', { description: 'Who takes the leave.' }),
    leaveType: t.relation('leaveType', { description: 'The kind of leave.' }),
    startDate: t.expose('startDate', { type: 'Date', description: 'First day.' }),
    endDate: t.expose('endDate', { type: 'Date', description: 'Last day (inclusive).' }),
    halfDayStart: t.exposeBoolean('halfDayStart', {
      description: 'The first day counts half (leave starts at midday).',
    }),
    halfDayEnd: t.exposeBoolean('halfDayEnd', { description: 'The last day counts half (leave ends at midday).' }),
    days: t.expose('days', {
      type: 'Decimal',
      description: 'Working days taken: weekends and public holidays excluded, half days as 0.5.',
    }),
    reason: t.exposeString('reason', { nullable: true, description: "Why, in the employee's words." }),
    status: t.expose('status', { type: LeaveRequestStatusEnum, description: 'Draft, pending, or how it was decided.' }),
    approvalRequest: t.relation('approvalRequest', { nullable: true, description: 'Its approval, once submitted.' }),
    version: t.exposeInt('version', { description: 'Increases with every change.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it was created.' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime', description: 'When it last changed.' }),
  }),
});

export const LeaveBalanceType = builder
  .objectRef<BalanceFigures & { leaveTypeCode: string; leaveTypeName: string }>('LeaveBalance')
  .implement({
    description:
      "An employee's days of one leave type in one year. remaining = entitled + carriedOver - taken - pending.",
    fields: (t) => ({
      employeeId: t.id({
        description: 'Global ID of the employee.',
        resolve: (b) => encodeGlobalId('Employee', b.employeeId),
      }),
      leaveTypeId: t.id({
        description: 'Global ID of the leave type.',
        resolve: (b) => encodeGlobalId('LeaveType', b.leaveTypeId),
      }),
      leaveTypeCode: t.exposeString('leaveTypeCode', { description: 'Code of the leave type.' }),
      leaveTypeName: t.exposeString('leaveTypeName', { description: 'Name of the leave type.' }),
      year: t.exposeInt('year', { description: 'The calendar year.' }),
      entitled: t.field({ type: 'Decimal', description: 'Days granted for the year.', resolve: (b) => b.entitled }),
      carriedOver: t.field({
        type: 'Decimal',
        description: "Unused days carried over from last year (up to the type's cap).",
        resolve: (b) => b.carriedOver,
      }),
      taken: t.field({ type: 'Decimal', description: 'Days of approved requests.', resolve: (b) => b.taken }),
      pending: t.field({
        type: 'Decimal',
        description: 'Days reserved by requests waiting for approval.',
        resolve: (b) => b.pending,
      }),
      remaining: t.field({ type: 'Decimal', description: 'Days still free to request.', resolve: (b) => b.remaining }),
    }),
  });

export const LeaveTypeCreateInput = builder.inputType('LeaveTypeCreateInput', {
  description: 'A new leave type.',
  fields: (t) => ({
    code: t.string({
      required: true,
      description: 'Unique code; letters, digits and "_", stored upper case, at most 32.',
    }),
    name: t.string({ required: true, description: 'Display name, at most 200 characters.' }),
    paid: t.boolean({ required: true, description: 'Whether the employee is paid during this leave.' }),
    yearlyEntitlement: t.field({
      type: 'Decimal',
      description: 'Working days per year, whole or half, 0 to 366; omit for unlimited.',
    }),
    carryOverCap: t.field({
      type: 'Decimal',
      description: 'Most unused days that carry into the next year (default 0); needs an entitlement.',
    }),
    idempotencyKey: t.string({ description: IDEMPOTENCY_DESCRIPTION }),
  }),
});

export const LeaveRequestCreateInput = builder.inputType('LeaveRequestCreateInput', {
  description: 'A new leave request (a draft; submit it with leaveRequestSubmit).',
  fields: (t) => ({
    employeeId: t.id({
      description: "Whose leave (default: the employee your key acts for). Someone else's needs HR.",
    }),
    leaveTypeId: t.id({ required: true, description: 'The leave type.' }),
    startDate: t.field({ type: 'Date', required: true, description: 'First day.' }),
    endDate: t.field({ type: 'Date', required: true, description: 'Last day (inclusive), in the same year.' }),
    halfDayStart: t.boolean({ description: 'The first day counts half (default false).' }),
    halfDayEnd: t.boolean({ description: 'The last day counts half (default false).' }),
    reason: t.string({ description: 'Why, at most 2000 characters.' }),
    idempotencyKey: t.string({ description: IDEMPOTENCY_DESCRIPTION }),
  }),
});

export const LeaveRequestSubmitInput = builder.inputType('LeaveRequestSubmitInput', {
  description: 'Submits a draft or returned leave request for approval.',
  fields: (t) => ({
    id: t.id({ required: true, description: 'The leave request.' }),
    comment: t.string({ description: 'Comment for the approval history.' }),
    idempotencyKey: t.string({ description: IDEMPOTENCY_DESCRIPTION }),
  }),
});

export const LeaveRequestWhere = builder.inputType('LeaveRequestWhere', {
  description: 'Filter for leave requests. All given conditions must hold.',
  fields: (t) => ({
    employeeId: t.id({ description: 'Global ID of the employee.' }),
    leaveTypeId: t.id({ description: 'Global ID of the leave type.' }),
    status: t.field({ type: [LeaveRequestStatusEnum], description: 'Any of these statuses.' }),
    year: t.int({ description: 'Requests starting in this year.' }),
  }),
});
