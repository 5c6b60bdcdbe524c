import { Prisma } from '../../generated/prisma/client.js';
import type { Role } from '../../generated/prisma/enums.js';
import { builder } from '../builder.js';
import { enumFilter } from '../filters.js';
import { DateFilter, LEDGER_ACCESS, type DateRangeValue } from './ledger.js';
import { OrderDirection } from '../ordering.js';
import { Money, money } from '../scalars.js';

export const InvoiceKindEnum = builder.enumType('InvoiceKind', {
  description: 'Which side and which way a receivable or payable document goes.',
  values: {
    CUSTOMER_INVOICE: { description: 'What a customer owes: Dr receivable, Cr revenue and tax. Journal SALES.' },
    SUPPLIER_BILL: {
      description: 'What the organization owes a supplier: Dr expense and tax, Cr payable. Journal PURCHASE.',
    },
    CUSTOMER_CREDIT_NOTE: { description: 'Reduces what a customer owes: Dr revenue and tax, Cr receivable.' },
    SUPPLIER_CREDIT_NOTE: {
      description: 'Reduces what the organization owes a supplier: Dr payable, Cr expense and tax.',
    },
  } as const,
});

export const InvoiceStatusEnum = builder.enumType('InvoiceStatus', {
  description:
    'Where a document is in its life. For credit notes, PARTIALLY_PAID and PAID mean partly and fully applied.',
  values: {
    DRAFT: { description: 'Editable; not in the ledger, not owed yet.' },
    POSTED: { description: 'Numbered and in the ledger; nothing settled yet.' },
    PARTIALLY_PAID: { description: 'Part of the total is settled by payments or credit notes.' },
    PAID: { description: 'Fully settled.' },
    VOID: { description: 'Cancelled; a posted document was reversed in the ledger.' },
  } as const,
});

export const PaymentDirectionEnum = builder.enumType('PaymentDirection', {
  description: 'Which way the money went.',
  values: {
    INCOMING: { description: 'Received from a customer: Dr bank, Cr receivable.' },
    OUTGOING: { description: 'Paid to a supplier: Dr payable, Cr bank.' },
  } as const,
});

export const PaymentMethodEnum = builder.enumType('PaymentMethod', {
  description: 'How a payment was made.',
  values: {
    BANK_TRANSFER: { description: 'Bank transfer or wire.' },
    CASH: { description: 'Cash.' },
    CARD: { description: 'Card payment.' },
    CHECK: { description: 'Cheque.' },
    DIRECT_DEBIT: { description: 'Direct debit.' },
    OTHER: { description: 'Any other method.' },
  } as const,
});

export const PaymentStatusEnum = builder.enumType('PaymentStatus', {
  description: 'Whether a payment stands.',
  values: {
    POSTED: { description: 'In the ledger.' },
    VOID: { description: 'Voided: its entry was reversed and its allocations undone.' },
  } as const,
});

function documentMoney(field: 'subtotal' | 'discountTotal' | 'taxTotal' | 'total', description: string) {
  return { field, description };
}

const MONEY_FIELDS = [
  documentMoney('subtotal', 'Sum of the line subtotals (after discounts, before tax).'),
  documentMoney('discountTotal', 'Sum of the line discounts.'),
  documentMoney('taxTotal', 'Sum of the line taxes.'),
  documentMoney('total', 'Subtotal plus tax: what the document is worth.'),
];

/** PURCHASING may bill purchase orders (supplierBillFromPurchaseOrder), so it may read supplier bills; every other document stays ACCOUNTING's. */
export const SUPPLIER_BILL_READERS: Role[] = ['PURCHASING', 'ACCOUNTING'];
const DOCUMENT_READERS = 'Needs role ACCOUNTING to read; supplier bills (kind SUPPLIER_BILL) also PURCHASING.';

function documentScopes(kind: typeof InvoiceKindEnum.$inferType) {
  return kind === 'SUPPLIER_BILL' ? { anyRole: SUPPLIER_BILL_READERS } : LEDGER_ACCESS;
}

