import { Prisma } from '../../generated/prisma/client.js';
import type { AccountType } from '../../generated/prisma/enums.js';
import { DomainError, fieldError, type Actor, type TenantTx } from '../../platform/index.js';
import { isUuid } from '../../platform/index.js';
import { formatMoney, sum } from './money.js';
import { baseCurrencyOf } from './settings.js';

// Budget versus actual over a run of periods of one fiscal year. Revenue counts positive as credit
// minus debit, expenses as debit minus credit, for budget and actual alike. Variance is actual
// minus budget; variancePercent is the variance as a percentage of the budget, null when the
// budget is zero. Year-end closing entries are left out of the actuals: they move the year's
// result into equity and would otherwise zero the last period.

export interface BudgetVsActualInput {
  fromPeriodId: string;
  toPeriodId: string;
}

export interface BudgetComparison {
  budget: string;
  actual: string;
  variance: string;
  variancePercent: string | null;
}

export interface BudgetVsActualRow extends BudgetComparison {
  accountId: string;
  code: string;
  name: string;
  type: AccountType;
}

export interface BudgetVsActual {
  currency: string;
  fromDate: string;
  toDate: string;
  rows: BudgetVsActualRow[];
  revenue: BudgetComparison;
  expenses: BudgetComparison;
  /** Revenue minus expenses. */
  netIncome: BudgetComparison;
}

type Figures = {
  accountId: string;
  code: string;
  name: string;
  type: AccountType;
  budget: Prisma.Decimal;
  net: Prisma.Decimal;
};

function compare(budget: Prisma.Decimal, actual: Prisma.Decimal, currency: string): BudgetComparison {
  const variance = actual.minus(budget);
  return {
    budget: formatMoney(budget, currency),
    actual: formatMoney(actual, currency),
    variance: formatMoney(variance, currency),
    variancePercent: budget.isZero()
      ? null
      : variance.dividedBy(budget).times(100).toDecimalPlaces(2, Prisma.Decimal.ROUND_HALF_UP).toFixed(2),
  };
}

async function periodsOf(tx: TenantTx, input: BudgetVsActualInput) {
  const find = (id: string) => (isUuid(id) ? tx.period.findUnique({ where: { id } }) : Promise.resolve(null));
  const [from, to] = await Promise.all([find(input.fromPeriodId), find(input.toPeriodId)]);
  if (!from)
    throw new DomainError(fieldError('NOT_FOUND', 'No period with this id in your organization', 'fromPeriodId'));
  if (!to) throw new DomainError(fieldError('NOT_FOUND', 'No period with this id in your organization', 'toPeriodId'));
  if (from.fiscalYearId !== to.fiscalYearId)
    throw new DomainError(
      fieldError('INVALID_INPUT', 'Both periods must belong to the same fiscal year', 'toPeriodId'),
    );
  if (from.number > to.number)
    throw new DomainError(fieldError('INVALID_INPUT', 'The first period must not come after the last', 'fromPeriodId'));
  return { from, to };
}

/** Budget and actual per revenue and expense account that has either, ordered by code, with totals. Needs role ACCOUNTING (checked by the caller). */
export async function budgetVsActual(tx: TenantTx, actor: Actor, input: BudgetVsActualInput): Promise<BudgetVsActual> {
  const { from, to } = await periodsOf(tx, input);
  const currency = await baseCurrencyOf(tx);
  const figures = await tx.$queryRaw<Figures[]>`
    WITH budget AS (
      SELECT b."accountId", SUM(b."amount") AS amount
      FROM "BudgetAmount" b
      JOIN "Period" p ON p."organizationId" = b."organizationId" AND p."id" = b."periodId"
      WHERE b."organizationId" = ${actor.organizationId}::uuid AND p."fiscalYearId" = ${from.fiscalYearId}::uuid
        AND p."number" BETWEEN ${from.number} AND ${to.number}
      GROUP BY b."accountId"
    ), actual AS (
      SELECT l."accountId", SUM(l."debit" - l."credit") AS net
      FROM "JournalLine" l
      JOIN "JournalEntry" e ON e."organizationId" = l."organizationId" AND e."id" = l."entryId"
      WHERE l."organizationId" = ${actor.organizationId}::uuid AND l."posted"
        AND l."date" BETWEEN ${from.startDate}::date AND ${to.endDate}::date
        AND (e."sourceType", e."sourcePurpose") IS DISTINCT FROM ('FiscalYear', 'YEAR_END_CLOSE')
      GROUP BY l."accountId"
    )
    SELECT a."id"::text AS "accountId", a."code", a."name", a."type"::text AS type,
      COALESCE(budget.amount, 0) AS budget, COALESCE(actual.net, 0) AS net
    FROM "Account" a
    LEFT JOIN budget ON budget."accountId" = a."id"
    LEFT JOIN actual ON actual."accountId" = a."id"
    WHERE a."organizationId" = ${actor.organizationId}::uuid AND a."type"::text IN ('REVENUE', 'EXPENSE')
      AND (budget."accountId" IS NOT NULL OR actual."accountId" IS NOT NULL)
    ORDER BY a."code"`;
  const rows = figures.map((row) => {
    const budget = new Prisma.Decimal(row.budget);
    const actual = new Prisma.Decimal(row.net).times(row.type === 'EXPENSE' ? 1 : -1);
    return { row, budget, actual };
  });
  const total = (type: AccountType, pick: 'budget' | 'actual') =>
    sum(rows.filter(({ row }) => row.type === type).map((entry) => entry[pick]));
  const revenue = { budget: total('REVENUE', 'budget'), actual: total('REVENUE', 'actual') };
  const expenses = { budget: total('EXPENSE', 'budget'), actual: total('EXPENSE', 'actual') };
  return {
    currency,
    fromDate: from.startDate.toISOString().slice(0, 10),
    toDate: to.endDate.toISOString().slice(0, 10),
    rows: rows.map(({ row, budget, actual }) => ({
      accountId: row.accountId,
      code: row.code,
      name: row.name,
      type: row.type,
      ...compare(budget, actual, currency),
    })),
    revenue: compare(revenue.budget, revenue.actual, currency),
    expenses: compare(expenses.budget, expenses.actual, currency),
    netIncome: compare(revenue.budget.minus(expenses.budget), revenue.actual.minus(expenses.actual), currency),
  };
}
