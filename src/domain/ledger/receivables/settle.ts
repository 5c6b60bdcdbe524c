import { Prisma } from '../../../generated/prisma/client.js';
import type { Invoice } from '../../../generated/prisma/client.js';
import { Problems, isUuid, lockRows, type Actor, type TenantTx } from '../../../platform/index.js';
import { checkScale, parseAmount, type Amount } from '../money.js';
import { allocate, openAmount, type SettlementSource } from './allocations.js';
import { settlementChanged } from './settlement-hooks.js';

export interface AllocationInput {
  invoiceId: string;
  /** In the documents' currency; the document's whole open amount (as far as the source reaches) when left out. */
  amount?: Amount | null;
}

/**
 * Allocates a locked source to the given documents, in the order given, or (with `auto`) to the
 * partner's open documents in the source's currency, oldest due date first, until it is used up.
 */
export async function settle(
  tx: TenantTx,
  actor: Actor,
  source: SettlementSource,
  allocations: AllocationInput[] | null | undefined,
  auto: boolean,
): Promise<string[]> {
  const settled: string[] = [];
  let created: string[] = [];
  if (allocations && allocations.length > 0) created = await settleExplicit(tx, actor, source, allocations, settled);
  else if (auto) created = await settleOldestFirst(tx, actor, source, settled);
  await settlementChanged(tx, actor, settled);
  return created;
}

async function settleExplicit(
  tx: TenantTx,
  actor: Actor,
  source: SettlementSource,
  allocations: AllocationInput[],
  settled: string[],
): Promise<string[]> {
  const problems = new Problems();
  if (allocations.length > 100) problems.add('OUT_OF_RANGE', 'At most 100 allocations at once', 'allocations');
  const amounts = allocations.map((allocation, index) => {
    const field = `allocations.${index}.amount`;
    const amount = parseAmount(problems, field, allocation.amount);
    if (amount && checkScale(problems, field, amount, source.currency) && amount.lessThanOrEqualTo(0))
      problems.add('INVALID_AMOUNT', `${field} must be above zero`, field);
    if (!isUuid(allocation.invoiceId))
      problems.add('NOT_FOUND', 'No document with this id in your organization', `allocations.${index}.invoiceId`);
    return amount;
  });
  const ids = allocations.map((allocation) => allocation.invoiceId);
  if (new Set(ids).size !== ids.length)
    problems.add('INVALID_INPUT', 'A document appears twice in allocations', 'allocations');
  problems.throwIfAny();
  const locked = await lockRows(tx, actor.organizationId, 'Invoice', ids);
  allocations.forEach((allocation, index) => {
    if (!locked.has(allocation.invoiceId))
      problems.add('NOT_FOUND', 'No document with this id in your organization', `allocations.${index}.invoiceId`);
  });
  problems.throwIfAny();
  const invoices = new Map(
    (await tx.invoice.findMany({ where: { id: { in: ids } } })).map((invoice) => [invoice.id, invoice]),
  );
  const created: string[] = [];
  for (const [index, allocation] of allocations.entries()) {
    const invoice = invoices.get(allocation.invoiceId) as Invoice;
    const amount =
      amounts[index] ?? Prisma.Decimal.min(invoice.total.minus(invoice.amountAllocated), openAmount(source));
    const result = await allocate(tx, actor, source, invoice, amount, `allocations.${index}.amount`);
    created.push(result.allocationId);
    settled.push(invoice.id);
  }
  return created;
}

async function settleOldestFirst(
  tx: TenantTx,
  actor: Actor,
  source: SettlementSource,
  settled: string[],
): Promise<string[]> {
  const partner = source.side === 'CUSTOMER' ? { customerId: source.partnerId } : { supplierId: source.partnerId };
  const candidates = await tx.invoice.findMany({
    where: {
      ...partner,
      kind: source.side === 'CUSTOMER' ? 'CUSTOMER_INVOICE' : 'SUPPLIER_BILL',
      currency: source.currency,
      status: { in: ['POSTED', 'PARTIALLY_PAID'] },
    },
    select: { id: true },
  });
  if (candidates.length === 0) return [];
  await lockRows(
    tx,
    actor.organizationId,
    'Invoice',
    candidates.map((candidate) => candidate.id),
  );
  // Read again after locking: a concurrent payment may have settled some of them meanwhile.
  const open = await tx.invoice.findMany({
    where: { id: { in: candidates.map((candidate) => candidate.id) }, status: { in: ['POSTED', 'PARTIALLY_PAID'] } },
    orderBy: [{ dueDate: 'asc' }, { issueDate: 'asc' }, { number: 'asc' }],
  });
  const created: string[] = [];
  for (const invoice of open) {
    const left = openAmount(source);
    if (left.lessThanOrEqualTo(0)) break;
    const amount = Prisma.Decimal.min(invoice.total.minus(invoice.amountAllocated), left);
    created.push((await allocate(tx, actor, source, invoice, amount, 'allocations')).allocationId);
    settled.push(invoice.id);
  }
  return created;
}
