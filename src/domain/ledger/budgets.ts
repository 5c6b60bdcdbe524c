import { Prisma } from '../../generated/prisma/client.js';
import {
  DomainError,
  Problems,
  appendEvent,
  fieldError,
  hasRole,
  recordAudit,
  type Actor,
  type TenantTx,
} from '../../platform/index.js';
import { isUuid } from '../../platform/index.js';
import { checkScale, formatMoney, parseAmount, type Amount } from './money.js';
import { baseCurrencyOf } from './settings.js';

// The organization keeps one budget: a planned amount per revenue or expense account per period.
// Periods belong to exactly one fiscal year, so this is one budget per fiscal year without a table
// of budgets to create, name and choose between; revisions overwrite amounts and the audit log
// keeps what they were. Amounts are in the base currency and follow the budget-versus-actual
// sign convention: revenue positive as credit minus debit, expenses positive as debit minus credit.

export interface BudgetAmountInput {
  accountId: string;
  periodId: string;
  amount: Amount;
}

export interface BudgetSetInput {
  amounts: BudgetAmountInput[];
}

export interface BudgetAmountRef {
  accountId: string;
  periodId: string;
  /** As stored, with the base currency's decimals. */
  amount: string;
}

const MAX_AMOUNTS = 500;

/** Sets (inserts or replaces) budget amounts, all or none. Needs role ACCOUNTING. */
export async function setBudget(tx: TenantTx, actor: Actor, input: BudgetSetInput): Promise<BudgetAmountRef[]> {
  if (!hasRole(actor, 'ACCOUNTING'))
    throw new DomainError(fieldError('FORBIDDEN', 'Setting budgets needs the ACCOUNTING role'));
  const problems = new Problems();
  const amounts = input.amounts ?? [];
  if (amounts.length === 0) problems.add('REQUIRED', 'Give at least one budget amount', 'amounts');
  if (amounts.length > MAX_AMOUNTS)
    problems.add('OUT_OF_RANGE', `At most ${MAX_AMOUNTS} budget amounts at a time`, 'amounts');
  problems.throwIfAny();

  const currency = await baseCurrencyOf(tx);
  const accountIds = [...new Set(amounts.map((row) => row.accountId).filter(isUuid))];
  const periodIds = [...new Set(amounts.map((row) => row.periodId).filter(isUuid))];
  const accounts = new Map(
    (await tx.account.findMany({ where: { id: { in: accountIds } } })).map((account) => [account.id, account]),
  );
  const periods = new Set(
    (await tx.period.findMany({ where: { id: { in: periodIds } }, select: { id: true } })).map((period) => period.id),
  );
  const seen = new Set<string>();
  const rows = amounts.map((row, index) => {
    const at = `amounts.${index}`;
    const account = accounts.get(row.accountId);
    if (!account) problems.add('NOT_FOUND', 'No account with this id in your organization', `${at}.accountId`);
    else if (account.type !== 'REVENUE' && account.type !== 'EXPENSE')
      problems.add(
        'INVALID_INPUT',
        `Account ${account.code} is not a revenue or expense account; only those are budgeted`,
        `${at}.accountId`,
      );
    if (!periods.has(row.periodId))
      problems.add('NOT_FOUND', 'No period with this id in your organization', `${at}.periodId`);
    const key = `${row.accountId}/${row.periodId}`;
    if (seen.has(key)) problems.add('INVALID_INPUT', 'The same account and period appear twice', at);
    seen.add(key);
    const amount = parseAmount(problems, `${at}.amount`, row.amount);
    if (amount === undefined && (row.amount === undefined || row.amount === null || row.amount === ''))
      problems.add('REQUIRED', 'An amount is required', `${at}.amount`);
    if (amount) checkScale(problems, `${at}.amount`, amount, currency);
    return { accountId: row.accountId, periodId: row.periodId, amount };
  });
  problems.throwIfAny();

  // One statement per amount, each an upsert, so two accountants saving the same cell cannot collide.
  for (const row of rows) {
    await tx.$executeRaw`
      INSERT INTO "BudgetAmount" ("organizationId", "accountId", "periodId", "amount", "updatedAt")
      VALUES (${actor.organizationId}::uuid, ${row.accountId}::uuid, ${row.periodId}::uuid, ${row.amount as Prisma.Decimal}, now())
      ON CONFLICT ("organizationId", "accountId", "periodId") DO UPDATE SET "amount" = EXCLUDED."amount", "updatedAt" = now()`;
  }
  const after = rows.map((row) => ({
    accountId: row.accountId,
    periodId: row.periodId,
    amount: formatMoney(row.amount, currency),
  }));
  await recordAudit(tx, actor, { action: 'budgetSet', entityType: 'Budget', entityId: actor.organizationId, after });
  await appendEvent(tx, actor, {
    type: 'budget.set',
    aggregateType: 'Budget',
    aggregateId: actor.organizationId,
    payload: { amounts: after },
  });
  return after;
}