export const InvoiceNode = builder.prismaNode('Invoice', {
  // kind decides who may read the document, so it is always loaded.
  select: { id: true, kind: true },
  description: `A customer invoice, supplier bill or credit note (see kind). Figures are computed by the server from the lines: each line is rounded half-up to the currency (gross = quantity x unit price, discount, subtotal, tax), and the document totals are the sums of the rounded lines. ${DOCUMENT_READERS}`,
  id: { field: 'id' },
  nullable: true,
  authScopes: (invoice) => documentScopes(invoice.kind),
  fields: (t) => ({
    kind: t.expose('kind', {
      type: InvoiceKindEnum,
      description: 'Invoice, bill or credit note, customer or supplier side.',
    }),
    status: t.expose('status', {
      type: InvoiceStatusEnum,
      description: 'Draft, posted, partially paid, paid or void.',
    }),
    number: t.exposeString('number', {
      nullable: true,
      description: 'The number of its journal entry, for example "SAL/2026/00001"; null while a draft.',
    }),
    customer: t.relation('customer', {
      nullable: true,
      description: 'The customer, for customer documents; null otherwise.',
    }),
    supplier: t.relation('supplier', {
      nullable: true,
      description: 'The supplier, for supplier documents; null otherwise.',
    }),
    currency: t.expose('currency', { type: 'CurrencyCode', description: 'The document currency.' }),
    issueDate: t.expose('issueDate', { type: 'Date', description: 'Issue date; also the posting date.' }),
    dueDate: t.expose('dueDate', { type: 'Date', description: 'When payment is due; aging counts days past it.' }),
    reference: t.exposeString('reference', {
      nullable: true,
      description: "External reference, for example the supplier's bill number or the customer's order number.",
    }),
    memo: t.exposeString('memo', { nullable: true, description: 'Free text.' }),
    ...Object.fromEntries(
      MONEY_FIELDS.map(({ field, description }) => [
        field,
        t.field({
          type: Money,
          description,
          // All four totals: one more column or three costs nothing in the same statement, and the row is typed.
          select: { subtotal: true, discountTotal: true, taxTotal: true, total: true, currency: true },
          resolve: (invoice) => money(invoice[field], invoice.currency.trim())!,
        }),
      ]),
    ),
    amountPaid: t.field({
      type: Money,
      description: 'Settled so far by payments and credit notes (for a credit note: applied so far).',
      select: { amountAllocated: true, currency: true },
      resolve: (invoice) => money(invoice.amountAllocated, invoice.currency.trim())!,
    }),
    balanceDue: t.field({
      type: Money,
      description: 'What is still open: total minus amountPaid; zero once void.',
      select: { total: true, amountAllocated: true, status: true, currency: true },
      resolve: (invoice) =>
        money(
          invoice.status === 'VOID' ? new Prisma.Decimal(0) : invoice.total.minus(invoice.amountAllocated),
          invoice.currency.trim(),
        )!,
    }),
    totalBase: t.expose('totalBase', {
      type: 'Decimal',
      nullable: true,
      description: "The total in the base currency as posted (at the issue date's rate); null while a draft.",
    }),
    lines: t.relation('lines', {
      description: 'The lines, in order.',
      query: () => ({ orderBy: [{ lineNo: 'asc' as const }] }),
    }),
    allocations: t.relation('allocations', {
      description: 'Payments and credit notes settling this invoice or bill, oldest first.',
      query: () => ({ orderBy: [{ date: 'asc' as const }, { createdAt: 'asc' as const }] }),
    }),
    applications: t.relation('applications', {
      description: 'For a credit note: the documents it was applied to, oldest first; empty otherwise.',
      query: () => ({ orderBy: [{ date: 'asc' as const }, { createdAt: 'asc' as const }] }),
    }),
    creditedInvoice: t.relation('creditedInvoice', {
      nullable: true,
      description: 'For a credit note: the document it credits, if any.',
    }),
    creditNotes: t.relation('creditNotes', {
      description: 'Credit notes issued for this document.',
      query: () => ({ orderBy: [{ issueDate: 'asc' as const }, { createdAt: 'asc' as const }] }),
    }),
    journalEntry: t.relation('journalEntry', {
      nullable: true,
      description: 'The posted journal entry; null while a draft.',
    }),
    postedAt: t.expose('postedAt', { type: 'DateTime', nullable: true, description: 'When the document was posted.' }),
    voidedAt: t.expose('voidedAt', { type: 'DateTime', nullable: true, description: 'When the document was voided.' }),
    version: t.exposeInt('version', {
      description: 'Increases with every change; send it as expectedVersion when updating a draft.',
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When the document was created.' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime', description: 'When the document last changed.' }),
  }),
});

