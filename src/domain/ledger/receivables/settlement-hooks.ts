import type { Actor, TenantTx } from '../../../platform/index.js';

/**
 * Domains that derive a state from whether documents are paid (sales orders' PAID) register here; the
 * ledger calls them inside every transaction that changes documents' open amounts (an allocation from a
 * payment or a credit note, a voided payment), after the change, with the documents' ids sorted, so
 * handlers see the new balances and can lock their own rows without the ledger importing them.
 */
export type InvoiceSettlementHandler = (tx: TenantTx, actor: Actor, invoiceIds: string[]) => Promise<void>;
const handlers: InvoiceSettlementHandler[] = [];

export function onInvoiceSettlementChanged(handler: InvoiceSettlementHandler): void {
  handlers.push(handler);
}

export async function settlementChanged(tx: TenantTx, actor: Actor, invoiceIds: string[]): Promise<void> {
  const ids = [...new Set(invoiceIds)].sort();
  if (ids.length === 0) return;
  for (const handler of handlers) await handler(tx, actor, ids);
}
