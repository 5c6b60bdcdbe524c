// Sales returns: the types, their inputs, filters and sort keys, SalesOrder.returns and the return
// figures on sales order lines.
import { Prisma } from '../../generated/prisma/client.js';
import type { Role } from '../../generated/prisma/enums.js';
import { builder } from '../builder.js';
import { DateTimeFilter, enumFilter, type RangeFilterValue } from '../filters.js';
import { DateFilter, LEDGER_ACCESS, type DateRangeValue } from '../ledger/ledger.js';
import { OrderDirection } from '../ordering.js';
import { InvoiceNode } from '../ledger/receivables.js';
import { EXPECTED_VERSION } from './inputs.js';
import { Money, money } from '../scalars.js';
import { IDEMPOTENCY_DESCRIPTION } from '../payloads.js';

const ZERO = new Prisma.Decimal(0);

/**
 * Sales announces and cancels returns, the warehouse receives them (ADMIN passes every role check).
 * Everyone who reads orders reads their returns: accounting needs to see why a credit note exists.
 */
export const RETURN_WRITERS = { role: 'SALES' } as const;
export const RETURN_RECEIVERS = { role: 'WAREHOUSE' } as const;
export const RETURN_READERS: Role[] = ['SALES', 'WAREHOUSE', 'ACCOUNTING'];
export const RETURN_READ_NOTE = 'Needs role SALES, WAREHOUSE or ACCOUNTING.';
const CREDIT_NOTE = 'Needs role ACCOUNTING (credit notes are ledger documents).';

export const SalesReturnStatusEnum = builder.enumType('SalesReturnStatus', {
  description: 'Where a sales return is in its life.',
  values: {
    DRAFT: {
      description: 'Announced: the customer is sending the goods back; nothing has moved or been credited yet.',
    },
    RECEIVED: { description: 'Back in stock at their issue cost, and what was invoiced for them credited.' },
    CANCELLED: { description: 'Dropped before the goods came back; its quantities can be returned in another return.' },
  } as const,
});

