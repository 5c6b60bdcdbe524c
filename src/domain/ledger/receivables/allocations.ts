import { randomUUID } from 'node:crypto';
import { Prisma } from '../../../generated/prisma/client.js';
import type { Invoice } from '../../../generated/prisma/client.js';
import { DomainError, fieldError, type Actor, type TenantTx } from '../../../platform/index.js';
import { fromDbDate } from '../dates.js';
import type { EntryLineInput } from '../entry-lines.js';
import { accountForRole } from '../posting-rules.js';
import { baseCurrencyOf } from '../settings.js';
import { postFromSource } from '../source-posting.js';
import { baseShare, settlementState } from './invoice-math.js';
import { SIDE, type PartnerSide } from './partners.js';

/** What settles documents: a payment, or a credit note applied to an invoice or bill. Rows are locked by the caller. */
export interface SettlementSource {
  type: 'PAYMENT' | 'CREDIT_NOTE';
  id: string;
  number: string;
  side: PartnerSide;
  partnerId: string;
  currency: string;
  date: Date;
  amount: Prisma.Decimal;
  amountBase: Prisma.Decimal;
  allocated: Prisma.Decimal;
  baseAllocated: Prisma.Decimal;
}

export function openAmount(source: { amount: Prisma.Decimal; allocated: Prisma.Decimal }): Prisma.Decimal {
  return source.amount.minus(source.allocated);
}

function invoiceOpen(invoice: Invoice): Prisma.Decimal {
  return invoice.total.minus(invoice.amountAllocated);
}

const TARGET_KIND = { CUSTOMER: 'CUSTOMER_INVOICE', SUPPLIER: 'SUPPLIER_BILL' } as const;

function refuse(code: string, message: string, field: string): never {
  throw new DomainError(fieldError(code, message, field));
}

/** Why this source cannot settle this document, or nothing when it can. */
function checkMatch(source: SettlementSource, invoice: Invoice, field: string): void {
  const label = invoice.number ?? 'The document';
  if (invoice.kind !== TARGET_KIND[source.side])
    refuse(
      'WRONG_DOCUMENT_KIND',
      `${label} is a ${invoice.kind.toLowerCase().replace(/_/g, ' ')}; ${source.number} settles ${TARGET_KIND[source.side].toLowerCase().replace(/_/g, ' ')}s`,
      field,
    );
  if (invoice.status !== 'POSTED' && invoice.status !== 'PARTIALLY_PAID')
    refuse(
      'NOT_OPEN',
      `${label} is ${invoice.status.toLowerCase().replace(/_/g, ' ')}; only posted, unpaid documents take allocations`,
      field,
    );
  if ((invoice.customerId ?? invoice.supplierId) !== source.partnerId)
    refuse('PARTNER_MISMATCH', `${label} belongs to another ${source.side.toLowerCase()} than ${source.number}`, field);
  if (invoice.currency.trim() !== source.currency)
    refuse(
      'CURRENCY_MISMATCH',
      `${label} is in ${invoice.currency.trim()}, ${source.number} in ${source.currency}`,
      field,
    );
}

/**
 * A difference between what the document carried in base currency and what the settling part carried
 * is a realized exchange gain or loss: it goes to the exchange-difference account against the partner
 * account, so that account always equals the open items at their booked values.
 */
async function postExchangeDifference(
  tx: TenantTx,
  actor: Actor,
  allocationId: string,
  source: SettlementSource,
  difference: Prisma.Decimal,
  date: Date,
): Promise<string> {
  const side = SIDE[source.side];
  const partnerAccount = await accountForRole(tx, side.partnerRole);
  const exchangeAccount = await accountForRole(tx, 'EXCHANGE_DIFFERENCE');
  // Receivables: the document debited more than the payment credited -> the rest of the debit must go (a loss).
  // Payables mirror it: the bill credited more than the payment debited -> the rest of the credit goes (a gain).
  const clearPartnerByCredit = source.side === 'CUSTOMER' ? difference.isPositive() : difference.isNegative();
  const amount = difference.abs();
  const partner = {
    partnerType: side.partnerType,
    partnerId: source.partnerId,
    description: `Exchange difference on ${source.number}`,
  };
  const lines: EntryLineInput[] = clearPartnerByCredit
    ? [
        { accountId: exchangeAccount.id, debit: amount, description: partner.description },
        { accountId: partnerAccount.id, credit: amount, ...partner },
      ]
    : [
        { accountId: partnerAccount.id, debit: amount, ...partner },
        { accountId: exchangeAccount.id, credit: amount, description: partner.description },
      ];
  const posted = await postFromSource(tx, actor, {
    source: { type: 'PaymentAllocation', id: allocationId, purpose: 'exchange-difference' },
    journalType: 'GENERAL',
    date: fromDbDate(date),
    reference: source.number,
    lines,
  });
  return posted.entryId;
}

