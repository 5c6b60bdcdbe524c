import { randomUUID } from 'node:crypto';
import { Prisma } from '../../generated/prisma/client.js';
import {
  DomainError,
  Problems,
  appendEvent,
  checkLength,
  checkRequired,
  cleanText,
  fieldError,
  isUniqueViolation,
  recordAudit,
  type Actor,
  type TenantTx,
} from '../../platform/index.js';

export interface LeaveTypeRef {
  leaveTypeId: string;
}

export interface LeaveTypeCreateInput {
  code: string;
  name: string;
  paid: boolean;
  /** Working days a year; null or absent: unlimited (no balance kept). */
  yearlyEntitlement?: Prisma.Decimal | null;
  carryOverCap?: Prisma.Decimal | null;
}

const CODE = /^[A-Z0-9][A-Z0-9_]*$/;

function checkDays(problems: Problems, field: string, value: Prisma.Decimal | null | undefined): void {
  if (value === null || value === undefined) return;
  if (value.isNegative() || value.greaterThan(366) || !value.times(2).isInteger()) {
    problems.add('INVALID_INPUT', `${field} must be whole or half days from 0 to 366`, field);
  }
}

export async function createLeaveType(tx: TenantTx, actor: Actor, input: LeaveTypeCreateInput): Promise<LeaveTypeRef> {
  const problems = new Problems();
  const code = cleanText(input.code)?.toUpperCase();
  if (checkRequired(problems, 'code', code)) {
    checkLength(problems, 'code', code, 32);
    if (!CODE.test(code as string))
      problems.add('INVALID_CODE', 'code may contain only letters, digits and "_"', 'code');
  }
  const name = cleanText(input.name);
  if (checkRequired(problems, 'name', name)) checkLength(problems, 'name', name, 200);
  checkDays(problems, 'yearlyEntitlement', input.yearlyEntitlement);
  checkDays(problems, 'carryOverCap', input.carryOverCap);
  if (input.carryOverCap && !input.carryOverCap.isZero() && !input.yearlyEntitlement) {
    problems.add('INVALID_INPUT', 'carryOverCap needs a yearlyEntitlement', 'carryOverCap');
  }
  problems.throwIfAny();
  const id = randomUUID();
  let created;
  try {
    created = await tx.leaveType.create({
      data: {
        id,
        organizationId: actor.organizationId,
        code: code as string,
        name: name as string,
        paid: input.paid,
        yearlyEntitlement: input.yearlyEntitlement ?? null,
        carryOverCap: input.carryOverCap ?? new Prisma.Decimal(0),
      },
    });
  } catch (error) {
    if (isUniqueViolation(error))
      throw new DomainError(fieldError('CODE_TAKEN', `Leave type code ${code} is already used`, 'code'));
    throw error;
  }
  await recordAudit(tx, actor, { action: 'leaveTypeCreate', entityType: 'LeaveType', entityId: id, after: created });
  await appendEvent(tx, actor, {
    type: 'leaveType.created',
    aggregateType: 'LeaveType',
    aggregateId: id,
    payload: { code, name },
  });
  return { leaveTypeId: id };
}

/** Every new organization starts with annual (25 days, 5 carried over), sick (unlimited) and unpaid leave. */
export async function createDefaultLeaveTypes(tx: TenantTx, actor: Actor): Promise<void> {
  const defaults: LeaveTypeCreateInput[] = [
    {
      code: 'ANNUAL',
      name: 'Annual leave',
      paid: true,
      yearlyEntitlement: new Prisma.Decimal(25),
      carryOverCap: new Prisma.Decimal(5),
    },
    { code: 'SICK', name: 'Sick leave', paid: true },
    { code: 'UNPAID', name: 'Unpaid leave', paid: false },
  ];
  for (const leaveType of defaults) await createLeaveType(tx, actor, leaveType);
}
