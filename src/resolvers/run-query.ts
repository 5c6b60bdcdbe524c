import { GraphQLError } from 'graphql';
import { DomainError, type Actor, type TenantTx } from '../platform/index.js';
import { requireActor, type GraphQLContext } from '../schema/context.js';

/**
 * Runs a report query in one transaction, so all its reads see the same data; domain input problems
 * (a bad date, an unknown id) become BAD_USER_INPUT with the field errors in extensions.
 */
export async function report<T>(ctx: GraphQLContext, work: (tx: TenantTx, actor: Actor) => Promise<T>): Promise<T> {
  const actor = requireActor(ctx);
  try {
    return await ctx.db.$transaction((tx) => work(tx, actor));
  } catch (error) {
    if (error instanceof DomainError) {
      throw new GraphQLError(error.message, { extensions: { code: 'BAD_USER_INPUT', errors: error.errors } });
    }
    throw error;
  }
}
