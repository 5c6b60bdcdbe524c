import type { Prisma } from '../../generated/prisma/client.js';
import type { Role } from '../../generated/prisma/enums.js';
import { PURCHASE_ORDER_ERROR_CODES } from '../../domain/purchasing/index.js';
import { builder, type InputFieldsBuilder } from '../builder.js';
import { enumFilter } from '../filters.js';
import { DateFilter, type DateRangeValue } from '../ledger/ledger.js';
import { OrderDirection } from '../ordering.js';
import { domainErrorType, IDEMPOTENCY_DESCRIPTION } from '../payloads.js';
import { Money, money } from '../scalars.js';
import { rowsById } from '../loaders.js';

/** Roles that may read purchase orders and supplier prices; writing needs PURCHASING. */
export const PURCHASE_READERS: Role[] = ['PURCHASING', 'ACCOUNTING', 'WAREHOUSE'];
export const PURCHASE_WRITERS = { role: 'PURCHASING' } as const;

export const PurchaseOrderError = domainErrorType('PurchaseOrder', PURCHASE_ORDER_ERROR_CODES);

export const PurchaseOrderStatusEnum = builder.enumType('PurchaseOrderStatus', {
  description: 'Where a purchase order is in its life.',
  values: {
    DRAFT: { description: 'Being prepared; lines may change.' },
    SENT: { description: 'Sent to the supplier; nothing received yet.' },
    PARTIALLY_RECEIVED: { description: 'Some of the ordered quantities were received.' },
    RECEIVED: { description: 'Everything ordered was received.' },
    BILLED: { description: 'Everything received was billed.' },
    CLOSED: { description: 'Done; nothing more is expected.' },
    CANCELLED: { description: 'Cancelled before anything was received or billed.' },
  } as const,
});

builder.prismaObject('SupplierPrice', {
  select: { id: true },
  description: 'What a supplier charges for a product from a minimum quantity on.',
  authScopes: { anyRole: PURCHASE_READERS },
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Identifier of the price (for supplierPriceDelete).' }),
    supplier: t.relation('supplier', { description: 'The supplier.' }),
    product: t.relation('product', { description: 'The product.' }),
    price: t.field({
      type: Money,
      description: 'Unit price (up to 6 decimals).',
      select: { price: true, currency: true },
      resolve: (row) => money(row.price, row.currency.trim())!,
    }),
    minQuantity: t.expose('minQuantity', { type: 'Decimal', description: 'The price applies from this quantity on.' }),
    leadTimeDays: t.exposeInt('leadTimeDays', {
      nullable: true,
      description: 'Days from order to delivery; null when unknown.',
    }),
    supplierSku: t.exposeString('supplierSku', { nullable: true, description: "The supplier's own article number." }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime', description: 'When the price last changed.' }),
  }),
});

