import * as purchasing from '../../domain/purchasing/index.js';
import { builder } from '../../schema/builder.js';
import { idFor } from '../../schema/ids.js';
import { orderByWithTiebreaker } from '../../schema/ordering.js';
import { payloadType } from '../../schema/payloads.js';
import {
  PURCHASE_ORDER_ORDER_COLUMNS,
  PURCHASE_READERS,
  PURCHASE_WRITERS,
  PurchaseOrderCreateInput,
  PurchaseOrderError,
  PurchaseOrderOrderBy,
  PurchaseOrderReceiveInput,
  PurchaseOrderStateInput,
  PurchaseOrderUpdateInput,
  PurchaseOrderWhere,
  ReplenishmentSuggestionType,
  SupplierPriceDeleteInput,
  SupplierPriceSetInput,
  type PurchaseOrderWhereValue,
} from '../../schema/purchasing/orders.js';
import { enumWhere } from '../../schema/filters.js';
import { filterIdOf } from '../../schema/ids.js';
import { dateWhere } from '../../schema/filters.js';
import { runMutation, runMutationWithCodes } from '../run-mutation.js';
import { report } from '../run-query.js';
import { PURCHASE_ORDER_ERROR_CODES } from '../../domain/purchasing/index.js';

const READERS = { anyRole: PURCHASE_READERS };
const WRITERS_NOTE = 'Needs role PURCHASING.';

function purchaseOrderWhere(w: PurchaseOrderWhereValue | null | undefined): object {
  if (!w) return {};
  const clauses: object[] = [...enumWhere('status', w.status), ...dateWhere(w.orderDate, 'orderDate')];
  if (w.supplierId) clauses.push({ supplierId: filterIdOf('Supplier', w.supplierId, 'supplierId') });
  if (w.number) clauses.push({ number: w.number });
  return { AND: clauses };
}

/** The header and lines that create and update share, as the schema declares them. */
type OrderFields = Omit<typeof PurchaseOrderCreateInput.$inferInput, 'supplierId' | 'idempotencyKey'>;

function orderFields(input: OrderFields) {
  return {
    currency: input.currency,
    orderDate: input.orderDate,
    expectedDate: input.expectedDate,
    reference: input.reference,
    notes: input.notes,
    lines: input.lines.map((line, index) => ({
      ...line,
      productId: idFor('Product', line.productId, `lines.${index}.productId`),
    })),
  };
}

function orderPayload(name: string, description: string) {
  return payloadType<purchasing.PurchaseOrderRef>(name, {
    description,
    errorType: PurchaseOrderError,
    fields: (t) => ({
      purchaseOrder: t.prismaField({
        type: 'PurchaseOrder',
        nullable: true,
        description: 'The order as it is after the mutation; null when there are errors.',
        resolve: (query, payload, _args, ctx) =>
          payload.ids
            ? ctx.db.purchaseOrder.findUnique({ ...query, where: { id: payload.ids.purchaseOrderId } })
            : null,
      }),
    }),
  });
}

const SupplierPriceSetPayload = payloadType<purchasing.SupplierPriceRef>('SupplierPriceSetPayload', {
  description: 'Result of supplierPriceSet.',
  errorType: PurchaseOrderError,
  fields: (t) => ({
    supplierPrice: t.prismaField({
      type: 'SupplierPrice',
      nullable: true,
      description: 'The price as stored; null when there are errors.',
      resolve: (query, payload, _args, ctx) =>
        payload.ids ? ctx.db.supplierPrice.findUnique({ ...query, where: { id: payload.ids.supplierPriceId } }) : null,
    }),
  }),
});
const SupplierPriceDeletePayload = payloadType<purchasing.SupplierPriceRef>('SupplierPriceDeletePayload', {
  description: 'Result of supplierPriceDelete.',
  errorType: PurchaseOrderError,
  fields: (t) => ({
    deletedSupplierPriceId: t.id({
      nullable: true,
      description: 'Id of the deleted price; null when there are errors.',
      resolve: (payload) => payload.ids?.supplierPriceId ?? null,
    }),
  }),
});
const PurchaseOrderCreatePayload = orderPayload(
  'PurchaseOrderCreatePayload',
  'Result of purchaseOrderCreate: the new draft.',
);
const PurchaseOrderUpdatePayload = orderPayload('PurchaseOrderUpdatePayload', 'Result of purchaseOrderUpdate.');
const PurchaseOrderSendPayload = orderPayload('PurchaseOrderSendPayload', 'Result of purchaseOrderSend.');
const PurchaseOrderReceivePayload = orderPayload(
  'PurchaseOrderReceivePayload',
  'Result of purchaseOrderReceive: the order with its received quantities.',
);
const PurchaseOrderCancelPayload = orderPayload('PurchaseOrderCancelPayload', 'Result of purchaseOrderCancel.');

