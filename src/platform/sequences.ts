import type { PrismaClient } from '../generated/prisma/client.js';
import { clientOfTransaction, type TenantTx } from './db/tenant-client.js';
import type { Actor } from './actor.js';

/** The atomic upsert that takes an organization counter's next value ($1: organization id, $2: counter name). */
export const NEXT_SEQUENCE_VALUE_SQL = `
    INSERT INTO "Sequence" ("organizationId", "name", "nextValue")
    VALUES ($1::uuid, $2, 2)
    ON CONFLICT ("organizationId", "name") DO UPDATE SET "nextValue" = "Sequence"."nextValue" + 1
    RETURNING "nextValue" - 1 AS value`;

/**
 * Next value of a per-organization counter, inside the caller's transaction: gapless. Concurrent
 * callers queue on the counter's row lock until the caller commits, and a rolled-back caller's value
 * is reused. For numbers the law wants without gaps (journal entries).
 */
export async function nextSequenceValue(tx: TenantTx, actor: Actor, name: string): Promise<number> {
  const rows = await tx.$queryRawUnsafe<{ value: number }[]>(NEXT_SEQUENCE_VALUE_SQL, actor.organizationId, name);
  return Number(rows[0]!.value);
}

/**
 * Takes a counter's next value in its own short transaction, on connections of its own; null when the
 * organization is not visible there (created by the caller's transaction, not committed yet).
 */
export type NumberAllocator = (organizationId: string, name: string) => Promise<number | null>;

const allocators = new WeakMap<PrismaClient, NumberAllocator>();
/** Transactions that took a document number themselves: all their numbers come from them from then on. */
const numberingInTransaction = new WeakSet<TenantTx>();

/** Document numbers of transactions opened on `client` are taken by `allocate`, outside those transactions. */
export function registerNumberAllocator(client: PrismaClient, allocate: NumberAllocator): void {
  allocators.set(client, allocate);
}

/**
 * Next number of a business document (order, quote, shipment, ...): unique per organization and
 * increasing in the order documents are created. It is taken in a statement of its own outside the
 * caller's transaction, so the counter's row is locked for that statement only: a gapless number would
 * hold it until the caller commits, and every create of the organization would queue behind it. A
 * create that fails after taking its number leaves a gap, as Odoo's and most ERPs' order sequences do.
 * Without an allocator (PGlite: one connection, so nothing queues), or for an organization the caller's
 * transaction is creating (demo seeding), the number comes from the caller's transaction.
 */
export async function nextDocumentNumber(tx: TenantTx, actor: Actor, name: string): Promise<number> {
  const client = clientOfTransaction(tx);
  const allocate = client && !numberingInTransaction.has(tx) ? allocators.get(client) : undefined;
  const allocated = allocate ? await allocate(actor.organizationId, name) : null;
  if (allocated !== null) return allocated;
  // Once a counter row is written by this transaction, an allocation outside it would wait for it to end.
  if (allocate) numberingInTransaction.add(tx);
  return nextSequenceValue(tx, actor, name);
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
