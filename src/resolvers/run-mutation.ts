import { runCommand } from '../platform/command.js';
import type { Actor, TenantTx } from '../platform/index.js';
import { requireActor, type GraphQLContext } from '../schema/context.js';
import type { PayloadShape } from '../schema/payloads.js';

/**
 * The one way a mutation resolver calls the domain: one transaction (with idempotency
 * when a key is given), domain errors as payload errors. `command` also receives the
 * input so that id decoding problems surface as payload errors too.
 */
export async function runMutation<Ids>(
  ctx: GraphQLContext,
  operation: string,
  input: { idempotencyKey?: string | null } & object,
  command: (tx: TenantTx, actor: Actor) => Promise<Ids>,
): Promise<PayloadShape<Ids>> {
  const actor = requireActor(ctx);
  const outcome = await runCommand(
    ctx.db,
    actor,
    { operation, input, idempotencyKey: input.idempotencyKey, logger: ctx.logger },
    (tx) => command(tx, actor),
  );
  return outcome.ok ? { ids: outcome.value, errors: [] } : { ids: null, errors: outcome.errors };
}

/**
 * For mutations whose commands call into another domain (an approval decision runs the subject's
 * handler): codes outside the payload's enum are reported as `fallback`, the original code leading
 * the message, so the typed error enum never meets a value it does not know.
 */
export async function runMutationWithCodes<Ids>(
  ctx: GraphQLContext,
  codes: Record<string, string>,
  fallback: string,
  operation: string,
  input: { idempotencyKey?: string | null } & object,
  command: (tx: TenantTx, actor: Actor) => Promise<Ids>,
): Promise<PayloadShape<Ids>> {
  const result = await runMutation(ctx, operation, input, command);
  return {
    ...result,
    errors: result.errors.map((error) =>
      error.code in codes ? error : { ...error, code: fallback, message: `${error.code}: ${error.message}` },
    ),
  };
}
