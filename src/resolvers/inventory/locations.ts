import * as inventory from '../../domain/inventory/index.js';
import { builder } from '../../schema/builder.js';
import type { GraphQLContext } from '../../schema/context.js';
import { encodeGlobalId } from '../../schema/global-id.js';
import { idFor } from '../../schema/ids.js';
import { orderByWithTiebreaker } from '../../schema/ordering.js';
import { payloadType } from '../../schema/payloads.js';
import { combineWhere, enumWhere, stringWhere } from '../../schema/filters.js';
import {
  INVENTORY_READERS,
  InventoryError,
  LocationWhere,
  WAREHOUSE_ORDER_COLUMNS,
  WarehouseOrderBy,
  WarehouseWhere,
  type LocationWhereValue,
  type WarehouseWhereValue,
} from '../../schema/inventory/inventory.js';
import {
  LocationCreateInput,
  LocationDeleteInput,
  LocationUpdateInput,
  WarehouseCreateInput,
  WarehouseDeleteInput,
  WarehouseUpdateInput,
} from '../../schema/inventory/inputs.js';
import { filterIdOf } from '../../schema/ids.js';
import { runMutation } from '../run-mutation.js';
import { likeLiteral } from '../../platform/index.js';

const WRITERS = { role: 'WAREHOUSE' } as const;
const events = (names: string) => `Emits ${names}. Needs role WAREHOUSE.`;

export function warehouseWhere(where: WarehouseWhereValue | null | undefined): object {
  return combineWhere(where, (w) => {
    const clauses: object[] = [...stringWhere('code', w.code), ...stringWhere('name', w.name)];
    if (w.search?.trim()) {
      const contains = { contains: likeLiteral(w.search.trim()), mode: 'insensitive' };
      clauses.push({ OR: [{ code: contains }, { name: contains }] });
    }
    return clauses;
  });
}

function withinIds(where: LocationWhereValue | null | undefined, into: string[] = []): string[] {
  if (!where) return into;
  if (where.within) into.push(filterIdOf('Location', where.within, 'where.within'));
  for (const nested of [...(where.AND ?? []), ...(where.OR ?? []), ...(where.NOT ? [where.NOT] : [])])
    withinIds(nested, into);
  return into;
}

/**
 * Translates LocationWhere into a Prisma where clause. `within` needs the location's path (the ids from
 * its root down), read here in one statement for all `within` conditions of the filter.
 */
export async function locationWhere(
  ctx: GraphQLContext,
  where: LocationWhereValue | null | undefined,
): Promise<object> {
  const ids = withinIds(where);
  const paths = new Map<string, string>();
  if (ids.length > 0) {
    for (const row of await ctx.db.location.findMany({ where: { id: { in: ids } }, select: { id: true, path: true } }))
      paths.set(row.id, row.path);
  }
  return combineWhere(where, (w) => {
    const clauses: object[] = [
      ...stringWhere('code', w.code),
      ...stringWhere('name', w.name),
      ...enumWhere('type', w.type),
    ];
    if (w.warehouseId) clauses.push({ warehouseId: filterIdOf('Warehouse', w.warehouseId, 'where.warehouseId') });
    if (w.parentId) clauses.push({ parentId: filterIdOf('Location', w.parentId, 'where.parentId') });
    if (w.within) {
      const path = paths.get(filterIdOf('Location', w.within, 'where.within'));
      clauses.push(path ? { OR: [{ path }, { path: { startsWith: `${path}/` } }] } : { id: { in: [] } });
    }
    return clauses;
  });
}

