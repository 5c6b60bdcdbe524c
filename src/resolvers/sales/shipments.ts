import * as sales from '../../domain/sales/index.js';
import { builder } from '../../schema/builder.js';
import { dateWhere, enumWhere, rangeWhere } from '../../schema/filters.js';
import { filterIdOf, idFor } from '../../schema/ids.js';
import { payloadType } from '../../schema/payloads.js';
import { SalesError } from '../../schema/sales/sales.js';
import {
  SHIPMENT_READERS,
  SHIPMENT_READ_NOTE,
  SHIPMENT_WRITERS,
  ShipmentCreateInput,
  ShipmentStateInput,
  ShipmentWhere,
  type ShipmentWhereValue,
} from '../../schema/sales/shipments.js';
import { runMutationWithCodes } from '../run-mutation.js';

const WRITE_NOTE = 'Needs role WAREHOUSE.';

function shipmentWhere(where: ShipmentWhereValue | null | undefined): object {
  if (!where) return {};
  const clauses: object[] = [
    ...enumWhere('status', where.status),
    ...dateWhere(where.plannedDate, 'plannedDate'),
    ...rangeWhere('shippedAt', where.shippedAt),
  ];
  if (where.salesOrderId) clauses.push({ salesOrderId: filterIdOf('SalesOrder', where.salesOrderId, 'salesOrderId') });
  return { AND: clauses };
}

function shipmentPayload(name: string, description: string) {
  return payloadType<sales.ShipmentRef>(name, {
    description,
    errorType: SalesError,
    fields: (t) => ({
      shipment: t.prismaField({
        type: 'Shipment',
        nullable: true,
        description: 'The shipment as it is after the mutation; null when there are errors.',
        resolve: (query, payload, _args, ctx) =>
          payload.ids ? ctx.db.shipment.findUnique({ ...query, where: { id: payload.ids.shipmentId } }) : null,
      }),
    }),
  });
}

builder.queryFields((t) => ({
  shipment: t.prismaField({
    type: 'Shipment',
    nullable: true,
    description: `A shipment by ID; null if it does not exist in your organization. ${SHIPMENT_READ_NOTE}`,
    authScopes: { anyRole: SHIPMENT_READERS },
    args: { id: t.arg.globalID({ required: true, description: 'Global ID of the shipment.' }) },
    resolve: (query, _root, args, ctx) =>
      args.id.typename === 'Shipment' ? ctx.db.shipment.findUnique({ ...query, where: { id: args.id.id } }) : null,
  }),
  shipments: t.prismaConnection(
    {
      type: 'Shipment',
      cursor: 'id',
      description: `Shipments, newest number first; default 20 per page, at most 100. ${SHIPMENT_READ_NOTE}`,
      authScopes: { anyRole: SHIPMENT_READERS },
      args: { where: t.arg({ type: ShipmentWhere, description: 'Filter; omit for all shipments.' }) },
      totalCount: (_connection, args, ctx) => ctx.db.shipment.count({ where: shipmentWhere(args.where) }),
      resolve: (query, _root, args, ctx) =>
        ctx.db.shipment.findMany({
          ...query,
          where: shipmentWhere(args.where),
          orderBy: [{ number: 'desc' }, { id: 'asc' }],
        }),
    },
    { name: 'ShipmentConnection', description: 'A page of shipments.' },
    { name: 'ShipmentEdge', description: 'A shipment in a page, with its cursor.' },
  ),
}));

const shipmentId = (id: string) => idFor('Shipment', id, 'id');

builder.mutationFields((t) => ({
  shipmentCreate: t.field({
    type: shipmentPayload('ShipmentCreatePayload', 'Result of shipmentCreate: the new draft shipment.'),
    description:
      "Prepares a DRAFT shipment (SH-00001) of a CONFIRMED or PARTIALLY_SHIPPED sales order from the order's location. A stocked line can ship what is reserved for it less what its other draft shipments take (more is OVER_SHIPMENT on lines.N.quantity); by default every stocked line ships all it can; services never ship; NOTHING_TO_SHIP when nothing can. " +
      `Emits shipment.created. ${WRITE_NOTE}`,
    authScopes: SHIPMENT_WRITERS,
    args: { input: t.arg({ type: ShipmentCreateInput, required: true, description: 'The shipment.' }) },
    resolve: (_root, { input }, ctx) =>
      runMutationWithCodes(ctx, sales.SALES_ERROR_CODES, 'STOCK_REFUSED', 'shipmentCreate', input, (tx, actor) =>
        sales.createShipment(tx, actor, {
          salesOrderId: idFor('SalesOrder', input.salesOrderId, 'salesOrderId'),
          lines: input.lines,
          plannedDate: input.plannedDate,
          carrier: input.carrier,
          trackingReference: input.trackingReference,
          notes: input.notes,
        }),
      ),
  }),
  shipmentShip: t.field({
    type: shipmentPayload('ShipmentShipPayload', 'Result of shipmentShip: the shipped shipment with its moves.'),
    description:
      "Ships a DRAFT shipment in one transaction: each line consumes its order line's reservation (an issue move to the CUSTOMER location valued at moving average or FIFO cost, posted once as Dr cost of goods sold / Cr inventory dated today), the order lines count the shipped quantity and the order becomes SHIPPED (every stocked line fully shipped; services do not count) or PARTIALLY_SHIPPED. " +
      `Shipping twice is SHIPMENT_NOT_DRAFT. Posting needs an open fiscal period (NO_PERIOD). Emits shipment.shipped, stock.documentIssued (one for the shipment, listing its issue moves) and salesOrder.shipped or salesOrder.partiallyShipped. ${WRITE_NOTE}`,
    authScopes: SHIPMENT_WRITERS,
    args: { input: t.arg({ type: ShipmentStateInput, required: true, description: 'The draft shipment.' }) },
    resolve: (_root, { input }, ctx) =>
      runMutationWithCodes(ctx, sales.SALES_ERROR_CODES, 'STOCK_REFUSED', 'shipmentShip', input, (tx, actor) =>
        sales.shipShipment(tx, actor, { id: shipmentId(input.id), expectedVersion: input.expectedVersion }),
      ),
  }),
  shipmentCancel: t.field({
    type: shipmentPayload('ShipmentCancelPayload', 'Result of shipmentCancel.'),
    description: `Cancels a DRAFT shipment; its quantities can ship in another one. Emits shipment.cancelled. ${WRITE_NOTE}`,
    authScopes: SHIPMENT_WRITERS,
    args: { input: t.arg({ type: ShipmentStateInput, required: true, description: 'The draft shipment.' }) },
    resolve: (_root, { input }, ctx) =>
      runMutationWithCodes(ctx, sales.SALES_ERROR_CODES, 'STOCK_REFUSED', 'shipmentCancel', input, (tx, actor) =>
        sales.cancelShipment(tx, actor, { id: shipmentId(input.id), expectedVersion: input.expectedVersion }),
      ),
  }),
}));
