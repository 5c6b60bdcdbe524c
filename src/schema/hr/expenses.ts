import { Prisma } from '../../generated/prisma/client.js';
import type { Actor } from '../../platform/actor.js';
import { builder } from '../builder.js';
import { encodeGlobalId } from '../global-id.js';
import { Money, money } from '../scalars.js';
import { IDEMPOTENCY_DESCRIPTION } from '../payloads.js';

// Expense claims: visible to the employee, their approvers, and HR, ACCOUNTING and ADMIN.

const NOBODY = '00000000-0000-0000-0000-000000000000';

export function visibleClaims(actor: Actor | null): object {
  if (!actor) return { id: NOBODY };
  if (actor.roles.some((role) => role === 'ADMIN' || role === 'HR' || role === 'ACCOUNTING')) return {};
  if (!actor.employeeId) return { id: NOBODY };
  const me = actor.employeeId;
  return {
    OR: [
      { employeeId: me },
      { approvalRequest: { is: { assignees: { some: { OR: [{ employeeId: me }, { onBehalfOfId: me }] } } } } },
    ],
  };
}

export const ExpenseClaimStatusEnum = builder.enumType('ExpenseClaimStatus', {
  description: 'Where an expense claim stands.',
  values: {
    DRAFT: { description: 'Written, not submitted.' },
    PENDING: { description: 'Submitted, waiting for approval.' },
    PAYABLE: { description: 'Approved and booked (Dr expense, Cr employee payable): owed to the employee.' },
    REJECTED: { description: 'Rejected.' },
    WITHDRAWN: { description: 'Withdrawn by the employee.' },
    RETURNED: { description: 'Returned for changes; may be submitted again.' },
  } as const,
});

builder.prismaObject('ExpenseClaimLine', {
  description: 'One expense of a claim.',
  authScopes: { authenticated: true },
  fields: (t) => ({
    lineNo: t.exposeInt('lineNo', { description: 'Position in the claim, from 1.' }),
    date: t.expose('date', { type: 'Date', description: 'When the expense was incurred.' }),
    category: t.exposeString('category', { description: 'What kind of expense, e.g. "travel" or "meals".' }),
    amount: t.field({
      type: Money,
      description: 'The amount paid, in the currency paid.',
      select: { amount: true, currency: true },
      resolve: (line) => money(line.amount, line.currency) as NonNullable<ReturnType<typeof money>>,
    }),
    description: t.exposeString('description', { nullable: true, description: 'Details.' }),
  }),
});

builder.prismaNode('ExpenseClaim', {
  select: { id: true },
  description:
    "An employee's claim for expenses paid out of pocket. Visible to the employee, their approvers, HR, ACCOUNTING and ADMIN.",
  id: { field: 'id' },
  nullable: true,
  authScopes: { authenticated: true },
  findUnique: (id, ctx) => ({ id, ...visibleClaims(ctx.actor) }) as never,
  fields: (t) => ({
    employee: t.relation('employee', { description: 'Who claims.' }),
    title: t.exposeString('title', { description: 'What the claim is for.' }),
    status: t.expose('status', {
      type: ExpenseClaimStatusEnum,
      description: 'Draft, pending, payable, or how it ended.',
    }),
    lines: t.relation('lines', {
      description: 'The expenses, in order.',
      query: () => ({ orderBy: { lineNo: 'asc' as const } }),
    }),
    totals: t.field({
      type: [Money],
      description: 'The total per currency of the lines, by currency code.',
      select: { lines: { select: { amount: true, currency: true }, orderBy: { lineNo: 'asc' } } },
      resolve: (claim) => {
        const sums = new Map<string, Prisma.Decimal>();
        for (const line of claim.lines)
          sums.set(line.currency, (sums.get(line.currency) ?? new Prisma.Decimal(0)).plus(line.amount));
        return [...sums.entries()]
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([currency, amount]) => ({ amount, currency }));
      },
    }),
    baseAmount: t.expose('baseAmount', {
      type: 'Decimal',
      nullable: true,
      description:
        "The total in the organization's base currency, each line at the rate of its date, as of the last submission; null for a draft.",
    }),
    approvalRequest: t.relation('approvalRequest', { nullable: true, description: 'Its approval, once submitted.' }),
    journalEntryId: t.id({
      nullable: true,
      description:
        'Global ID of the posted journal entry (Dr expense, Cr employee payable) once payable; read it with journalEntry(id:) (needs ACCOUNTING).',
      select: { journalEntryId: true },
      resolve: (claim) => (claim.journalEntryId ? encodeGlobalId('JournalEntry', claim.journalEntryId) : null),
    }),
    version: t.exposeInt('version', { description: 'Increases with every change.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it was created.' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime', description: 'When it last changed.' }),
  }),
});

export const ExpenseLineInput = builder.inputType('ExpenseLineInput', {
  description: 'One expense.',
  fields: (t) => ({
    date: t.field({ type: 'Date', required: true, description: 'When it was incurred.' }),
    category: t.string({ required: true, description: 'What kind of expense, at most 100 characters.' }),
    amount: t.field({
      type: 'Decimal',
      required: true,
      description: "The amount paid; more than zero, at most the currency's decimal places.",
    }),
    currency: t.field({
      type: 'CurrencyCode',
      required: true,
      description: 'The currency paid in; other than the base currency needs an exchange rate on or before the date.',
    }),
    description: t.string({ description: 'Details, at most 500 characters.' }),
  }),
});

export const ExpenseClaimCreateInput = builder.inputType('ExpenseClaimCreateInput', {
  description: 'A new expense claim (a draft; submit it with expenseClaimSubmit).',
  fields: (t) => ({
    employeeId: t.id({
      description: "Whose claim (default: the employee your key acts for). Someone else's needs HR.",
    }),
    title: t.string({ required: true, description: 'What the claim is for, at most 200 characters.' }),
    lines: t.field({ type: [ExpenseLineInput], required: true, description: 'The expenses, 1 to 100.' }),
    idempotencyKey: t.string({ description: IDEMPOTENCY_DESCRIPTION }),
  }),
});

export const ExpenseClaimSubmitInput = builder.inputType('ExpenseClaimSubmitInput', {
  description: 'Submits a draft or returned claim for approval.',
  fields: (t) => ({
    id: t.id({ required: true, description: 'The expense claim.' }),
    comment: t.string({ description: 'Comment for the approval history.' }),
    idempotencyKey: t.string({ description: IDEMPOTENCY_DESCRIPTION }),
  }),
});

export const ExpenseClaimWhere = builder.inputType('ExpenseClaimWhere', {
  description: 'Filter for expense claims. All given conditions must hold.',
  fields: (t) => ({
    employeeId: t.id({ description: 'Global ID of the employee.' }),
    status: t.field({ type: [ExpenseClaimStatusEnum], description: 'Any of these statuses.' }),
  }),
});
