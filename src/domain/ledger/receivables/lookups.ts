import type { Invoice } from '../../../generated/prisma/client.js';
import type { TenantTx } from '../../../platform/index.js';

/**
 * The number and status of each of the documents `ids` (invoices, bills, credit notes), for a domain that
 * links to them and never reads the ledger's tables itself: one statement for all of them, none without ids.
 */
export async function invoiceHeads(
  tx: TenantTx,
  ids: readonly string[],
): Promise<Map<string, Pick<Invoice, 'id' | 'number' | 'status'>>> {
  if (ids.length === 0) return new Map();
  const rows = await tx.invoice.findMany({
    where: { id: { in: [...new Set(ids)] } },
    select: { id: true, number: true, status: true },
  });
  return new Map(rows.map((row) => [row.id, row]));
}
