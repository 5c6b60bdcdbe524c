import { matchStatus } from '../../domain/purchasing/index.js';
import { builder } from '../builder.js';
import { InvoiceNode, SUPPLIER_BILL_READERS } from '../ledger/receivables.js';
import { IDEMPOTENCY_DESCRIPTION } from '../payloads.js';

export const PurchaseOrderLineMatchStatusEnum = builder.enumType('PurchaseOrderLineMatchStatus', {
  description: "A purchase order line's three-way match of the quantities ordered, received and billed.",
  values: {
    NOT_RECEIVED: { description: 'Nothing received yet (so nothing billed).' },
    PARTIALLY_RECEIVED: { description: 'Part of the ordered quantity received; nothing billed yet.' },
    RECEIVED_NOT_BILLED: { description: 'Everything ordered received; nothing billed yet.' },
    PARTIALLY_BILLED: {
      description: 'Something billed, but not everything ordered was received or not everything received was billed.',
    },
    FULLY_BILLED: { description: 'Everything ordered received and everything received billed.' },
  } as const,
});

// PURCHASING creates these bills, so it reads them; WAREHOUSE reads the order but not what it cost.
const BILLS_NOTE = 'Needs role PURCHASING or ACCOUNTING.';
const BILL_ACCESS = { anyRole: SUPPLIER_BILL_READERS };

builder.prismaObjectFields('PurchaseOrderLine', (t) => ({
  matchStatus: t.field({
    type: PurchaseOrderLineMatchStatusEnum,
    description: 'The three-way match of quantity (ordered), quantityReceived and quantityBilled.',
    select: { quantity: true, quantityReceived: true, quantityBilled: true },
    resolve: (line) => matchStatus(line.quantity, line.quantityReceived, line.quantityBilled),
  }),
  grniClearedValue: t.expose('valueClearedBase', {
    type: 'Decimal',
    description:
      "Base-currency value the line's posted bills took off goods received not invoiced; equals the line's receipts' value once everything received is billed.",
  }),
  bills: t.field({
    type: [InvoiceNode],
    description: `Supplier bills with a line billing this order line, voided ones included (their balance due is zero), oldest first. ${BILLS_NOTE}`,
    authScopes: BILL_ACCESS,
    select: (_args, _ctx, nestedSelection) => ({
      invoiceLines: {
        orderBy: [{ invoice: { issueDate: 'asc' as const } }, { invoice: { createdAt: 'asc' as const } }],
        select: { invoiceId: true, invoice: nestedSelection(true) },
      },
    }),
    resolve: (line) => {
      const seen = new Set<string>();
      return line.invoiceLines
        .filter((row) => !seen.has(row.invoiceId) && seen.add(row.invoiceId))
        .map((row) => row.invoice);
    },
  }),
}));

builder.prismaObjectFields('PurchaseOrder', (t) => ({
  bills: t.field({
    type: [InvoiceNode],
    description: `Supplier bills made from this order (supplierBillFromPurchaseOrder), voided ones included (their balance due is zero), oldest first. ${BILLS_NOTE}`,
    authScopes: BILL_ACCESS,
    select: (_args, _ctx, nestedSelection) => ({
      bills: {
        orderBy: [{ createdAt: 'asc' as const }, { id: 'asc' as const }],
        select: { invoice: nestedSelection(true) },
      },
    }),
    resolve: (order) => order.bills.map((bill) => bill.invoice),
  }),
}));

export const SupplierBillFromPurchaseOrderLineInput = builder.inputType('SupplierBillFromPurchaseOrderLineInput', {
  description: 'How much of one purchase order line to bill.',
  fields: (t) => ({
    lineNo: t.int({ required: true, description: "The order line's number." }),
    quantity: t.field({
      type: 'Decimal',
      required: true,
      description: 'Quantity to bill, above zero; at most what is received and not billed yet.',
    }),
  }),
});

export const SupplierBillFromPurchaseOrderInput = builder.inputType('SupplierBillFromPurchaseOrderInput', {
  description: 'A supplier bill for what was received of a purchase order.',
  fields: (t) => ({
    purchaseOrderId: t.id({ required: true, description: 'The purchase order.' }),
    lines: t.field({
      type: [SupplierBillFromPurchaseOrderLineInput],
      description: "The lines and quantities to bill; every line's received but not billed quantity when left out.",
    }),
    billDate: t.field({
      type: 'Date',
      description: 'Bill (issue and posting) date; decides the exchange rate. Today when left out.',
    }),
    dueDate: t.field({
      type: 'Date',
      description: "When payment is due; the bill date plus the supplier's payment terms when left out.",
    }),
    supplierReference: t.string({
      required: true,
      description: "The supplier's invoice number (at most 100 characters); the bill's reference.",
    }),
    idempotencyKey: t.string({ required: true, description: IDEMPOTENCY_DESCRIPTION }),
  }),
});
