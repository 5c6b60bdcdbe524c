import type { PrismaClient } from '../generated/prisma/client.js';
import type { Actor } from '../platform/actor.js';
import type { TenantClient } from '../platform/db/tenant-client.js';
import type { Logger } from '../platform/logger.js';

/** Per-request GraphQL context. `actor` and `db` are null only for unauthenticated introspection. */
export interface GraphQLContext {
  requestId: string;
  actor: Actor | null;
  /** Tenant-bound client: every query through it is filtered to the actor's organization. */
  db: TenantClient;
  /** Unscoped client, for the platform's own reads (the organization row). */
  prisma: PrismaClient;
  /** The server's logger: commands report what slipped past validation here. */
  logger?: Logger;
}

/** An authenticated context: resolvers behind an auth scope can rely on it. */
export type AuthedContext = GraphQLContext & { actor: Actor };

export function requireActor(ctx: GraphQLContext): Actor {
  if (!ctx.actor) throw new Error('Resolver reached without an authenticated actor');
  return { ...ctx.actor, requestId: ctx.requestId };
}
