// Sales order types: the order, its lines with stock availability and reservations, and links from
// quotes and customers.
import DataLoader from 'dataloader';
import { Prisma } from '../../generated/prisma/client.js';
import type { Role } from '../../generated/prisma/enums.js';
import { SALES_ORDER_DEMAND } from '../../domain/sales/index.js';
import { builder } from '../builder.js';
import type { GraphQLContext } from '../context.js';
import { AddressType } from '../crm/crm.js';
import { PriceSourceEnum } from './sales.js';
import { Money, money } from '../scalars.js';
import type { Address } from '../../domain/crm/index.js';

/** Orders are kept by SALES (ADMIN passes every role check) and read by the warehouse and accounting too. */
export const ORDER_READERS: Role[] = ['SALES', 'WAREHOUSE', 'ACCOUNTING'];
const READ_NOTE = 'Needs role SALES, WAREHOUSE or ACCOUNTING.';

export const SalesOrderStatusEnum = builder.enumType('SalesOrderStatus', {
  description: 'Where a sales order is in its life.',
  values: {
    DRAFT: {
      description: 'Being prepared; lines may change. Also where a rejected, returned or withdrawn approval leaves it.',
    },
    PENDING_APPROVAL: {
      description: "Confirmed by sales, waiting for an approval policy's approvers; its stock stays reserved.",
    },
    CONFIRMED: { description: 'Accepted: stock reserved (or backordered), ready to ship.' },
    PARTIALLY_SHIPPED: {
      description: 'A shipment has shipped, and some stocked line has not shipped its full quantity yet.',
    },
    SHIPPED: {
      description: 'Every stocked line has shipped its full quantity (services never ship and do not hold it back).',
    },
    INVOICED: { description: 'Invoiced in full.' },
    PAID: { description: 'The invoices are paid.' },
    CLOSED: {
      description:
        'Closed short with salesOrderClose: the customer takes nothing more than what shipped. Its reservations were released, backorders dropped, and what was invoiced beyond what it delivered credited (closeCreditNotes); it no longer ships, is invoiced for what shipped (services: ordered) whatever the invoice policy, and takes returns. Final: invoicing, payments and returns leave it CLOSED.',
    },
    CANCELLED: { description: 'Cancelled before anything shipped or was invoiced; its reservations were released.' },
  } as const,
});

const perRequest = new WeakMap<GraphQLContext, Map<string, DataLoader<string, unknown>>>();

function loaderFor<V>(
  ctx: GraphQLContext,
  key: string,
  batch: (keys: readonly string[]) => Promise<V[]>,
): DataLoader<string, V> {
  let loaders = perRequest.get(ctx);
  if (!loaders) perRequest.set(ctx, (loaders = new Map()));
  let loader = loaders.get(key) as DataLoader<string, V> | undefined;
  if (!loader)
    loaders.set(
      key,
      (loader = new DataLoader<string, V>(batch) as DataLoader<string, unknown> as DataLoader<string, V>),
    );
  return loader;
}

const ZERO = new Prisma.Decimal(0);

/** Available (on hand less reserved) per "productId:locationId", one statement for every line asked at once. */
function availableLoader(ctx: GraphQLContext) {
  return loaderFor<Prisma.Decimal>(ctx, 'salesOrderLine.available', async (keys) => {
    const pairs = keys.map((key) => key.split(':') as [string, string]);
    const levels = await ctx.db.stockLevel.findMany({
      where: {
        productId: { in: [...new Set(pairs.map(([p]) => p))] },
        locationId: { in: [...new Set(pairs.map(([, l]) => l))] },
      },
      select: { productId: true, locationId: true, onHand: true, reserved: true },
    });
    const byKey = new Map(
      levels.map((level) => [`${level.productId}:${level.locationId}`, level.onHand.minus(level.reserved)]),
    );
    return keys.map((key) => byKey.get(key) ?? ZERO);
  });
}

/** Reservations per "salesOrderId:lineNo" with the requested selection, one statement for every line. */
function reservationsLoader(ctx: GraphQLContext, query: { select?: object; include?: object }) {
  // The line is matched on demandId and demandLine, so they are selected whatever the query asks for.
  const selection = query.select ? { select: { ...query.select, demandId: true, demandLine: true } } : query;
  return loaderFor<object[]>(ctx, `salesOrderLine.reservations:${JSON.stringify(selection)}`, async (keys) => {
    const rows = (await ctx.db.stockReservation.findMany({
      ...(selection as object),
      where: { demandType: SALES_ORDER_DEMAND, demandId: { in: [...new Set(keys.map((key) => key.split(':')[0]!))] } },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    })) as { demandId: string; demandLine: string }[];
    return keys.map((key) => rows.filter((row) => `${row.demandId}:${row.demandLine}` === key));
  });
}

