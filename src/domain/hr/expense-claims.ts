import { randomUUID } from 'node:crypto';
import { Prisma, type ExpenseClaim } from '../../generated/prisma/client.js';
import {
  DomainError,
  MONEY,
  fitsColumn,
  Problems,
  appendEvent,
  checkCurrency,
  checkLength,
  checkMoneyAmount,
  checkRequired,
  cleanText,
  fieldError,
  hasRole,
  isUuid,
  lockRows,
  recordAudit,
  type Actor,
  type TenantTx,
} from '../../platform/index.js';
import { registerApprovalSubject, submitForApproval, type OutcomeContext } from '../approvals/index.js';
import { accountForRole, postFromSource, rateFor } from '../ledger/index.js';
import { checkDate, fromDbDate, today } from './dates.js';

export const EXPENSE_SUBJECT = 'EXPENSE_CLAIM';
const MAX_LINES = 100;

export interface ExpenseClaimRef {
  expenseClaimId: string;
}

export interface ExpenseLineInput {
  date: string;
  category: string;
  amount: Prisma.Decimal;
  currency: string;
  description?: string | null;
}

export interface ExpenseClaimCreateInput {
  /** Default: the acting employee. Someone else's needs HR. */
  employeeId?: string | null;
  title: string;
  lines: ExpenseLineInput[];
}

const fail = (code: string, message: string, field?: string) => new DomainError(fieldError(code, message, field));

function checkMayActFor(actor: Actor, employeeId: string, field: string): void {
  if (actor.employeeId !== employeeId && !hasRole(actor, 'HR')) {
    throw fail('NOT_ALLOWED', 'You may only claim expenses for yourself (HR may for anyone)', field);
  }
}

/** A draft claim: lines with date, category, amount and currency. */
export async function createExpenseClaim(
  tx: TenantTx,
  actor: Actor,
  input: ExpenseClaimCreateInput,
): Promise<ExpenseClaimRef> {
  const employeeId = input.employeeId ?? actor.employeeId;
  if (!employeeId)
    throw fail(
      'NOT_AN_EMPLOYEE',
      'The calling API key is not linked to an employee; name the employeeId',
      'employeeId',
    );
  checkMayActFor(actor, employeeId, 'employeeId');
  const problems = new Problems();
  const title = cleanText(input.title);
  if (checkRequired(problems, 'title', title)) checkLength(problems, 'title', title, 200);
  if (input.lines.length === 0) problems.add('REQUIRED', 'A claim needs at least one line', 'lines');
  if (input.lines.length > MAX_LINES) problems.add('TOO_MANY', `A claim may have at most ${MAX_LINES} lines`, 'lines');
  const lines = input.lines.map((line, index) => {
    const at = `lines.${index}`;
    const date = checkDate(problems, `${at}.date`, line.date);
    const category = cleanText(line.category);
    if (checkRequired(problems, `${at}.category`, category)) checkLength(problems, `${at}.category`, category, 100);
    const currency = checkCurrency(problems, `${at}.currency`, line.currency);
    checkMoneyAmount(problems, `${at}.amount`, line.amount, currency);
    if (line.amount.isZero()) problems.add('OUT_OF_RANGE', `${at}.amount must be more than zero`, `${at}.amount`);
    const description = cleanText(line.description) ?? null;
    checkLength(problems, `${at}.description`, description, 500);
    return {
      lineNo: index + 1,
      date: date as Date,
      category: category as string,
      amount: line.amount,
      currency: currency as string,
      description,
    };
  });
  problems.throwIfAny();
  const employee = isUuid(employeeId)
    ? await tx.employee.findUnique({ where: { id: employeeId }, select: { status: true } })
    : null;
  if (!employee) throw fail('NOT_FOUND', 'No employee with this id in your organization', 'employeeId');
  if (employee.status === 'TERMINATED') throw fail('EMPLOYEE_TERMINATED', 'The employee is terminated', 'employeeId');
  const id = randomUUID();
  const claim = await tx.expenseClaim.create({
    data: { id, organizationId: actor.organizationId, employeeId, title: title as string },
  });
  await tx.expenseClaimLine.createMany({
    data: lines.map((line) => ({ ...line, id: randomUUID(), organizationId: actor.organizationId, claimId: id })),
  });
  await recordAudit(tx, actor, {
    action: 'expenseClaimCreate',
    entityType: 'ExpenseClaim',
    entityId: id,
    after: { ...claim, lines },
  });
  await appendEvent(tx, actor, {
    type: 'expenseClaim.created',
    aggregateType: 'ExpenseClaim',
    aggregateId: id,
    payload: { employeeId, lines: lines.length },
  });
  return { expenseClaimId: id };
}

async function lockClaim(tx: TenantTx, actor: Actor, id: string, field = 'id'): Promise<ExpenseClaim> {
  if (!isUuid(id) || !(await lockRows(tx, actor.organizationId, 'ExpenseClaim', [id])).has(id)) {
    throw fail('NOT_FOUND', 'No expense claim with this id in your organization', field);
  }
  return tx.expenseClaim.findUniqueOrThrow({ where: { id } });
}

/** Sends a draft (or returned) claim for approval. */
export async function submitExpenseClaim(
  tx: TenantTx,
  actor: Actor,
  input: { id: string; comment?: string | null },
): Promise<ExpenseClaimRef> {
  const claim = await lockClaim(tx, actor, input.id);
  checkMayActFor(actor, claim.employeeId, 'id');
  if (claim.status !== 'DRAFT' && claim.status !== 'RETURNED') {
    throw fail(
      'CLAIM_NOT_SUBMITTABLE',
      `The claim is ${claim.status.toLowerCase()}; only drafts and returned claims can be submitted`,
      'id',
    );
  }
  await submitForApproval(tx, actor, { subjectType: EXPENSE_SUBJECT, subjectId: claim.id, comment: input.comment });
  return { expenseClaimId: claim.id };
}

