import * as sales from '../../domain/sales/index.js';
import { builder } from '../../schema/builder.js';
import { dateWhere, enumWhere } from '../../schema/filters.js';
import { filterIdOf, idFor, optionalIdFor } from '../../schema/ids.js';
import { orderByWithTiebreaker } from '../../schema/ordering.js';
import { payloadType } from '../../schema/payloads.js';
import { SALES_ACCESS, SalesError } from '../../schema/sales/sales.js';
import { ORDER_READERS } from '../../schema/sales/orders.js';
import {
  QuoteConvertInput,
  SALES_ORDER_ORDER_COLUMNS,
  SalesOrderCancelInput,
  SalesOrderCloseInput,
  SalesOrderConfirmInput,
  SalesOrderCreateInput,
  SalesOrderOrderBy,
  SalesOrderReserveInput,
  SalesOrderUpdateInput,
  SalesOrderWhere,
  type SalesOrderWhereValue,
} from '../../schema/sales/order-inputs.js';
import { runMutation, runMutationWithCodes } from '../run-mutation.js';

const SALES_NOTE = 'Needs role SALES.';
const READ_NOTE = 'Needs role SALES, WAREHOUSE or ACCOUNTING.';

function salesOrderWhere(where: SalesOrderWhereValue | null | undefined): object {
  if (!where) return {};
  const clauses: object[] = [...enumWhere('status', where.status), ...dateWhere(where.orderDate, 'orderDate')];
  if (where.customerId) clauses.push({ customerId: filterIdOf('Customer', where.customerId, 'customerId') });
  if (where.number) clauses.push({ number: where.number });
  return { AND: clauses };
}

/** The header and lines that create and update share, as the schema declares them. */
type OrderFieldsInput = Omit<typeof SalesOrderCreateInput.$inferInput, 'customerId' | 'idempotencyKey'>;

function orderFields(
  input: OrderFieldsInput,
): sales.SalesOrderCreateInput extends infer T ? Omit<T, 'customerId'> : never {
  return {
    currency: input.currency,
    orderDate: input.orderDate,
    requestedDeliveryDate: input.requestedDeliveryDate,
    shippingAddress: input.shippingAddress,
    locationId: optionalIdFor('Location', input.locationId, 'locationId'),
    notes: input.notes,
    customerReference: input.customerReference,
    lines: input.lines.map((line, index) => ({
      ...line,
      productId: idFor('Product', line.productId, `lines.${index}.productId`),
    })),
  };
}

function orderPayload(name: string, description: string) {
  return payloadType<sales.SalesOrderRef>(name, {
    description,
    errorType: SalesError,
    fields: (t) => ({
      salesOrder: t.prismaField({
        type: 'SalesOrder',
        nullable: true,
        description: 'The sales order as it is after the mutation; null when there are errors.',
        resolve: (query, payload, _args, ctx) =>
          payload.ids ? ctx.db.salesOrder.findUnique({ ...query, where: { id: payload.ids.salesOrderId } }) : null,
      }),
    }),
  });
}

builder.queryFields((t) => ({
  salesOrder: t.prismaField({
    type: 'SalesOrder',
    nullable: true,
    description: `A sales order by ID; null if it does not exist in your organization. ${READ_NOTE}`,
    authScopes: { anyRole: ORDER_READERS },
    args: { id: t.arg.globalID({ required: true, description: 'Global ID of the sales order.' }) },
    resolve: (query, _root, args, ctx) =>
      args.id.typename === 'SalesOrder' ? ctx.db.salesOrder.findUnique({ ...query, where: { id: args.id.id } }) : null,
  }),
  salesOrders: t.prismaConnection(
    {
      type: 'SalesOrder',
      cursor: 'id',
      description: `Sales orders, filtered and sorted; default 20 per page, at most 100. ${READ_NOTE}`,
      authScopes: { anyRole: ORDER_READERS },
      args: {
        where: t.arg({ type: SalesOrderWhere, description: 'Filter; omit for all sales orders.' }),
        orderBy: t.arg({
          type: [SalesOrderOrderBy],
          description: 'Sort keys, most significant first (default: newest order date first).',
        }),
      },
      totalCount: (_connection, args, ctx) => ctx.db.salesOrder.count({ where: salesOrderWhere(args.where) }),
      resolve: (query, _root, args, ctx) =>
        ctx.db.salesOrder.findMany({
          ...query,
          where: salesOrderWhere(args.where),
          orderBy: orderByWithTiebreaker(args.orderBy, SALES_ORDER_ORDER_COLUMNS, [
            { orderDate: 'desc' },
            { number: 'desc' },
          ]),
        }),
    },
    { name: 'SalesOrderConnection', description: 'A page of sales orders.' },
    { name: 'SalesOrderEdge', description: 'A sales order in a page, with its cursor.' },
  ),
}));

