import { randomUUID } from 'node:crypto';
import type { Period } from '../../generated/prisma/client.js';
import {
  DomainError,
  Problems,
  appendEvent,
  checkLength,
  checkRequired,
  cleanText,
  fieldError,
  hasRole,
  isUniqueViolation,
  lockRows,
  recordAudit,
  type Actor,
  type TenantTx,
} from '../../platform/index.js';
import { addDays, addMonths, checkDate, fromDbDate } from './dates.js';
import { isUuid } from '../../platform/index.js';

export interface FiscalYearCreateInput {
  name: string;
  /** First day of the year, 'YYYY-MM-DD', on the first of a month. */
  startDate: string;
}

export interface FiscalYearRef {
  fiscalYearId: string;
  periodIds: string[];
}

export interface PeriodInput {
  id: string;
}

/** Twelve monthly periods, all open. A per-organization advisory lock keeps two overlapping years from racing in. */
export async function createFiscalYear(
  tx: TenantTx,
  actor: Actor,
  input: FiscalYearCreateInput,
): Promise<FiscalYearRef> {
  if (!hasRole(actor, 'ACCOUNTING'))
    throw new DomainError(fieldError('FORBIDDEN', 'Creating fiscal years needs the ACCOUNTING role'));
  const problems = new Problems();
  const name = cleanText(input.name);
  checkRequired(problems, 'name', name);
  checkLength(problems, 'name', name, 20);
  if (name && !/^[0-9A-Za-z._-]+$/.test(name))
    problems.add(
      'INVALID_INPUT',
      'A fiscal year name may contain only letters, digits, ".", "_" and "-"; it is part of entry numbers',
      'name',
    );
  const start = checkDate(problems, 'startDate', input.startDate);
  if (start && start.getUTCDate() !== 1)
    problems.add('INVALID_DATE', 'A fiscal year starts on the first day of a month', 'startDate');
  problems.throwIfAny();
  const startDate = start as Date;
  const endDate = addDays(addMonths(startDate, 12), -1);

  await tx.$executeRawUnsafe(
    'SELECT pg_advisory_xact_lock(hashtextextended($1, 0))',
    `ledger.fiscalYears:${actor.organizationId}`,
  );
  const overlapping = await tx.fiscalYear.findFirst({
    where: { startDate: { lte: endDate }, endDate: { gte: startDate } },
  });
  if (overlapping) {
    throw new DomainError(
      fieldError(
        'FISCAL_YEAR_OVERLAP',
        `Fiscal year ${overlapping.name} already covers ${fromDbDate(overlapping.startDate)} to ${fromDbDate(overlapping.endDate)}`,
        'startDate',
      ),
    );
  }
  if (await tx.fiscalYear.findFirst({ where: { name: name as string } })) {
    throw new DomainError(fieldError('NAME_TAKEN', `A fiscal year is already named ${name}`, 'name'));
  }
  const fiscalYearId = randomUUID();
  try {
    await tx.fiscalYear.create({
      data: { id: fiscalYearId, organizationId: actor.organizationId, name: name as string, startDate, endDate },
    });
  } catch (error) {
    if (isUniqueViolation(error))
      throw new DomainError(fieldError('NAME_TAKEN', `A fiscal year is already named ${name}`, 'name'));
    throw error;
  }
  const periods = Array.from({ length: 12 }, (_, index) => ({
    id: randomUUID(),
    organizationId: actor.organizationId,
    fiscalYearId,
    number: index + 1,
    startDate: addMonths(startDate, index),
    endDate: addDays(addMonths(startDate, index + 1), -1),
  }));
  await tx.period.createMany({ data: periods });
  const summary = { name, startDate: fromDbDate(startDate), endDate: fromDbDate(endDate) };
  await recordAudit(tx, actor, {
    action: 'fiscalYearCreate',
    entityType: 'FiscalYear',
    entityId: fiscalYearId,
    after: summary,
  });
  await appendEvent(tx, actor, {
    type: 'fiscalYear.created',
    aggregateType: 'FiscalYear',
    aggregateId: fiscalYearId,
    payload: summary,
  });
  return { fiscalYearId, periodIds: periods.map((period) => period.id) };
}