builder.queryFields((t) => ({
  purchaseOrder: t.prismaField({
    type: 'PurchaseOrder',
    nullable: true,
    description:
      'A purchase order by ID; null if it does not exist in your organization. Needs role PURCHASING, ACCOUNTING or WAREHOUSE.',
    authScopes: READERS,
    args: { id: t.arg.globalID({ required: true, description: 'Global ID of the order.' }) },
    resolve: (query, _root, args, ctx) =>
      args.id.typename === 'PurchaseOrder'
        ? ctx.db.purchaseOrder.findUnique({ ...query, where: { id: args.id.id } })
        : null,
  }),
  replenishmentSuggestions: t.field({
    type: [ReplenishmentSuggestionType],
    description:
      'Stocked, bought, active products whose available quantity plus what is on sent purchase orders is below their reorder point, by SKU (at most 500), with the quantity to order and the supplier price to order at. Needs role PURCHASING, ACCOUNTING or WAREHOUSE.',
    authScopes: READERS,
    args: {
      warehouseId: t.arg.id({
        description:
          "Count only this warehouse's stock; all warehouses when omitted. An unknown one is BAD_USER_INPUT with a NOT_FOUND field error.",
      }),
    },
    resolve: (_root, args, ctx) =>
      report(ctx, (tx, actor) =>
        purchasing.replenishmentSuggestions(tx, actor, {
          warehouseId: args.warehouseId ? filterIdOf('Warehouse', args.warehouseId, 'warehouseId') : null,
        }),
      ),
  }),
  purchaseOrders: t.prismaConnection(
    {
      type: 'PurchaseOrder',
      cursor: 'id',
      description:
        'Purchase orders, filtered and sorted; default 20 per page, at most 100. Needs role PURCHASING, ACCOUNTING or WAREHOUSE.',
      authScopes: READERS,
      args: {
        where: t.arg({ type: PurchaseOrderWhere, description: 'Filter; omit for all orders.' }),
        orderBy: t.arg({
          type: [PurchaseOrderOrderBy],
          description: 'Sort keys, most significant first (default: newest order date first).',
        }),
      },
      totalCount: (_connection, args, ctx) => ctx.db.purchaseOrder.count({ where: purchaseOrderWhere(args.where) }),
      resolve: (query, _root, args, ctx) =>
        ctx.db.purchaseOrder.findMany({
          ...query,
          where: purchaseOrderWhere(args.where),
          orderBy: orderByWithTiebreaker(args.orderBy, PURCHASE_ORDER_ORDER_COLUMNS, [
            { orderDate: 'desc' },
            { number: 'desc' },
          ]),
        }),
    },
    { name: 'PurchaseOrderConnection', description: 'A page of purchase orders.' },
    { name: 'PurchaseOrderEdge', description: 'A purchase order in a page, with its cursor.' },
  ),
}));

