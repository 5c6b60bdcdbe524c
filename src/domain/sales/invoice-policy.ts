// A customer's invoice policy (sales' own settings row for a crm customer).
import { randomUUID } from 'node:crypto';
import type { InvoicePolicy } from '../../generated/prisma/enums.js';
import { DomainError, appendEvent, fieldError, recordAudit, type Actor, type TenantTx } from '../../platform/index.js';
import { activeCustomer } from './refs.js';

export interface CustomerInvoicePolicySetInput {
  customerId: string;
  invoicePolicy: InvoicePolicy;
}

export interface CustomerInvoicePolicyRef {
  customerId: string;
}

const POLICIES: readonly string[] = ['ORDERED', 'DELIVERED'];

/** Sets how the customer's orders are invoiced from now on; invoices already made are unaffected. */
export async function setCustomerInvoicePolicy(
  tx: TenantTx,
  actor: Actor,
  input: CustomerInvoicePolicySetInput,
): Promise<CustomerInvoicePolicyRef> {
  const customer = await activeCustomer(tx, input.customerId);
  if (!POLICIES.includes(input.invoicePolicy))
    throw new DomainError(fieldError('INVALID_INPUT', 'invoicePolicy is ORDERED or DELIVERED', 'invoicePolicy'));
  const before = await tx.customerSalesSettings.findFirst({ where: { customerId: customer.id } });
  await tx.$executeRaw`
    INSERT INTO "CustomerSalesSettings" ("id", "organizationId", "customerId", "invoicePolicy", "updatedAt")
    VALUES (${randomUUID()}::uuid, ${actor.organizationId}::uuid, ${customer.id}::uuid, ${input.invoicePolicy}::"InvoicePolicy", now())
    ON CONFLICT ("organizationId", "customerId") DO UPDATE SET "invoicePolicy" = EXCLUDED."invoicePolicy",
      "version" = "CustomerSalesSettings"."version" + 1, "updatedAt" = EXCLUDED."updatedAt"`;
  const after = await tx.customerSalesSettings.findFirstOrThrow({ where: { customerId: customer.id } });
  await recordAudit(tx, actor, {
    action: 'customerInvoicePolicySet',
    entityType: 'CustomerSalesSettings',
    entityId: after.id,
    before: { invoicePolicy: before?.invoicePolicy ?? 'ORDERED' },
    after: { invoicePolicy: after.invoicePolicy },
  });
  await appendEvent(tx, actor, {
    type: 'customer.invoicePolicySet',
    aggregateType: 'Customer',
    aggregateId: customer.id,
    payload: { customerCode: customer.code, invoicePolicy: after.invoicePolicy },
  });
  return { customerId: customer.id };
}
