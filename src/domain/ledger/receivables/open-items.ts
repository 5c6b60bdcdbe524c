import { Prisma } from '../../../generated/prisma/client.js';
import { Problems, isUuid, DomainError, fieldError, type Actor, type TenantTx } from '../../../platform/index.js';
import { findCustomerNames } from '../../crm/index.js';
import { checkDate, fromDbDate } from '../dates.js';
import { formatMoney } from '../money.js';
import { baseCurrencyOf } from '../settings.js';
import { agingBucket, type AgingBucket } from './invoice-math.js';
import type { PartnerSide } from './partners.js';

export interface OpenItem {
  /** INVOICE for invoices, bills and credit notes; PAYMENT for payments. */
  source: 'INVOICE' | 'PAYMENT';
  id: string;
  kind: string;
  number: string;
  partnerId: string;
  date: string;
  dueDate: string;
  currency: string;
  /** The document's amount, positive. */
  amount: string;
  /** What is open, signed: positive is owed by the customer (receivables) or to the supplier (payables). */
  openAmount: string;
  /** The open amount at the document's booked base-currency value, signed the same way. */
  openBase: string;
  daysPastDue: number;
  bucket: AgingBucket;
}

export interface OpenItemsInput {
  side: PartnerSide;
  partnerId?: string | null;
  /** 'YYYY-MM-DD'; today (UTC) when left out. */
  asOf?: string | null;
}

interface Row {
  source: 'INVOICE' | 'PAYMENT';
  id: string;
  kind: string;
  number: string;
  partnerId: string;
  date: Date;
  dueDate: Date;
  currency: string;
  amount: Prisma.Decimal;
  sign: number;
  openAmount: Prisma.Decimal;
  openBase: Prisma.Decimal;
  daysPastDue: number;
}

/**
 * Open items as of a date, from the documents and the allocations dated on or before it: invoices and
 * bills count positive, credit notes and payments not yet allocated negative. One statement, whatever
 * the number of documents.
 *
 * For one partner (the credit check of every order confirmation), the documents are filtered in each
 * branch and only the allocations touching them are summed, through the partner and allocation indexes:
 * the cost follows that partner's history, not the organization's.
 */
async function openRows(
  tx: TenantTx,
  actor: Actor,
  side: PartnerSide,
  asOf: Date,
  partnerId: string | null,
): Promise<Row[]> {
  const customer = side === 'CUSTOMER';
  const partnerColumn = Prisma.raw(customer ? '"customerId"' : '"supplierId"');
  const debitKind = customer ? 'CUSTOMER_INVOICE' : 'SUPPLIER_BILL';
  const creditKind = customer ? 'CUSTOMER_CREDIT_NOTE' : 'SUPPLIER_CREDIT_NOTE';
  const direction = customer ? 'INCOMING' : 'OUTGOING';
  const ofPartner = (alias: string) =>
    partnerId ? Prisma.sql`AND ${Prisma.raw(alias)}.${partnerColumn} = ${partnerId}::uuid` : Prisma.empty;
  // = ANY(ARRAY(...)) rather than IN (SELECT ...): it lets the OR of the source branch become a BitmapOr
  // of the (organizationId, paymentId) and (organizationId, creditNoteId) indexes.
  const documentIds = Prisma.sql`ANY(ARRAY(SELECT "id" FROM documents))`;
  const touchingInvoice = partnerId ? Prisma.sql`AND "invoiceId" = ${documentIds}` : Prisma.empty;
  const touchingSource = partnerId
    ? Prisma.sql`AND ("paymentId" = ${documentIds} OR "creditNoteId" = ${documentIds})`
    : Prisma.empty;
  return tx.$queryRaw<Row[]>`
    WITH documents AS (
      SELECT 'INVOICE' AS source, i."id", i."kind"::text AS kind, i."number", i.${partnerColumn} AS "partnerId",
             i."issueDate" AS date, i."dueDate", i."currency", i."total" AS amount, i."totalBase" AS "amountBase",
             CASE WHEN i."kind" = ${debitKind}::"InvoiceKind" THEN 1 ELSE -1 END AS sign
        FROM "Invoice" i
       WHERE i."organizationId" = ${actor.organizationId}::uuid ${ofPartner('i')}
         AND i."kind" IN (${debitKind}::"InvoiceKind", ${creditKind}::"InvoiceKind")
         AND i."journalEntryId" IS NOT NULL AND i."issueDate" <= ${asOf}::date
         AND (i."voidDate" IS NULL OR i."voidDate" > ${asOf}::date)
      UNION ALL
      SELECT 'PAYMENT', p."id", p."direction"::text, p."number", p.${partnerColumn},
             p."date", p."date", p."currency", p."amount", p."amountBase", -1
        FROM "Payment" p
       WHERE p."organizationId" = ${actor.organizationId}::uuid ${ofPartner('p')} AND p."direction" = ${direction}::"PaymentDirection"
         AND p."date" <= ${asOf}::date AND (p."voidDate" IS NULL OR p."voidDate" > ${asOf}::date)
    ),
    allocated AS (
      SELECT "invoiceId" AS "documentId", sum("amount") AS amount, sum("invoiceBase") AS base
        FROM "PaymentAllocation"
       WHERE "organizationId" = ${actor.organizationId}::uuid AND "date" <= ${asOf}::date ${touchingInvoice}
       GROUP BY "invoiceId"
      UNION ALL
      SELECT coalesce("paymentId", "creditNoteId"), sum("amount"), sum("sourceBase")
        FROM "PaymentAllocation"
       WHERE "organizationId" = ${actor.organizationId}::uuid AND "date" <= ${asOf}::date ${touchingSource}
       GROUP BY coalesce("paymentId", "creditNoteId")
    )
    SELECT d.source, d."id"::text AS id, d.kind, d."number", d."partnerId"::text AS "partnerId", d.date, d."dueDate",
           trim(d."currency") AS currency, d.amount, d.sign,
           d.sign * (d.amount - coalesce(a.amount, 0)) AS "openAmount",
           d.sign * (d."amountBase" - coalesce(a.base, 0)) AS "openBase",
           (${asOf}::date - d."dueDate")::int AS "daysPastDue"
      FROM documents d
      LEFT JOIN (SELECT "documentId", sum(amount) AS amount, sum(base) AS base FROM allocated GROUP BY "documentId") a
        ON a."documentId" = d."id"
     WHERE d.amount - coalesce(a.amount, 0) > 0
     ORDER BY d."partnerId", d."dueDate", d."number"`;
}

