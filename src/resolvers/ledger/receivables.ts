import * as ledger from '../../domain/ledger/index.js';
import { builder } from '../../schema/builder.js';
import { decodeGlobalId } from '../../schema/global-id.js';
import { idFor, optionalIdFor } from '../../schema/ids.js';
import { LEDGER_ACCESS, LedgerError } from '../../schema/ledger/ledger.js';
import { payloadType } from '../../schema/payloads.js';
import {
  CreditNoteCreateInput,
  CreditNoteVoidInput,
  CustomerInvoiceCreateInput,
  CustomerInvoicePostInput,
  CustomerInvoiceUpdateInput,
  CustomerInvoiceVoidInput,
  PaymentAllocateInput,
  PaymentCreateInput,
  PaymentVoidInput,
  SupplierBillCreateInput,
  SupplierBillPostInput,
  SupplierBillUpdateInput,
  SupplierBillVoidInput,
} from '../../schema/ledger/receivables-inputs.js';
import { DomainError, fieldError } from '../../platform/index.js';
import './receivables-queries.js';
import { runMutation } from '../run-mutation.js';

const NEEDS = 'Needs role ACCOUNTING.';
const CUSTOMER_INVOICE = ['CUSTOMER_INVOICE'] as const;
const SUPPLIER_BILL = ['SUPPLIER_BILL'] as const;
const CREDIT_NOTES = ['CUSTOMER_CREDIT_NOTE', 'SUPPLIER_CREDIT_NOTE'] as const;

function invoicePayload(name: string, description: string, field = 'invoice') {
  return payloadType<ledger.InvoiceRef>(name, {
    description,
    errorType: LedgerError,
    fields: (t) => ({
      [field]: t.prismaField({
        type: 'Invoice',
        nullable: true,
        description: 'The document as it is after the mutation; null when there are errors.',
        resolve: (query, payload, _args, ctx) =>
          payload.ids ? ctx.db.invoice.findUnique({ ...query, where: { id: payload.ids.invoiceId } }) : null,
      }),
    }),
  });
}

function paymentPayload(name: string, description: string) {
  return payloadType<ledger.PaymentRef>(name, {
    description,
    errorType: LedgerError,
    fields: (t) => ({
      payment: t.prismaField({
        type: 'Payment',
        nullable: true,
        description: 'The payment as it is after the mutation; null when there are errors.',
        resolve: (query, payload, _args, ctx) =>
          payload.ids ? ctx.db.payment.findUnique({ ...query, where: { id: payload.ids.paymentId } }) : null,
      }),
    }),
  });
}

interface LineFields {
  description?: string | null;
  productId?: string | null;
  accountId?: string | null;
  quantity?: ledger.Amount | null;
  unitPrice: ledger.Amount;
  discountPercent?: ledger.Amount | null;
  taxRate?: ledger.Amount | null;
  priceIncludesTax?: boolean | null;
}

function lines(input: LineFields[] | null | undefined): ledger.InvoiceLineInput[] | undefined {
  return input?.map((line, index) => ({
    ...line,
    accountId: optionalIdFor('Account', line.accountId, `lines.${index}.accountId`),
    productId: optionalIdFor('Product', line.productId, `lines.${index}.productId`),
  }));
}

interface HeaderFields {
  currency?: string | null;
  issueDate: string;
  dueDate?: string | null;
  reference?: string | null;
  memo?: string | null;
  lines: LineFields[];
}

function header(input: HeaderFields) {
  return {
    currency: input.currency,
    issueDate: input.issueDate,
    dueDate: input.dueDate,
    reference: input.reference,
    memo: input.memo,
    lines: lines(input.lines) ?? [],
  };
}

function allocations(
  input: { invoiceId: string; amount?: ledger.Amount | null }[] | null | undefined,
): ledger.AllocationInput[] | undefined {
  return input?.map((allocation, index) => ({
    invoiceId: idFor('Invoice', allocation.invoiceId, `allocations.${index}.invoiceId`),
    amount: allocation.amount,
  }));
}

