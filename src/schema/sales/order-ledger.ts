// What a sales order caused in the books: the journal entries of its shipments, invoices and the
// payments allocated to those invoices, and the allocations themselves. Each list costs two statements
// for every order asked at once (ids by SQL, then the rows with the requested selection).
import DataLoader from 'dataloader';
import { builder } from '../builder.js';
import type { GraphQLContext } from '../context.js';
import { LEDGER_ACCESS } from '../ledger/ledger.js';

type Query = { select?: object; include?: object };
type Link = { order_id: string; row_id: string };

// Entries: COGS of the shipment moves, the invoices' entries, the allocated payments' entries, the
// returns' receipt moves, the credit notes of returns and of the close, and the reversals of any of them (a voided invoice, payment
// or credit note reverses its entry).
const ENTRY_IDS = `WITH caused AS (
  SELECT s."salesOrderId" AS order_id, m."journalEntryId" AS row_id
    FROM "Shipment" s
    JOIN "ShipmentLine" l ON l."organizationId" = s."organizationId" AND l."shipmentId" = s."id"
    JOIN "StockMove" m ON m."organizationId" = s."organizationId" AND m."id" = l."stockMoveId"
   WHERE s."organizationId" = $1::uuid AND s."salesOrderId" = ANY($2::uuid[]) AND m."journalEntryId" IS NOT NULL
  UNION
  SELECT o."salesOrderId", i."journalEntryId"
    FROM "SalesOrderInvoice" o
    JOIN "Invoice" i ON i."organizationId" = o."organizationId" AND i."id" = o."invoiceId"
   WHERE o."organizationId" = $1::uuid AND o."salesOrderId" = ANY($2::uuid[]) AND i."journalEntryId" IS NOT NULL
  UNION
  SELECT o."salesOrderId", p."journalEntryId"
    FROM "SalesOrderInvoice" o
    JOIN "PaymentAllocation" a ON a."organizationId" = o."organizationId" AND a."invoiceId" = o."invoiceId"
    JOIN "Payment" p ON p."organizationId" = o."organizationId" AND p."id" = a."paymentId"
   WHERE o."organizationId" = $1::uuid AND o."salesOrderId" = ANY($2::uuid[])
  UNION
  SELECT r."salesOrderId", m."journalEntryId"
    FROM "SalesReturn" r
    JOIN "SalesReturnLine" l ON l."organizationId" = r."organizationId" AND l."salesReturnId" = r."id"
    JOIN "StockMove" m ON m."organizationId" = r."organizationId" AND m."id" = l."stockMoveId"
   WHERE r."organizationId" = $1::uuid AND r."salesOrderId" = ANY($2::uuid[]) AND m."journalEntryId" IS NOT NULL
  UNION
  SELECT l."salesOrderId", i."journalEntryId"
    FROM "SalesOrderLine" l
    JOIN "SalesReturnCredit" c ON c."organizationId" = l."organizationId" AND c."salesOrderLineId" = l."id"
    JOIN "Invoice" i ON i."organizationId" = l."organizationId" AND i."id" = c."creditNoteId"
   WHERE l."organizationId" = $1::uuid AND l."salesOrderId" = ANY($2::uuid[]) AND i."journalEntryId" IS NOT NULL
)
SELECT order_id::text, row_id::text FROM caused
UNION
SELECT c.order_id::text, r."id"::text FROM caused c
  JOIN "JournalEntry" r ON r."organizationId" = $1::uuid AND r."reversalOfId" = c.row_id`;

const ALLOCATION_IDS = `SELECT o."salesOrderId"::text AS order_id, a."id"::text AS row_id
  FROM "SalesOrderInvoice" o
  JOIN "PaymentAllocation" a ON a."organizationId" = o."organizationId" AND a."invoiceId" = o."invoiceId"
 WHERE o."organizationId" = $1::uuid AND o."salesOrderId" = ANY($2::uuid[]) AND a."paymentId" IS NOT NULL`;

const perRequest = new WeakMap<GraphQLContext, Map<string, DataLoader<string, object[]>>>();

/** Rows per order id: the links by SQL, then the rows (with the GraphQL selection) in one findMany. */
function linkedLoader(
  ctx: GraphQLContext,
  key: string,
  linksSql: string,
  findRows: (args: object) => Promise<{ id: string }[]>,
  query: Query,
  where: object,
  orderBy: object[],
): DataLoader<string, object[]> {
  const selection = query.select ? { select: { ...query.select, id: true } } : query;
  const cacheKey = `${key}:${JSON.stringify(selection)}`;
  let loaders = perRequest.get(ctx);
  if (!loaders) perRequest.set(ctx, (loaders = new Map()));
  let loader = loaders.get(cacheKey);
  if (!loader) {
    loader = new DataLoader<string, object[]>(async (orderIds) => {
      const links = await ctx.db.$queryRawUnsafe<Link[]>(linksSql, ctx.actor!.organizationId, [...orderIds]);
      const rows = links.length
        ? await findRows({
            ...selection,
            where: { ...where, id: { in: [...new Set(links.map((link) => link.row_id))] } },
            orderBy,
          })
        : [];
      return orderIds.map((orderId) => {
        const mine = new Set(links.filter((link) => link.order_id === orderId).map((link) => link.row_id));
        return rows.filter((row) => mine.has(row.id));
      });
    });
    loaders.set(cacheKey, loader);
  }
  return loader;
}

builder.prismaObjectFields('SalesOrder', (t) => ({
  journalEntries: t.prismaField({
    type: ['JournalEntry'],
    authScopes: LEDGER_ACCESS,
    description:
      "Every posted journal entry the order caused, oldest first: the cost of goods sold of its shipments, its invoices, the payments allocated to them, its returns' receipts, the credit notes of its returns and of its close, and reversals of any of these. Needs role ACCOUNTING.",
    select: { id: true },
    resolve: (query, order, _args, ctx) =>
      linkedLoader(
        ctx,
        'salesOrder.journalEntries',
        ENTRY_IDS,
        (args) => ctx.db.journalEntry.findMany(args as never) as never,
        query as Query,
        { status: 'POSTED' },
        [{ date: 'asc' }, { postedAt: 'asc' }, { id: 'asc' }],
      ).load(order.id) as never,
  }),
  payments: t.prismaField({
    type: ['PaymentAllocation'],
    authScopes: LEDGER_ACCESS,
    description:
      "The payments allocated to the order's invoices, one per allocation with the amount it settled, oldest first (credit notes are not payments and are left out). Needs role ACCOUNTING.",
    select: { id: true },
    resolve: (query, order, _args, ctx) =>
      linkedLoader(
        ctx,
        'salesOrder.payments',
        ALLOCATION_IDS,
        (args) => ctx.db.paymentAllocation.findMany(args as never) as never,
        query as Query,
        {},
        [{ date: 'asc' }, { createdAt: 'asc' }, { id: 'asc' }],
      ).load(order.id) as never,
  }),
}));