function parseAsOf(asOf: string | null | undefined): Date {
  const problems = new Problems();
  const date = asOf
    ? checkDate(problems, 'asOf', asOf)
    : new Date(`${new Date().toISOString().slice(0, 10)}T00:00:00Z`);
  problems.throwIfAny();
  return date as Date;
}

export async function openItems(tx: TenantTx, actor: Actor, input: OpenItemsInput): Promise<OpenItem[]> {
  const asOf = parseAsOf(input.asOf);
  if (input.partnerId && !isUuid(input.partnerId))
    throw new DomainError(fieldError('NOT_FOUND', 'No such partner', 'partnerId'));
  const base = await baseCurrencyOf(tx);
  const rows = await openRows(tx, actor, input.side, asOf, input.partnerId ?? null);
  return rows.map((row) => ({
    source: row.source,
    id: row.id,
    kind: row.kind,
    number: row.number,
    partnerId: row.partnerId,
    date: fromDbDate(row.date),
    dueDate: fromDbDate(row.dueDate),
    currency: row.currency,
    amount: formatMoney(row.amount, row.currency),
    openAmount: formatMoney(row.openAmount, row.currency),
    openBase: formatMoney(row.openBase, base),
    daysPastDue: Number(row.daysPastDue),
    bucket: agingBucket(Number(row.daysPastDue)),
  }));
}

export interface AgingAmounts {
  current: string;
  days1To30: string;
  days31To60: string;
  days61To90: string;
  over90: string;
  total: string;
}

export interface AgingRow extends AgingAmounts {
  partnerId: string;
  partnerCode: string;
  partnerName: string;
}

export interface AgingReport {
  asOf: string;
  /** All amounts are in the base currency at the documents' booked values. */
  currency: string;
  rows: AgingRow[];
  totals: AgingAmounts;
}

const BUCKET_FIELD: Record<AgingBucket, keyof Omit<AgingAmounts, 'total'>> = {
  CURRENT: 'current',
  DAYS_1_30: 'days1To30',
  DAYS_31_60: 'days31To60',
  DAYS_61_90: 'days61To90',
  OVER_90: 'over90',
};

type Sums = Record<keyof AgingAmounts, Prisma.Decimal>;

function emptySums(): Sums {
  const zero = new Prisma.Decimal(0);
  return { current: zero, days1To30: zero, days31To60: zero, days61To90: zero, over90: zero, total: zero };
}

function format(sums: Sums, currency: string): AgingAmounts {
  const amount = (key: keyof AgingAmounts) => formatMoney(sums[key], currency);
  return {
    current: amount('current'),
    days1To30: amount('days1To30'),
    days31To60: amount('days31To60'),
    days61To90: amount('days61To90'),
    over90: amount('over90'),
    total: amount('total'),
  };
}

/**
 * Aged receivables or payables: each partner's open items in buckets by days past due (current,
 * 1-30, 31-60, 61-90, over 90). Unallocated credits count in the bucket of their own date.
 */
export async function agedBalances(
  tx: TenantTx,
  actor: Actor,
  input: { side: PartnerSide; asOf?: string | null },
): Promise<AgingReport> {
  const asOf = parseAsOf(input.asOf);
  const base = await baseCurrencyOf(tx);
  const rows = await openRows(tx, actor, input.side, asOf, null);
  const byPartner = new Map<string, Sums>();
  const totals = emptySums();
  for (const row of rows) {
    const sums = byPartner.get(row.partnerId) ?? emptySums();
    const field = BUCKET_FIELD[agingBucket(Number(row.daysPastDue))];
    const amount = new Prisma.Decimal(row.openBase);
    sums[field] = sums[field].plus(amount);
    sums.total = sums.total.plus(amount);
    totals[field] = totals[field].plus(amount);
    totals.total = totals.total.plus(amount);
    byPartner.set(row.partnerId, sums);
  }
  const ids = [...byPartner.keys()];
  const partners = new Map(
    (input.side === 'CUSTOMER'
      ? await findCustomerNames(tx, ids)
      : await tx.supplier.findMany({ where: { id: { in: ids } }, select: { id: true, code: true, name: true } })
    ).map((partner) => [partner.id, partner]),
  );
  const rowsOut = [...byPartner.entries()].map(([partnerId, sums]) => ({
    partnerId,
    partnerCode: partners.get(partnerId)?.code ?? '',
    partnerName: partners.get(partnerId)?.name ?? '',
    ...format(sums, base),
  }));
  rowsOut.sort((a, b) => a.partnerName.localeCompare(b.partnerName) || a.partnerId.localeCompare(b.partnerId));
  return { asOf: fromDbDate(asOf), currency: base, rows: rowsOut, totals: format(totals, base) };
}