builder.prismaNode('SalesReturn', {
  select: { id: true },
  description: `Goods a customer sends back against a shipped sales order. Receiving it brings them back into stock at what they cost when they shipped and credits what the customer was invoiced for them. ${RETURN_READ_NOTE}`,
  id: { field: 'id' },
  nullable: true,
  authScopes: { anyRole: RETURN_READERS },
  fields: (t) => ({
    number: t.exposeString('number', {
      description:
        'RET-00001: unique per organization and increasing in creation order; a create that failed after taking its number leaves a gap.',
    }),
    salesOrder: t.relation('salesOrder', { description: 'The sales order the goods shipped with.' }),
    location: t.relation('location', {
      description: "The warehouse location the goods come back into (the order's unless chosen).",
    }),
    status: t.expose('status', { type: SalesReturnStatusEnum, description: 'Where the return is in its life.' }),
    reason: t.exposeString('reason', { description: 'Why the customer sends the goods back.' }),
    returnDate: t.expose('returnDate', { type: 'Date', description: 'The day the return was agreed.' }),
    receivedAt: t.expose('receivedAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When the goods came back (their moves, postings and credit notes are dated this UTC day).',
    }),
    cancelledAt: t.expose('cancelledAt', { type: 'DateTime', nullable: true, description: 'When it was cancelled.' }),
    value: t.field({
      type: Money,
      nullable: true,
      description:
        'What the goods came back into stock at, in the base currency (what posted Dr inventory / Cr cost of goods sold); null until received.',
      select: { status: true, lines: { select: { value: true, valueCurrency: true } } },
      resolve: (ret) => {
        const currency = ret.lines.find((line) => line.valueCurrency)?.valueCurrency;
        if (ret.status !== 'RECEIVED' || !currency) return null;
        return money(
          ret.lines.reduce((sum, line) => sum.plus(line.value ?? ZERO), ZERO),
          currency.trim(),
        );
      },
    }),
    lines: t.relation('lines', {
      description: 'What comes back, in order line order.',
      query: () => ({ orderBy: [{ salesOrderLine: { lineNo: 'asc' as const } }] }),
    }),
    creditNotes: t.field({
      type: [InvoiceNode],
      description: `The customer credit notes receiving it posted, one per invoice credited (voided ones included); empty when nothing returned was invoiced. ${CREDIT_NOTE}`,
      authScopes: LEDGER_ACCESS,
      select: (_args, _ctx, nestedSelection) => ({
        credits: {
          distinct: ['creditNoteId'],
          orderBy: [{ creditNoteId: 'asc' as const }],
          select: { creditNote: nestedSelection(true) },
        },
      }),
      resolve: (ret) => ret.credits.map((credit) => credit.creditNote),
    }),
    version: t.exposeInt('version', { description: 'Increases with every change; send it as expectedVersion.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it was created.' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime', description: 'When it last changed.' }),
  }),
});

builder.prismaObject('SalesReturnLine', {
  select: { id: true },
  description: `A quantity of one sales order line in a return. ${RETURN_READ_NOTE}`,
  authScopes: { anyRole: RETURN_READERS },
  fields: (t) => ({
    lineNo: t.int({
      description: "The returned sales order line's number.",
      select: { salesOrderLine: { select: { lineNo: true } } },
      resolve: (line) => line.salesOrderLine.lineNo,
    }),
    orderLine: t.relation('salesOrderLine', { description: 'The sales order line the goods shipped on.' }),
    product: t.relation('product', { description: 'The product coming back.' }),
    quantity: t.expose('quantity', { type: 'Decimal', description: 'Quantity coming back, above zero.' }),
    value: t.field({
      type: Money,
      nullable: true,
      description:
        "What it came back into stock at in the base currency: its share of what the order line's issue moves are still worth; null until received.",
      select: { value: true, valueCurrency: true },
      resolve: (line) =>
        line.value === null || !line.valueCurrency ? null : money(line.value, line.valueCurrency.trim()),
    }),
    quantityCredited: t.field({
      type: 'Decimal',
      description:
        'How much of it credit notes (not voided) credited; less than quantity when part of it was never invoiced.',
      select: { credits: { where: { voidedAt: null }, select: { quantity: true } } },
      resolve: (line) => line.credits.reduce((sum, credit) => sum.plus(credit.quantity), ZERO),
    }),
    stockMove: t.relation('stockMove', {
      nullable: true,
      description:
        'The receipt move from the CUSTOMER location, with its value and its ledger entry (Dr inventory, Cr cost of goods sold: one entry for the whole return, shared by its moves); null until received.',
    }),
  }),
});

builder.prismaObjectFields('SalesOrder', (t) => ({
  returns: t.relation('returns', {
    description: `The order's sales returns, oldest first. ${RETURN_READ_NOTE}`,
    authScopes: { anyRole: RETURN_READERS },
    query: () => ({ orderBy: [{ number: 'asc' as const }] }),
  }),
}));

builder.prismaObjectFields('SalesOrderLine', (t) => ({
  quantityCredited: t.expose('quantityCredited', {
    type: 'Decimal',
    description:
      "Of quantityInvoiced, what credit notes (not voided) of sales returns and of the order's close (invoiced, never delivered) credited again.",
  }),
}));

export const SalesReturnLineInput = builder.inputType('SalesReturnLineInput', {
  description: 'How much of one sales order line comes back.',
  fields: (t) => ({
    lineNo: t.int({
      required: true,
      description: "The sales order line's number (lineNo); a stocked line that shipped.",
    }),
    quantity: t.field({
      type: 'Decimal',
      required: true,
      description:
        'Above zero, at most 4 decimals, at most what the line can return (shipped less returned less its other draft returns).',
    }),
  }),
});

export const SalesReturnCreateInput = builder.inputType('SalesReturnCreateInput', {
  description: 'A new draft return of goods shipped with a sales order.',
  fields: (t) => ({
    salesOrderId: t.id({ required: true, description: 'The sales order the goods shipped with.' }),
    locationId: t.id({
      description: "The active internal location the goods come back into; the order's location when left out.",
    }),
    reason: t.string({
      required: true,
      description: 'Why the customer sends the goods back (at most 500 characters).',
    }),
    returnDate: t.field({ type: 'Date', description: 'The day the return was agreed; today when left out.' }),
    lines: t.field({
      type: [SalesReturnLineInput],
      required: true,
      description: 'What comes back; at least one line.',
    }),
    idempotencyKey: t.string({ required: true, description: IDEMPOTENCY_DESCRIPTION }),
  }),
});

export const SalesReturnStateInput = builder.inputType('SalesReturnStateInput', {
  description: 'The sales return a state change applies to.',
  fields: (t) => ({
    id: t.id({ required: true, description: 'The sales return.' }),
    expectedVersion: t.int({ description: EXPECTED_VERSION }),
    idempotencyKey: t.string({ description: IDEMPOTENCY_DESCRIPTION }),
  }),
});

export interface SalesReturnWhereValue {
  status?: {
    equals?: typeof SalesReturnStatusEnum.$inferType | null;
    in?: (typeof SalesReturnStatusEnum.$inferType)[] | null;
  } | null;
  salesOrderId?: string | null;
  returnDate?: DateRangeValue | null;
  receivedAt?: RangeFilterValue<Date> | null;
}

export const SalesReturnWhere = builder.inputRef<SalesReturnWhereValue>('SalesReturnWhere').implement({
  description: 'Filter for sales returns. All given conditions must hold.',
  fields: (t) => ({
    status: t.field({
      type: enumFilter('SalesReturnStatusFilter', SalesReturnStatusEnum, "a sales return's status"),
      description: 'Conditions on the status.',
    }),
    salesOrderId: t.id({ description: "Only this sales order's returns (its global ID)." }),
    returnDate: t.field({ type: DateFilter, description: 'Conditions on the return date.' }),
    receivedAt: t.field({
      type: DateTimeFilter,
      description: 'Conditions on when it was received (drafts and cancelled returns never match).',
    }),
  }),
});

export const SalesReturnOrderField = builder.enumType('SalesReturnOrderField', {
  description: 'Fields sales returns can be sorted by.',
  values: {
    RETURN_DATE: { description: 'Return date.' },
    NUMBER: { description: 'Return number.' },
    RECEIVED_AT: { description: 'When it was received (not yet received last in ascending order).' },
  } as const,
});

export const SALES_RETURN_ORDER_COLUMNS = {
  RETURN_DATE: 'returnDate',
  NUMBER: 'number',
  RECEIVED_AT: 'receivedAt',
} as const;

export const SalesReturnOrderBy = builder.inputType('SalesReturnOrderBy', {
  description: 'One sort key for sales returns. Ties are always broken by id, so pages are stable.',
  fields: (t) => ({
    field: t.field({ type: SalesReturnOrderField, required: true, description: 'What to sort by.' }),
    direction: t.field({ type: OrderDirection, defaultValue: 'ASC', description: 'Sort direction (default ASC).' }),
  }),
});
