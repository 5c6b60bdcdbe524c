import type { AgingAmounts, AgingReport, AgingRow, OpenItem } from '../../domain/ledger/index.js';
import { builder, type SchemaTypesOf } from '../builder.js';
import { encodeGlobalId } from '../global-id.js';

export const AgingBucketEnum = builder.enumType('AgingBucket', {
  description: 'How far past its due date an open item is, as of the report date.',
  values: {
    CURRENT: { description: 'Not yet due (the due day itself included).' },
    DAYS_1_30: { description: '1 to 30 days past due.' },
    DAYS_31_60: { description: '31 to 60 days past due.' },
    DAYS_61_90: { description: '61 to 90 days past due.' },
    OVER_90: { description: 'More than 90 days past due.' },
  } as const,
});

export const OpenItemType = builder.objectRef<OpenItem>('OpenItem').implement({
  description:
    'A document with something still open: an invoice or bill (positive), or a credit note or payment not yet allocated (negative).',
  fields: (t) => ({
    documentId: t.id({
      description: 'Global ID of the Invoice (invoices, bills, credit notes) or Payment; fetch it with node(id:).',
      resolve: (item) => encodeGlobalId(item.source === 'PAYMENT' ? 'Payment' : 'Invoice', item.id),
    }),
    kind: t.exposeString('kind', {
      description: 'The InvoiceKind of a document, or the PaymentDirection of a payment.',
    }),
    number: t.exposeString('number', { description: 'The document or payment number.' }),
    partnerId: t.id({
      description: 'Global ID of the customer or supplier.',
      resolve: (item) =>
        encodeGlobalId(
          item.kind.startsWith('CUSTOMER') || item.kind === 'INCOMING' ? 'Customer' : 'Supplier',
          item.partnerId,
        ),
    }),
    date: t.field({ type: 'Date', description: 'Issue or payment date.', resolve: (item) => item.date }),
    dueDate: t.field({
      type: 'Date',
      description: 'Due date (the date itself for credit notes and payments).',
      resolve: (item) => item.dueDate,
    }),
    currency: t.field({
      type: 'CurrencyCode',
      description: 'The document currency.',
      resolve: (item) => item.currency,
    }),
    amount: t.field({
      type: 'Decimal',
      description: "The document's full amount, positive.",
      resolve: (item) => item.amount,
    }),
    openAmount: t.field({
      type: 'Decimal',
      description:
        'What is open in the document currency: positive is owed by the customer or to the supplier, negative is a credit.',
      resolve: (item) => item.openAmount,
    }),
    openBase: t.field({
      type: 'Decimal',
      description: "The open amount in the base currency at the document's booked rate, signed the same way.",
      resolve: (item) => item.openBase,
    }),
    daysPastDue: t.exposeInt('daysPastDue', {
      description: 'Days between the due date and the as-of date; 0 or less when not yet due.',
    }),
    bucket: t.field({ type: AgingBucketEnum, description: 'The aging bucket.', resolve: (item) => item.bucket }),
  }),
});

const agingFields = <T extends AgingAmounts>(t: PothosSchemaTypes.ObjectFieldBuilder<SchemaTypesOf, T>) => ({
  current: t.field({ type: 'Decimal', description: 'Not yet due.', resolve: (row: T) => row.current }),
  days1To30: t.field({ type: 'Decimal', description: '1 to 30 days past due.', resolve: (row: T) => row.days1To30 }),
  days31To60: t.field({ type: 'Decimal', description: '31 to 60 days past due.', resolve: (row: T) => row.days31To60 }),
  days61To90: t.field({ type: 'Decimal', description: '61 to 90 days past due.', resolve: (row: T) => row.days61To90 }),
  over90: t.field({ type: 'Decimal', description: 'More than 90 days past due.', resolve: (row: T) => row.over90 }),
  total: t.field({
    type: 'Decimal',
    description: "All buckets together: the partner's balance.",
    resolve: (row: T) => row.total,
  }),
});

export interface AgingRowWithPartner extends AgingRow {
  side: 'CUSTOMER' | 'SUPPLIER';
}

export const AgingRowType = builder.objectRef<AgingRowWithPartner>('AgingRow').implement({
  description: "One customer's or supplier's open items by bucket, in the base currency.",
  fields: (t) => ({
    partnerId: t.id({
      description: 'Global ID of the customer (agedReceivables) or supplier (agedPayables).',
      resolve: (row) => encodeGlobalId(row.side === 'CUSTOMER' ? 'Customer' : 'Supplier', row.partnerId),
    }),
    partnerCode: t.exposeString('partnerCode', { description: "The partner's code." }),
    partnerName: t.exposeString('partnerName', { description: "The partner's name." }),
    ...agingFields(t),
  }),
});

export const AgingTotalsType = builder.objectRef<AgingAmounts>('AgingTotals').implement({
  description: "Sums of all partners' buckets, in the base currency.",
  fields: (t) => agingFields(t),
});

export interface AgingReportWithPartners extends Omit<AgingReport, 'rows'> {
  rows: AgingRowWithPartner[];
}

export const AgingReportType = builder.objectRef<AgingReportWithPartners>('AgingReport').implement({
  description:
    "Aged receivables or payables as of a date: open items by days past due. Unallocated payments and credit notes count negative, in the bucket of their own date. Amounts are in the base currency at the documents' booked values.",
  fields: (t) => ({
    asOf: t.field({ type: 'Date', description: 'The report date.', resolve: (report) => report.asOf }),
    currency: t.field({
      type: 'CurrencyCode',
      description: 'The base currency all amounts are in.',
      resolve: (report) => report.currency,
    }),
    rows: t.field({
      type: [AgingRowType],
      description: 'One row per partner with anything open, by partner name.',
      resolve: (report) => report.rows,
    }),
    totals: t.field({ type: AgingTotalsType, description: 'Sums over all rows.', resolve: (report) => report.totals }),
  }),
});
