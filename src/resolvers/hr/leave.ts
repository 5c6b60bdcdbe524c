import * as hr from '../../domain/hr/index.js';
import { builder } from '../../schema/builder.js';
import { requireActor, type GraphQLContext } from '../../schema/context.js';
import { HR_WRITERS, HrError } from '../../schema/hr/hr.js';
import {
  LeaveBalanceType,
  LeaveRequestCreateInput,
  LeaveRequestSubmitInput,
  LeaveRequestWhere,
  LeaveTypeCreateInput,
  visibleLeave,
} from '../../schema/hr/leave.js';
import { idFor, optionalIdFor } from '../../schema/ids.js';
import { payloadType } from '../../schema/payloads.js';
import { filterId } from './where.js';
import { yearArgument } from './year.js';
import { runMutationWithCodes } from '../run-mutation.js';
import { report } from '../run-query.js';
import type { Actor, TenantTx } from '../../platform/index.js';

/** Submitting runs the approvals engine; a code HrError does not list comes back as INVALID_INPUT. */
function runMutation<Ids>(
  ctx: GraphQLContext,
  operation: string,
  input: { idempotencyKey?: string | null } & object,
  command: (tx: TenantTx, actor: Actor) => Promise<Ids>,
) {
  return runMutationWithCodes(ctx, hr.HR_ERROR_CODES, 'INVALID_INPUT', operation, input, command);
}
import { GraphQLError } from 'graphql';

function leaveWhere(
  ctx: GraphQLContext,
  where:
    | { employeeId?: string | null; leaveTypeId?: string | null; status?: string[] | null; year?: number | null }
    | null
    | undefined,
) {
  const clauses: object[] = [visibleLeave(ctx.actor)];
  if (where?.employeeId) clauses.push({ employeeId: filterId('Employee', where.employeeId, 'employeeId') });
  if (where?.leaveTypeId) clauses.push({ leaveTypeId: filterId('LeaveType', where.leaveTypeId, 'leaveTypeId') });
  if (where?.status) clauses.push({ status: { in: where.status } });
  if (where?.year !== undefined && where.year !== null)
    clauses.push({ startDate: yearArgument(where.year, 'where.year') });
  return { AND: clauses };
}

builder.queryFields((t) => ({
  leaveTypes: t.prismaField({
    type: ['LeaveType'],
    description: "The organization's leave types, by code. Any API key of the organization may read them.",
    authScopes: { authenticated: true },
    resolve: (query, _root, _args, ctx) =>
      ctx.db.leaveType.findMany({ ...query, orderBy: [{ code: 'asc' }, { id: 'asc' }] }),
  }),
  leaveBalances: t.field({
    type: [LeaveBalanceType],
    description:
      "An employee's balance of every leave type with an entitlement in a year. Your own; anyone's with HR or ADMIN. An unknown employeeId is BAD_USER_INPUT with a NOT_FOUND field error in extensions.errors.",
    authScopes: { authenticated: true },
    args: {
      employeeId: t.arg.id({ description: 'Global ID of the employee (default: the employee your key acts for).' }),
      year: t.arg.int({ required: true, description: 'The calendar year.' }),
    },
    resolve: async (_root, args, ctx) => {
      const actor = requireActor(ctx);
      const employeeId = args.employeeId
        ? filterId('Employee', String(args.employeeId), 'employeeId')
        : actor.employeeId;
      if (!employeeId)
        throw new GraphQLError('Name the employeeId: this API key is not linked to an employee', {
          extensions: { code: 'BAD_USER_INPUT' },
        });
      const privileged = actor.roles.includes('ADMIN') || actor.roles.includes('HR');
      if (employeeId !== actor.employeeId && !privileged) {
        throw new GraphQLError("Not allowed: another employee's balances need role HR", {
          extensions: { code: 'FORBIDDEN' },
        });
      }
      yearArgument(args.year);
      return report(ctx, (tx) => hr.balancesOf(tx, employeeId, args.year));
    },
  }),
  leaveRequests: t.prismaConnection(
    {
      type: 'LeaveRequest',
      cursor: 'id',
      description:
        'Leave requests you may see (your own and those you approve; all for HR and ADMIN), latest start first.',
      authScopes: { authenticated: true },
      args: { where: t.arg({ type: LeaveRequestWhere, description: 'Filter; omit for all you may see.' }) },
      totalCount: (_c, args, ctx) => ctx.db.leaveRequest.count({ where: leaveWhere(ctx, args.where) }),
      resolve: (query, _root, args, ctx) =>
        ctx.db.leaveRequest.findMany({
          ...query,
          where: leaveWhere(ctx, args.where),
          orderBy: [{ startDate: 'desc' }, { id: 'asc' }],
        }),
    },
    { name: 'LeaveRequestConnection', description: 'A page of leave requests.' },
    { name: 'LeaveRequestEdge', description: 'A leave request in a page, with its cursor.' },
  ),
}));