builder.prismaObject('InvoiceLine', {
  // The document's kind decides who may read the line, so it is always loaded.
  select: { id: true, invoice: { select: { kind: true } } },
  description: `A line of an invoice, bill or credit note. Amounts are in the document currency. ${DOCUMENT_READERS}`,
  authScopes: (line) => documentScopes(line.invoice.kind),
  fields: (t) => ({
    lineNo: t.exposeInt('lineNo', { description: 'Position in the document, from 1.' }),
    description: t.exposeString('description', { description: 'What is invoiced.' }),
    product: t.relation('product', {
      nullable: true,
      description: 'The product invoiced; null for lines not about a product.',
    }),
    account: t.relation('account', {
      description: 'Revenue account (customer documents) or expense account (supplier documents).',
    }),
    quantity: t.expose('quantity', { type: 'Decimal', description: 'Quantity.' }),
    unitPrice: t.expose('unitPrice', {
      type: 'Decimal',
      description: 'Price per unit, before discount; tax-included when priceIncludesTax.',
    }),
    discountPercent: t.expose('discountPercent', {
      type: 'Decimal',
      description: 'Discount in percent of the gross amount.',
    }),
    taxRate: t.expose('taxRate', { type: 'Decimal', description: 'Tax in percent of the subtotal.' }),
    priceIncludesTax: t.exposeBoolean('priceIncludesTax', {
      description:
        'True when the unit price includes the tax (the tax is taken out of the total); false when the tax is added on top.',
    }),
    gross: t.expose('gross', { type: 'Decimal', description: 'quantity x unit price, rounded to the currency.' }),
    discount: t.expose('discount', { type: 'Decimal', description: 'The discount amount, rounded to the currency.' }),
    subtotal: t.expose('subtotal', {
      type: 'Decimal',
      description: 'The net amount: gross - discount, or total - tax when priceIncludesTax.',
    }),
    tax: t.expose('tax', {
      type: 'Decimal',
      description:
        'subtotal x tax rate, or total x tax rate / (100 + tax rate) when priceIncludesTax; rounded to the currency.',
    }),
    total: t.expose('total', {
      type: 'Decimal',
      description: 'subtotal + tax (gross - discount when priceIncludesTax).',
    }),
  }),
});

builder.prismaObject('PaymentAllocation', {
  select: { id: true },
  description: 'Part of a payment or credit note settling part of an invoice or bill.',
  authScopes: LEDGER_ACCESS,
  fields: (t) => ({
    amount: t.expose('amount', { type: 'Decimal', description: "Amount settled, in the documents' currency." }),
    date: t.expose('date', { type: 'Date', description: "Effective date: the later of the two documents' dates." }),
    invoice: t.relation('invoice', { description: 'The invoice or bill being settled.' }),
    payment: t.relation('payment', {
      nullable: true,
      description: 'The settling payment; null when a credit note settles.',
    }),
    creditNote: t.relation('creditNote', {
      nullable: true,
      description: 'The settling credit note; null when a payment settles.',
    }),
    exchangeDifference: t.field({
      type: 'Decimal',
      description:
        "Base-currency value of the settled part at the document's rate minus at the payment's (or credit note's) rate; posted as an exchange gain or loss when not zero.",
      select: { invoiceBase: true, sourceBase: true },
      resolve: (allocation) => allocation.invoiceBase.minus(allocation.sourceBase),
    }),
  }),
});

