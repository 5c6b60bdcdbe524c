// Invoicing sales orders: customers' invoice policy, orders' invoices with what is invoiced and paid,
// and the way back from an invoice to its order.
import { Prisma } from '../../generated/prisma/client.js';
import {
  INVOICEABLE_ORDER_STATUSES,
  billingPolicy,
  invoiceStatusOf,
  invoiceableQuantity,
} from '../../domain/sales/index.js';
import { builder } from '../builder.js';
import { LEDGER_ACCESS } from '../ledger/ledger.js';
import { InvoiceNode } from '../ledger/receivables.js';
import { ORDER_READERS, SalesOrderNode } from './orders.js';
import { Money, money } from '../scalars.js';
import { IDEMPOTENCY_DESCRIPTION } from '../payloads.js';

const ZERO = new Prisma.Decimal(0);
const INVOICES_NOTE = 'Needs role ACCOUNTING (invoices are ledger documents).';

export const InvoicePolicyEnum = builder.enumType('InvoicePolicy', {
  description: "When a customer's sales orders can be invoiced.",
  values: {
    ORDERED: { description: 'As ordered: the whole ordered quantity once the order is confirmed (the default).' },
    DELIVERED: { description: 'As delivered: what has shipped (services, which never ship, as ordered).' },
  } as const,
});

export const SalesOrderInvoiceStatusEnum = builder.enumType('SalesOrderInvoiceStatus', {
  description: 'How far a sales order is invoiced (next to its shipping-driven status).',
  values: {
    NOTHING_TO_INVOICE: {
      description:
        'Nothing is invoiced and nothing can be now (not confirmed, cancelled, or DELIVERED and nothing shipped).',
    },
    TO_INVOICE: { description: 'Some line can be invoiced now (salesOrderInvoice would invoice something).' },
    PARTIALLY_INVOICED: {
      description:
        'Something is invoiced, not everything, and nothing more can be now (DELIVERED: waiting for shipments).',
    },
    INVOICED: {
      description:
        'Every line is invoiced for its full ordered quantity, less what came back in returns (net of their credit notes).',
    },
  } as const,
});

const lineSelect = {
  quantity: true,
  quantityShipped: true,
  quantityInvoiced: true,
  quantityReturned: true,
  quantityCredited: true,
  product: { select: { type: true } },
} as const;
type SelectedLine = {
  quantity: Prisma.Decimal;
  quantityShipped: Prisma.Decimal;
  quantityInvoiced: Prisma.Decimal;
  quantityReturned: Prisma.Decimal;
  quantityCredited: Prisma.Decimal;
  product: { type: string };
};
const billing = (line: SelectedLine) => ({ ...line, stocked: line.product.type === 'STOCKED' });

builder.prismaObjectFields('Customer', (t) => ({
  invoicePolicy: t.field({
    type: InvoicePolicyEnum,
    description: "When the customer's sales orders can be invoiced; ORDERED unless set with customerInvoicePolicySet.",
    select: { salesSettings: { select: { invoicePolicy: true } } },
    resolve: (customer) => customer.salesSettings?.invoicePolicy ?? 'ORDERED',
  }),
}));

builder.prismaObjectFields('SalesOrder', (t) => ({
  invoiceStatus: t.field({
    type: SalesOrderInvoiceStatusEnum,
    description:
      "How far the order is invoiced, by its lines' invoiced quantities and the customer's invoice policy; for a closed order against what it delivered (services: ordered), whatever the policy.",
    select: {
      status: true,
      lines: { select: lineSelect },
      customer: { select: { salesSettings: { select: { invoicePolicy: true } } } },
    },
    resolve: (order) =>
      invoiceStatusOf(order.status, order.lines.map(billing), order.customer.salesSettings?.invoicePolicy ?? 'ORDERED'),
  }),
  invoices: t.field({
    type: [InvoiceNode],
    description: `Customer invoices made from this order (salesOrderInvoice), voided ones included (their balance due is zero), oldest first. ${INVOICES_NOTE}`,
    authScopes: LEDGER_ACCESS,
    select: (_args, _ctx, nestedSelection) => ({
      invoices: {
        orderBy: [{ createdAt: 'asc' as const }, { id: 'asc' as const }],
        select: { invoice: nestedSelection(true) },
      },
    }),
    resolve: (order) => order.invoices.map((link) => link.invoice),
  }),
  closeCreditNotes: t.field({
    type: [InvoiceNode],
    description: `The customer credit notes closing the order (salesOrderClose) posted for what was invoiced and never delivered, one per invoice credited (latest invoice first for each line), voided ones included; empty when the order is not closed or nothing undelivered was invoiced. ${INVOICES_NOTE}`,
    authScopes: LEDGER_ACCESS,
    select: (_args, _ctx, nestedSelection) => ({
      lines: {
        select: {
          returnCredits: {
            where: { salesReturnId: null },
            orderBy: [{ creditNote: { number: 'asc' as const } }],
            select: { creditNoteId: true, creditNote: nestedSelection(true) },
          },
        },
      },
    }),
    resolve: (order) => {
      // One credit note covers several lines: list each once.
      const credits = order.lines.flatMap((line) => line.returnCredits);
      return [...new Map(credits.map((credit) => [credit.creditNoteId, credit.creditNote] as const)).values()];
    },
  }),
  invoicedAmount: t.field({
    type: Money,
    description: "Sum of the totals of the order's invoices that are not voided, in the order currency.",
    select: {
      currency: true,
      invoices: { where: { voidedAt: null }, select: { invoice: { select: { total: true } } } },
    },
    resolve: (order) =>
      money(
        order.invoices.reduce((sum, link) => sum.plus(link.invoice.total), ZERO),
        order.currency.trim(),
      )!,
  }),
  creditedAmount: t.field({
    type: Money,
    description:
      "Sum of the totals of the credit notes that the order's received returns and its close (salesOrderClose: invoiced, never delivered) raised and that are not voided, in the order currency. invoicedAmount less this is what the customer owes for the order.",
    select: {
      currency: true,
      lines: {
        select: {
          returnCredits: {
            where: { voidedAt: null },
            select: { creditNoteId: true, creditNote: { select: { total: true } } },
          },
        },
      },
    },
    resolve: (order) => {
      // One credit note covers several order lines: count each note once.
      const notes = new Map(
        order.lines.flatMap((line) =>
          line.returnCredits.map((credit) => [credit.creditNoteId, credit.creditNote.total] as const),
        ),
      );
      return money(
        [...notes.values()].reduce((sum, total) => sum.plus(total), ZERO),
        order.currency.trim(),
      )!;
    },
  }),
  paidAmount: t.field({
    type: Money,
    description:
      'What payments and credit notes settled of those invoices (their totals minus their balances due), in the order currency.',
    select: {
      currency: true,
      invoices: { where: { voidedAt: null }, select: { invoice: { select: { amountAllocated: true } } } },
    },
    resolve: (order) =>
      money(
        order.invoices.reduce((sum, link) => sum.plus(link.invoice.amountAllocated), ZERO),
        order.currency.trim(),
      )!,
  }),
}));