/** The claim's total in the base currency, each line converted at the rate of its date. */
async function baseTotal(tx: TenantTx, claimId: string): Promise<Prisma.Decimal> {
  const lines = await tx.expenseClaimLine.findMany({ where: { claimId }, orderBy: { lineNo: 'asc' } });
  let total = new Prisma.Decimal(0);
  for (const line of lines) {
    const rate = await rateFor(tx, line.currency, line.date, 'id');
    total = total.plus(line.amount.times(rate).toDecimalPlaces(4));
  }
  if (!fitsColumn(total, MONEY))
    throw fail(
      'OUT_OF_RANGE',
      `The claim's total in the base currency (${total.toFixed()}) is too large to store`,
      'id',
    );
  return total;
}

async function onSubmitted(tx: TenantTx, actor: Actor, outcome: OutcomeContext): Promise<void> {
  const claim = await lockClaim(tx, actor, outcome.subjectId);
  await tx.expenseClaim.update({
    where: { id: claim.id },
    data: {
      status: 'PENDING',
      baseAmount: await baseTotal(tx, claim.id),
      approvalRequestId: outcome.requestId,
      version: { increment: 1 },
    },
  });
  await appendEvent(tx, actor, {
    type: 'expenseClaim.submitted',
    aggregateType: 'ExpenseClaim',
    aggregateId: claim.id,
    payload: {},
  });
}

/**
 * Approved: the claim becomes payable and the ledger books it, Dr the operating expense account,
 * Cr employee payable, one pair of lines per claim line in its own currency (so every pair balances
 * at the ledger's own conversion), dated the day of approval.
 */
async function onApproved(tx: TenantTx, actor: Actor, outcome: OutcomeContext): Promise<void> {
  const claim = await lockClaim(tx, actor, outcome.subjectId);
  const lines = await tx.expenseClaimLine.findMany({ where: { claimId: claim.id }, orderBy: { lineNo: 'asc' } });
  const expense = await accountForRole(tx, 'OPERATING_EXPENSE');
  const payable = await accountForRole(tx, 'EMPLOYEE_PAYABLE');
  const pairs = lines.flatMap((line) => {
    const description =
      `${line.category}${line.description ? `: ${line.description}` : ''} (${fromDbDate(line.date)})`.slice(0, 500);
    const partner = { partnerType: 'Employee', partnerId: claim.employeeId };
    return [
      { accountId: expense.id, currency: line.currency, amountCurrency: line.amount, description },
      {
        accountId: payable.id,
        currency: line.currency,
        amountCurrency: line.amount.negated(),
        description,
        ...partner,
      },
    ];
  });
  const posted = await postFromSource(tx, actor, {
    source: { type: 'ExpenseClaim', id: claim.id, purpose: 'approval' },
    journalType: 'GENERAL',
    date: today(),
    reference: claim.title.slice(0, 100),
    memo: `Expense claim ${claim.title}`.slice(0, 500),
    lines: pairs,
  });
  await tx.expenseClaim.update({
    where: { id: claim.id },
    data: { status: 'PAYABLE', journalEntryId: posted.entryId, version: { increment: 1 } },
  });
  await recordAudit(tx, actor, {
    action: 'expenseClaimApproved',
    entityType: 'ExpenseClaim',
    entityId: claim.id,
    before: claim,
  });
  await appendEvent(tx, actor, {
    type: 'expenseClaim.payable',
    aggregateType: 'ExpenseClaim',
    aggregateId: claim.id,
    payload: { journalEntryId: posted.entryId, number: posted.number },
  });
}

async function settle(
  tx: TenantTx,
  actor: Actor,
  outcome: OutcomeContext,
  status: 'REJECTED' | 'WITHDRAWN' | 'RETURNED',
): Promise<void> {
  const claim = await lockClaim(tx, actor, outcome.subjectId);
  await tx.expenseClaim.update({ where: { id: claim.id }, data: { status, version: { increment: 1 } } });
  await appendEvent(tx, actor, {
    type: `expenseClaim.${status.toLowerCase()}`,
    aggregateType: 'ExpenseClaim',
    aggregateId: claim.id,
    payload: {},
  });
}

registerApprovalSubject({
  type: EXPENSE_SUBJECT,
  typename: 'ExpenseClaim',
  async describe(tx, subjectId) {
    const claim = await tx.expenseClaim.findUniqueOrThrow({ where: { id: subjectId }, include: { lines: true } });
    const currencies = [...new Set(claim.lines.map((line) => line.currency))];
    const categories = [...new Set(claim.lines.map((line) => line.category))];
    const amount = await baseTotal(tx, claim.id);
    return {
      requesterId: claim.employeeId,
      title: `Expense claim "${claim.title}" (${claim.lines.length} line(s), ${amount.toFixed(2)} in base currency)`,
      facts: {
        AMOUNT: amount.toFixed(),
        CURRENCY: currencies.length === 1 ? currencies[0] : null,
        TYPE: categories.length === 1 ? categories[0] : null,
      },
    };
  },
  onSubmitted,
  onApproved,
  onRejected: (tx, actor, outcome) => settle(tx, actor, outcome, 'REJECTED'),
  onWithdrawn: (tx, actor, outcome) => settle(tx, actor, outcome, 'WITHDRAWN'),
  onReturned: (tx, actor, outcome) => settle(tx, actor, outcome, 'RETURNED'),
});
