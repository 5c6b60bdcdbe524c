import type { Customer, PriceList, Quote, SalesOrder, TaxRate } from '../../generated/prisma/client.js';
import { findCustomer } from '../crm/index.js';
import { DomainError, fieldError, isUuid, type Actor, type TenantTx } from '../../platform/index.js';

export interface Versioned {
  version: number;
}

export function checkVersion(row: Versioned, label: string, expected: number | null | undefined): void {
  if (expected !== undefined && expected !== null && expected !== row.version) {
    throw new DomainError(
      fieldError('STALE_VERSION', `${label} is at version ${row.version}, not ${expected}`, 'expectedVersion'),
    );
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

interface LockableRows {
  TaxRate: TaxRate;
  PriceList: PriceList;
  Quote: Quote;
  SalesOrder: SalesOrder;
}

/**
 * Locks one row of a sales table for the rest of the transaction and reads it in the same statement
 * (the row as Prisma reads it: raw results carry the same types); NOT_FOUND on `field` when it is not
 * the organization's.
 */
export async function lockOne<T extends keyof LockableRows>(
  tx: TenantTx,
  actor: Actor,
  table: T,
  id: string,
  what: string,
  field = 'id',
): Promise<LockableRows[T]> {
  const rows = isUuid(id)
    ? await tx.$queryRawUnsafe<LockableRows[T][]>(
        `SELECT * FROM "${table}" WHERE "organizationId" = $1::uuid AND "id" = $2::uuid FOR UPDATE`,
        actor.organizationId,
        id,
      )
    : [];
  if (!rows[0]) throw new DomainError(fieldError('NOT_FOUND', `No ${what} with this id in your organization`, field));
  return rows[0];
}
