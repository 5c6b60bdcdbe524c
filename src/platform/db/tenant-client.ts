import type { PrismaClient } from '../../generated/prisma/client.js';
import { getDatamodel } from '../../generated/pothos-types.js';

/**
 * The one place the tenant filter is applied. A tenant client adds
 * `organizationId` to every read and write of a model that has that column,
 * so a resolver or domain command cannot forget it.
 */
const tenantModels = new Set(
  Object.entries(getDatamodel().datamodel.models)
    .filter(([, model]) => model.fields.some((field) => field.name === 'organizationId'))
    .map(([name]) => name),
);

const WHERE_OPERATIONS = new Set([
  'findUnique',
  'findUniqueOrThrow',
  'findFirst',
  'findFirstOrThrow',
  'findMany',
  'count',
  'aggregate',
  'groupBy',
  'update',
  'updateMany',
  'updateManyAndReturn',
  'delete',
  'deleteMany',
]);

function toArray(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

function scopeData(data: Record<string, unknown>, organizationId: string, model: string) {
  if (data.organizationId !== undefined && data.organizationId !== organizationId) {
    throw new Error(`Refusing to write ${model} into another organization`);
  }
  return { ...data, organizationId };
}

function bindTenant(prisma: PrismaClient, organizationId: string): PrismaClient {
  const bound = prisma.$extends({
    name: 'tenant',
    query: {
      $allModels: {
        async $allOperations({ model, operation, args, query }) {
          // The tenant itself: an organization sees only its own row.
          if (model === 'Organization' && WHERE_OPERATIONS.has(operation)) {
            const where = (args as { where?: Record<string, unknown> }).where ?? {};
            return query({ ...(args as object), where: { ...where, AND: [...toArray(where.AND), { id: organizationId }] } } as typeof args);
          }
          if (!tenantModels.has(model)) return query(args);
          const scoped = { ...(args as Record<string, unknown>) };
          if (WHERE_OPERATIONS.has(operation)) {
            scoped.where = { ...(scoped.where as object), organizationId };
            if (operation.startsWith('update') && scoped.data && !Array.isArray(scoped.data)) {
              const data = scoped.data as Record<string, unknown>;
              if (data.organizationId !== undefined && data.organizationId !== organizationId) {
                throw new Error(`Refusing to move ${model} into another organization`);
              }
            }
          } else if (operation === 'create') {
            scoped.data = scopeData(scoped.data as Record<string, unknown>, organizationId, model);
          } else if (operation === 'createMany' || operation === 'createManyAndReturn') {
            const rows = Array.isArray(scoped.data) ? scoped.data : [scoped.data];
            scoped.data = rows.map((row) => scopeData(row as Record<string, unknown>, organizationId, model));
          } else if (operation === 'upsert') {
            scoped.where = { ...(scoped.where as object), organizationId };
            scoped.create = scopeData(scoped.create as Record<string, unknown>, organizationId, model);
          }
          return query(scoped as typeof args);
        },
      },
    },
  });
  // The extension only rewrites query arguments, so the bound client has exactly the base client's
  // API. Typing it as such keeps Prisma's extended generic types out of every resolver: comparing
  // them with Pothos' query types exceeded TypeScript's depth limit as the schema grew.
  return bound as unknown as PrismaClient;
}

export type TenantClient = PrismaClient;
/** The transaction handle domain commands receive: a tenant client inside `$transaction`. */
export type TenantTx = Parameters<Parameters<TenantClient['$transaction']>[0]>[0];

/** Binding a client costs an object graph; keep the recent organizations' clients. */
const MAX_CACHED = 500;
const cache = new WeakMap<PrismaClient, Map<string, TenantClient>>();

export function tenantClient(prisma: PrismaClient, organizationId: string): TenantClient {
  let perOrg = cache.get(prisma);
  if (!perOrg) {
    perOrg = new Map();
    cache.set(prisma, perOrg);
  }
  let client = perOrg.get(organizationId);
  if (client) {
    perOrg.delete(organizationId);
  } else {
    client = bindTenant(prisma, organizationId);
    if (perOrg.size >= MAX_CACHED) perOrg.delete(perOrg.keys().next().value as string);
  }
  perOrg.set(organizationId, client);
  return client;
}

export function isTenantModel(model: string): boolean {
  return tenantModels.has(model);
}
