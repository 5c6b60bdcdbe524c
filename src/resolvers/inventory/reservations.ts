import * as inventory from '../../domain/inventory/index.js';
import { builder } from '../../schema/builder.js';
import { idFor } from '../../schema/ids.js';
import { payloadType } from '../../schema/payloads.js';
import { INVENTORY_READERS, InventoryError } from '../../schema/inventory/inventory.js';
import {
  StockConsumeInput,
  StockReleaseInput,
  StockReserveInput,
  StockReservationWhere,
  type StockReservationWhereValue,
} from '../../schema/inventory/reservations.js';
import { filterIdOf } from '../../schema/ids.js';
import { runMutation } from '../run-mutation.js';

const WRITERS = { role: 'WAREHOUSE' } as const;

export function stockReservationWhere(where: StockReservationWhereValue | null | undefined): object {
  if (!where) return {};
  const clauses: object[] = [];
  if (where.productId) clauses.push({ productId: filterIdOf('Product', where.productId, 'where.productId') });
  if (where.locationId) clauses.push({ locationId: filterIdOf('Location', where.locationId, 'where.locationId') });
  if (where.demandType) clauses.push({ demandType: where.demandType });
  if (where.demandId) clauses.push({ demandId: where.demandId });
  if (where.open === true) clauses.push({ quantity: { gt: 0 } });
  if (where.open === false) clauses.push({ quantity: 0 });
  return { AND: clauses };
}

builder.queryFields((t) => ({
  stockReservations: t.prismaConnection(
    {
      type: 'StockReservation',
      cursor: 'id',
      description:
        'Stock reservations, oldest first; default 20 per page, at most 100. Needs role WAREHOUSE, PURCHASING, SALES, PRODUCTION or ACCOUNTING.',
      authScopes: { anyRole: INVENTORY_READERS },
      args: { where: t.arg({ type: StockReservationWhere, description: 'Filter; omit for every reservation.' }) },
      totalCount: (_connection, args, ctx) =>
        ctx.db.stockReservation.count({ where: stockReservationWhere(args.where) }),
      resolve: (query, _root, args, ctx) =>
        ctx.db.stockReservation.findMany({
          ...query,
          where: stockReservationWhere(args.where),
          orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
        }),
    },
    { name: 'StockReservationConnection', description: 'A page of stock reservations.' },
    { name: 'StockReservationEdge', description: 'A stock reservation in a page, with its cursor.' },
  ),
}));

type Ids = inventory.ReservationRef & Partial<inventory.StockMoveRef>;

function reservationPayload(name: string, of: string, withMove: boolean) {
  return payloadType<Ids>(name, {
    description: `Result of ${of}.`,
    errorType: InventoryError,
    fields: (t) => ({
      reservation: t.prismaField({
        type: 'StockReservation',
        nullable: true,
        description: 'The reservation as it is after the mutation; null when there are errors.',
        resolve: (query, payload, _args, ctx) =>
          payload.ids
            ? ctx.db.stockReservation.findUnique({ ...query, where: { id: payload.ids.reservationId } })
            : null,
      }),
      ...(withMove
        ? {
            stockMove: t.prismaField({
              type: 'StockMove',
              nullable: true,
              description: 'The DONE issue move; null when there are errors.',
              resolve: (query, payload, _args, ctx) =>
                payload.ids?.stockMoveId
                  ? ctx.db.stockMove.findUnique({ ...query, where: { id: payload.ids.stockMoveId } })
                  : null,
            }),
          }
        : {}),
    }),
  });
}

const keyOf = (input: {
  productId: string;
  locationId: string;
  demand: { type: string; id: string; line?: string | null };
}) => ({
  productId: idFor('Product', input.productId, 'productId'),
  locationId: idFor('Location', input.locationId, 'locationId'),
  demand: input.demand,
});

builder.mutationFields((t) => ({
  stockReserve: t.field({
    type: reservationPayload('StockReservePayload', 'stockReserve', false),
    description:
      'Reserves available stock of a product in a warehouse location for a demand (adding to an existing reservation of the same demand). One conditional update: simultaneous reservations never promise the same units twice; refused with INSUFFICIENT_STOCK when available is short, unless the product allows negative stock. Sales order lines (demand type SalesOrder) are reserved by their order, not here: DEMAND_OWNED. Emits stock.reserved. Needs role WAREHOUSE.',
    authScopes: WRITERS,
    args: {
      input: t.arg({ type: StockReserveInput, required: true, description: 'What to reserve for which demand.' }),
    },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, 'stockReserve', input, (tx, actor) =>
        inventory.reserveStock(tx, actor, { ...keyOf(input), quantity: input.quantity }),
      ),
  }),
  stockRelease: t.field({
    type: reservationPayload('StockReleasePayload', 'stockRelease', false),
    description:
      "Releases (part of) a demand's reservation, making the stock available again; more than is reserved is refused with EXCEEDS_RESERVATION; the reservation of a sales order line (demand type SalesOrder) only through its order (DEMAND_OWNED). Emits stock.released. Needs role WAREHOUSE.",
    authScopes: WRITERS,
    args: {
      input: t.arg({ type: StockReleaseInput, required: true, description: 'Which reservation, and how much.' }),
    },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, 'stockRelease', input, (tx, actor) =>
        inventory.releaseStock(tx, actor, { ...keyOf(input), quantity: input.quantity }),
      ),
  }),
  stockConsume: t.field({
    type: reservationPayload('StockConsumePayload', 'stockConsume', true),
    description:
      'Issues reserved stock for its demand: one DONE issue move (referencing the demand, at the average cost) lowers on hand, reserved and the reservation together; more than is reserved is refused with EXCEEDS_RESERVATION; the reservation of a sales order line (demand type SalesOrder) ships only through shipmentShip (DEMAND_OWNED). Emits stock.issued. Needs role WAREHOUSE.',
    authScopes: WRITERS,
    args: {
      input: t.arg({
        type: StockConsumeInput,
        required: true,
        description: 'Which reservation, how much, and where it goes.',
      }),
    },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, 'stockConsume', input, (tx, actor) =>
        inventory.consumeReservation(tx, actor, {
          ...keyOf(input),
          quantity: input.quantity,
          destination: input.destination,
        }),
      ),
  }),
}));
