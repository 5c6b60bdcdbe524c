import type { Customer } from '../../generated/prisma/client.js';
import { isUuid, type TenantTx } from '../../platform/index.js';

/** A customer row for another domain (sales judges for itself whether it may still be sold to); null for an unknown or non-UUID id, without a query for the latter. */
export async function findCustomer(tx: TenantTx, id: string): Promise<Customer | null> {
  return isUuid(id) ? tx.customer.findUnique({ where: { id } }) : null;
}

/** Code and name of the customers with these ids (report rows name their customer), in one statement however many; unknown ids are left out. */
export async function findCustomerNames(
  tx: TenantTx,
  ids: readonly string[],
): Promise<Pick<Customer, 'id' | 'code' | 'name'>[]> {
  return tx.customer.findMany({ where: { id: { in: [...ids] } }, select: { id: true, code: true, name: true } });
}
