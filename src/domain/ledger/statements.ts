import { Prisma } from '../../generated/prisma/client.js';
import type { AccountType } from '../../generated/prisma/enums.js';
import { DomainError, Problems, fieldError, type Actor, type TenantTx } from '../../platform/index.js';
import { checkDate } from './dates.js';
import { formatMoney, sum } from './money.js';
import { baseCurrencyOf } from './settings.js';

// Financial statements from posted lines, aggregated in SQL. Unlike the trial balance, amounts carry
// each section's natural sign: assets and expenses debit minus credit, the others credit minus debit.

export interface StatementRow {
  accountId: string;
  code: string;
  name: string;
  amount: string;
}

export interface StatementSection {
  rows: StatementRow[];
  total: string;
}

export interface IncomeStatement {
  currency: string;
  revenue: StatementSection;
  expenses: StatementSection;
  netIncome: string;
}

export interface BalanceSheet {
  currency: string;
  assets: StatementSection;
  liabilities: StatementSection;
  equity: StatementSection;
  /** Revenue minus expenses up to the date that no closing entry has moved into equity yet. */
  unclosedEarnings: string;
  totalLiabilitiesAndEquity: string;
}

type Totals = { accountId: string; code: string; name: string; type: AccountType; net: Prisma.Decimal };

async function netByAccount(
  tx: TenantTx,
  actor: Actor,
  types: AccountType[],
  from: Date | null,
  to: Date,
): Promise<Totals[]> {
  return tx.$queryRaw<Totals[]>`
    SELECT a."id"::text AS "accountId", a."code", a."name", a."type"::text AS type, SUM(l."debit" - l."credit") AS net
    FROM "JournalLine" l
    JOIN "Account" a ON a."organizationId" = l."organizationId" AND a."id" = l."accountId"
    WHERE l."organizationId" = ${actor.organizationId}::uuid AND l."posted"
      AND a."type"::text = ANY(${types}::text[])
      AND l."date" <= ${to}::date AND (${from}::date IS NULL OR l."date" >= ${from}::date)
    GROUP BY a."id", a."code", a."name", a."type"
    ORDER BY a."code"`;
}

function section(
  rows: Totals[],
  type: AccountType,
  currency: string,
): { section: StatementSection; total: Prisma.Decimal } {
  const sign = type === 'ASSET' || type === 'EXPENSE' ? 1 : -1;
  const amounts = rows
    .filter((row) => row.type === type)
    .map((row) => ({ row, amount: new Prisma.Decimal(row.net).times(sign) }));
  const total = sum(amounts.map(({ amount }) => amount));
  return {
    section: {
      rows: amounts.map(({ row, amount }) => ({
        accountId: row.accountId,
        code: row.code,
        name: row.name,
        amount: formatMoney(amount, currency),
      })),
      total: formatMoney(total, currency),
    },
    total,
  };
}

export async function incomeStatement(
  tx: TenantTx,
  actor: Actor,
  input: { from: string; to: string },
): Promise<IncomeStatement> {
  const problems = new Problems();
  const from = checkDate(problems, 'from', input.from);
  const to = checkDate(problems, 'to', input.to);
  problems.throwIfAny();
  if ((from as Date) > (to as Date))
    throw new DomainError(fieldError('INVALID_DATE', 'from must not be after to', 'from'));
  const currency = await baseCurrencyOf(tx);
  const rows = await netByAccount(tx, actor, ['REVENUE', 'EXPENSE'], from as Date, to as Date);
  const revenue = section(rows, 'REVENUE', currency);
  const expenses = section(rows, 'EXPENSE', currency);
  return {
    currency,
    revenue: revenue.section,
    expenses: expenses.section,
    netIncome: formatMoney(revenue.total.minus(expenses.total), currency),
  };
}

export async function balanceSheet(tx: TenantTx, actor: Actor, input: { asOf: string }): Promise<BalanceSheet> {
  const problems = new Problems();
  const asOf = checkDate(problems, 'asOf', input.asOf);
  problems.throwIfAny();
  const currency = await baseCurrencyOf(tx);
  const rows = await netByAccount(
    tx,
    actor,
    ['ASSET', 'LIABILITY', 'EQUITY', 'REVENUE', 'EXPENSE'],
    null,
    asOf as Date,
  );
  const assets = section(rows, 'ASSET', currency);
  const liabilities = section(rows, 'LIABILITY', currency);
  const equity = section(rows, 'EQUITY', currency);
  const earnings = section(rows, 'REVENUE', currency).total.minus(section(rows, 'EXPENSE', currency).total);
  return {
    currency,
    assets: assets.section,
    liabilities: liabilities.section,
    equity: equity.section,
    unclosedEarnings: formatMoney(earnings, currency),
    totalLiabilitiesAndEquity: formatMoney(sum([liabilities.total, equity.total, earnings]), currency),
  };
}
