import { createHash } from 'node:crypto';
import type { TenantTx } from './db/tenant-client.js';
import type { Actor } from './actor.js';
import { DomainError, fieldError } from './errors.js';
import { toJson } from './json.js';

/** Key order must not change the fingerprint of the same input. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object' && !(value instanceof Date) && !('toFixed' in value)) {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .filter(([key, inner]) => key !== 'idempotencyKey' && inner !== undefined)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([key, inner]) => [key, canonical(inner)]),
    );
  }
  return value;
}

export function fingerprint(input: unknown): string {
  return createHash('sha256')
    .update(JSON.stringify(canonical(input)))
    .digest('hex');
}

/**
 * Runs `command` at most once per (operation, key). The record is inserted first, so a
 * concurrent request with the same key waits on its unique index until the first commits,
 * then replays the stored result. If the first request rolls back, so does its record.
 */
export async function once<T>(
  tx: TenantTx,
  actor: Actor,
  scope: { operation: string; key: string; input: unknown },
  command: () => Promise<T>,
): Promise<T> {
  const requestHash = fingerprint(scope.input);
  const id = { organizationId: actor.organizationId, operation: scope.operation, key: scope.key };
  const inserted = await tx.idempotencyRecord.createMany({ data: [{ ...id, requestHash }], skipDuplicates: true });
  if (inserted.count === 0) {
    const first = await tx.idempotencyRecord.findUniqueOrThrow({ where: { organizationId_operation_key: id } });
    if (first.requestHash !== requestHash) {
      throw new DomainError(
        fieldError(
          'IDEMPOTENCY_CONFLICT',
          `Idempotency key "${scope.key}" was already used for ${scope.operation} with a different input`,
          'idempotencyKey',
        ),
      );
    }
    return first.result as T;
  }
  const result = await command();
  await tx.idempotencyRecord.update({ where: { organizationId_operation_key: id }, data: { result: toJson(result) } });
  return result;
}
