import * as inventory from '../../domain/inventory/index.js';
import { builder } from '../../schema/builder.js';
import { idFor } from '../../schema/ids.js';
import { payloadType } from '../../schema/payloads.js';
import { enumWhere } from '../../schema/filters.js';
import { INVENTORY_READERS, InventoryError } from '../../schema/inventory/inventory.js';
import {
  CycleCountCreateInput,
  CycleCountRecordInput,
  CycleCountStateInput,
  CycleCountWhere,
  type CycleCountWhereValue,
} from '../../schema/inventory/counts.js';
import { filterIdOf } from '../../schema/ids.js';
import { runMutation } from '../run-mutation.js';

const WRITERS = { role: 'WAREHOUSE' } as const;

function cycleCountWhere(where: CycleCountWhereValue | null | undefined): object {
  if (!where) return {};
  const clauses: object[] = [...enumWhere('state', where.state)];
  if (where.locationId) clauses.push({ locationId: filterIdOf('Location', where.locationId, 'where.locationId') });
  return { AND: clauses };
}

builder.queryFields((t) => ({
  cycleCount: t.prismaField({
    type: 'CycleCount',
    nullable: true,
    description:
      'A cycle count by ID; null if it does not exist in your organization. Needs role WAREHOUSE, PURCHASING, SALES, PRODUCTION or ACCOUNTING.',
    authScopes: { anyRole: INVENTORY_READERS },
    args: { id: t.arg.globalID({ required: true, description: 'Global ID of the cycle count.' }) },
    resolve: (query, _root, args, ctx) =>
      args.id.typename === 'CycleCount' ? ctx.db.cycleCount.findUnique({ ...query, where: { id: args.id.id } }) : null,
  }),
  cycleCounts: t.prismaConnection(
    {
      type: 'CycleCount',
      cursor: 'id',
      description:
        'Cycle counts, newest first; default 20 per page, at most 100. Needs role WAREHOUSE, PURCHASING, SALES, PRODUCTION or ACCOUNTING.',
      authScopes: { anyRole: INVENTORY_READERS },
      args: { where: t.arg({ type: CycleCountWhere, description: 'Filter; omit for every cycle count.' }) },
      totalCount: (_connection, args, ctx) => ctx.db.cycleCount.count({ where: cycleCountWhere(args.where) }),
      resolve: (query, _root, args, ctx) =>
        ctx.db.cycleCount.findMany({
          ...query,
          where: cycleCountWhere(args.where),
          orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
        }),
    },
    { name: 'CycleCountConnection', description: 'A page of cycle counts.' },
    { name: 'CycleCountEdge', description: 'A cycle count in a page, with its cursor.' },
  ),
}));

const countPayload = (name: string, of: string) =>
  payloadType<inventory.CycleCountRef>(name, {
    description: `Result of ${of}.`,
    errorType: InventoryError,
    fields: (t) => ({
      cycleCount: t.prismaField({
        type: 'CycleCount',
        nullable: true,
        description: 'The cycle count as it is after the mutation; null when there are errors.',
        resolve: (query, payload, _args, ctx) =>
          payload.ids ? ctx.db.cycleCount.findUnique({ ...query, where: { id: payload.ids.cycleCountId } }) : null,
      }),
    }),
  });

builder.mutationFields((t) => ({
  cycleCountCreate: t.field({
    type: countPayload('CycleCountCreatePayload', 'cycleCountCreate'),
    description:
      'Opens a count sheet for a warehouse location and its bins, one line per product in stock there. Emits cycleCount.created. Needs role WAREHOUSE.',
    authScopes: WRITERS,
    args: { input: t.arg({ type: CycleCountCreateInput, required: true, description: 'What to count.' }) },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, 'cycleCountCreate', input, (tx, actor) =>
        inventory.createCycleCount(tx, actor, {
          ...input,
          locationId: idFor('Location', input.locationId, 'locationId'),
        }),
      ),
  }),
  cycleCountRecord: t.field({
    type: countPayload('CycleCountRecordPayload', 'cycleCountRecord'),
    description:
      'Records counted quantities on an open sheet; products found where none were expected get a new line. Emits cycleCount.recorded. Needs role WAREHOUSE.',
    authScopes: WRITERS,
    args: { input: t.arg({ type: CycleCountRecordInput, required: true, description: 'The counts.' }) },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, 'cycleCountRecord', input, (tx, actor) =>
        inventory.recordCycleCount(tx, actor, {
          ...input,
          id: idFor('CycleCount', input.id, 'id'),
          counts: input.counts.map((line, i) => ({
            productId: idFor('Product', line.productId, `counts.${i}.productId`),
            locationId: idFor('Location', line.locationId, `counts.${i}.locationId`),
            countedQuantity: line.countedQuantity,
          })),
        }),
      ),
  }),
  cycleCountPost: t.field({
    type: countPayload('CycleCountPostPayload', 'cycleCountPost'),
    description:
      'Posts an open sheet: each counted line\'s difference to on hand now becomes an adjustment move (reason "Cycle count", referencing the sheet), so on hand equals the count; uncounted lines change nothing. Emits cycleCount.posted and stock.adjusted. Needs role WAREHOUSE.',
    authScopes: WRITERS,
    args: { input: t.arg({ type: CycleCountStateInput, required: true, description: 'The cycle count.' }) },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, 'cycleCountPost', input, (tx, actor) =>
        inventory.postCycleCount(tx, actor, { ...input, id: idFor('CycleCount', input.id, 'id') }),
      ),
  }),
  cycleCountCancel: t.field({
    type: countPayload('CycleCountCancelPayload', 'cycleCountCancel'),
    description: 'Cancels an open sheet without adjusting anything. Emits cycleCount.cancelled. Needs role WAREHOUSE.',
    authScopes: WRITERS,
    args: { input: t.arg({ type: CycleCountStateInput, required: true, description: 'The cycle count.' }) },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, 'cycleCountCancel', input, (tx, actor) =>
        inventory.cancelCycleCount(tx, actor, { ...input, id: idFor('CycleCount', input.id, 'id') }),
      ),
  }),
}));