const LeaveTypeCreatePayload = payloadType<hr.LeaveTypeRef>('LeaveTypeCreatePayload', {
  description: 'Result of leaveTypeCreate.',
  errorType: HrError,
  fields: (t) => ({
    leaveType: t.prismaField({
      type: 'LeaveType',
      nullable: true,
      description: 'The new leave type; null when there are errors.',
      resolve: (query, payload, _args, ctx) =>
        payload.ids ? ctx.db.leaveType.findUnique({ ...query, where: { id: payload.ids.leaveTypeId } }) : null,
    }),
  }),
});

const leavePayload = (name: string, description: string) =>
  payloadType<hr.LeaveRequestRef>(name, {
    description,
    errorType: HrError,
    fields: (t) => ({
      leaveRequest: t.prismaField({
        type: 'LeaveRequest',
        nullable: true,
        description: 'The leave request after the mutation; null when there are errors.',
        resolve: (query, payload, _args, ctx) =>
          payload.ids
            ? ctx.db.leaveRequest.findFirst({
                ...query,
                where: { AND: [{ id: payload.ids.leaveRequestId }, visibleLeave(ctx.actor)] },
              })
            : null,
      }),
    }),
  });

builder.mutationFields((t) => ({
  leaveTypeCreate: t.field({
    type: LeaveTypeCreatePayload,
    description: 'Creates a leave type. Emits leaveType.created. Needs role HR.',
    authScopes: HR_WRITERS,
    args: { input: t.arg({ type: LeaveTypeCreateInput, required: true, description: 'The new leave type.' }) },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, 'leaveTypeCreate', input, (tx, actor) => hr.createLeaveType(tx, actor, input)),
  }),
  leaveRequestCreate: t.field({
    type: leavePayload('LeaveRequestCreatePayload', 'Result of leaveRequestCreate.'),
    description:
      "Writes a draft leave request and counts its working days. Your own; anyone's with HR. Emits leaveRequest.created.",
    authScopes: { authenticated: true },
    args: { input: t.arg({ type: LeaveRequestCreateInput, required: true, description: 'The request.' }) },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, 'leaveRequestCreate', input, (tx, actor) =>
        hr.createLeaveRequest(tx, actor, {
          ...input,
          employeeId: optionalIdFor('Employee', input.employeeId, 'employeeId'),
          leaveTypeId: idFor('LeaveType', input.leaveTypeId, 'leaveTypeId'),
        }),
      ),
  }),
  leaveRequestSubmit: t.field({
    type: leavePayload('LeaveRequestSubmitPayload', 'Result of leaveRequestSubmit.'),
    description:
      'Submits a draft or returned leave request: refused when it overlaps another pending or approved request (LEAVE_OVERLAP) or needs more days than remain (INSUFFICIENT_BALANCE); otherwise its days are reserved and an approval (LEAVE_REQUEST) opens. Approval takes the days; rejection, return or withdrawal releases them. Emits leaveRequest.submitted and approval.requested.',
    authScopes: { authenticated: true },
    args: { input: t.arg({ type: LeaveRequestSubmitInput, required: true, description: 'The request.' }) },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, 'leaveRequestSubmit', input, (tx, actor) =>
        hr.submitLeaveRequest(tx, actor, { id: idFor('LeaveRequest', input.id, 'id'), comment: input.comment }),
      ),
  }),
}));
