import { builder, type InputFieldsBuilder } from '../builder.js';
import { PaymentMethodEnum } from './receivables.js';
import { IDEMPOTENCY_DESCRIPTION } from '../payloads.js';

const EXPECTED_VERSION_DESCRIPTION =
  'The version you last read. If the document changed since, nothing is written and STALE_VERSION is returned.';

export const InvoiceLineInput = builder.inputType('InvoiceLineInput', {
  description: 'A document line. The server computes gross, discount, subtotal, tax and total from it.',
  fields: (t) => ({
    description: t.string({
      description:
        "What is invoiced (at most 500 characters); the product's name when left out and productId is given.",
    }),
    productId: t.id({ description: 'The product invoiced, if the line is for one.' }),
    accountId: t.id({
      description:
        "Revenue account (customer documents) or expense or asset account (supplier documents); the SALES or OPERATING_EXPENSE posting rule's account when left out.",
    }),
    quantity: t.field({ type: 'Decimal', description: 'Quantity above zero, at most 4 decimals (default 1).' }),
    unitPrice: t.field({
      type: 'Decimal',
      required: true,
      description: 'Price per unit, zero or more, at most 6 decimals.',
    }),
    discountPercent: t.field({ type: 'Decimal', description: 'Discount in percent, 0 to 100 (default 0).' }),
    taxRate: t.field({ type: 'Decimal', description: 'Tax in percent of the subtotal, 0 to 100 (default 0).' }),
    priceIncludesTax: t.boolean({
      description:
        'True when unitPrice includes the tax (as on tax-included quotes): total = gross - discount, tax = round(total x taxRate / (100 + taxRate)), subtotal = total - tax. Default false: the tax is added on top.',
    }),
  }),
});

const headerFields = (t: InputFieldsBuilder) => ({
  currency: t.field({ type: 'CurrencyCode', description: "Document currency; the partner's currency when left out." }),
  issueDate: t.field({ type: 'Date', required: true, description: 'Issue date, also the posting date.' }),
  dueDate: t.field({
    type: 'Date',
    description: "Due date; the issue date plus the partner's payment terms when left out.",
  }),
  reference: t.string({ description: 'External reference (at most 100 characters).' }),
  memo: t.string({ description: 'Free text (at most 1000 characters).' }),
  lines: t.field({ type: [InvoiceLineInput], required: true, description: 'At least one line, at most 200.' }),
});

export const CustomerInvoiceCreateInput = builder.inputType('CustomerInvoiceCreateInput', {
  description: 'A new draft customer invoice.',
  fields: (t) => ({
    customerId: t.id({ required: true, description: 'The customer invoiced; must be active.' }),
    ...headerFields(t),
    idempotencyKey: t.string({ description: IDEMPOTENCY_DESCRIPTION }),
  }),
});

export const SupplierBillCreateInput = builder.inputType('SupplierBillCreateInput', {
  description: 'A new draft supplier bill.',
  fields: (t) => ({
    supplierId: t.id({ required: true, description: 'The supplier who billed; must be active.' }),
    ...headerFields(t),
    idempotencyKey: t.string({ description: IDEMPOTENCY_DESCRIPTION }),
  }),
});

function updateInput(name: string, what: string) {
  return builder.inputType(name, {
    description: `New header and lines of a draft ${what}; they replace the old ones. Posted documents never change.`,
    fields: (t) => ({
      id: t.id({ required: true, description: `The draft ${what}.` }),
      expectedVersion: t.int({ description: EXPECTED_VERSION_DESCRIPTION }),
      ...headerFields(t),
      idempotencyKey: t.string({ description: IDEMPOTENCY_DESCRIPTION }),
    }),
  });
}

export const CustomerInvoiceUpdateInput = updateInput('CustomerInvoiceUpdateInput', 'customer invoice');
export const SupplierBillUpdateInput = updateInput('SupplierBillUpdateInput', 'supplier bill');

function idInput(name: string, what: string) {
  return builder.inputType(name, {
    description: `Identifies the ${what}.`,
    fields: (t) => ({
      id: t.id({ required: true, description: `The ${what}.` }),
      idempotencyKey: t.string({ description: IDEMPOTENCY_DESCRIPTION }),
    }),
  });
}

export const CustomerInvoicePostInput = idInput('CustomerInvoicePostInput', 'draft customer invoice to post');
export const SupplierBillPostInput = idInput('SupplierBillPostInput', 'draft supplier bill to post');

function voidInput(name: string, what: string) {
  return builder.inputType(name, {
    description: `Voids a ${what}. A posted one is reversed in the ledger; refused while anything is allocated to or from it.`,
    fields: (t) => ({
      id: t.id({ required: true, description: `The ${what}.` }),
      date: t.field({
        type: 'Date',
        description: "Date of the reversing entry; the document's own date when left out.",
      }),
      idempotencyKey: t.string({ description: IDEMPOTENCY_DESCRIPTION }),
    }),
  });
}

