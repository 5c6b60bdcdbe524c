import { GraphQLError } from 'graphql';
import * as inventory from '../../domain/inventory/index.js';
import { builder } from '../../schema/builder.js';
import { requireActor, type GraphQLContext } from '../../schema/context.js';
import { idFor } from '../../schema/ids.js';
import { payloadType } from '../../schema/payloads.js';
import { combineWhere, enumWhere, rangeWhere } from '../../schema/filters.js';
import { INVENTORY_READERS, InventoryError } from '../../schema/inventory/inventory.js';
import {
  StockLevelWhere,
  StockMoveWhere,
  StockQuantityType,
  type StockLevelWhereValue,
  type StockMoveWhereValue,
} from '../../schema/inventory/stock.js';
import {
  StockAdjustInput,
  StockIssueInput,
  StockReceiveInput,
  StockScrapInput,
  StockTransferInput,
} from '../../schema/inventory/inputs.js';
import { filterIdOf } from '../../schema/ids.js';
import { runMutation } from '../run-mutation.js';

const WRITERS = { role: 'WAREHOUSE' } as const;

async function locationPath(ctx: GraphQLContext, globalId: string, field: string): Promise<string | null> {
  const location = await ctx.db.location.findUnique({
    where: { id: filterIdOf('Location', globalId, field) },
    select: { path: true },
  });
  return location?.path ?? null;
}

/** Translates StockLevelWhere into a Prisma where clause (`within` reads the location's path first). */
export async function stockLevelWhere(
  ctx: GraphQLContext,
  where: StockLevelWhereValue | null | undefined,
): Promise<object> {
  const clauses: object[] = [];
  if (!where) return {};
  if (where.productId) clauses.push({ productId: filterIdOf('Product', where.productId, 'where.productId') });
  if (where.locationId) clauses.push({ locationId: filterIdOf('Location', where.locationId, 'where.locationId') });
  if (where.warehouseId)
    clauses.push({ location: { warehouseId: filterIdOf('Warehouse', where.warehouseId, 'where.warehouseId') } });
  if (where.within) {
    const path = await locationPath(ctx, where.within, 'where.within');
    clauses.push(path ? { location: { OR: [{ path }, { path: { startsWith: `${path}/` } }] } } : { id: { in: [] } });
  }
  if (where.nonZero === true) clauses.push({ OR: [{ onHand: { not: 0 } }, { reserved: { not: 0 } }] });
  if (where.nonZero === false) clauses.push({ onHand: 0, reserved: 0 });
  return { AND: clauses };
}

export function stockMoveWhere(where: StockMoveWhereValue | null | undefined): object {
  return combineWhere(where, (w) => {
    const clauses: object[] = [
      ...enumWhere('kind', w.kind),
      ...enumWhere('state', w.state),
      ...rangeWhere('doneAt', w.doneAt),
    ];
    if (w.productId) clauses.push({ productId: filterIdOf('Product', w.productId, 'where.productId') });
    if (w.locationId) {
      const locationId = filterIdOf('Location', w.locationId, 'where.locationId');
      clauses.push({ OR: [{ fromLocationId: locationId }, { toLocationId: locationId }] });
    }
    if (w.referenceType) clauses.push({ sourceType: w.referenceType });
    if (w.referenceId) clauses.push({ sourceId: w.referenceId });
    return clauses;
  });
}

