import { randomUUID } from 'node:crypto';
import { Prisma } from '../../generated/prisma/client.js';
import {
  DomainError,
  appendEvent,
  fieldError,
  lockRows,
  nextSequenceValue,
  recordAudit,
  type Actor,
  type TenantTx,
} from '../../platform/index.js';
import { fromDbDate } from './dates.js';
import { minorUnit, sum } from './money.js';
import { periodForDate } from './periods.js';
import { baseCurrencyOf, roundingAccountId } from './settings.js';
import { isUuid } from '../../platform/index.js';

type Line = { lineNo: number; accountId: string; debit: Prisma.Decimal; credit: Prisma.Decimal; currency: string };

/** Accounts are read FOR SHARE: a deactivation (FOR UPDATE) cannot slip in between this check and the commit. */
async function checkAccountsActive(tx: TenantTx, actor: Actor, lines: Line[]): Promise<void> {
  const ids = [...new Set(lines.map((line) => line.accountId))].sort();
  const rows = await tx.$queryRaw<{ id: string; isActive: boolean }[]>`
    SELECT "id"::text AS id, "isActive" FROM "Account"
    WHERE "organizationId" = ${actor.organizationId}::uuid AND "id" = ANY(${ids}::uuid[])
    ORDER BY "id" FOR SHARE`;
  const active = new Map(rows.map((row) => [row.id, row.isActive]));
  const errors = lines.flatMap((line, index) => {
    const state = active.get(line.accountId);
    if (state === undefined)
      return [fieldError('NOT_FOUND', 'No account with this id in your organization', `lines.${index}.accountId`)];
    if (!state)
      return [
        fieldError('ACCOUNT_INACTIVE', `The account of line ${line.lineNo} is inactive`, `lines.${index}.accountId`),
      ];
    return [];
  });
  if (errors.length > 0) throw new DomainError(errors);
}

/**
 * Balances the entry or explains why not. A difference is absorbed by the rounding account only when
 * it can come from converting foreign lines: at most one minor unit per foreign-currency line.
 */
async function roundingLine(
  tx: TenantTx,
  lines: Line[],
  base: string,
): Promise<{ accountId: string; debit: Prisma.Decimal; credit: Prisma.Decimal } | null> {
  const debits = sum(lines.map((line) => line.debit));
  const credits = sum(lines.map((line) => line.credit));
  const difference = debits.minus(credits);
  if (difference.isZero()) return null;
  const foreignLines = lines.filter((line) => line.currency !== base).length;
  const unbalanced = () =>
    new DomainError(
      fieldError(
        'UNBALANCED',
        `Debits ${debits.toFixed()} and credits ${credits.toFixed()} differ by ${difference.abs().toFixed()} ${base}`,
        'lines',
      ),
    );
  if (foreignLines === 0 || difference.abs().greaterThan(minorUnit(base).times(foreignLines))) throw unbalanced();
  const accountId = await roundingAccountId(tx);
  if (!accountId)
    throw new DomainError(
      fieldError(
        'NO_ROUNDING_ACCOUNT',
        'Set a rounding account in the ledger settings to absorb foreign-currency rounding',
        'lines',
      ),
    );
  const zero = new Prisma.Decimal(0);
  return difference.isPositive()
    ? { accountId, debit: zero, credit: difference }
    : { accountId, debit: difference.abs(), credit: zero };
}

/**
 * Posts a draft: checks it, numbers it gaplessly per journal and fiscal year, and freezes it. The
 * number comes from a counter row updated in this transaction, so a rollback returns the number and
 * concurrent posts to one journal queue on that row. Lines are flagged posted before the entry,
 * because the immutability triggers forbid touching lines of a posted entry.
 */
export async function postDraft(
  tx: TenantTx,
  actor: Actor,
  entryId: string,
): Promise<{ entryId: string; number: string }> {
  const locked = isUuid(entryId)
    ? await lockRows(tx, actor.organizationId, 'JournalEntry', [entryId])
    : new Set<string>();
  if (!locked.has(entryId))
    throw new DomainError(fieldError('NOT_FOUND', 'No journal entry with this id in your organization', 'id'));
  const entry = await tx.journalEntry.findUniqueOrThrow({
    where: { id: entryId },
    include: { journal: true, lines: { orderBy: { lineNo: 'asc' } } },
  });
  if (entry.status === 'POSTED')
    throw new DomainError(fieldError('ALREADY_POSTED', `Entry ${entry.number} is already posted`, 'id'));
  if (entry.lines.length < 2)
    throw new DomainError(fieldError('TOO_FEW_LINES', 'A journal entry needs at least two lines', 'lines'));
  await checkAccountsActive(tx, actor, entry.lines);

  const period = await periodForDate(tx, actor, entry.date);
  const day = fromDbDate(entry.date);
  if (!period) throw new DomainError(fieldError('NO_PERIOD', `No fiscal period covers ${day}`, 'date'));
  if (period.status !== 'OPEN')
    throw new DomainError(
      fieldError('PERIOD_CLOSED', `The period of ${day} is ${period.status.toLowerCase()}`, 'date'),
    );

  const base = await baseCurrencyOf(tx);
  const rounding = await roundingLine(tx, entry.lines, base);
  if (rounding) {
    const rows = await tx.$queryRaw<{ isActive: boolean }[]>`
      SELECT "isActive" FROM "Account" WHERE "organizationId" = ${actor.organizationId}::uuid AND "id" = ${rounding.accountId}::uuid FOR SHARE`;
    if (!rows[0]?.isActive)
      throw new DomainError(fieldError('ACCOUNT_INACTIVE', 'The rounding account is inactive', 'lines'));
    const amount = rounding.debit.plus(rounding.credit);
    await tx.journalLine.create({
      data: {
        ...rounding,
        id: randomUUID(),
        organizationId: actor.organizationId,
        entryId,
        lineNo: entry.lines[entry.lines.length - 1].lineNo + 1,
        currency: base,
        amountCurrency: amount,
        rate: new Prisma.Decimal(1),
        description: 'Foreign-currency rounding',
        date: entry.date,
      },
    });
  }

  const sequence = await nextSequenceValue(tx, actor, `ledger.entry.${entry.journal.code}.${period.fiscalYearName}`);
  const number = `${entry.journal.code}/${period.fiscalYearName}/${String(sequence).padStart(5, '0')}`;
  await tx.journalLine.updateMany({ where: { entryId }, data: { posted: true } });
  const after = await tx.journalEntry.update({
    where: { id: entryId },
    data: { status: 'POSTED', number, postedAt: new Date(), version: { increment: 1 } },
  });
  await recordAudit(tx, actor, {
    action: 'journalEntryPost',
    entityType: 'JournalEntry',
    entityId: entryId,
    before: { status: entry.status },
    after,
  });
  await appendEvent(tx, actor, {
    type: 'journalEntry.posted',
    aggregateType: 'JournalEntry',
    aggregateId: entryId,
    payload: {
      number,
      journal: entry.journal.code,
      date: day,
      roundingAdded: rounding !== null,
      sourceType: entry.sourceType,
      sourceId: entry.sourceId,
    },
  });
  return { entryId, number };
}
