import { randomUUID } from 'node:crypto';
import { Prisma, type LeaveBalance, type LeaveType } from '../../generated/prisma/client.js';
import { DomainError, fieldError, isUuid, type Actor, type TenantTx } from '../../platform/index.js';

// Balances per employee, leave type and year. A row is written the first time leave of that type and
// year is requested; until then its figures follow from the leave type (and last year's row).

export interface BalanceFigures {
  employeeId: string;
  leaveTypeId: string;
  year: number;
  entitled: Prisma.Decimal;
  carriedOver: Prisma.Decimal;
  taken: Prisma.Decimal;
  pending: Prisma.Decimal;
  remaining: Prisma.Decimal;
}

const ZERO = new Prisma.Decimal(0);

function figures(
  row: Pick<LeaveBalance, 'employeeId' | 'leaveTypeId' | 'year' | 'entitled' | 'carriedOver' | 'taken' | 'pending'>,
): BalanceFigures {
  return { ...row, remaining: row.entitled.plus(row.carriedOver).minus(row.taken).minus(row.pending) };
}

/** Unused days of last year, up to the type's cap. */
function carryOver(type: LeaveType, previous: LeaveBalance | undefined): Prisma.Decimal {
  if (!previous) return ZERO;
  const left = figures(previous).remaining;
  return Prisma.Decimal.max(ZERO, Prisma.Decimal.min(left, type.carryOverCap));
}

/** The balances of an employee in a year, for every leave type with an entitlement (read only). */
export async function balancesOf(
  tx: Pick<TenantTx, 'leaveType' | 'leaveBalance' | 'employee'>,
  employeeId: string,
  year: number,
): Promise<(BalanceFigures & { leaveTypeCode: string; leaveTypeName: string })[]> {
  // Without this an unknown employee would get every type's full entitlement, figures no one has.
  const employee = isUuid(employeeId)
    ? await tx.employee.findUnique({ where: { id: employeeId }, select: { id: true } })
    : null;
  if (!employee)
    throw new DomainError(fieldError('NOT_FOUND', 'No employee with this id in your organization', 'employeeId'));
  const types = await tx.leaveType.findMany({ where: { yearlyEntitlement: { not: null } }, orderBy: { code: 'asc' } });
  const rows = await tx.leaveBalance.findMany({ where: { employeeId, year: { in: [year - 1, year] } } });
  return types.map((type) => {
    const named = { leaveTypeCode: type.code, leaveTypeName: type.name };
    const row = rows.find((r) => r.leaveTypeId === type.id && r.year === year);
    if (row) return { ...figures(row), ...named };
    const previous = rows.find((r) => r.leaveTypeId === type.id && r.year === year - 1);
    return {
      ...named,
      ...figures({
        employeeId,
        leaveTypeId: type.id,
        year,
        entitled: type.yearlyEntitlement as Prisma.Decimal,
        carriedOver: carryOver(type, previous),
        taken: ZERO,
        pending: ZERO,
      }),
    };
  });
}

/**
 * The balance row, created if missing and locked for the rest of the transaction, so that two
 * requests of one employee reserve days one after the other. Null for a type without entitlement.
 */
export async function lockBalance(
  tx: TenantTx,
  actor: Actor,
  type: LeaveType,
  employeeId: string,
  year: number,
): Promise<LeaveBalance | null> {
  if (!type.yearlyEntitlement) return null;
  const previous = await tx.leaveBalance.findFirst({ where: { employeeId, leaveTypeId: type.id, year: year - 1 } });
  await tx.leaveBalance.createMany({
    data: [
      {
        id: randomUUID(),
        organizationId: actor.organizationId,
        employeeId,
        leaveTypeId: type.id,
        year,
        entitled: type.yearlyEntitlement,
        carriedOver: carryOver(type, previous ?? undefined),
      },
    ],
    skipDuplicates: true,
  });
  const [row] = await tx.$queryRawUnsafe<{ id: string }[]>(
    `SELECT "id"::text AS id FROM "LeaveBalance"
      WHERE "organizationId" = $1::uuid AND "employeeId" = $2::uuid AND "leaveTypeId" = $3::uuid AND "year" = $4 FOR UPDATE`,
    actor.organizationId,
    employeeId,
    type.id,
    year,
  );
  return tx.leaveBalance.findUniqueOrThrow({ where: { id: row.id } });
}

export function remainingOf(balance: LeaveBalance): Prisma.Decimal {
  return figures(balance).remaining;
}
