import type {
  BudgetAmountRef,
  BudgetComparison,
  BudgetVsActual,
  BudgetVsActualRow,
} from '../../domain/ledger/index.js';
import { builder } from '../builder.js';
import { encodeGlobalId } from '../global-id.js';
import { AccountTypeEnum } from './ledger.js';

// Budget types. Amounts are Decimal strings in the base currency; revenue counts positive as
// credit minus debit and expenses as debit minus credit, for budget and actual alike.

export const BudgetAmountInput = builder.inputType('BudgetAmountInput', {
  description: 'The planned amount of one revenue or expense account in one period.',
  fields: (t) => ({
    accountId: t.id({ required: true, description: 'A revenue or expense account.' }),
    periodId: t.id({ required: true, description: 'The period.' }),
    amount: t.field({
      type: 'Decimal',
      required: true,
      description:
        'Base currency, at most its number of decimals; revenue as credit minus debit, expenses as debit minus credit.',
    }),
  }),
});

export const BudgetSetInput = builder.inputType('BudgetSetInput', {
  description: 'Budget amounts to insert or replace, all or none; other amounts stay as they are.',
  fields: (t) => ({
    amounts: t.field({
      type: [BudgetAmountInput],
      required: true,
      description: 'One to 500 amounts; each account and period at most once.',
    }),
    idempotencyKey: t.string({
      description:
        'Optional key: repeating the request with the same key and input returns the first result; a different input fails with IDEMPOTENCY_CONFLICT.',
    }),
  }),
});

export const BudgetAmountType = builder.objectRef<BudgetAmountRef>('BudgetAmount').implement({
  description: 'The planned amount of one account in one period, as stored.',
  fields: (t) => ({
    account: t.prismaField({
      type: 'Account',
      description: 'The account.',
      resolve: (query, row, _args, ctx) => ctx.db.account.findUniqueOrThrow({ ...query, where: { id: row.accountId } }),
    }),
    period: t.prismaField({
      type: 'Period',
      description: 'The period.',
      resolve: (query, row, _args, ctx) => ctx.db.period.findUniqueOrThrow({ ...query, where: { id: row.periodId } }),
    }),
    amount: t.field({
      type: 'Decimal',
      description: 'Base currency; revenue as credit minus debit, expenses as debit minus credit.',
      resolve: (row) => row.amount,
    }),
  }),
});

const COMPARISON_FIELDS = {
  budget: 'Planned amount.',
  actual: 'Posted amount (year-end closing entries left out).',
  variance: 'Actual minus budget: positive means more revenue, or more spending, than planned.',
} as const;

export const BudgetComparisonType = builder.objectRef<BudgetComparison>('BudgetComparison').implement({
  description: 'Budget, actual and variance of a group of accounts, in the base currency.',
  fields: (t) => ({
    budget: t.field({ type: 'Decimal', description: COMPARISON_FIELDS.budget, resolve: (row) => row.budget }),
    actual: t.field({ type: 'Decimal', description: COMPARISON_FIELDS.actual, resolve: (row) => row.actual }),
    variance: t.field({ type: 'Decimal', description: COMPARISON_FIELDS.variance, resolve: (row) => row.variance }),
    variancePercent: t.field({
      type: 'Decimal',
      nullable: true,
      description:
        'Variance as a percentage of the budget, two decimals, rounded half up; null when the budget is zero.',
      resolve: (row) => row.variancePercent,
    }),
  }),
});

const BudgetVsActualRowType = builder.objectRef<BudgetVsActualRow>('BudgetVsActualRow').implement({
  description: 'Budget against actual for one revenue or expense account.',
  fields: (t) => ({
    accountId: t.id({
      description: 'Global ID of the account.',
      resolve: (row) => encodeGlobalId('Account', row.accountId),
    }),
    account: t.prismaField({
      type: 'Account',
      nullable: true,
      description: 'The account, for fields beyond code and name.',
      resolve: (query, row, _args, ctx) => ctx.db.account.findUnique({ ...query, where: { id: row.accountId } }),
    }),
    code: t.exposeString('code', { description: 'Account code.' }),
    name: t.exposeString('name', { description: 'Account name.' }),
    type: t.field({ type: AccountTypeEnum, description: 'REVENUE or EXPENSE.', resolve: (row) => row.type as never }),
    budget: t.field({ type: 'Decimal', description: COMPARISON_FIELDS.budget, resolve: (row) => row.budget }),
    actual: t.field({ type: 'Decimal', description: COMPARISON_FIELDS.actual, resolve: (row) => row.actual }),
    variance: t.field({ type: 'Decimal', description: COMPARISON_FIELDS.variance, resolve: (row) => row.variance }),
    variancePercent: t.field({
      type: 'Decimal',
      nullable: true,
      description:
        'Variance as a percentage of the budget, two decimals, rounded half up; null when the budget is zero.',
      resolve: (row) => row.variancePercent,
    }),
  }),
});

export const BudgetVsActualType = builder.objectRef<BudgetVsActual>('BudgetVsActual').implement({
  description:
    'Budget against posted actuals over periods of one fiscal year, in the base currency. Revenue counts positive as credit minus debit, expenses as debit minus credit; variance is actual minus budget.',
  fields: (t) => ({
    currency: t.field({
      type: 'CurrencyCode',
      description: 'The base currency all amounts are in.',
      resolve: (report) => report.currency,
    }),
    fromDate: t.field({
      type: 'Date',
      description: 'First day of the first period.',
      resolve: (report) => report.fromDate,
    }),
    toDate: t.field({ type: 'Date', description: 'Last day of the last period.', resolve: (report) => report.toDate }),
    rows: t.field({
      type: [BudgetVsActualRowType],
      description: 'One row per revenue or expense account with a budget or posted lines in the periods, by code.',
      resolve: (report) => report.rows,
    }),
    revenue: t.field({
      type: BudgetComparisonType,
      description: 'All revenue accounts.',
      resolve: (report) => report.revenue,
    }),
    expenses: t.field({
      type: BudgetComparisonType,
      description: 'All expense accounts.',
      resolve: (report) => report.expenses,
    }),
    netIncome: t.field({
      type: BudgetComparisonType,
      description: 'Revenue minus expenses.',
      resolve: (report) => report.netIncome,
    }),
  }),
});
