import * as hr from '../../domain/hr/index.js';
import type { Actor, TenantTx } from '../../platform/index.js';
import { builder } from '../../schema/builder.js';
import type { GraphQLContext } from '../../schema/context.js';
import { HrError } from '../../schema/hr/hr.js';
import {
  ExpenseClaimCreateInput,
  ExpenseClaimSubmitInput,
  ExpenseClaimWhere,
  visibleClaims,
} from '../../schema/hr/expenses.js';
import { idFor, optionalIdFor } from '../../schema/ids.js';
import { payloadType } from '../../schema/payloads.js';
import { filterId } from './where.js';
import { runMutationWithCodes } from '../run-mutation.js';

/** Submitting runs the approvals engine; a code HrError does not list comes back as INVALID_INPUT. */
function runMutation<Ids>(
  ctx: GraphQLContext,
  operation: string,
  input: { idempotencyKey?: string | null } & object,
  command: (tx: TenantTx, actor: Actor) => Promise<Ids>,
) {
  return runMutationWithCodes(ctx, hr.HR_ERROR_CODES, 'INVALID_INPUT', operation, input, command);
}

function claimWhere(
  ctx: GraphQLContext,
  where: { employeeId?: string | null; status?: string[] | null } | null | undefined,
) {
  const clauses: object[] = [visibleClaims(ctx.actor)];
  if (where?.employeeId) clauses.push({ employeeId: filterId('Employee', where.employeeId, 'employeeId') });
  if (where?.status) clauses.push({ status: { in: where.status } });
  return { AND: clauses };
}

builder.queryFields((t) => ({
  expenseClaims: t.prismaConnection(
    {
      type: 'ExpenseClaim',
      cursor: 'id',
      description:
        'Expense claims you may see (your own and those you approve; all for HR, ACCOUNTING and ADMIN), newest first.',
      authScopes: { authenticated: true },
      args: { where: t.arg({ type: ExpenseClaimWhere, description: 'Filter; omit for all you may see.' }) },
      totalCount: (_c, args, ctx) => ctx.db.expenseClaim.count({ where: claimWhere(ctx, args.where) }),
      resolve: (query, _root, args, ctx) =>
        ctx.db.expenseClaim.findMany({
          ...query,
          where: claimWhere(ctx, args.where),
          orderBy: [{ createdAt: 'desc' }, { id: 'asc' }],
        }),
    },
    { name: 'ExpenseClaimConnection', description: 'A page of expense claims.' },
    { name: 'ExpenseClaimEdge', description: 'An expense claim in a page, with its cursor.' },
  ),
}));

const claimPayload = (name: string, description: string) =>
  payloadType<hr.ExpenseClaimRef>(name, {
    description,
    errorType: HrError,
    fields: (t) => ({
      expenseClaim: t.prismaField({
        type: 'ExpenseClaim',
        nullable: true,
        description: 'The claim after the mutation; null when there are errors.',
        resolve: (query, payload, _args, ctx) =>
          payload.ids
            ? ctx.db.expenseClaim.findFirst({
                ...query,
                where: { AND: [{ id: payload.ids.expenseClaimId }, visibleClaims(ctx.actor)] },
              })
            : null,
      }),
    }),
  });

builder.mutationFields((t) => ({
  expenseClaimCreate: t.field({
    type: claimPayload('ExpenseClaimCreatePayload', 'Result of expenseClaimCreate.'),
    description: "Writes a draft expense claim. Your own; anyone's with HR. Emits expenseClaim.created.",
    authScopes: { authenticated: true },
    args: { input: t.arg({ type: ExpenseClaimCreateInput, required: true, description: 'The claim.' }) },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, 'expenseClaimCreate', input, (tx, actor) =>
        hr.createExpenseClaim(tx, actor, {
          ...input,
          employeeId: optionalIdFor('Employee', input.employeeId, 'employeeId'),
        }),
      ),
  }),
  expenseClaimSubmit: t.field({
    type: claimPayload('ExpenseClaimSubmitPayload', 'Result of expenseClaimSubmit.'),
    description:
      'Submits a draft or returned claim: an approval (EXPENSE_CLAIM) opens with its total in the base currency as AMOUNT. On approval the claim becomes PAYABLE and is posted to the ledger (Dr operating expense, Cr employee payable, dated the approval day, which must fall in an open period). Emits expenseClaim.submitted and approval.requested.',
    authScopes: { authenticated: true },
    args: { input: t.arg({ type: ExpenseClaimSubmitInput, required: true, description: 'The claim.' }) },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, 'expenseClaimSubmit', input, (tx, actor) =>
        hr.submitExpenseClaim(tx, actor, { id: idFor('ExpenseClaim', input.id, 'id'), comment: input.comment }),
      ),
  }),
}));