export const SalesOrderNode = builder.prismaNode('SalesOrder', {
  select: { id: true },
  description: `A customer's order: priced lines, stock reserved on confirmation, approval where a policy asks for it. ${READ_NOTE}`,
  id: { field: 'id' },
  nullable: true,
  authScopes: { anyRole: ORDER_READERS },
  fields: (t) => ({
    number: t.exposeString('number', {
      description:
        'SO-00001: unique per organization and increasing in creation order; a create that failed after taking its number leaves a gap.',
    }),
    customer: t.relation('customer', { description: 'The customer ordering.' }),
    status: t.expose('status', { type: SalesOrderStatusEnum, description: 'Where the order is in its life.' }),
    currency: t.expose('currency', { type: 'CurrencyCode', description: 'Order currency.' }),
    orderDate: t.expose('orderDate', {
      type: 'Date',
      description: 'Order date; decides price list and exemption validity and the exchange rate.',
    }),
    requestedDeliveryDate: t.expose('requestedDeliveryDate', {
      type: 'Date',
      nullable: true,
      description: 'When the customer wants the goods.',
    }),
    shippingAddress: t.field({
      type: AddressType,
      nullable: true,
      description: "Where the goods go; the customer's shipping address unless given.",
      select: { shippingAddress: true },
      resolve: (order) => (order.shippingAddress as Address | null) ?? null,
    }),
    location: t.relation('location', {
      nullable: true,
      description: 'The warehouse location stock is reserved (and shipped) from.',
    }),
    notes: t.exposeString('notes', { nullable: true, description: 'Free text.' }),
    customerReference: t.exposeString('customerReference', {
      nullable: true,
      description: "The customer's reference, typically their purchase order number.",
    }),
    subtotal: t.field({
      type: Money,
      description: 'Sum of the line subtotals (net: after discount, without tax).',
      select: { subtotal: true, currency: true },
      resolve: (order) => money(order.subtotal, order.currency.trim())!,
    }),
    discountTotal: t.field({
      type: Money,
      description: 'Sum of the line discounts (on the price basis of each line: net or tax-included).',
      select: { discountTotal: true, currency: true },
      resolve: (order) => money(order.discountTotal, order.currency.trim())!,
    }),
    taxTotal: t.field({
      type: Money,
      description: 'Sum of the line taxes.',
      select: { taxTotal: true, currency: true },
      resolve: (order) => money(order.taxTotal, order.currency.trim())!,
    }),
    total: t.field({
      type: Money,
      description: 'Sum of the line totals = subtotal + tax.',
      select: { total: true, currency: true },
      resolve: (order) => money(order.total, order.currency.trim())!,
    }),
    lines: t.relation('lines', {
      description: 'The lines, in order.',
      query: () => ({ orderBy: [{ lineNo: 'asc' as const }] }),
    }),
    quote: t.relation('quote', {
      nullable: true,
      description: 'The quote it was converted from, if any. Needs role SALES, as quotes do.',
    }),
    quoteNumber: t.string({
      nullable: true,
      description: 'The number of the quote it was converted from, if any (readable by every order reader).',
      select: { quote: { select: { number: true } } },
      resolve: (order) => order.quote?.number ?? null,
    }),
    approvalRequest: t.relation('approvalRequest', {
      nullable: true,
      description: 'Its approval in the approvals engine, with steps and history; null when it never needed one.',
    }),
    requester: t.relation('requester', {
      nullable: true,
      description: 'The employee who asked for approval at the last confirm.',
    }),
    creditExposure: t.field({
      type: Money,
      nullable: true,
      description:
        "At the last confirm: the customer's open receivables plus this order, in the customer's currency; null before.",
      select: { creditExposure: true, customer: { select: { currency: true } } },
      resolve: (order) =>
        order.creditExposure === null ? null : money(order.creditExposure, order.customer.currency.trim()),
    }),
    creditLimitExceeded: t.exposeBoolean('creditLimitExceeded', {
      description: 'True when the last confirm found the credit limit exceeded.',
    }),
    confirmedWithoutApproval: t.exposeBoolean('confirmedWithoutApproval', {
      description: 'True when it was confirmed at once because no approval policy (or no rule of it) applied.',
    }),
    createdBy: t.relation('createdBy', {
      nullable: true,
      description: 'The API key that created it; null for anyone but ADMIN and that key itself.',
    }),
    submittedAt: t.expose('submittedAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When it was last sent for approval.',
    }),
    confirmedAt: t.expose('confirmedAt', { type: 'DateTime', nullable: true, description: 'When it was confirmed.' }),
    cancelledAt: t.expose('cancelledAt', { type: 'DateTime', nullable: true, description: 'When it was cancelled.' }),
    closedAt: t.expose('closedAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When it was closed (salesOrderClose); null while it is not closed.',
    }),
    closeReason: t.exposeString('closeReason', {
      nullable: true,
      description: 'Why it was closed, as given to salesOrderClose; null while it is not closed.',
    }),
    version: t.exposeInt('version', { description: 'Increases with every change; send it as expectedVersion.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it was created.' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime', description: 'When it last changed.' }),
  }),
});