/**
 * Settles `amount` (in the documents' currency) of a locked invoice or bill with a locked payment or
 * credit note, updating both in place. The allocation is dated on the later of the two documents.
 */
export async function allocate(
  tx: TenantTx,
  actor: Actor,
  source: SettlementSource,
  invoice: Invoice,
  amount: Prisma.Decimal,
  field: string,
): Promise<{ allocationId: string; invoice: Invoice }> {
  checkMatch(source, invoice, field);
  if (amount.lessThanOrEqualTo(0)) refuse('INVALID_AMOUNT', 'An allocation must be above zero', field);
  const open = invoiceOpen(invoice);
  if (amount.greaterThan(open))
    refuse('OVER_ALLOCATION', `${invoice.number} has only ${open.toFixed()} ${source.currency} open`, field);
  const sourceOpen = openAmount(source);
  if (amount.greaterThan(sourceOpen))
    refuse(
      'OVER_ALLOCATION',
      `${source.number} has only ${sourceOpen.toFixed()} ${source.currency} left to allocate`,
      field,
    );

  const base = await baseCurrencyOf(tx);
  const invoiceBase = baseShare(amount, open, invoice.total, invoice.totalBase!, invoice.baseAllocated, base);
  const sourceBase = baseShare(amount, sourceOpen, source.amount, source.amountBase, source.baseAllocated, base);
  const date = source.date > invoice.issueDate ? source.date : invoice.issueDate;
  const id = randomUUID();
  await tx.paymentAllocation.create({
    data: {
      id,
      organizationId: actor.organizationId,
      invoiceId: invoice.id,
      paymentId: source.type === 'PAYMENT' ? source.id : null,
      creditNoteId: source.type === 'CREDIT_NOTE' ? source.id : null,
      amount,
      invoiceBase,
      sourceBase,
      date,
    },
  });
  const difference = invoiceBase.minus(sourceBase);
  if (!difference.isZero()) {
    const exchangeEntryId = await postExchangeDifference(tx, actor, id, source, difference, date);
    await tx.paymentAllocation.update({ where: { id }, data: { exchangeEntryId } });
  }

  const invoiceAllocated = invoice.amountAllocated.plus(amount);
  const updated = await tx.invoice.update({
    where: { id: invoice.id },
    data: {
      amountAllocated: invoiceAllocated,
      baseAllocated: invoice.baseAllocated.plus(invoiceBase),
      status: settlementState(invoice.total, invoiceAllocated),
      version: { increment: 1 },
    },
  });
  source.allocated = source.allocated.plus(amount);
  source.baseAllocated = source.baseAllocated.plus(sourceBase);
  if (source.type === 'PAYMENT') {
    await tx.payment.update({
      where: { id: source.id },
      data: { amountAllocated: source.allocated, baseAllocated: source.baseAllocated, version: { increment: 1 } },
    });
  } else {
    await tx.invoice.update({
      where: { id: source.id },
      data: {
        amountAllocated: source.allocated,
        baseAllocated: source.baseAllocated,
        status: settlementState(source.amount, source.allocated),
        version: { increment: 1 },
      },
    });
  }
  return { allocationId: id, invoice: updated };
}

export function paymentSource(payment: {
  id: string;
  number: string;
  customerId: string | null;
  supplierId: string | null;
  currency: string;
  date: Date;
  amount: Prisma.Decimal;
  amountBase: Prisma.Decimal;
  amountAllocated: Prisma.Decimal;
  baseAllocated: Prisma.Decimal;
}): SettlementSource {
  return {
    type: 'PAYMENT',
    id: payment.id,
    number: payment.number,
    side: payment.customerId ? 'CUSTOMER' : 'SUPPLIER',
    partnerId: (payment.customerId ?? payment.supplierId) as string,
    currency: payment.currency.trim(),
    date: payment.date,
    amount: payment.amount,
    amountBase: payment.amountBase,
    allocated: payment.amountAllocated,
    baseAllocated: payment.baseAllocated,
  };
}

export function creditNoteSource(note: Invoice): SettlementSource {
  return {
    type: 'CREDIT_NOTE',
    id: note.id,
    number: note.number ?? 'The credit note',
    side: note.customerId ? 'CUSTOMER' : 'SUPPLIER',
    partnerId: (note.customerId ?? note.supplierId) as string,
    currency: note.currency.trim(),
    date: note.issueDate,
    amount: note.total,
    amountBase: note.totalBase ?? note.total,
    allocated: note.amountAllocated,
    baseAllocated: note.baseAllocated,
  };
}