builder.queryFields((t) => ({
  warehouse: t.prismaField({
    type: 'Warehouse',
    nullable: true,
    description:
      'A warehouse by ID; null if it does not exist in your organization. Needs role WAREHOUSE, PURCHASING, SALES, PRODUCTION or ACCOUNTING.',
    authScopes: { anyRole: INVENTORY_READERS },
    args: { id: t.arg.globalID({ required: true, description: 'Global ID of the warehouse.' }) },
    resolve: (query, _root, args, ctx) =>
      args.id.typename === 'Warehouse' ? ctx.db.warehouse.findUnique({ ...query, where: { id: args.id.id } }) : null,
  }),
  warehouses: t.prismaConnection(
    {
      type: 'Warehouse',
      cursor: 'id',
      description:
        'Warehouses of your organization; default 20 per page, at most 100. Needs role WAREHOUSE, PURCHASING, SALES, PRODUCTION or ACCOUNTING.',
      authScopes: { anyRole: INVENTORY_READERS },
      args: {
        where: t.arg({ type: WarehouseWhere, description: 'Filter; omit for all warehouses.' }),
        orderBy: t.arg({ type: [WarehouseOrderBy], description: 'Sort keys, most significant first (default: code).' }),
      },
      totalCount: (_connection, args, ctx) => ctx.db.warehouse.count({ where: warehouseWhere(args.where) }),
      resolve: (query, _root, args, ctx) =>
        ctx.db.warehouse.findMany({
          ...query,
          where: warehouseWhere(args.where),
          orderBy: orderByWithTiebreaker(args.orderBy, WAREHOUSE_ORDER_COLUMNS, [{ code: 'asc' }]),
        }),
    },
    { name: 'WarehouseConnection', description: 'A page of warehouses.' },
    { name: 'WarehouseEdge', description: 'A warehouse in a page, with its cursor.' },
  ),
  location: t.prismaField({
    type: 'Location',
    nullable: true,
    description:
      'A location by ID; null if it does not exist in your organization. Needs role WAREHOUSE, PURCHASING, SALES, PRODUCTION or ACCOUNTING.',
    authScopes: { anyRole: INVENTORY_READERS },
    args: { id: t.arg.globalID({ required: true, description: 'Global ID of the location.' }) },
    resolve: (query, _root, args, ctx) =>
      args.id.typename === 'Location' ? ctx.db.location.findUnique({ ...query, where: { id: args.id.id } }) : null,
  }),
  locations: t.prismaConnection(
    {
      type: 'Location',
      cursor: 'id',
      description:
        'Locations of your organization (warehouse locations and the virtual ones), by warehouse and code; default 20 per page, at most 100. Needs role WAREHOUSE, PURCHASING, SALES, PRODUCTION or ACCOUNTING.',
      authScopes: { anyRole: INVENTORY_READERS },
      args: { where: t.arg({ type: LocationWhere, description: 'Filter; omit for all locations.' }) },
      totalCount: async (_connection, args, ctx) =>
        ctx.db.location.count({ where: await locationWhere(ctx, args.where) }),
      resolve: async (query, _root, args, ctx) =>
        ctx.db.location.findMany({
          ...query,
          where: await locationWhere(ctx, args.where),
          orderBy: [{ warehouseId: { sort: 'asc', nulls: 'last' } }, { code: 'asc' }, { id: 'asc' }],
        }),
    },
    { name: 'LocationConnection', description: 'A page of locations.' },
    { name: 'LocationEdge', description: 'A location in a page, with its cursor.' },
  ),
}));

const warehousePayload = (name: string, of: string) =>
  payloadType<inventory.WarehouseRef>(name, {
    description: `Result of ${of}.`,
    errorType: InventoryError,
    fields: (t) => ({
      warehouse: t.prismaField({
        type: 'Warehouse',
        nullable: true,
        description: 'The warehouse as it is after the mutation; null when there are errors.',
        resolve: (query, payload, _args, ctx) =>
          payload.ids ? ctx.db.warehouse.findUnique({ ...query, where: { id: payload.ids.warehouseId } }) : null,
      }),
    }),
  });

const locationPayload = (name: string, of: string) =>
  payloadType<inventory.LocationRef>(name, {
    description: `Result of ${of}.`,
    errorType: InventoryError,
    fields: (t) => ({
      location: t.prismaField({
        type: 'Location',
        nullable: true,
        description: 'The location as it is after the mutation; null when there are errors.',
        resolve: (query, payload, _args, ctx) =>
          payload.ids ? ctx.db.location.findUnique({ ...query, where: { id: payload.ids.locationId } }) : null,
      }),
    }),
  });

