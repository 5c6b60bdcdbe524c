import * as purchasing from '../../domain/purchasing/index.js';
import { builder } from '../../schema/builder.js';
import { requireActor } from '../../schema/context.js';
import { encodeGlobalId } from '../../schema/global-id.js';
import { idFor } from '../../schema/ids.js';
import { orderByWithTiebreaker } from '../../schema/ordering.js';
import { payloadType } from '../../schema/payloads.js';
import {
  SUPPLIER_ORDER_COLUMNS,
  SUPPLIER_READERS,
  SupplierError,
  SupplierOrderBy,
  SupplierWhere,
} from '../../schema/purchasing/purchasing.js';
import { SupplierCreateInput, SupplierStateInput, SupplierUpdateInput } from '../../schema/purchasing/inputs.js';
import { combineWhere, rangeWhere, stringWhere } from '../../schema/filters.js';
import type { SupplierWhereValue } from '../../schema/purchasing/purchasing.js';
import { runMutation } from '../run-mutation.js';
import { likeLiteral } from '../../platform/index.js';

const WRITERS = { role: 'PURCHASING' } as const;
const EVENTS = (names: string) => `Emits ${names}. Needs role PURCHASING.`;

/** A condition on the nullable email is NULL, not false, without a value; requiring one keeps NOT correct. */
function present(field: string, clauses: object[]): object[] {
  return clauses.map((clause) => ({ AND: [{ [field]: { not: null } }, clause] }));
}

/** Translates the GraphQL SupplierWhere into a Prisma where clause. */
export function supplierWhere(where: SupplierWhereValue | null | undefined): object {
  return combineWhere(where, (w) => {
    const clauses: object[] = [];
    if (w.search?.trim()) {
      const contains = { contains: likeLiteral(w.search.trim()), mode: 'insensitive' };
      clauses.push({ OR: [{ name: contains }, { code: contains }, ...present('email', [{ email: contains }])] });
    }
    if (w.isActive !== undefined && w.isActive !== null) clauses.push({ isActive: w.isActive });
    clauses.push(
      ...stringWhere('name', w.name),
      ...stringWhere('code', w.code),
      ...present('email', stringWhere('email', w.email)),
      ...stringWhere('currency', w.currency),
      ...rangeWhere('createdAt', w.createdAt),
      ...rangeWhere('updatedAt', w.updatedAt),
    );
    return clauses;
  });
}

builder.queryFields((t) => ({
  supplier: t.prismaField({
    type: 'Supplier',
    nullable: true,
    description:
      'A supplier by ID; null if it does not exist in your organization. Needs role PURCHASING or ACCOUNTING.',
    authScopes: { anyRole: SUPPLIER_READERS },
    args: { id: t.arg.globalID({ required: true, description: 'Global ID of the supplier.' }) },
    resolve: (query, _root, args, ctx) =>
      args.id.typename === 'Supplier' ? ctx.db.supplier.findUnique({ ...query, where: { id: args.id.id } }) : null,
  }),
  suppliers: t.prismaConnection(
    {
      type: 'Supplier',
      cursor: 'id',
      description:
        'Suppliers of your organization, filtered and sorted; default 20 per page, at most 100. Needs role PURCHASING or ACCOUNTING.',
      authScopes: { anyRole: SUPPLIER_READERS },
      args: {
        where: t.arg({ type: SupplierWhere, description: 'Filter; omit for all suppliers (active and inactive).' }),
        orderBy: t.arg({ type: [SupplierOrderBy], description: 'Sort keys, most significant first (default: name).' }),
      },
      totalCount: (_connection, args, ctx) => ctx.db.supplier.count({ where: supplierWhere(args.where) }),
      resolve: (query, _root, args, ctx) =>
        ctx.db.supplier.findMany({
          ...query,
          where: supplierWhere(args.where),
          orderBy: orderByWithTiebreaker(args.orderBy, SUPPLIER_ORDER_COLUMNS, [{ name: 'asc' }]),
        }),
    },
    { name: 'SupplierConnection', description: 'A page of suppliers.' },
    { name: 'SupplierEdge', description: 'A supplier in a page, with its cursor.' },
  ),
}));

type SupplierIds = purchasing.SupplierRef;

