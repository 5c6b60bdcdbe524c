import * as ledger from '../../domain/ledger/index.js';
import { builder } from '../../schema/builder.js';
import { idFor } from '../../schema/ids.js';
import { LEDGER_ACCESS, LedgerError } from '../../schema/ledger/ledger.js';
import { BudgetAmountType, BudgetSetInput, BudgetVsActualType } from '../../schema/ledger/budgets.js';
import { payloadType } from '../../schema/payloads.js';
import { report } from '../run-query.js';
import { runMutation } from '../run-mutation.js';

const BudgetSetPayload = payloadType<ledger.BudgetAmountRef[]>('BudgetSetPayload', {
  description: 'Result of budgetSet.',
  errorType: LedgerError,
  fields: (t) => ({
    amounts: t.field({
      type: [BudgetAmountType],
      nullable: true,
      description: 'The stored amounts, in input order; null when there are errors.',
      resolve: (payload) => payload.ids ?? null,
    }),
  }),
});

builder.mutationFields((t) => ({
  budgetSet: t.field({
    type: BudgetSetPayload,
    description:
      "Sets the organization's budget amounts per revenue or expense account and period, inserting or replacing each; one budget per fiscal year, made of its periods' amounts. Emits budget.set. Needs role ACCOUNTING.",
    authScopes: LEDGER_ACCESS,
    args: { input: t.arg({ type: BudgetSetInput, required: true, description: 'The amounts.' }) },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, 'budgetSet', input, (tx, actor) =>
        ledger.setBudget(tx, actor, {
          amounts: input.amounts.map((row, index) => ({
            accountId: idFor('Account', row.accountId, `amounts.${index}.accountId`),
            periodId: idFor('Period', row.periodId, `amounts.${index}.periodId`),
            amount: row.amount,
          })),
        }),
      ),
  }),
}));

builder.queryFields((t) => ({
  budgetVsActual: t.field({
    type: BudgetVsActualType,
    description:
      'Budget against posted actuals for the periods fromPeriodId..toPeriodId of one fiscal year. Revenue counts positive as credit minus debit, expenses as debit minus credit; variance is actual minus budget. Needs role ACCOUNTING.',
    authScopes: LEDGER_ACCESS,
    args: {
      fromPeriodId: t.arg.id({ required: true, description: 'The first period.' }),
      toPeriodId: t.arg.id({
        required: true,
        description: 'The last period, in the same fiscal year, not before the first.',
      }),
    },
    resolve: (_root, args, ctx) =>
      report(ctx, (tx, actor) =>
        ledger.budgetVsActual(tx, actor, {
          fromPeriodId: idFor('Period', String(args.fromPeriodId), 'fromPeriodId'),
          toPeriodId: idFor('Period', String(args.toPeriodId), 'toPeriodId'),
        }),
      ),
  }),
}));
