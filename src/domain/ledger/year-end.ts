import { Prisma } from '../../generated/prisma/client.js';
import {
  DomainError,
  appendEvent,
  fieldError,
  lockRows,
  recordAudit,
  type Actor,
  type TenantTx,
} from '../../platform/index.js';
import { fromDbDate } from './dates.js';
import type { EntryLineInput } from './entry-lines.js';
import { isUuid } from '../../platform/index.js';
import { closePeriod } from './periods.js';
import { accountForRole } from './posting-rules.js';
import { postFromSource } from './source-posting.js';

export interface FiscalYearCloseInput {
  id: string;
}

export interface FiscalYearCloseResult {
  fiscalYearId: string;
  /** Null when the year had no revenue or expense balance to move. */
  closingEntryId: string | null;
}

type AccountNet = { accountId: string; net: Prisma.Decimal };

/** Debit minus credit per revenue and expense account over the year, leaving out accounts that net to zero. */
async function incomeBalances(tx: TenantTx, actor: Actor, from: Date, to: Date): Promise<AccountNet[]> {
  const rows = await tx.$queryRaw<AccountNet[]>`
    SELECT l."accountId"::text AS "accountId", SUM(l."debit" - l."credit") AS net
    FROM "JournalLine" l
    JOIN "Account" a ON a."organizationId" = l."organizationId" AND a."id" = l."accountId"
    WHERE l."organizationId" = ${actor.organizationId}::uuid AND l."posted"
      AND a."type"::text IN ('REVENUE', 'EXPENSE')
      AND l."date" >= ${from}::date AND l."date" <= ${to}::date
    GROUP BY l."accountId"
    ORDER BY l."accountId"`;
  return rows
    .map((row) => ({ accountId: row.accountId, net: new Prisma.Decimal(row.net) }))
    .filter((row) => !row.net.isZero());
}

/** Each account's balance turned around, and the sum of them all on retained earnings so the entry balances. */
function closingLines(balances: AccountNet[], retainedEarningsId: string): EntryLineInput[] {
  const line = (accountId: string, net: Prisma.Decimal): EntryLineInput =>
    net.isPositive() ? { accountId, credit: net.toFixed() } : { accountId, debit: net.negated().toFixed() };
  const lines = balances.map((balance) => line(balance.accountId, balance.net));
  const total = balances.reduce((sum, balance) => sum.plus(balance.net), new Prisma.Decimal(0));
  // A loss (net debit) is debited to retained earnings, a profit credited; a year that nets to zero needs no such line.
  if (!total.isZero()) lines.push(line(retainedEarningsId, total.negated()));
  return lines;
}

/**
 * Closes a fiscal year. Every period but the last must already be closed or locked; the last must
 * still be open, because the closing entry is posted into it like any other entry (no path around
 * the closed-period check), and the close then closes that period in the same transaction. The
 * year's row and all its periods are locked first, so no post can slip into the year between
 * reading the balances and closing it. Needs role ADMIN: the year cannot be reopened.
 */
export async function closeFiscalYear(
  tx: TenantTx,
  actor: Actor,
  input: FiscalYearCloseInput,
): Promise<FiscalYearCloseResult> {
  if (!actor.roles.includes('ADMIN'))
    throw new DomainError(fieldError('FORBIDDEN', 'Only an administrator may close a fiscal year'));
  const locked = isUuid(input.id)
    ? await lockRows(tx, actor.organizationId, 'FiscalYear', [input.id])
    : new Set<string>();
  if (!locked.has(input.id))
    throw new DomainError(fieldError('NOT_FOUND', 'No fiscal year with this id in your organization', 'id'));
  const year = await tx.fiscalYear.findUniqueOrThrow({
    where: { id: input.id },
    include: { periods: { orderBy: { number: 'asc' } } },
  });
  if (year.closedAt)
    throw new DomainError(fieldError('FISCAL_YEAR_CLOSED', `Fiscal year ${year.name} is already closed`, 'id'));
  await lockRows(
    tx,
    actor.organizationId,
    'Period',
    year.periods.map((period) => period.id),
  );
  const periods = await tx.period.findMany({ where: { fiscalYearId: year.id }, orderBy: { number: 'asc' } });
  const last = periods[periods.length - 1];
  const stillOpen = periods.filter((period) => period !== last && period.status === 'OPEN');
  if (stillOpen.length > 0) {
    const months = stillOpen.map((period) => fromDbDate(period.startDate).slice(0, 7)).join(', ');
    throw new DomainError(
      fieldError('PERIOD_STILL_OPEN', `Close these periods of ${year.name} first: ${months}`, 'id'),
    );
  }
  if (last.status !== 'OPEN') {
    throw new DomainError(
      fieldError(
        'PERIOD_NOT_OPEN',
        `The last period of ${year.name} must be open: the closing entry is posted into it`,
        'id',
      ),
    );
  }

  const balances = await incomeBalances(tx, actor, year.startDate, year.endDate);
  let closingEntryId: string | null = null;
  if (balances.length > 0) {
    const retainedEarnings = await accountForRole(tx, 'RETAINED_EARNINGS');
    const posted = await postFromSource(tx, actor, {
      source: { type: 'FiscalYear', id: year.id, purpose: 'YEAR_END_CLOSE' },
      journalType: 'GENERAL',
      date: fromDbDate(year.endDate),
      reference: `CLOSE-${year.name}`,
      memo: `Year-end close of ${year.name}`,
      lines: closingLines(balances, retainedEarnings.id),
    });
    closingEntryId = posted.entryId;
  }
  await closePeriod(tx, actor, { id: last.id });
  const after = await tx.fiscalYear.update({ where: { id: year.id }, data: { closedAt: new Date(), closingEntryId } });
  await recordAudit(tx, actor, {
    action: 'fiscalYearClose',
    entityType: 'FiscalYear',
    entityId: year.id,
    before: { closedAt: null, closingEntryId: null },
    after: { closedAt: after.closedAt, closingEntryId },
  });
  await appendEvent(tx, actor, {
    type: 'fiscalYear.closed',
    aggregateType: 'FiscalYear',
    aggregateId: year.id,
    payload: { name: year.name, endDate: fromDbDate(year.endDate), closingEntryId },
  });
  return { fiscalYearId: year.id, closingEntryId };
}
