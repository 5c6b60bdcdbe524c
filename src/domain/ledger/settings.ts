import { DomainError, fieldError, type TenantTx } from '../../platform/index.js';

// A post asks for the base currency several times (lines, rates, balance); one read per transaction is enough.
const baseByTransaction = new WeakMap<TenantTx, Promise<string>>();

/** The ledger keeps amounts in the organization's base currency; the organization row is the one truth. */
export function baseCurrencyOf(tx: TenantTx): Promise<string> {
  let base = baseByTransaction.get(tx);
  if (!base) {
    base = tx.organization.findFirst({ select: { baseCurrency: true } }).then((organization) => {
      if (!organization) throw new DomainError(fieldError('NOT_FOUND', 'The organization does not exist'));
      return organization.baseCurrency.trim();
    });
    baseByTransaction.set(tx, base);
  }
  return base;
}

export async function roundingAccountId(tx: TenantTx): Promise<string | null> {
  const settings = await tx.ledgerSettings.findFirst();
  return settings?.roundingAccountId ?? null;
}