const orderId = (id: string) => idFor('SalesOrder', id, 'id');

builder.mutationFields((t) => ({
  salesOrderCreate: t.field({
    type: orderPayload('SalesOrderCreatePayload', 'Result of salesOrderCreate: the new draft.'),
    description: `Creates a draft sales order numbered SO-00001; currency and shipping address default to the customer's, unit prices come from the customer's price list or the list price unless given (then MANUAL), tax rates from the product/category/default assignment unless the customer is exempt. Emits salesOrder.created. ${SALES_NOTE}`,
    authScopes: SALES_ACCESS,
    args: { input: t.arg({ type: SalesOrderCreateInput, required: true, description: 'The new order.' }) },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, 'salesOrderCreate', input, (tx, actor) =>
        sales.createSalesOrder(tx, actor, {
          customerId: idFor('Customer', input.customerId, 'customerId'),
          ...orderFields(input),
        }),
      ),
  }),
  salesOrderUpdate: t.field({
    type: orderPayload('SalesOrderUpdatePayload', 'Result of salesOrderUpdate.'),
    description: `Replaces a draft order's lines (re-priced) and any header fields given. Emits salesOrder.updated. ${SALES_NOTE}`,
    authScopes: SALES_ACCESS,
    args: {
      input: t.arg({ type: SalesOrderUpdateInput, required: true, description: 'The draft and its new content.' }),
    },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, 'salesOrderUpdate', input, (tx, actor) =>
        sales.updateSalesOrder(tx, actor, {
          id: orderId(input.id),
          expectedVersion: input.expectedVersion,
          ...orderFields(input),
        }),
      ),
  }),
  salesOrderConfirm: t.field({
    type: orderPayload(
      'SalesOrderConfirmPayload',
      'Result of salesOrderConfirm: the order CONFIRMED or PENDING_APPROVAL.',
    ),
    description:
      "Confirms a draft in one transaction: reserves every stocked line at the order's location (all or nothing: INSUFFICIENT_STOCK on lines.N.quantity; with allowBackorder what is available, the rest backordered), checks credit (open receivables + this order against the customer's limit) and asks the approvals engine (subject SALES_ORDER; facts AMOUNT in the base currency, CURRENCY, MAX_DISCOUNT_PERCENT, CREDIT_LIMIT_EXCEEDED, CUSTOMER_ID). " +
      `A matching policy rule leaves it PENDING_APPROVAL with its stock reserved; otherwise it is CONFIRMED at once, unless over the credit limit (CREDIT_LIMIT_EXCEEDED). Emits salesOrder.confirmed or salesOrder.submitted. ${SALES_NOTE}`,
    authScopes: SALES_ACCESS,
    args: { input: t.arg({ type: SalesOrderConfirmInput, required: true, description: 'The draft to confirm.' }) },
    resolve: (_root, { input }, ctx) =>
      runMutationWithCodes(ctx, sales.SALES_ERROR_CODES, 'APPROVAL_REFUSED', 'salesOrderConfirm', input, (tx, actor) =>
        sales.confirmSalesOrder(tx, actor, {
          id: orderId(input.id),
          expectedVersion: input.expectedVersion,
          allowBackorder: input.allowBackorder,
          requesterId: optionalIdFor('Employee', input.requesterId, 'requesterId'),
          comment: input.comment,
        }),
      ),
  }),
  salesOrderCancel: t.field({
    type: orderPayload('SalesOrderCancelPayload', 'Result of salesOrderCancel.'),
    description: `Cancels a draft, pending or confirmed order that has not shipped or been invoiced, releasing all its reservations in one inventory release; a pending approval is withdrawn first (the engine allows only its requester). Emits salesOrder.cancelled (and stock.demandReleased listing the released lines). ${SALES_NOTE}`,
    authScopes: SALES_ACCESS,
    args: { input: t.arg({ type: SalesOrderCancelInput, required: true, description: 'The order to cancel.' }) },
    resolve: (_root, { input }, ctx) =>
      runMutationWithCodes(ctx, sales.SALES_ERROR_CODES, 'APPROVAL_REFUSED', 'salesOrderCancel', input, (tx, actor) =>
        sales.cancelSalesOrder(tx, actor, {
          id: orderId(input.id),
          expectedVersion: input.expectedVersion,
          comment: input.comment,
        }),
      ),
  }),
  salesOrderClose: t.field({
    type: orderPayload('SalesOrderClosePayload', 'Result of salesOrderClose: the order CLOSED.'),
    description:
      "Closes a confirmed, shipping, shipped, invoiced or paid order short (the customer will not take the rest): releases every reservation its lines still hold, clears reserved and backordered, and sets CLOSED with closedAt and closeReason. What a line was invoiced for beyond what it delivered (shipped less returned; services: ordered less returned), as when an ORDERED customer was invoiced for units that never shipped, is credited in the same transaction, as returns credit: one posted customer credit note per invoice (dated today), latest invoice first, its lines copying the order line's price, discount, tax and price-includes-tax; it settles what is open of the invoice, and of a paid invoice stays customer credit. The credited quantities count in quantityCredited and creditedAmount (closeCreditNotes lists the notes); voiding such a note in the ledger (possible while it is not applied, as the credit of a paid invoice) gives them back (the order stays CLOSED and nothing becomes invoiceable), and an invoice such a note credits cannot be voided (HAS_ALLOCATIONS). Afterwards the order no longer ships (NOT_SHIPPABLE), is invoiced for what shipped less returned (services: ordered) whatever the invoice policy, takes returns of what shipped, and stays CLOSED. " +
      `NOT_CLOSABLE for a draft or pending order (cancel it with salesOrderCancel) and a cancelled or closed one; OPEN_SHIPMENTS or OPEN_RETURNS while a draft shipment or return is open; NO_PERIOD, PERIOD_CLOSED or CREDIT_REFUSED when the ledger refuses a credit note (nothing is written). Emits salesOrder.closed (listing the released lines, the credited lines and the credit notes; and one stock.demandReleased listing the released lines). ${SALES_NOTE}`,
    authScopes: SALES_ACCESS,
    args: { input: t.arg({ type: SalesOrderCloseInput, required: true, description: 'The order to close and why.' }) },
    resolve: (_root, { input }, ctx) =>
      runMutationWithCodes(ctx, sales.SALES_ERROR_CODES, 'STOCK_REFUSED', 'salesOrderClose', input, (tx, actor) =>
        sales.closeSalesOrder(tx, actor, {
          id: orderId(input.id),
          expectedVersion: input.expectedVersion,
          reason: input.reason,
        }),
      ),
  }),
  salesOrderReserve: t.field({
    type: orderPayload(
      'SalesOrderReservePayload',
      'Result of salesOrderReserve: the order with its reserved and backordered quantities.',
    ),
    description:
      "Reserves again what is available now of a CONFIRMED or PARTIALLY_SHIPPED order's backordered quantities at its location, all lines in one inventory reservation (lines sharing a product are served in line order); what is still short stays backordered. NOTHING_BACKORDERED when no line is backordered, INSUFFICIENT_STOCK when none of it is available. Emits salesOrder.reserved and stock.demandReserved (one for the order, listing the lines). Needs role SALES or WAREHOUSE.",
    authScopes: { anyRole: ['SALES', 'WAREHOUSE'] },
    args: { input: t.arg({ type: SalesOrderReserveInput, required: true, description: 'The order.' }) },
    resolve: (_root, { input }, ctx) =>
      runMutationWithCodes(ctx, sales.SALES_ERROR_CODES, 'STOCK_REFUSED', 'salesOrderReserve', input, (tx, actor) =>
        sales.reserveSalesOrder(tx, actor, { id: orderId(input.id), expectedVersion: input.expectedVersion }),
      ),
  }),
  quoteConvert: t.field({
    type: orderPayload('QuoteConvertPayload', 'Result of quoteConvert: the new draft order.'),
    description: `Turns an ACCEPTED quote into a DRAFT sales order with the quoted lines, prices, discounts and taxes (not re-priced); a quote converts once (QUOTE_CONVERTED). Emits salesOrder.created. ${SALES_NOTE}`,
    authScopes: SALES_ACCESS,
    args: { input: t.arg({ type: QuoteConvertInput, required: true, description: 'The accepted quote.' }) },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, 'quoteConvert', input, (tx, actor) =>
        sales.convertQuote(tx, actor, {
          quoteId: idFor('Quote', input.quoteId, 'quoteId'),
          expectedVersion: input.expectedVersion,
          locationId: optionalIdFor('Location', input.locationId, 'locationId'),
          requestedDeliveryDate: input.requestedDeliveryDate,
          customerReference: input.customerReference,
        }),
      ),
  }),
}));