builder.prismaNode('PurchaseOrder', {
  select: { id: true },
  description: 'An order to a supplier. Needs one of the roles PURCHASING, ACCOUNTING or WAREHOUSE to read.',
  id: { field: 'id' },
  nullable: true,
  authScopes: { anyRole: PURCHASE_READERS },
  fields: (t) => ({
    number: t.exposeString('number', {
      description:
        'PO-00001: unique per organization and increasing in creation order; a create that failed after taking its number leaves a gap.',
    }),
    supplier: t.relation('supplier', { description: 'The supplier ordered from.' }),
    status: t.expose('status', {
      type: PurchaseOrderStatusEnum,
      description: 'Draft, sent, received, billed, closed or cancelled.',
    }),
    currency: t.expose('currency', { type: 'CurrencyCode', description: 'Order currency.' }),
    orderDate: t.expose('orderDate', { type: 'Date', description: 'Order date.' }),
    expectedDate: t.expose('expectedDate', {
      type: 'Date',
      nullable: true,
      description: 'When the goods are expected (lines may differ).',
    }),
    reference: t.exposeString('reference', {
      nullable: true,
      description: "The supplier's reference, for example their order confirmation.",
    }),
    notes: t.exposeString('notes', { nullable: true, description: 'Free text.' }),
    subtotal: t.field({
      type: Money,
      description: 'Sum of the line subtotals.',
      select: { subtotal: true, currency: true },
      resolve: (order) => money(order.subtotal, order.currency.trim())!,
    }),
    taxTotal: t.field({
      type: Money,
      description: 'Sum of the line taxes.',
      select: { taxTotal: true, currency: true },
      resolve: (order) => money(order.taxTotal, order.currency.trim())!,
    }),
    total: t.field({
      type: Money,
      description: 'Subtotal plus tax.',
      select: { total: true, currency: true },
      resolve: (order) => money(order.total, order.currency.trim())!,
    }),
    lines: t.relation('lines', {
      description: 'The lines, in order.',
      query: () => ({ orderBy: [{ lineNo: 'asc' as const }] }),
    }),
    sentAt: t.expose('sentAt', { type: 'DateTime', nullable: true, description: 'When the order was sent.' }),
    cancelledAt: t.expose('cancelledAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When the order was cancelled.',
    }),
    version: t.exposeInt('version', { description: 'Increases with every change; send it as expectedVersion.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When the order was created.' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime', description: 'When the order last changed.' }),
  }),
});

builder.prismaObject('PurchaseOrderLine', {
  select: { id: true },
  description: 'A line of a purchase order, with what was received and billed of it (the three-way match).',
  authScopes: { anyRole: PURCHASE_READERS },
  fields: (t) => ({
    lineNo: t.exposeInt('lineNo', { description: 'Position in the order, from 1.' }),
    product: t.relation('product', { description: 'The product ordered.' }),
    description: t.exposeString('description', { description: 'Description; the product name unless given.' }),
    quantity: t.expose('quantity', { type: 'Decimal', description: 'Quantity ordered.' }),
    unitPrice: t.expose('unitPrice', { type: 'Decimal', description: 'Price per unit in the order currency.' }),
    taxRate: t.expose('taxRate', { type: 'Decimal', description: 'Tax in percent of the subtotal.' }),
    subtotal: t.expose('subtotal', {
      type: 'Decimal',
      description: 'quantity x unit price, rounded half-up to the currency.',
    }),
    tax: t.expose('tax', { type: 'Decimal', description: 'subtotal x tax rate, rounded half-up to the currency.' }),
    total: t.expose('total', { type: 'Decimal', description: 'subtotal + tax.' }),
    expectedDate: t.expose('expectedDate', {
      type: 'Date',
      nullable: true,
      description: 'When this line is expected.',
    }),
    quantityReceived: t.expose('quantityReceived', { type: 'Decimal', description: 'Quantity received so far.' }),
    quantityBilled: t.expose('quantityBilled', { type: 'Decimal', description: 'Quantity billed so far.' }),
  }),
});

builder.prismaObjectFields('Supplier', (t) => ({
  prices: t.relation('prices', {
    description: "The supplier's prices, by product and minimum quantity.",
    authScopes: { anyRole: PURCHASE_READERS },
    query: () => ({ orderBy: [{ productId: 'asc' as const }, { minQuantity: 'asc' as const }] }),
  }),
}));

builder.prismaObjectFields('Product', (t) => ({
  supplierPrices: t.relation('supplierPrices', {
    description:
      'What suppliers charge for the product, cheapest first. Needs one of the roles PURCHASING, ACCOUNTING or WAREHOUSE.',
    authScopes: { anyRole: PURCHASE_READERS },
    query: () => ({ orderBy: [{ price: 'asc' as const }, { minQuantity: 'asc' as const }] }),
  }),
}));

export interface PurchaseOrderWhereValue {
  status?: {
    equals?: typeof PurchaseOrderStatusEnum.$inferType | null;
    in?: (typeof PurchaseOrderStatusEnum.$inferType)[] | null;
  } | null;
  supplierId?: string | null;
  number?: string | null;
  orderDate?: DateRangeValue | null;
}

export const PurchaseOrderWhere = builder.inputRef<PurchaseOrderWhereValue>('PurchaseOrderWhere').implement({
  description: 'Filter for purchase orders. All given conditions must hold.',
  fields: (t) => ({
    status: t.field({
      type: enumFilter('PurchaseOrderStatusFilter', PurchaseOrderStatusEnum, "a purchase order's status"),
      description: 'Conditions on the status.',
    }),
    supplierId: t.id({ description: "Only this supplier's orders (its global ID)." }),
    number: t.string({ description: 'Exactly this number.' }),
    orderDate: t.field({ type: DateFilter, description: 'Conditions on the order date.' }),
  }),
});

export const PurchaseOrderOrderField = builder.enumType('PurchaseOrderOrderField', {
  description: 'Fields purchase orders can be sorted by.',
  values: {
    ORDER_DATE: { description: 'Order date.' },
    NUMBER: { description: 'Order number.' },
    EXPECTED_DATE: { description: 'Expected date (orders without one last ascending).' },
  } as const,
});

export const PURCHASE_ORDER_ORDER_COLUMNS = {
  ORDER_DATE: 'orderDate',
  NUMBER: 'number',
  EXPECTED_DATE: 'expectedDate',
} as const;

export const PurchaseOrderOrderBy = builder.inputType('PurchaseOrderOrderBy', {
  description: 'One sort key for purchase orders. Ties are always broken by id, so pages are stable.',
  fields: (t) => ({
    field: t.field({ type: PurchaseOrderOrderField, required: true, description: 'What to sort by.' }),
    direction: t.field({ type: OrderDirection, defaultValue: 'ASC', description: 'Sort direction (default ASC).' }),
  }),
});

export const SupplierPriceSetInput = builder.inputType('SupplierPriceSetInput', {
  description:
    "A supplier's price for a product from a minimum quantity on; replaces the price with the same supplier, product and minimum quantity.",
  fields: (t) => ({
    supplierId: t.id({ required: true, description: 'The supplier.' }),
    productId: t.id({ required: true, description: 'The product.' }),
    price: t.field({ type: 'Decimal', required: true, description: 'Unit price, zero or more, at most 6 decimals.' }),
    currency: t.field({ type: 'CurrencyCode', description: "Currency; the supplier's when left out." }),
    minQuantity: t.field({ type: 'Decimal', description: 'From this quantity on (default 0).' }),
    leadTimeDays: t.int({ description: 'Days from order to delivery, 0 to 3650.' }),
    supplierSku: t.string({ description: "The supplier's article number (at most 100 characters)." }),
    idempotencyKey: t.string({ description: IDEMPOTENCY_DESCRIPTION }),
  }),
});

export const SupplierPriceDeleteInput = builder.inputType('SupplierPriceDeleteInput', {
  description: 'Identifies a supplier price to delete.',
  fields: (t) => ({
    id: t.id({ required: true, description: "The price's id." }),
    idempotencyKey: t.string({ description: IDEMPOTENCY_DESCRIPTION }),
  }),
});

export const PurchaseOrderLineInput = builder.inputType('PurchaseOrderLineInput', {
  description: 'A purchase order line.',
  fields: (t) => ({
    productId: t.id({ required: true, description: 'The product; must be active.' }),
    description: t.string({ description: 'Description; the product name when left out.' }),
    quantity: t.field({ type: 'Decimal', required: true, description: 'Quantity above zero, at most 4 decimals.' }),
    unitPrice: t.field({
      type: 'Decimal',
      description: "Price per unit; the supplier's price for the quantity and currency when left out.",
    }),
    taxRate: t.field({ type: 'Decimal', description: 'Tax in percent, 0 to 100 (default 0).' }),
    expectedDate: t.field({
      type: 'Date',
      description: "When this line is expected; the order's expected date when left out.",
    }),
  }),
});

const orderFields = (t: InputFieldsBuilder) => ({
  currency: t.field({ type: 'CurrencyCode', description: "Order currency; the supplier's when left out." }),
  orderDate: t.field({ type: 'Date', required: true, description: 'Order date.' }),
  expectedDate: t.field({ type: 'Date', description: 'When the goods are expected.' }),
  reference: t.string({ description: "The supplier's reference (at most 100 characters)." }),
  notes: t.string({ description: 'Free text (at most 2000 characters).' }),
  lines: t.field({ type: [PurchaseOrderLineInput], required: true, description: 'At least one line, at most 200.' }),
});

export const PurchaseOrderCreateInput = builder.inputType('PurchaseOrderCreateInput', {
  description: 'A new draft purchase order.',
  fields: (t) => ({
    supplierId: t.id({ required: true, description: 'The supplier; must be active.' }),
    ...orderFields(t),
    idempotencyKey: t.string({ description: IDEMPOTENCY_DESCRIPTION }),
  }),
});

export const PurchaseOrderUpdateInput = builder.inputType('PurchaseOrderUpdateInput', {
  description: 'New header and lines of a draft purchase order; they replace the old ones.',
  fields: (t) => ({
    id: t.id({ required: true, description: 'The draft order.' }),
    expectedVersion: t.int({ description: 'The version you last read; STALE_VERSION when it changed since.' }),
    ...orderFields(t),
    idempotencyKey: t.string({ description: IDEMPOTENCY_DESCRIPTION }),
  }),
});

export const PurchaseOrderStateInput = builder.inputType('PurchaseOrderStateInput', {
  description: 'Identifies a purchase order to send or cancel.',
  fields: (t) => ({
    id: t.id({ required: true, description: 'The order.' }),
    expectedVersion: t.int({ description: 'The version you last read; STALE_VERSION when it changed since.' }),
    idempotencyKey: t.string({ description: IDEMPOTENCY_DESCRIPTION }),
  }),
});

export const PurchaseOrderReceiptLineInput = builder.inputType('PurchaseOrderReceiptLineInput', {
  description: 'What arrived for one order line.',
  fields: (t) => ({
    lineNo: t.int({ required: true, description: "The order line's number." }),
    quantity: t.field({
      type: 'Decimal',
      required: true,
      description: 'Quantity received now, above zero; at most 10% over what is still open.',
    }),
  }),
});

export const PurchaseOrderReceiveInput = builder.inputType('PurchaseOrderReceiveInput', {
  description: 'A receipt against a sent purchase order.',
  fields: (t) => ({
    id: t.id({ required: true, description: 'The order.' }),
    expectedVersion: t.int({ description: 'The version you last read; STALE_VERSION when it changed since.' }),
    locationId: t.id({ required: true, description: 'The warehouse location the goods go into.' }),
    date: t.field({
      type: 'Date',
      description: 'Receipt date; decides the exchange rate for a foreign-currency order. Today when left out.',
    }),
    lines: t.field({
      type: [PurchaseOrderReceiptLineInput],
      required: true,
      description: 'The lines received, at least one.',
    }),
    idempotencyKey: t.string({ description: IDEMPOTENCY_DESCRIPTION }),
  }),
});

export interface ReplenishmentSuggestionValue {
  productId: string;
  available: Prisma.Decimal;
  incoming: Prisma.Decimal;
  reorderPoint: Prisma.Decimal;
  quantity: Prisma.Decimal;
  supplierPriceId: string | null;
}

export const ReplenishmentSuggestionType = builder
  .objectRef<ReplenishmentSuggestionValue>('ReplenishmentSuggestion')
  .implement({
    description: 'A product to reorder: its available plus incoming quantity is below its reorder point.',
    fields: (t) => ({
      product: t.prismaField({
        type: 'Product',
        description: 'The product.',
        resolve: async (query, row, _args, ctx) =>
          (await rowsById(
            ctx,
            `Product:${JSON.stringify(query)}`,
            (ids) => ctx.db.product.findMany({ ...query, where: { id: { in: ids } } }) as Promise<{ id: string }[]>,
          ).load(row.productId)) as never,
      }),
      available: t.field({
        type: 'Decimal',
        description: 'On hand minus reserved in warehouse locations.',
        resolve: (row) => row.available,
      }),
      incoming: t.field({
        type: 'Decimal',
        description: 'Ordered on sent purchase orders and not yet received.',
        resolve: (row) => row.incoming,
      }),
      reorderPoint: t.field({
        type: 'Decimal',
        description: "The product's reorder point.",
        resolve: (row) => row.reorderPoint,
      }),
      quantity: t.field({
        type: 'Decimal',
        description:
          'What to order: what brings available plus incoming back to the reorder point, shaped by the lot-size rule, then at least the minimum order quantity and rounded up to the order multiple.',
        resolve: (row) => row.quantity,
      }),
      supplierPrice: t.prismaField({
        type: 'SupplierPrice',
        nullable: true,
        description:
          'The cheapest supplier price the quantity reaches, in the base currency when there is one; null when no supplier has a price.',
        resolve: async (query, row, _args, ctx) =>
          row.supplierPriceId
            ? ((await rowsById(
                ctx,
                `SupplierPrice:${JSON.stringify(query)}`,
                (ids) =>
                  ctx.db.supplierPrice.findMany({ ...query, where: { id: { in: ids } } }) as Promise<{ id: string }[]>,
              ).load(row.supplierPriceId)) as never)
            : null,
      }),
    }),
  });
