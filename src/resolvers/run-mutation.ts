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
  const outcome = await runCommand(ctx.db, actor, { operation, input, idempotencyKey: input.idempotencyKey }, (tx) =>
    command(tx, actor),
  );
  return outcome.ok ? { ids: outcome.value, errors: [] } : { ids: null, errors: outcome.errors };
}
