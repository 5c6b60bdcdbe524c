import type { Customer } from '../../generated/prisma/client.js';
import { findCustomer } from '../crm/index.js';
import { DomainError, fieldError, isUuid, lockRows, type Actor, type TenantTx } from '../../platform/index.js';

export interface Versioned {
  version: number;
}

export function checkVersion(row: Versioned, label: string, expected: number | null | undefined): void {
  if (expected !== undefined && expected !== null && expected !== row.version) {
    throw new DomainError(fieldError('STALE_VERSION', `${label} is at version ${row.version}, not ${expected}`, 'expectedVersion'));
  }
}

/** A customer that can still be quoted and priced: not archived, not merged away. */
export async function activeCustomer(tx: TenantTx, id: string, field = 'customerId'): Promise<Customer> {
  const customer = await findCustomer(tx, id);
  if (!customer) throw new DomainError(fieldError('NOT_FOUND', 'No customer with this id in your organization', field));
  if (customer.status !== 'ACTIVE' || customer.mergedIntoId) {
    throw new DomainError(fieldError('CUSTOMER_INACTIVE', `Customer ${customer.code} is archived or merged`, field));
  }
  return customer;
}

/** Today's calendar date in UTC, as the database stores dates. */
export function todayUtc(now: Date = new Date()): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}

/** Locks one row of a sales table for the rest of the transaction; NOT_FOUND on `field` when it is not the organization's. */
export async function lockOne(tx: TenantTx, actor: Actor, table: 'TaxRate' | 'PriceList' | 'Quote' | 'SalesOrder', id: string, what: string, field = 'id'): Promise<void> {
  const locked = isUuid(id) ? await lockRows(tx, actor.organizationId, table, [id]) : new Set<string>();
  if (!locked.has(id)) throw new DomainError(fieldError('NOT_FOUND', `No ${what} with this id in your organization`, field));
}