/** Locks the period row: posting reads it FOR SHARE, so a close waits for posts in flight and they for it. */
async function loadForChange(tx: TenantTx, actor: Actor, id: string): Promise<Period> {
  const locked = isUuid(id) ? await lockRows(tx, actor.organizationId, 'Period', [id]) : new Set<string>();
  if (!locked.has(id))
    throw new DomainError(fieldError('NOT_FOUND', 'No period with this id in your organization', 'id'));
  return tx.period.findUniqueOrThrow({ where: { id } });
}

type Transition = 'periodClose' | 'periodReopen' | 'periodLock';

const EVENT: Record<Transition, string> = {
  periodClose: 'period.closed',
  periodReopen: 'period.reopened',
  periodLock: 'period.locked',
};

async function transition(
  tx: TenantTx,
  actor: Actor,
  input: PeriodInput,
  action: Transition,
): Promise<{ periodId: string }> {
  // Closing is routine bookkeeping; reopening undoes a close and locking is final, so both are the administrator's call.
  const allowed = action === 'periodClose' ? hasRole(actor, 'ACCOUNTING') : actor.roles.includes('ADMIN');
  if (!allowed) {
    throw new DomainError(
      fieldError(
        'FORBIDDEN',
        action === 'periodClose'
          ? 'Closing a period needs the ACCOUNTING role'
          : 'Only an administrator may reopen or lock a period',
      ),
    );
  }
  const before = await loadForChange(tx, actor, input.id);
  const label = `Period ${fromDbDate(before.startDate)}..${fromDbDate(before.endDate)}`;
  if (before.status === 'LOCKED')
    throw new DomainError(fieldError('PERIOD_LOCKED', `${label} is locked; locking is final`, 'id'));
  if (action === 'periodClose' && before.status !== 'OPEN')
    throw new DomainError(fieldError('PERIOD_NOT_OPEN', `${label} is not open`, 'id'));
  if (action === 'periodReopen' && before.status !== 'CLOSED')
    throw new DomainError(fieldError('PERIOD_NOT_CLOSED', `${label} is not closed`, 'id'));
  const status = action === 'periodClose' ? 'CLOSED' : action === 'periodReopen' ? 'OPEN' : 'LOCKED';
  const after = await tx.period.update({ where: { id: before.id }, data: { status } });
  await recordAudit(tx, actor, { action, entityType: 'Period', entityId: before.id, before, after });
  await appendEvent(tx, actor, {
    type: EVENT[action],
    aggregateType: 'Period',
    aggregateId: before.id,
    payload: { startDate: fromDbDate(before.startDate), endDate: fromDbDate(before.endDate), status },
  });
  return { periodId: before.id };
}

export const closePeriod = (tx: TenantTx, actor: Actor, input: PeriodInput) =>
  transition(tx, actor, input, 'periodClose');
export const reopenPeriod = (tx: TenantTx, actor: Actor, input: PeriodInput) =>
  transition(tx, actor, input, 'periodReopen');
export const lockPeriod = (tx: TenantTx, actor: Actor, input: PeriodInput) =>
  transition(tx, actor, input, 'periodLock');

export interface PeriodForDate {
  id: string;
  status: 'OPEN' | 'CLOSED' | 'LOCKED';
  fiscalYearName: string;
}

/**
 * The period that covers a date, read FOR SHARE: posts into one period run side by side, while a
 * close (FOR UPDATE) waits for them and they for it, so nothing lands in a period after it closed.
 */
export async function periodForDate(tx: TenantTx, actor: Actor, date: Date): Promise<PeriodForDate | null> {
  const rows = await tx.$queryRaw<PeriodForDate[]>`
    SELECT p."id"::text AS id, p."status"::text AS status, f."name" AS "fiscalYearName"
    FROM "Period" p JOIN "FiscalYear" f ON f."organizationId" = p."organizationId" AND f."id" = p."fiscalYearId"
    WHERE p."organizationId" = ${actor.organizationId}::uuid AND p."startDate" <= ${date}::date AND p."endDate" >= ${date}::date
    FOR SHARE OF p`;
  return rows[0] ?? null;
}
