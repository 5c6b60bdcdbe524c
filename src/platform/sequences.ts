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

/**
 * The next generated human code, e.g. CUS-00001. Generated codes skip any a caller chose by hand:
 * `taken` compares ignoring case, like the unique indexes on lower(code).
 */
export async function generateCode(
  tx: TenantTx,
  actor: Actor,
  options: { prefix: string; sequence: string; taken: (code: string) => Promise<boolean> },
): Promise<string> {
  for (;;) {
    const code = options.prefix + String(await nextSequenceValue(tx, actor, options.sequence)).padStart(5, '0');
    if (!(await options.taken(code))) return code;
  }
}
