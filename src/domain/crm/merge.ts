import type { Customer } from '../../generated/prisma/client.js';
import {
  DomainError,
  appendEvent,
  fieldError,
  lockRows,
  recordAudit,
  type Actor,
  type TenantTx,
} from '../../platform/index.js';
import type { CustomerRef } from './customers.js';

/**
 * Other domains that reference customers (orders, invoices, ...) register a mover here,
 * so a merge re-points their rows without CRM importing them.
 */
export type CustomerMergeHandler = (
  tx: TenantTx,
  actor: Actor,
  merge: { sourceId: string; targetId: string },
) => Promise<void>;
const mergeHandlers: CustomerMergeHandler[] = [];

export function onCustomerMerge(handler: CustomerMergeHandler): void {
  mergeHandlers.push(handler);
}

export interface CustomerMergeInput {
  sourceId: string;
  targetId: string;
  expectedSourceVersion?: number | null;
  expectedTargetVersion?: number | null;
}

const FILLABLE = [
  'email',
  'phone',
  'website',
  'taxId',
  'billingAddress',
  'shippingAddress',
  'creditLimit',
  'ownerId',
] as const;

/** The target keeps its own values; empty ones are filled from the source, tags are united. */
function mergedValues(source: Customer, target: Customer) {
  const data: Record<string, unknown> = {};
  for (const key of FILLABLE) {
    // A credit limit is an amount in the customer's currency; it only carries over within one currency.
    if (key === 'creditLimit' && source.currency !== target.currency) continue;
    if ((target[key] === null || target[key] === undefined) && source[key] !== null) data[key] = source[key];
  }
  data.tags = [...new Set([...target.tags, ...source.tags])];
  return data;
}

export async function mergeCustomers(tx: TenantTx, actor: Actor, input: CustomerMergeInput): Promise<CustomerRef> {
  if (input.sourceId === input.targetId) {
    throw new DomainError(fieldError('MERGE_SAME_CUSTOMER', 'A customer cannot be merged into itself', 'targetId'));
  }
  const locked = await lockRows(tx, actor.organizationId, 'Customer', [input.sourceId, input.targetId]);
  const missing = (['sourceId', 'targetId'] as const).filter((field) => !locked.has(input[field]));
  if (missing.length > 0) {
    throw new DomainError(
      missing.map((field) => fieldError('NOT_FOUND', 'No customer with this id in your organization', field)),
    );
  }
  const [source, target] = await Promise.all([
    tx.customer.findUniqueOrThrow({ where: { id: input.sourceId } }),
    tx.customer.findUniqueOrThrow({ where: { id: input.targetId } }),
  ]);
  const stale = [
    { customer: source, expected: input.expectedSourceVersion, field: 'expectedSourceVersion' },
    { customer: target, expected: input.expectedTargetVersion, field: 'expectedTargetVersion' },
  ].filter(({ customer, expected }) => expected !== undefined && expected !== null && expected !== customer.version);
  if (stale.length > 0) {
    throw new DomainError(
      stale.map(({ customer, expected, field }) =>
        fieldError(
          'STALE_VERSION',
          `Customer ${customer.code} is at version ${customer.version}, not ${expected}`,
          field,
        ),
      ),
    );
  }
  if (source.mergedIntoId) {
    throw new DomainError(fieldError('CUSTOMER_MERGED', `Customer ${source.code} was already merged`, 'sourceId'));
  }
  if (target.status !== 'ACTIVE') {
    throw new DomainError(
      fieldError(
        'CUSTOMER_ARCHIVED',
        `Customer ${target.code} is archived; restore it before merging into it`,
        'targetId',
      ),
    );
  }

  const targetHasPrimary = (await tx.contact.count({ where: { customerId: target.id, isPrimary: true } })) > 0;
  const moved = await tx.contact.updateMany({
    where: { customerId: source.id },
    data: targetHasPrimary ? { customerId: target.id, isPrimary: false } : { customerId: target.id },
  });
  for (const handler of mergeHandlers) await handler(tx, actor, { sourceId: source.id, targetId: target.id });

  const targetAfter = await tx.customer.update({
    where: { id: target.id },
    data: { ...mergedValues(source, target), version: { increment: 1 } },
  });
  const sourceAfter = await tx.customer.update({
    where: { id: source.id },
    data: { status: 'ARCHIVED', mergedIntoId: target.id, version: { increment: 1 } },
  });
  await recordAudit(tx, actor, {
    action: 'customerMerge',
    entityType: 'Customer',
    entityId: target.id,
    before: target,
    after: targetAfter,
  });
  await recordAudit(tx, actor, {
    action: 'customerMerge',
    entityType: 'Customer',
    entityId: source.id,
    before: source,
    after: sourceAfter,
  });
  await appendEvent(tx, actor, {
    type: 'customer.merged',
    aggregateType: 'Customer',
    aggregateId: target.id,
    payload: { sourceId: source.id, sourceCode: source.code, targetCode: target.code, contactsMoved: moved.count },
  });
  return { customerId: target.id };
}
