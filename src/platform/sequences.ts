import type { TenantTx } from './db/tenant-client.js';
import type { Actor } from './actor.js';

/**
 * Next value of a per-organization counter. One atomic upsert: concurrent callers
 * queue on the row lock and each gets a distinct value; a rolled-back caller's value is reused.
 */
export async function nextSequenceValue(tx: TenantTx, actor: Actor, name: string): Promise<number> {
  const rows = await tx.$queryRaw<{ value: number }[]>`
    INSERT INTO "Sequence" ("organizationId", "name", "nextValue")
    VALUES (${actor.organizationId}::uuid, ${name}, 2)
    ON CONFLICT ("organizationId", "name") DO UPDATE SET "nextValue" = "Sequence"."nextValue" + 1
    RETURNING "nextValue" - 1 AS value`;
  return Number(rows[0].value);
}