builder.prismaObject('SalesOrderLine', {
  select: { id: true },
  description: `A sales order line: its server-computed figures (per line, half-up to the currency's minor unit) and quantities. ${READ_NOTE}`,
  authScopes: { anyRole: ORDER_READERS },
  fields: (t) => ({
    lineNo: t.exposeInt('lineNo', {
      description: 'Position in the order, from 1 (reservations name it as the demand line).',
    }),
    product: t.relation('product', { description: 'The product ordered.' }),
    description: t.exposeString('description', { description: 'Description; the product name unless given.' }),
    quantity: t.expose('quantity', { type: 'Decimal', description: 'Quantity ordered.' }),
    unitPrice: t.expose('unitPrice', {
      type: 'Decimal',
      description: 'Price per unit in the order currency; tax-included when priceIncludesTax.',
    }),
    priceSource: t.expose('priceSource', { type: PriceSourceEnum, description: 'Where the unit price came from.' }),
    priceList: t.relation('priceList', {
      nullable: true,
      description: 'The price list the price came from, if any. Needs role SALES, as price lists do.',
    }),
    discountPercent: t.expose('discountPercent', { type: 'Decimal', description: 'Percent off the line.' }),
    taxRate: t.relation('taxRate', {
      nullable: true,
      description:
        'The tax rate applied; null when none applies or the customer is exempt. Needs role SALES or ACCOUNTING, as tax rates do (taxPercent is on the line).',
    }),
    taxPercent: t.expose('taxPercent', {
      type: 'Decimal',
      description: "The rate's percent when the line was priced (0 without a rate).",
    }),
    priceIncludesTax: t.exposeBoolean('priceIncludesTax', {
      description: 'True when the unit price includes the tax.',
    }),
    gross: t.expose('gross', { type: 'Decimal', description: 'round(quantity x unit price).' }),
    discount: t.expose('discount', { type: 'Decimal', description: 'round(gross x discount%).' }),
    subtotal: t.expose('subtotal', {
      type: 'Decimal',
      description: 'Net amount: gross - discount when tax is excluded; total - tax when included.',
    }),
    tax: t.expose('tax', {
      type: 'Decimal',
      description: 'round(net x rate) when excluded; round(total x rate / (100 + rate)) when included.',
    }),
    total: t.expose('total', { type: 'Decimal', description: 'What the customer pays for the line: subtotal + tax.' }),
    quantityReserved: t.expose('quantityReserved', {
      type: 'Decimal',
      description: "Held for the line in the order's location.",
    }),
    quantityBackordered: t.expose('quantityBackordered', {
      type: 'Decimal',
      description: 'Confirmed without stock to reserve (allowBackorder).',
    }),
    quantityShipped: t.expose('quantityShipped', { type: 'Decimal', description: 'Shipped so far.' }),
    quantityInvoiced: t.expose('quantityInvoiced', { type: 'Decimal', description: 'Invoiced so far.' }),
    quantityReturned: t.expose('quantityReturned', {
      type: 'Decimal',
      description: 'Received back from the customer in sales returns; never invoiced again.',
    }),
    availableStock: t.field({
      type: 'Decimal',
      nullable: true,
      description:
        "Available now (on hand less reserved) of the product at the order's location; null while the order has no location.",
      select: { productId: true, salesOrder: { select: { locationId: true } } },
      resolve: (line, _args, ctx) =>
        line.salesOrder.locationId
          ? availableLoader(ctx).load(`${line.productId}:${line.salesOrder.locationId}`)
          : null,
    }),
    reservations: t.prismaField({
      type: ['StockReservation'],
      description: "Inventory's reservations for this line (demand SalesOrder / order id / line number).",
      select: { salesOrderId: true, lineNo: true },
      resolve: (query, line, _args, ctx) =>
        reservationsLoader(ctx, query as { select?: object; include?: object }).load(
          `${line.salesOrderId}:${line.lineNo}`,
        ) as never,
    }),
  }),
});

builder.prismaObjectFields('Quote', (t) => ({
  salesOrder: t.relation('salesOrder', {
    nullable: true,
    description: 'The sales order it was converted into, if any.',
  }),
}));

builder.prismaObjectFields('Customer', (t) => ({
  salesOrders: t.relatedConnection(
    'salesOrders',
    {
      cursor: 'id',
      totalCount: true,
      authScopes: { anyRole: ORDER_READERS },
      description: `The customer's sales orders, newest first. ${READ_NOTE}`,
      query: () => ({ orderBy: [{ orderDate: 'desc' as const }, { number: 'desc' as const }, { id: 'asc' as const }] }),
    },
    { name: 'CustomerSalesOrdersConnection', description: "A page of a customer's sales orders." },
    { name: 'CustomerSalesOrdersEdge', description: 'A sales order in a page, with its cursor.' },
  ),
}));