builder.prismaNode('Payment', {
  select: { id: true },
  description:
    'Money received from a customer or paid to a supplier, posted at once and allocated to invoices or bills. Needs role ACCOUNTING to read.',
  id: { field: 'id' },
  nullable: true,
  authScopes: LEDGER_ACCESS,
  fields: (t) => ({
    direction: t.expose('direction', {
      type: PaymentDirectionEnum,
      description: 'Incoming (customer) or outgoing (supplier).',
    }),
    status: t.expose('status', { type: PaymentStatusEnum, description: 'Posted or void.' }),
    number: t.exposeString('number', { description: 'The number of its journal entry, for example "BNK/2026/00001".' }),
    customer: t.relation('customer', {
      nullable: true,
      description: 'The paying customer; null for outgoing payments.',
    }),
    supplier: t.relation('supplier', { nullable: true, description: 'The paid supplier; null for incoming payments.' }),
    date: t.expose('date', { type: 'Date', description: 'Payment date; also the posting date.' }),
    amount: t.field({
      type: Money,
      description: 'The amount paid.',
      select: { amount: true, currency: true },
      resolve: (payment) => money(payment.amount, payment.currency.trim())!,
    }),
    amountAllocated: t.field({
      type: Money,
      description: 'How much of it settles invoices or bills.',
      select: { amountAllocated: true, currency: true },
      resolve: (payment) => money(payment.amountAllocated, payment.currency.trim())!,
    }),
    unallocated: t.field({
      type: Money,
      description:
        'What is left: an open credit of the partner, to allocate later with paymentAllocate. Zero once void.',
      select: { amount: true, amountAllocated: true, status: true, currency: true },
      resolve: (payment) =>
        money(
          payment.status === 'VOID' ? new Prisma.Decimal(0) : payment.amount.minus(payment.amountAllocated),
          payment.currency.trim(),
        )!,
    }),
    amountBase: t.expose('amountBase', { type: 'Decimal', description: 'The amount in the base currency as posted.' }),
    method: t.expose('method', { type: PaymentMethodEnum, description: 'How it was paid.' }),
    bankAccount: t.relation('bankAccount', { description: 'The bank or cash account the money went through.' }),
    reference: t.exposeString('reference', { nullable: true, description: 'Bank reference or cheque number.' }),
    memo: t.exposeString('memo', { nullable: true, description: 'Free text.' }),
    allocations: t.relation('allocations', {
      description: 'The invoices or bills it settles.',
      query: () => ({ orderBy: [{ date: 'asc' as const }, { createdAt: 'asc' as const }] }),
    }),
    journalEntry: t.relation('journalEntry', { description: 'The posted journal entry.' }),
    voidedAt: t.expose('voidedAt', { type: 'DateTime', nullable: true, description: 'When the payment was voided.' }),
    version: t.exposeInt('version', { description: 'Increases with every change.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When the payment was recorded.' }),
  }),
});

type EnumFilterValue<T extends string> = { equals?: T | null; in?: T[] | null } | null;

export interface InvoiceWhereValue {
  kind?: EnumFilterValue<typeof InvoiceKindEnum.$inferType>;
  status?: EnumFilterValue<typeof InvoiceStatusEnum.$inferType>;
  customerId?: string | null;
  supplierId?: string | null;
  number?: string | null;
  issueDate?: DateRangeValue | null;
  dueDate?: DateRangeValue | null;
  AND?: InvoiceWhereValue[] | null;
  OR?: InvoiceWhereValue[] | null;
  NOT?: InvoiceWhereValue | null;
}

export const InvoiceWhere = builder.inputRef<InvoiceWhereValue>('InvoiceWhere').implement({
  description:
    'Filter for invoices, bills and credit notes. All given conditions must hold; use OR and NOT for alternatives.',
  fields: (t) => ({
    kind: t.field({
      type: enumFilter('InvoiceKindFilter', InvoiceKindEnum, "a document's kind"),
      description: 'Conditions on the kind.',
    }),
    status: t.field({
      type: enumFilter('InvoiceStatusFilter', InvoiceStatusEnum, "a document's status"),
      description: 'Conditions on the status.',
    }),
    customerId: t.id({ description: "Only this customer's documents (its global ID)." }),
    supplierId: t.id({ description: "Only this supplier's documents (its global ID)." }),
    number: t.string({ description: 'Exactly this number.' }),
    issueDate: t.field({ type: DateFilter, description: 'Conditions on the issue date.' }),
    dueDate: t.field({ type: DateFilter, description: 'Conditions on the due date.' }),
    AND: t.field({ type: [InvoiceWhere], description: 'All of these filters hold.' }),
    OR: t.field({ type: [InvoiceWhere], description: 'At least one of these filters holds.' }),
    NOT: t.field({ type: InvoiceWhere, description: 'This filter does not hold.' }),
  }),
});