builder.mutationFields((t) => ({
  supplierPriceSet: t.field({
    type: SupplierPriceSetPayload,
    description: `Sets a supplier's price for a product from a minimum quantity on. Emits supplierPrice.set. ${WRITERS_NOTE}`,
    authScopes: PURCHASE_WRITERS,
    args: { input: t.arg({ type: SupplierPriceSetInput, required: true, description: 'The price.' }) },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, 'supplierPriceSet', input, (tx, actor) =>
        purchasing.setSupplierPrice(tx, actor, {
          ...input,
          supplierId: idFor('Supplier', input.supplierId, 'supplierId'),
          productId: idFor('Product', input.productId, 'productId'),
        }),
      ),
  }),
  supplierPriceDelete: t.field({
    type: SupplierPriceDeletePayload,
    description: `Deletes a supplier price. Emits supplierPrice.deleted. ${WRITERS_NOTE}`,
    authScopes: PURCHASE_WRITERS,
    args: { input: t.arg({ type: SupplierPriceDeleteInput, required: true, description: 'The price to delete.' }) },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, 'supplierPriceDelete', input, (tx, actor) => purchasing.deleteSupplierPrice(tx, actor, input)),
  }),
  purchaseOrderCreate: t.field({
    type: PurchaseOrderCreatePayload,
    description: `Creates a draft purchase order; missing unit prices come from the supplier's prices. Emits purchaseOrder.created. ${WRITERS_NOTE}`,
    authScopes: PURCHASE_WRITERS,
    args: { input: t.arg({ type: PurchaseOrderCreateInput, required: true, description: 'The new order.' }) },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, 'purchaseOrderCreate', input, (tx, actor) =>
        purchasing.createPurchaseOrder(tx, actor, {
          supplierId: idFor('Supplier', input.supplierId, 'supplierId'),
          ...orderFields(input),
        }),
      ),
  }),
  purchaseOrderUpdate: t.field({
    type: PurchaseOrderUpdatePayload,
    description: `Replaces a draft order's header and lines. Emits purchaseOrder.updated. ${WRITERS_NOTE}`,
    authScopes: PURCHASE_WRITERS,
    args: {
      input: t.arg({ type: PurchaseOrderUpdateInput, required: true, description: 'The draft and its new content.' }),
    },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, 'purchaseOrderUpdate', input, (tx, actor) =>
        purchasing.updatePurchaseOrder(tx, actor, {
          id: idFor('PurchaseOrder', input.id, 'id'),
          expectedVersion: input.expectedVersion,
          ...orderFields(input),
        }),
      ),
  }),
  purchaseOrderSend: t.field({
    type: PurchaseOrderSendPayload,
    description: `Marks a draft order as sent to the supplier. Emits purchaseOrder.sent. ${WRITERS_NOTE}`,
    authScopes: PURCHASE_WRITERS,
    args: { input: t.arg({ type: PurchaseOrderStateInput, required: true, description: 'The order.' }) },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, 'purchaseOrderSend', input, (tx, actor) =>
        purchasing.sendPurchaseOrder(tx, actor, {
          id: idFor('PurchaseOrder', input.id, 'id'),
          expectedVersion: input.expectedVersion,
        }),
      ),
  }),
  purchaseOrderReceive: t.field({
    type: PurchaseOrderReceivePayload,
    description:
      'Receives goods against a sent order into a warehouse location: one stock receipt per line at the order price in the base currency (services are only counted); partial and repeated receipts allowed, up to 10% over the ordered quantity. Emits purchaseOrder.received and stock.received. Needs role PURCHASING or WAREHOUSE.',
    authScopes: { anyRole: ['PURCHASING', 'WAREHOUSE'] },
    args: { input: t.arg({ type: PurchaseOrderReceiveInput, required: true, description: 'The receipt.' }) },
    resolve: (_root, { input }, ctx) =>
      runMutationWithCodes(
        ctx,
        PURCHASE_ORDER_ERROR_CODES,
        'INVALID_INPUT',
        'purchaseOrderReceive',
        input,
        (tx, actor) =>
          purchasing.receivePurchaseOrder(tx, actor, {
            id: idFor('PurchaseOrder', input.id, 'id'),
            expectedVersion: input.expectedVersion,
            locationId: idFor('Location', input.locationId, 'locationId'),
            date: input.date,
            lines: input.lines,
          }),
      ),
  }),
  purchaseOrderCancel: t.field({
    type: PurchaseOrderCancelPayload,
    description: `Cancels an order nothing was received or billed against. Emits purchaseOrder.cancelled. ${WRITERS_NOTE}`,
    authScopes: PURCHASE_WRITERS,
    args: { input: t.arg({ type: PurchaseOrderStateInput, required: true, description: 'The order.' }) },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, 'purchaseOrderCancel', input, (tx, actor) =>
        purchasing.cancelPurchaseOrder(tx, actor, {
          id: idFor('PurchaseOrder', input.id, 'id'),
          expectedVersion: input.expectedVersion,
        }),
      ),
  }),
}));
