import type { TenantTx } from './tenant-client.js';
import { isTenantModel } from './tenant-client.js';

/**
 * Locks rows of a tenant table for the rest of the transaction (SELECT ... FOR UPDATE),
 * in id order so two transactions locking the same pair cannot deadlock.
 * Returns the ids that exist in the organization.
 */
export async function lockRows(
  tx: TenantTx,
  organizationId: string,
  model: string,
  ids: string[],
): Promise<Set<string>> {
  if (!isTenantModel(model)) throw new Error(`${model} is not a tenant table`);
  const sorted = [...new Set(ids)].sort();
  const rows = await tx.$queryRawUnsafe<{ id: string }[]>(
    `SELECT "id"::text AS id FROM "${model}" WHERE "organizationId" = $1::uuid AND "id" = ANY($2::uuid[]) ORDER BY "id" FOR UPDATE`,
    organizationId,
    sorted,
  );
  return new Set(rows.map((row) => row.id));
}