/** A payment or a credit note (an Invoice ID); which one decides what is locked and updated. */
function settlementSource(globalId: string): { sourceType: 'PAYMENT' | 'CREDIT_NOTE'; sourceId: string } {
  let decoded: { typename: string; id: string };
  try {
    decoded = decodeGlobalId(globalId);
  } catch {
    throw new DomainError(fieldError('NOT_FOUND', `sourceId "${globalId}" is not a valid ID`, 'sourceId'));
  }
  if (decoded.typename === 'Payment') return { sourceType: 'PAYMENT', sourceId: decoded.id };
  if (decoded.typename === 'Invoice') return { sourceType: 'CREDIT_NOTE', sourceId: decoded.id };
  throw new DomainError(
    fieldError(
      'NOT_FOUND',
      `sourceId must be the ID of a Payment or a credit note, not of a ${decoded.typename}`,
      'sourceId',
    ),
  );
}

const CustomerInvoiceCreatePayload = invoicePayload(
  'CustomerInvoiceCreatePayload',
  'Result of customerInvoiceCreate: the new draft.',
);
const CustomerInvoiceUpdatePayload = invoicePayload('CustomerInvoiceUpdatePayload', 'Result of customerInvoiceUpdate.');
const CustomerInvoicePostPayload = invoicePayload(
  'CustomerInvoicePostPayload',
  'Result of customerInvoicePost: the posted, numbered invoice.',
);
const CustomerInvoiceVoidPayload = invoicePayload('CustomerInvoiceVoidPayload', 'Result of customerInvoiceVoid.');
const SupplierBillCreatePayload = invoicePayload(
  'SupplierBillCreatePayload',
  'Result of supplierBillCreate: the new draft.',
  'bill',
);
const SupplierBillUpdatePayload = invoicePayload('SupplierBillUpdatePayload', 'Result of supplierBillUpdate.', 'bill');
const SupplierBillPostPayload = invoicePayload(
  'SupplierBillPostPayload',
  'Result of supplierBillPost: the posted, numbered bill.',
  'bill',
);
const SupplierBillVoidPayload = invoicePayload('SupplierBillVoidPayload', 'Result of supplierBillVoid.', 'bill');
const CreditNoteCreatePayload = invoicePayload(
  'CreditNoteCreatePayload',
  'Result of creditNoteCreate: the posted credit note.',
  'creditNote',
);
const CreditNoteVoidPayload = invoicePayload('CreditNoteVoidPayload', 'Result of creditNoteVoid.', 'creditNote');
const PaymentCreatePayload = paymentPayload(
  'PaymentCreatePayload',
  'Result of paymentCreate: the posted payment with its allocations.',
);
const PaymentVoidPayload = paymentPayload('PaymentVoidPayload', 'Result of paymentVoid.');
const PaymentAllocatePayload = payloadType<{ sourceId: string; allocationIds: string[] }>('PaymentAllocatePayload', {
  description: 'Result of paymentAllocate.',
  errorType: LedgerError,
  fields: (t) => ({
    allocations: t.prismaField({
      type: ['PaymentAllocation'],
      nullable: true,
      description: 'The allocations made; null when there are errors.',
      resolve: (query, payload, _args, ctx) =>
        payload.ids
          ? ctx.db.paymentAllocation.findMany({
              ...query,
              where: { id: { in: payload.ids.allocationIds } },
              orderBy: { createdAt: 'asc' },
            })
          : null,
    }),
  }),
});