function supplierPayload(name: string, description: string) {
  return payloadType<SupplierIds>(name, {
    description,
    errorType: SupplierError,
    fields: (t) => ({
      supplier: t.prismaField({
        type: 'Supplier',
        nullable: true,
        description: 'The supplier as it is after the mutation; null when there are errors.',
        resolve: (query, payload, _args, ctx) =>
          payload.ids ? ctx.db.supplier.findUnique({ ...query, where: { id: payload.ids.supplierId } }) : null,
      }),
    }),
  });
}

const SupplierCreatePayload = supplierPayload('SupplierCreatePayload', 'Result of supplierCreate.');
const SupplierUpdatePayload = supplierPayload('SupplierUpdatePayload', 'Result of supplierUpdate.');
const SupplierDeactivatePayload = supplierPayload('SupplierDeactivatePayload', 'Result of supplierDeactivate.');
const SupplierActivatePayload = supplierPayload('SupplierActivatePayload', 'Result of supplierActivate.');
const SupplierDeletePayload = payloadType<SupplierIds>('SupplierDeletePayload', {
  description: 'Result of supplierDelete.',
  errorType: SupplierError,
  fields: (t) => ({
    deletedSupplierId: t.id({
      nullable: true,
      description: 'Global ID of the deleted supplier; null when there are errors.',
      resolve: (payload) => (payload.ids ? encodeGlobalId('Supplier', payload.ids.supplierId) : null),
    }),
  }),
});

async function baseCurrency(ctx: Parameters<typeof requireActor>[0]): Promise<string> {
  const organization = await ctx.prisma.organization.findUniqueOrThrow({
    where: { id: requireActor(ctx).organizationId },
  });
  return organization.baseCurrency;
}

builder.mutationFields((t) => ({
  supplierCreate: t.field({
    type: SupplierCreatePayload,
    description: EVENTS('supplier.created'),
    authScopes: WRITERS,
    args: { input: t.arg({ type: SupplierCreateInput, required: true, description: 'The new supplier.' }) },
    resolve: async (_root, { input }, ctx) => {
      const defaultCurrency = await baseCurrency(ctx);
      return runMutation(ctx, 'supplierCreate', input, (tx, actor) =>
        purchasing.createSupplier(tx, actor, { ...input, defaultCurrency }),
      );
    },
  }),
  supplierUpdate: t.field({
    type: SupplierUpdatePayload,
    description: EVENTS('supplier.updated'),
    authScopes: WRITERS,
    args: { input: t.arg({ type: SupplierUpdateInput, required: true, description: 'What to change.' }) },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, 'supplierUpdate', input, (tx, actor) =>
        purchasing.updateSupplier(tx, actor, { ...input, id: idFor('Supplier', input.id, 'id') }),
      ),
  }),
  supplierDeactivate: t.field({
    type: SupplierDeactivatePayload,
    description: `Deactivates an active supplier: it stays readable but takes no new business. ${EVENTS('supplier.deactivated')}`,
    authScopes: WRITERS,
    args: { input: t.arg({ type: SupplierStateInput, required: true, description: 'The supplier.' }) },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, 'supplierDeactivate', input, (tx, actor) =>
        purchasing.deactivateSupplier(tx, actor, { ...input, id: idFor('Supplier', input.id, 'id') }),
      ),
  }),
  supplierActivate: t.field({
    type: SupplierActivatePayload,
    description: `Makes an inactive supplier active again. ${EVENTS('supplier.activated')}`,
    authScopes: WRITERS,
    args: { input: t.arg({ type: SupplierStateInput, required: true, description: 'The supplier.' }) },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, 'supplierActivate', input, (tx, actor) =>
        purchasing.activateSupplier(tx, actor, { ...input, id: idFor('Supplier', input.id, 'id') }),
      ),
  }),
  supplierDelete: t.field({
    type: SupplierDeletePayload,
    description: `Deletes a supplier. Refused with SUPPLIER_IN_USE while any bill, payment or other record references it; deactivate instead. ${EVENTS('supplier.deleted')}`,
    authScopes: WRITERS,
    args: { input: t.arg({ type: SupplierStateInput, required: true, description: 'The supplier.' }) },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, 'supplierDelete', input, (tx, actor) =>
        purchasing.deleteSupplier(tx, actor, { ...input, id: idFor('Supplier', input.id, 'id') }),
      ),
  }),
}));