export const CustomerInvoiceVoidInput = voidInput('CustomerInvoiceVoidInput', 'customer invoice');
export const SupplierBillVoidInput = voidInput('SupplierBillVoidInput', 'supplier bill');
export const CreditNoteVoidInput = voidInput('CreditNoteVoidInput', 'credit note');

export const CreditNoteCreateInput = builder.inputType('CreditNoteCreateInput', {
  description:
    'A credit note, created and posted at once. With invoiceId it credits that invoice or bill (same partner and currency; all its lines unless lines are given) and is applied to what is still open of it; without, give customerId or supplierId and the lines.',
  fields: (t) => ({
    invoiceId: t.id({ description: 'The posted customer invoice or supplier bill to credit.' }),
    customerId: t.id({ description: 'For a credit note not tied to a document: the customer.' }),
    supplierId: t.id({ description: 'For a credit note not tied to a document: the supplier.' }),
    issueDate: t.field({
      type: 'Date',
      required: true,
      description: 'Issue date, also the posting date; not before the credited document.',
    }),
    currency: t.field({
      type: 'CurrencyCode',
      description: "Currency; the credited document's or the partner's when left out.",
    }),
    reference: t.string({ description: 'External reference; "Credit for <number>" when crediting a document.' }),
    memo: t.string({ description: 'Free text, for example the reason.' }),
    lines: t.field({
      type: [InvoiceLineInput],
      description: "What is credited; the credited document's lines when left out.",
    }),
    idempotencyKey: t.string({ description: IDEMPOTENCY_DESCRIPTION }),
  }),
});

export const PaymentAllocationInput = builder.inputType('PaymentAllocationInput', {
  description: 'Settles (part of) an invoice or bill.',
  fields: (t) => ({
    invoiceId: t.id({ required: true, description: 'The posted customer invoice or supplier bill.' }),
    amount: t.field({
      type: 'Decimal',
      description: "Amount in the document currency; as much of the document's open amount as is left when omitted.",
    }),
  }),
});

export const PaymentCreateInput = builder.inputType('PaymentCreateInput', {
  description:
    "Money received from a customer (give customerId) or paid to a supplier (give supplierId), posted at once. Allocated to the given documents, or with none given (and autoAllocate not false) to the partner's open documents in its currency, oldest due date first; the rest stays an open credit.",
  fields: (t) => ({
    customerId: t.id({ description: 'The paying customer (incoming payment).' }),
    supplierId: t.id({ description: 'The supplier paid (outgoing payment).' }),
    date: t.field({ type: 'Date', required: true, description: 'Payment date, also the posting date.' }),
    amount: t.field({ type: 'Decimal', required: true, description: 'Amount above zero, in the payment currency.' }),
    currency: t.field({ type: 'CurrencyCode', description: "Payment currency; the partner's when left out." }),
    method: t.field({ type: PaymentMethodEnum, required: true, description: 'How it was paid.' }),
    bankAccountId: t.id({
      description: "An active BANK or CASH account; the BANK posting rule's account when left out.",
    }),
    reference: t.string({ description: 'Bank reference or cheque number.' }),
    memo: t.string({ description: 'Free text.' }),
    allocations: t.field({
      type: [PaymentAllocationInput],
      description: 'Documents to settle, in this order (at most 100).',
    }),
    autoAllocate: t.boolean({
      description: 'With no allocations given: settle open documents oldest due first (default true).',
    }),
    idempotencyKey: t.string({ description: IDEMPOTENCY_DESCRIPTION }),
  }),
});

export const PaymentVoidInput = builder.inputType('PaymentVoidInput', {
  description: 'Voids a payment: its allocations are undone (the documents are open again) and its entries reversed.',
  fields: (t) => ({
    id: t.id({ required: true, description: 'The payment.' }),
    date: t.field({ type: 'Date', description: 'Date of the reversing entries; the payment date when left out.' }),
    idempotencyKey: t.string({ description: IDEMPOTENCY_DESCRIPTION }),
  }),
});

export const PaymentAllocateInput = builder.inputType('PaymentAllocateInput', {
  description: 'Allocates what is left of a payment or a credit note.',
  fields: (t) => ({
    sourceId: t.id({ required: true, description: 'The payment or credit note (an Invoice of a credit note kind).' }),
    allocations: t.field({
      type: [PaymentAllocationInput],
      description: "Documents to settle, in this order; the partner's open documents oldest due first when left out.",
    }),
    idempotencyKey: t.string({ description: IDEMPOTENCY_DESCRIPTION }),
  }),
});