builder.prismaObjectFields('SalesOrderLine', (t) => ({
  quantityToInvoice: t.field({
    type: 'Decimal',
    description:
      'What salesOrderInvoice can invoice of the line now: ordered (ORDERED policy; services always) or shipped (DELIVERED, and any closed order), less returned, less what stays invoiced (invoiced less credited by returns and the close); 0 while the order is not confirmed, or is cancelled.',
    select: {
      ...lineSelect,
      salesOrder: {
        select: { status: true, customer: { select: { salesSettings: { select: { invoicePolicy: true } } } } },
      },
    },
    resolve: (line) => {
      if (!INVOICEABLE_ORDER_STATUSES.includes(line.salesOrder.status)) return ZERO;
      return invoiceableQuantity(
        billing(line),
        billingPolicy(line.salesOrder.status, line.salesOrder.customer.salesSettings?.invoicePolicy ?? 'ORDERED'),
      );
    },
  }),
}));

builder.prismaObjectFields('Invoice', (t) => ({
  salesOrder: t.field({
    type: SalesOrderNode,
    nullable: true,
    description:
      'The sales order the invoice was made from (salesOrderInvoice); null for other documents. Needs role SALES, WAREHOUSE or ACCOUNTING.',
    authScopes: { anyRole: ORDER_READERS },
    select: (_args, _ctx, nestedSelection) => ({
      salesOrderInvoice: { select: { salesOrder: nestedSelection(true) } },
    }),
    resolve: (invoice) => invoice.salesOrderInvoice?.salesOrder ?? null,
  }),
}));

export const CustomerInvoicePolicySetInput = builder.inputType('CustomerInvoicePolicySetInput', {
  description: "A customer's invoice policy.",
  fields: (t) => ({
    customerId: t.id({ required: true, description: 'The customer.' }),
    invoicePolicy: t.field({ type: InvoicePolicyEnum, required: true, description: 'ORDERED or DELIVERED.' }),
    idempotencyKey: t.string({ description: IDEMPOTENCY_DESCRIPTION }),
  }),
});

export const SalesOrderInvoiceLineInput = builder.inputType('SalesOrderInvoiceLineInput', {
  description: 'How much of one sales order line to invoice.',
  fields: (t) => ({
    lineNo: t.int({ required: true, description: "The order line's number." }),
    quantity: t.field({
      type: 'Decimal',
      required: true,
      description: "Quantity to invoice, above zero; at most the line's quantityToInvoice.",
    }),
  }),
});

export const SalesOrderInvoiceInput = builder.inputType('SalesOrderInvoiceInput', {
  description: 'A customer invoice for what can be invoiced of a sales order.',
  fields: (t) => ({
    salesOrderId: t.id({ required: true, description: 'The sales order.' }),
    invoiceDate: t.field({
      type: 'Date',
      description: "Issue and posting date; today when left out. The due date follows the customer's payment terms.",
    }),
    lines: t.field({
      type: [SalesOrderInvoiceLineInput],
      description: "The lines and quantities to invoice; every line's quantityToInvoice when left out.",
    }),
    idempotencyKey: t.string({ required: true, description: IDEMPOTENCY_DESCRIPTION }),
  }),
});
