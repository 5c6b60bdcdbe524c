import { DomainError, fieldError, type TenantTx } from '../../platform/index.js';

/** The ledger keeps amounts in the organization's base currency; the organization row is the one truth. */
export async function baseCurrencyOf(tx: TenantTx): Promise<string> {
  const organization = await tx.organization.findFirst({ select: { baseCurrency: true } });
  if (!organization) throw new DomainError(fieldError('NOT_FOUND', 'The organization does not exist'));
  return organization.baseCurrency.trim();
}

export async function roundingAccountId(tx: TenantTx): Promise<string | null> {
  const settings = await tx.ledgerSettings.findFirst();
  return settings?.roundingAccountId ?? null;
}