builder.mutationFields((t) => ({
  customerInvoiceCreate: t.field({
    type: CustomerInvoiceCreatePayload,
    description: `Creates a draft customer invoice; the server computes its figures. Emits invoice.created. ${NEEDS}`,
    authScopes: LEDGER_ACCESS,
    args: { input: t.arg({ type: CustomerInvoiceCreateInput, required: true, description: 'The new invoice.' }) },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, 'customerInvoiceCreate', input, (tx, actor) =>
        ledger.createInvoice(tx, actor, 'CUSTOMER_INVOICE', {
          customerId: idFor('Customer', input.customerId, 'customerId'),
          ...header(input as HeaderFields),
        }),
      ),
  }),
  customerInvoiceUpdate: t.field({
    type: CustomerInvoiceUpdatePayload,
    description: `Replaces a draft customer invoice's header and lines. Emits invoice.updated. ${NEEDS}`,
    authScopes: LEDGER_ACCESS,
    args: {
      input: t.arg({ type: CustomerInvoiceUpdateInput, required: true, description: 'The draft and its new content.' }),
    },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, 'customerInvoiceUpdate', input, (tx, actor) =>
        ledger.updateDraftInvoice(tx, actor, [...CUSTOMER_INVOICE], {
          id: idFor('Invoice', input.id, 'id'),
          expectedVersion: input.expectedVersion,
          ...header(input as HeaderFields),
        }),
      ),
  }),
  customerInvoicePost: t.field({
    type: CustomerInvoicePostPayload,
    description: `Posts a draft customer invoice: Dr receivable, Cr revenue per line and Cr sales tax, numbered in the sales journal, exactly once. Emits invoice.posted. ${NEEDS}`,
    authScopes: LEDGER_ACCESS,
    args: { input: t.arg({ type: CustomerInvoicePostInput, required: true, description: 'The draft to post.' }) },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, 'customerInvoicePost', input, (tx, actor) =>
        ledger.postInvoice(tx, actor, [...CUSTOMER_INVOICE], { id: idFor('Invoice', input.id, 'id') }),
      ),
  }),
  customerInvoiceVoid: t.field({
    type: CustomerInvoiceVoidPayload,
    description: `Voids a customer invoice (a posted one is reversed). Emits invoice.voided. ${NEEDS}`,
    authScopes: LEDGER_ACCESS,
    args: { input: t.arg({ type: CustomerInvoiceVoidInput, required: true, description: 'The invoice to void.' }) },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, 'customerInvoiceVoid', input, (tx, actor) =>
        ledger.voidInvoice(tx, actor, [...CUSTOMER_INVOICE], {
          id: idFor('Invoice', input.id, 'id'),
          date: input.date,
        }),
      ),
  }),
  supplierBillCreate: t.field({
    type: SupplierBillCreatePayload,
    description: `Creates a draft supplier bill; the server computes its figures. Emits invoice.created. ${NEEDS}`,
    authScopes: LEDGER_ACCESS,
    args: { input: t.arg({ type: SupplierBillCreateInput, required: true, description: 'The new bill.' }) },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, 'supplierBillCreate', input, (tx, actor) =>
        ledger.createInvoice(tx, actor, 'SUPPLIER_BILL', {
          supplierId: idFor('Supplier', input.supplierId, 'supplierId'),
          ...header(input as HeaderFields),
        }),
      ),
  }),
  supplierBillUpdate: t.field({
    type: SupplierBillUpdatePayload,
    description: `Replaces a draft supplier bill's header and lines. Emits invoice.updated. ${NEEDS}`,
    authScopes: LEDGER_ACCESS,
    args: {
      input: t.arg({ type: SupplierBillUpdateInput, required: true, description: 'The draft and its new content.' }),
    },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, 'supplierBillUpdate', input, (tx, actor) =>
        ledger.updateDraftInvoice(tx, actor, [...SUPPLIER_BILL], {
          id: idFor('Invoice', input.id, 'id'),
          expectedVersion: input.expectedVersion,
          ...header(input as HeaderFields),
        }),
      ),
  }),
  supplierBillPost: t.field({
    type: SupplierBillPostPayload,
    description: `Posts a draft supplier bill: Dr expense per line and Dr tax (recoverable tax, against the sales tax account), Cr payable, numbered in the purchase journal, exactly once. Emits invoice.posted. ${NEEDS}`,
    authScopes: LEDGER_ACCESS,
    args: { input: t.arg({ type: SupplierBillPostInput, required: true, description: 'The draft to post.' }) },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, 'supplierBillPost', input, (tx, actor) =>
        ledger.postInvoice(tx, actor, [...SUPPLIER_BILL], { id: idFor('Invoice', input.id, 'id') }),
      ),
  }),
  supplierBillVoid: t.field({
    type: SupplierBillVoidPayload,
    description: `Voids a supplier bill (a posted one is reversed). A bill made from a purchase order gives its billed quantities and cleared GRNI values back to the order and has its GRNI-difference entry reversed too. Emits invoice.voided. ${NEEDS}`,
    authScopes: LEDGER_ACCESS,
    args: { input: t.arg({ type: SupplierBillVoidInput, required: true, description: 'The bill to void.' }) },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, 'supplierBillVoid', input, (tx, actor) =>
        ledger.voidInvoice(tx, actor, [...SUPPLIER_BILL], { id: idFor('Invoice', input.id, 'id'), date: input.date }),
      ),
  }),
  creditNoteCreate: t.field({
    type: CreditNoteCreatePayload,
    description: `Creates and posts a credit note, applied to the credited document when one is given. Emits invoice.created and invoice.posted. ${NEEDS}`,
    authScopes: LEDGER_ACCESS,
    args: { input: t.arg({ type: CreditNoteCreateInput, required: true, description: 'The credit note.' }) },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, 'creditNoteCreate', input, (tx, actor) =>
        ledger.createCreditNote(tx, actor, {
          invoiceId: optionalIdFor('Invoice', input.invoiceId, 'invoiceId'),
          customerId: optionalIdFor('Customer', input.customerId, 'customerId'),
          supplierId: optionalIdFor('Supplier', input.supplierId, 'supplierId'),
          issueDate: input.issueDate,
          currency: input.currency,
          reference: input.reference,
          memo: input.memo,
          lines: lines(input.lines as LineFields[] | null | undefined),
        }),
      ),
  }),
  creditNoteVoid: t.field({
    type: CreditNoteVoidPayload,
    description: `Voids a credit note that is not applied to anything (a posted one is reversed). Emits invoice.voided. ${NEEDS}`,
    authScopes: LEDGER_ACCESS,
    args: { input: t.arg({ type: CreditNoteVoidInput, required: true, description: 'The credit note to void.' }) },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, 'creditNoteVoid', input, (tx, actor) =>
        ledger.voidInvoice(tx, actor, [...CREDIT_NOTES], { id: idFor('Invoice', input.id, 'id'), date: input.date }),
      ),
  }),
  paymentCreate: t.field({
    type: PaymentCreatePayload,
    description: `Records and posts a payment (incoming: Dr bank, Cr receivable; outgoing: Dr payable, Cr bank) and allocates it; realized exchange differences post to the EXCHANGE_DIFFERENCE account. Emits payment.created. ${NEEDS}`,
    authScopes: LEDGER_ACCESS,
    args: { input: t.arg({ type: PaymentCreateInput, required: true, description: 'The payment.' }) },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, 'paymentCreate', input, (tx, actor) =>
        ledger.createPayment(tx, actor, {
          customerId: optionalIdFor('Customer', input.customerId, 'customerId'),
          supplierId: optionalIdFor('Supplier', input.supplierId, 'supplierId'),
          date: input.date,
          amount: input.amount,
          currency: input.currency,
          method: input.method,
          bankAccountId: optionalIdFor('Account', input.bankAccountId, 'bankAccountId'),
          reference: input.reference,
          memo: input.memo,
          allocations: allocations(input.allocations),
          autoAllocate: input.autoAllocate,
        }),
      ),
  }),
  paymentVoid: t.field({
    type: PaymentVoidPayload,
    description: `Voids a payment: undoes its allocations and reverses its entries. Emits payment.voided. ${NEEDS}`,
    authScopes: LEDGER_ACCESS,
    args: { input: t.arg({ type: PaymentVoidInput, required: true, description: 'The payment to void.' }) },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, 'paymentVoid', input, (tx, actor) =>
        ledger.voidPayment(tx, actor, { id: idFor('Payment', input.id, 'id'), date: input.date }),
      ),
  }),
  paymentAllocate: t.field({
    type: PaymentAllocatePayload,
    description: `Allocates what is left of a payment or credit note to invoices or bills. Emits settlement.allocated. ${NEEDS}`,
    authScopes: LEDGER_ACCESS,
    args: {
      input: t.arg({ type: PaymentAllocateInput, required: true, description: 'The source and where it goes.' }),
    },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, 'paymentAllocate', input, (tx, actor) =>
        ledger.allocateSettlement(tx, actor, {
          ...settlementSource(input.sourceId),
          allocations: allocations(input.allocations),
        }),
      ),
  }),
}));