export const InvoiceOrderField = builder.enumType('InvoiceOrderField', {
  description: 'Fields documents can be sorted by.',
  values: {
    ISSUE_DATE: { description: 'Issue date.' },
    DUE_DATE: { description: 'Due date.' },
    NUMBER: { description: 'Number (drafts have none).' },
    TOTAL: { description: 'Total in the document currency.' },
  } as const,
});

export const INVOICE_ORDER_COLUMNS = {
  ISSUE_DATE: 'issueDate',
  DUE_DATE: 'dueDate',
  NUMBER: 'number',
  TOTAL: 'total',
} as const;

export const InvoiceOrderBy = builder.inputType('InvoiceOrderBy', {
  description: 'One sort key for documents. Ties are always broken by id, so pages are stable.',
  fields: (t) => ({
    field: t.field({ type: InvoiceOrderField, required: true, description: 'What to sort by.' }),
    direction: t.field({ type: OrderDirection, defaultValue: 'ASC', description: 'Sort direction (default ASC).' }),
  }),
});

export interface PaymentWhereValue {
  direction?: typeof PaymentDirectionEnum.$inferType | null;
  status?: typeof PaymentStatusEnum.$inferType | null;
  customerId?: string | null;
  supplierId?: string | null;
  date?: DateRangeValue | null;
}

export const PaymentWhere = builder.inputRef<PaymentWhereValue>('PaymentWhere').implement({
  description: 'Filter for payments. All given conditions must hold.',
  fields: (t) => ({
    direction: t.field({ type: PaymentDirectionEnum, description: 'Only incoming or only outgoing payments.' }),
    status: t.field({ type: PaymentStatusEnum, description: 'Only posted or only void payments.' }),
    customerId: t.id({ description: "Only this customer's payments (its global ID)." }),
    supplierId: t.id({ description: "Only this supplier's payments (its global ID)." }),
    date: t.field({ type: DateFilter, description: 'Conditions on the payment date.' }),
  }),
});

// The customer's and supplier's side of the books, readable where the partner is (one graph), for ACCOUNTING.
const newestDocumentsFirst = () => ({
  orderBy: [{ issueDate: 'desc' as const }, { createdAt: 'desc' as const }, { id: 'asc' as const }],
});
const newestPaymentsFirst = () => ({
  orderBy: [{ date: 'desc' as const }, { createdAt: 'desc' as const }, { id: 'asc' as const }],
});

builder.prismaObjectFields('Customer', (t) => ({
  invoices: t.relatedConnection(
    'invoices',
    {
      cursor: 'id',
      totalCount: true,
      authScopes: LEDGER_ACCESS,
      description: "The customer's invoices and credit notes, newest first. Needs role ACCOUNTING.",
      query: newestDocumentsFirst,
    },
    { name: 'CustomerInvoicesConnection', description: "A page of a customer's documents." },
    { name: 'CustomerInvoicesEdge', description: 'A document in a page, with its cursor.' },
  ),
  payments: t.relatedConnection(
    'payments',
    {
      cursor: 'id',
      totalCount: true,
      authScopes: LEDGER_ACCESS,
      description: 'Payments received from the customer, newest first. Needs role ACCOUNTING.',
      query: newestPaymentsFirst,
    },
    { name: 'CustomerPaymentsConnection', description: "A page of a customer's payments." },
    { name: 'CustomerPaymentsEdge', description: 'A payment in a page, with its cursor.' },
  ),
}));

builder.prismaObjectFields('Supplier', (t) => ({
  bills: t.relatedConnection(
    'invoices',
    {
      cursor: 'id',
      totalCount: true,
      authScopes: LEDGER_ACCESS,
      description: "The supplier's bills and credit notes, newest first. Needs role ACCOUNTING.",
      query: newestDocumentsFirst,
    },
    { name: 'SupplierBillsConnection', description: "A page of a supplier's documents." },
    { name: 'SupplierBillsEdge', description: 'A document in a page, with its cursor.' },
  ),
  payments: t.relatedConnection(
    'payments',
    {
      cursor: 'id',
      totalCount: true,
      authScopes: LEDGER_ACCESS,
      description: 'Payments made to the supplier, newest first. Needs role ACCOUNTING.',
      query: newestPaymentsFirst,
    },
    { name: 'SupplierPaymentsConnection', description: "A page of a supplier's payments." },
    { name: 'SupplierPaymentsEdge', description: 'A payment in a page, with its cursor.' },
  ),
}));
