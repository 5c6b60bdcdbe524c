import type { TenantClient, TenantTx } from './db/tenant-client.js';
import type { Actor } from './actor.js';
import { isNumericOverflow } from './db/prisma-errors.js';
import { DomainError, fieldError, type FieldError } from './errors.js';
import { once } from './idempotency.js';
import type { Logger } from './logger.js';
import { metrics } from './metrics.js';
import { flushPendingRecords, holdRecords } from './pending-records.js';

export type CommandOutcome<T> = { ok: true; value: T } | { ok: false; errors: FieldError[] };

export interface CommandOptions {
  /** The mutation name; also the idempotency scope. */
  operation: string;
  input: unknown;
  idempotencyKey?: string | null;
  /** Where a numeric overflow that slipped past validation is reported (as a warning). */
  logger?: Logger;
}

/** The payload error for a number that reached the database too large for its column (see isNumericOverflow). */
export const NUMERIC_OVERFLOW: FieldError = fieldError('OUT_OF_RANGE', 'A number is too large to store');

const TRANSACTION_OPTIONS = { maxWait: 10_000, timeout: 30_000 } as const;
const MAX_ATTEMPTS = 3;

/** Deadlocks and serialization failures are safe to retry: the transaction left nothing behind. */
function isRetryable(error: unknown): boolean {
  const code = (error as { code?: string })?.code;
  const message = String((error as Error)?.message ?? '');
  return code === 'P2034' || /deadlock detected|could not serialize/i.test(message);
}

/**
 * One mutation = one transaction. Domain errors roll everything back and come back as
 * payload errors; anything else propagates and is masked by the server. A numeric overflow
 * (a value its DECIMAL column cannot hold, which validation should have refused) also rolls
 * back and comes back as OUT_OF_RANGE without a field, logged as a warning: every payload's
 * error enum has OUT_OF_RANGE.
 */
export async function runCommand<T>(
  db: TenantClient,
  actor: Actor,
  options: CommandOptions,
  command: (tx: TenantTx) => Promise<T>,
): Promise<CommandOutcome<T>> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      const value = await db.$transaction(async (tx) => {
        holdRecords(tx);
        const result = options.idempotencyKey
          ? await once(
              tx,
              actor,
              { operation: options.operation, key: options.idempotencyKey, input: options.input },
              () => command(tx),
            )
          : await command(tx);
        await flushPendingRecords(tx);
        return result;
      }, TRANSACTION_OPTIONS);
      return { ok: true, value };
    } catch (error) {
      if (error instanceof DomainError) return { ok: false, errors: error.errors };
      if (isNumericOverflow(error)) {
        options.logger?.warn('numeric overflow reached the database', {
          operation: options.operation,
          requestId: actor.requestId,
          error: String((error as Error)?.message ?? error),
        });
        return { ok: false, errors: [NUMERIC_OVERFLOW] };
      }
      if (attempt < MAX_ATTEMPTS && isRetryable(error)) {
        metrics.commandRetries += 1;
        continue;
      }
      throw error;
    }
  }
}
