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

/** What the tenant filter does to the arguments of one model operation. */
function scopeArgs(
  model: string,
  operation: string,
  args: Record<string, unknown> | undefined,
  organizationId: string,
): Record<string, unknown> | undefined {
  // The tenant itself: an organization sees only its own row.
  if (model === 'Organization') {
    if (!WHERE_OPERATIONS.has(operation)) return args;
    const where = (args?.where ?? {}) as Record<string, unknown>;
    return { ...args, where: { ...where, AND: [...toArray(where.AND), { id: organizationId }] } };
  }
  if (!tenantModels.has(model)) return args;
  const scoped: Record<string, unknown> = { ...args };
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
  return scoped;
}

const OPERATIONS = new Set([...WHERE_OPERATIONS, 'create', 'createMany', 'createManyAndReturn', 'upsert']);

/** Model delegates by their client property: `customer` → `Customer`. */
const delegateModels = new Map(
  Object.keys(getDatamodel().datamodel.models).map((model) => [model.charAt(0).toLowerCase() + model.slice(1), model]),
);

/** `prisma.customer`, with the tenant filter applied to every operation's arguments. */
function scopedDelegate(delegate: Record<string, unknown>, model: string, organizationId: string): unknown {
  const operations = new Map<string, unknown>();
  return new Proxy(delegate, {
    get(target, property) {
      if (typeof property !== 'string' || !OPERATIONS.has(property)) return Reflect.get(target, property, target);
      let operation = operations.get(property);
      if (!operation) {
        const run = target[property] as (args?: Record<string, unknown>) => unknown;
        operation = (args?: Record<string, unknown>) => {
          let scoped: Record<string, unknown> | undefined;
          try {
            scoped = scopeArgs(model, property, args, organizationId);
          } catch (error) {
            // A Prisma operation reports failure by rejecting, never by throwing where it is called.
            return Promise.reject(error);
          }
          return run.call(target, scoped);
        };
        operations.set(property, operation);
      }
      return operation;
    },
  });
}

/** The client each tenant transaction was opened on, for work that must happen outside the transaction. */
const transactionClients = new WeakMap<object, PrismaClient>();

/** The client `tx` was opened on (undefined for anything but a tenant transaction). */
export function clientOfTransaction(tx: object): PrismaClient | undefined {
  return transactionClients.get(tx);
}

/**
 * The client (or a transaction's client) as the organization sees it. This is a proxy that rewrites
 * the arguments before Prisma sees them, rather than a Prisma client extension: an extended client
 * walks every result row through its result-extension visitor, even when the extension only touches
 * arguments, which cost a quarter of a page query's CPU. Everything that is not a model operation
 * (raw SQL, `$on`, ...) goes to the client unchanged; `$transaction` hands the callback a scoped
 * transaction client.
 */
function bindTenant<T extends object>(client: T, organizationId: string): T {
  const delegates = new Map<string, unknown>();
  const methods = new Map<PropertyKey, unknown>();
  return new Proxy(client, {
    get(target, property) {
      if (typeof property === 'string') {
        const model = delegateModels.get(property);
        if (model) {
          let delegate = delegates.get(property);
          if (!delegate) {
            delegate = scopedDelegate(
              Reflect.get(target, property, target) as Record<string, unknown>,
              model,
              organizationId,
            );
            delegates.set(property, delegate);
          }
          return delegate;
        }
        if (property === '$transaction') {
          let transaction = methods.get(property);
          if (!transaction) {
            const run = (target as { $transaction: (...args: unknown[]) => unknown }).$transaction;
            transaction = (work: unknown, options?: unknown) =>
              typeof work === 'function'
                ? run.call(
                    target,
                    (tx: object) => {
                      const scoped = bindTenant(tx, organizationId);
                      transactionClients.set(scoped, target as PrismaClient);
                      return (work as (tx: object) => unknown)(scoped);
                    },
                    options,
                  )
                : run.call(target, work, options);
            methods.set(property, transaction);
          }
          return transaction;
        }
      }
      const value = Reflect.get(target, property, target);
      if (typeof value !== 'function') return value;
      // Prisma's client keeps private state, so its methods must run with the client itself as `this`.
      let bound = methods.get(property);
      if (!bound) {
        bound = value.bind(target);
        methods.set(property, bound);
      }
      return bound;
    },
  });
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
    client = bindTenant(prisma, organizationId) as TenantClient;
    if (perOrg.size >= MAX_CACHED) perOrg.delete(perOrg.keys().next().value as string);
  }
  perOrg.set(organizationId, client);
  return client;
}

export function isTenantModel(model: string): boolean {
  return tenantModels.has(model);
}