builder.queryFields((t) => ({
  stockLevels: t.prismaConnection(
    {
      type: 'StockLevel',
      cursor: 'id',
      description:
        'Stock levels (on hand, reserved, available) per product and warehouse location, by product then location; default 20 per page, at most 100. Filter by product for stock across locations, or `within` a location for a location and its bins. Needs role WAREHOUSE, PURCHASING, SALES, PRODUCTION or ACCOUNTING.',
      authScopes: { anyRole: INVENTORY_READERS },
      args: { where: t.arg({ type: StockLevelWhere, description: 'Filter; omit for every level.' }) },
      totalCount: async (_connection, args, ctx) =>
        ctx.db.stockLevel.count({ where: await stockLevelWhere(ctx, args.where) }),
      resolve: async (query, _root, args, ctx) =>
        ctx.db.stockLevel.findMany({
          ...query,
          where: await stockLevelWhere(ctx, args.where),
          orderBy: [{ productId: 'asc' }, { locationId: 'asc' }, { id: 'asc' }],
        }),
    },
    { name: 'StockLevelConnection', description: 'A page of stock levels.' },
    { name: 'StockLevelEdge', description: 'A stock level in a page, with its cursor.' },
  ),
  stockMove: t.prismaField({
    type: 'StockMove',
    nullable: true,
    description:
      'A stock move by ID; null if it does not exist in your organization. Needs role WAREHOUSE, PURCHASING, SALES, PRODUCTION or ACCOUNTING.',
    authScopes: { anyRole: INVENTORY_READERS },
    args: { id: t.arg.globalID({ required: true, description: 'Global ID of the stock move.' }) },
    resolve: (query, _root, args, ctx) =>
      args.id.typename === 'StockMove' ? ctx.db.stockMove.findUnique({ ...query, where: { id: args.id.id } }) : null,
  }),
  stockMoves: t.prismaConnection(
    {
      type: 'StockMove',
      cursor: 'id',
      description:
        'The stock ledger, newest first; default 20 per page, at most 100. Needs role WAREHOUSE, PURCHASING, SALES, PRODUCTION or ACCOUNTING.',
      authScopes: { anyRole: INVENTORY_READERS },
      args: { where: t.arg({ type: StockMoveWhere, description: 'Filter; omit for every move.' }) },
      totalCount: (_connection, args, ctx) => ctx.db.stockMove.count({ where: stockMoveWhere(args.where) }),
      resolve: (query, _root, args, ctx) =>
        ctx.db.stockMove.findMany({
          ...query,
          where: stockMoveWhere(args.where),
          orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
        }),
    },
    { name: 'StockMoveConnection', description: 'A page of stock moves.' },
    { name: 'StockMoveEdge', description: 'A stock move in a page, with its cursor.' },
  ),
  stockAsOf: t.field({
    type: [StockQuantityType],
    description:
      'On hand per product and warehouse location at a past (or the current) moment, replayed from the DONE stock moves; zero quantities are left out. Give a product, a location (with its bins) or both. Needs role WAREHOUSE, PURCHASING, SALES, PRODUCTION or ACCOUNTING.',
    authScopes: { anyRole: INVENTORY_READERS },
    args: {
      asOf: t.arg({ type: 'DateTime', required: true, description: 'The moment: moves done at or before it count.' }),
      productId: t.arg.id({ description: 'Only this product.' }),
      locationId: t.arg.id({ description: 'Only this location and its bins.' }),
    },
    resolve: async (_root, args, ctx) => {
      if (!args.productId && !args.locationId) {
        throw new GraphQLError('stockAsOf needs productId, locationId or both', {
          extensions: { code: 'BAD_USER_INPUT' },
        });
      }
      const productId = args.productId ? filterIdOf('Product', String(args.productId), 'productId') : null;
      const path = args.locationId ? await locationPath(ctx, String(args.locationId), 'locationId') : null;
      if (args.locationId && !path) return [];
      const rows = await ctx.db.$transaction((tx) =>
        inventory.stockAsOf(tx, requireActor(ctx), { asOf: args.asOf, productId, locationPath: path }),
      );
      if (rows.length === 0) return [];
      // Two statements for all rows, whatever their number.
      const [products, locations] = await Promise.all([
        ctx.db.product.findMany({ where: { id: { in: [...new Set(rows.map((r) => r.productId))] } } }),
        ctx.db.location.findMany({ where: { id: { in: [...new Set(rows.map((r) => r.locationId))] } } }),
      ]);
      const productById = new Map(products.map((p) => [p.id, p]));
      const locationById = new Map(locations.map((l) => [l.id, l]));
      return rows.map((row) => ({
        product: productById.get(row.productId)!,
        location: locationById.get(row.locationId)!,
        quantity: row.quantity,
      }));
    },
  }),
}));

function stockMovePayload(name: string, of: string) {
  return payloadType<inventory.StockMoveRef>(name, {
    description: `Result of ${of}.`,
    errorType: InventoryError,
    fields: (t) => ({
      stockMove: t.prismaField({
        type: 'StockMove',
        nullable: true,
        description: 'The DONE move; null when there are errors.',
        resolve: (query, payload, _args, ctx) =>
          payload.ids ? ctx.db.stockMove.findUnique({ ...query, where: { id: payload.ids.stockMoveId } }) : null,
      }),
    }),
  });
}