const WarehouseDeletePayload = payloadType<inventory.WarehouseRef>('WarehouseDeletePayload', {
  description: 'Result of warehouseDelete.',
  errorType: InventoryError,
  fields: (t) => ({
    deletedWarehouseId: t.id({
      nullable: true,
      description: 'Global ID of the deleted warehouse; null when there are errors.',
      resolve: (payload) => (payload.ids ? encodeGlobalId('Warehouse', payload.ids.warehouseId) : null),
    }),
  }),
});

const LocationDeletePayload = payloadType<inventory.LocationRef>('LocationDeletePayload', {
  description: 'Result of locationDelete.',
  errorType: InventoryError,
  fields: (t) => ({
    deletedLocationId: t.id({
      nullable: true,
      description: 'Global ID of the deleted location; null when there are errors.',
      resolve: (payload) => (payload.ids ? encodeGlobalId('Location', payload.ids.locationId) : null),
    }),
  }),
});

builder.mutationFields((t) => ({
  warehouseCreate: t.field({
    type: warehousePayload('WarehouseCreatePayload', 'warehouseCreate'),
    description: `Creates a warehouse with its root stock location (code STOCK). ${events('warehouse.created')}`,
    authScopes: WRITERS,
    args: { input: t.arg({ type: WarehouseCreateInput, required: true, description: 'The new warehouse.' }) },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, 'warehouseCreate', input, (tx, actor) => inventory.createWarehouse(tx, actor, input)),
  }),
  warehouseUpdate: t.field({
    type: warehousePayload('WarehouseUpdatePayload', 'warehouseUpdate'),
    description: events('warehouse.updated'),
    authScopes: WRITERS,
    args: { input: t.arg({ type: WarehouseUpdateInput, required: true, description: 'What to change.' }) },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, 'warehouseUpdate', input, (tx, actor) =>
        inventory.updateWarehouse(tx, actor, { ...input, id: idFor('Warehouse', input.id, 'id') }),
      ),
  }),
  warehouseDelete: t.field({
    type: WarehouseDeletePayload,
    description: `Deletes a warehouse whose only location is its root. Refused with WAREHOUSE_NOT_EMPTY while bins exist and IN_USE while stock records reference the root. ${events('warehouse.deleted')}`,
    authScopes: WRITERS,
    args: { input: t.arg({ type: WarehouseDeleteInput, required: true, description: 'The warehouse.' }) },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, 'warehouseDelete', input, (tx, actor) =>
        inventory.deleteWarehouse(tx, actor, { ...input, id: idFor('Warehouse', input.id, 'id') }),
      ),
  }),
  locationCreate: t.field({
    type: locationPayload('LocationCreatePayload', 'locationCreate'),
    description: `Creates a bin under a warehouse location. ${events('location.created')}`,
    authScopes: WRITERS,
    args: { input: t.arg({ type: LocationCreateInput, required: true, description: 'The new bin.' }) },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, 'locationCreate', input, (tx, actor) =>
        inventory.createLocation(tx, actor, { ...input, parentId: idFor('Location', input.parentId, 'parentId') }),
      ),
  }),
  locationUpdate: t.field({
    type: locationPayload('LocationUpdatePayload', 'locationUpdate'),
    description: `Renames a bin or moves it, with the bins below it, within its warehouse. ${events('location.updated')}`,
    authScopes: WRITERS,
    args: { input: t.arg({ type: LocationUpdateInput, required: true, description: 'What to change.' }) },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, 'locationUpdate', input, (tx, actor) =>
        inventory.updateLocation(tx, actor, {
          ...input,
          id: idFor('Location', input.id, 'id'),
          parentId: input.parentId ? idFor('Location', input.parentId, 'parentId') : input.parentId,
        }),
      ),
  }),
  locationDelete: t.field({
    type: LocationDeletePayload,
    description: `Deletes a bin. Refused with IN_USE while it has bins or stock records, ROOT_LOCATION for a root and VIRTUAL_LOCATION for a virtual location. ${events('location.deleted')}`,
    authScopes: WRITERS,
    args: { input: t.arg({ type: LocationDeleteInput, required: true, description: 'The bin.' }) },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, 'locationDelete', input, (tx, actor) =>
        inventory.deleteLocation(tx, actor, { ...input, id: idFor('Location', input.id, 'id') }),
      ),
  }),
}));