type Ref = { type: string; id: string; line?: string | null } | null | undefined;
const reference = (value: Ref) => value ?? null;

builder.mutationFields((t) => ({
  stockReceive: t.field({
    type: stockMovePayload('StockReceivePayload', 'stockReceive'),
    description:
      "Receives goods from the SUPPLIER location into a warehouse location at a unit cost, raising on hand and recomputing the product's moving-average cost in the same transaction. Emits stock.received. Needs role WAREHOUSE.",
    authScopes: WRITERS,
    args: {
      input: t.arg({ type: StockReceiveInput, required: true, description: 'What was received where, at what cost.' }),
    },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, 'stockReceive', input, (tx, actor) =>
        inventory.receiveStock(tx, actor, {
          ...input,
          productId: idFor('Product', input.productId, 'productId'),
          locationId: idFor('Location', input.locationId, 'locationId'),
          reference: reference(input.reference),
        }),
      ),
  }),
  stockIssue: t.field({
    type: stockMovePayload('StockIssuePayload', 'stockIssue'),
    description:
      'Issues goods from a warehouse location to the CUSTOMER location at the current average cost. Refused with INSUFFICIENT_STOCK (nothing written) when available would drop below zero, unless the product allows negative stock. Emits stock.issued. Needs role WAREHOUSE.',
    authScopes: WRITERS,
    args: { input: t.arg({ type: StockIssueInput, required: true, description: 'What leaves from where.' }) },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, 'stockIssue', input, (tx, actor) =>
        inventory.issueStock(tx, actor, {
          ...input,
          productId: idFor('Product', input.productId, 'productId'),
          locationId: idFor('Location', input.locationId, 'locationId'),
          reference: reference(input.reference),
        }),
      ),
  }),
  stockTransfer: t.field({
    type: stockMovePayload('StockTransferPayload', 'stockTransfer'),
    description:
      'Moves goods between two warehouse locations; refused with INSUFFICIENT_STOCK like an issue. Emits stock.transferred. Needs role WAREHOUSE.',
    authScopes: WRITERS,
    args: {
      input: t.arg({ type: StockTransferInput, required: true, description: 'What moves from where to where.' }),
    },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, 'stockTransfer', input, (tx, actor) =>
        inventory.transferStock(tx, actor, {
          ...input,
          productId: idFor('Product', input.productId, 'productId'),
          fromLocationId: idFor('Location', input.fromLocationId, 'fromLocationId'),
          toLocationId: idFor('Location', input.toLocationId, 'toLocationId'),
          reference: reference(input.reference),
        }),
      ),
  }),
  stockAdjust: t.field({
    type: stockMovePayload('StockAdjustPayload', 'stockAdjust'),
    description:
      'Corrects on hand by a signed quantity against the ADJUSTMENT location, with a reason; a decrease is refused with INSUFFICIENT_STOCK like an issue. Emits stock.adjusted. Needs role WAREHOUSE.',
    authScopes: WRITERS,
    args: { input: t.arg({ type: StockAdjustInput, required: true, description: 'The correction.' }) },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, 'stockAdjust', input, (tx, actor) =>
        inventory.adjustStock(tx, actor, {
          ...input,
          productId: idFor('Product', input.productId, 'productId'),
          locationId: idFor('Location', input.locationId, 'locationId'),
          reference: reference(input.reference),
        }),
      ),
  }),
  stockScrap: t.field({
    type: stockMovePayload('StockScrapPayload', 'stockScrap'),
    description:
      'Writes goods off from a warehouse location to the SCRAP location at the average cost; refused with INSUFFICIENT_STOCK like an issue. Emits stock.scrapped. Needs role WAREHOUSE.',
    authScopes: WRITERS,
    args: { input: t.arg({ type: StockScrapInput, required: true, description: 'What is scrapped from where.' }) },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, 'stockScrap', input, (tx, actor) =>
        inventory.scrapStock(tx, actor, {
          ...input,
          productId: idFor('Product', input.productId, 'productId'),
          locationId: idFor('Location', input.locationId, 'locationId'),
          reference: reference(input.reference),
        }),
      ),
  }),
}));
