import { randomUUID } from 'node:crypto';
import type { PaymentMethod } from '../../../generated/prisma/enums.js';
import {
  DomainError,
  Problems,
  appendEvent,
  checkCurrency,
  checkLength,
  cleanText,
  fieldError,
  isUuid,
  lockRows,
  recordAudit,
  type Actor,
  type TenantTx,
} from '../../../platform/index.js';
import { checkDate, fromDbDate } from '../dates.js';
import { reverseEntry } from '../entries.js';
import type { EntryLineInput } from '../entry-lines.js';
import { checkScale, parseAmount, type Amount } from '../money.js';
import { settlementChanged } from './settlement-hooks.js';
import { accountForRole } from '../posting-rules.js';
import { baseCurrencyOf } from '../settings.js';
import { postFromSource } from '../source-posting.js';
import { paymentSource, creditNoteSource, type SettlementSource } from './allocations.js';
import { lockInvoice } from './invoices.js';
import { SIDE, findPartner, type PartnerInput } from './partners.js';
import { settle, type AllocationInput } from './settle.js';
import { settlementState } from './invoice-math.js';

const METHODS: PaymentMethod[] = ['BANK_TRANSFER', 'CASH', 'CARD', 'CHECK', 'DIRECT_DEBIT', 'OTHER'];

export interface PaymentCreateInput extends PartnerInput {
  /** 'YYYY-MM-DD' */
  date: string;
  amount: Amount;
  /** The partner's currency when left out. */
  currency?: string | null;
  method: PaymentMethod;
  /** An active BANK or CASH account; the BANK posting rule's account when left out. */
  bankAccountId?: string | null;
  reference?: string | null;
  memo?: string | null;
  allocations?: AllocationInput[] | null;
  /** With no allocations given, settle the partner's open documents oldest due first (default true). */
  autoAllocate?: boolean | null;
}

export interface PaymentRef {
  paymentId: string;
}

async function bankAccount(tx: TenantTx, id: string | null | undefined) {
  if (!id) return accountForRole(tx, 'BANK');
  const account = isUuid(id) ? await tx.account.findUnique({ where: { id } }) : null;
  if (!account)
    throw new DomainError(fieldError('NOT_FOUND', 'No account with this id in your organization', 'bankAccountId'));
  if (!account.isActive || (account.subtype !== 'BANK' && account.subtype !== 'CASH'))
    throw new DomainError(
      fieldError(
        'INVALID_BANK_ACCOUNT',
        `Account ${account.code} is not an active bank or cash account`,
        'bankAccountId',
      ),
    );
  return account;
}

/**
 * Records money received from a customer (Dr bank, Cr receivable) or paid to a supplier (Dr payable,
 * Cr bank), posted at once, then allocates it. What is not allocated stays open as the partner's credit.
 */
export async function createPayment(tx: TenantTx, actor: Actor, input: PaymentCreateInput): Promise<PaymentRef> {
  const partner = await findPartner(tx, input);
  const problems = new Problems();
  const date = checkDate(problems, 'date', input.date);
  const currency = input.currency ? checkCurrency(problems, 'currency', input.currency) : partner.currency;
  const amount = parseAmount(problems, 'amount', input.amount);
  if (input.amount === undefined || input.amount === null || input.amount === '')
    problems.add('REQUIRED', 'amount is required', 'amount');
  else if (amount && amount.lessThanOrEqualTo(0)) problems.add('INVALID_AMOUNT', 'amount must be above zero', 'amount');
  else if (amount && currency) checkScale(problems, 'amount', amount, currency);
  if (!METHODS.includes(input.method))
    problems.add('INVALID_INPUT', `method must be one of ${METHODS.join(', ')}`, 'method');
  const reference = cleanText(input.reference) ?? null;
  const memo = cleanText(input.memo) ?? null;
  checkLength(problems, 'reference', reference, 100);
  checkLength(problems, 'memo', memo, 1000);
  problems.throwIfAny();
  const bank = await bankAccount(tx, input.bankAccountId);
  const side = SIDE[partner.side];
  const partnerAccount = await accountForRole(tx, side.partnerRole);
  const base = await baseCurrencyOf(tx);

  const id = randomUUID();
  const incoming = partner.side === 'CUSTOMER';
  const party = { partnerType: side.partnerType, partnerId: partner.id, description: reference };
  const line = (accountId: string, debit: boolean, extra: Partial<EntryLineInput> = {}): EntryLineInput =>
    currency === base
      ? { accountId, ...(debit ? { debit: amount! } : { credit: amount! }), ...extra }
      : { accountId, currency, amountCurrency: debit ? amount! : amount!.negated(), ...extra };
  // The bank line comes first, so its base amount is the payment's base value.
  const lines = incoming
    ? [line(bank.id, true, { description: reference }), line(partnerAccount.id, false, party)]
    : [line(bank.id, false, { description: reference }), line(partnerAccount.id, true, party)];
  const posted = await postFromSource(tx, actor, {
    source: { type: 'Payment', id, purpose: 'post' },
    journalType: bank.subtype === 'CASH' ? 'CASH' : 'BANK',
    date: input.date,
    reference,
    memo,
    lines,
  });
  const bankLine = await tx.journalLine.findFirstOrThrow({ where: { entryId: posted.entryId, lineNo: 1 } });
  const payment = await tx.payment.create({
    data: {
      id,
      organizationId: actor.organizationId,
      direction: incoming ? 'INCOMING' : 'OUTGOING',
      number: posted.number as string,
      customerId: incoming ? partner.id : null,
      supplierId: incoming ? null : partner.id,
      date: date as Date,
      amount: amount!,
      currency: currency as string,
      amountBase: bankLine.debit.plus(bankLine.credit),
      method: input.method,
      bankAccountId: bank.id,
      reference,
      memo,
      journalEntryId: posted.entryId,
      createdById: actor.keyId,
    },
  });
  const allocationIds = await settle(tx, actor, paymentSource(payment), input.allocations, input.autoAllocate ?? true);
  const after = await tx.payment.findUniqueOrThrow({ where: { id } });
  const summary = {
    number: payment.number,
    direction: payment.direction,
    partnerId: partner.id,
    date: fromDbDate(payment.date),
    amount: payment.amount.toFixed(),
    currency: payment.currency,
    allocated: after.amountAllocated.toFixed(),
    allocations: allocationIds.length,
  };
  await recordAudit(tx, actor, { action: 'paymentCreate', entityType: 'Payment', entityId: id, after: summary });
  await appendEvent(tx, actor, {
    type: 'payment.created',
    aggregateType: 'Payment',
    aggregateId: id,
    payload: summary,
  });
  return { paymentId: id };
}

export interface SettlementAllocateInput {
  /** A payment or a credit note with an unallocated amount. */
  sourceId: string;
  sourceType: 'PAYMENT' | 'CREDIT_NOTE';
  allocations?: AllocationInput[] | null;
}

/** Allocates what is left of a payment or credit note, to the given documents or oldest due first. */
export async function allocateSettlement(
  tx: TenantTx,
  actor: Actor,
  input: SettlementAllocateInput,
): Promise<{ sourceId: string; allocationIds: string[] }> {
  let source: SettlementSource;
  if (input.sourceType === 'PAYMENT') {
    const locked = isUuid(input.sourceId)
      ? await lockRows(tx, actor.organizationId, 'Payment', [input.sourceId])
      : new Set<string>();
    if (!locked.has(input.sourceId))
      throw new DomainError(fieldError('NOT_FOUND', 'No payment with this id in your organization', 'sourceId'));
    const payment = await tx.payment.findUniqueOrThrow({ where: { id: input.sourceId } });
    if (payment.status === 'VOID')
      throw new DomainError(fieldError('ALREADY_VOID', `${payment.number} is void`, 'sourceId'));
    source = paymentSource(payment);
  } else {
    const note = await lockInvoice(
      tx,
      actor,
      input.sourceId,
      ['CUSTOMER_CREDIT_NOTE', 'SUPPLIER_CREDIT_NOTE'],
      'sourceId',
    );
    if (note.status !== 'POSTED' && note.status !== 'PARTIALLY_PAID')
      throw new DomainError(
        fieldError(
          'NOT_OPEN',
          `${note.number ?? 'The credit note'} is ${note.status.toLowerCase().replace(/_/g, ' ')}`,
          'sourceId',
        ),
      );
    source = creditNoteSource(note);
  }
  if (source.allocated.greaterThanOrEqualTo(source.amount))
    throw new DomainError(fieldError('NOT_OPEN', `${source.number} is fully allocated`, 'sourceId'));
  const allocationIds = await settle(tx, actor, source, input.allocations, true);
  const payload = {
    sourceType: input.sourceType,
    number: source.number,
    allocations: allocationIds.length,
    allocated: source.allocated.toFixed(),
  };
  await recordAudit(tx, actor, {
    action: 'allocate',
    entityType: input.sourceType === 'PAYMENT' ? 'Payment' : 'Invoice',
    entityId: source.id,
    after: payload,
  });
  await appendEvent(tx, actor, {
    type: 'settlement.allocated',
    aggregateType: input.sourceType === 'PAYMENT' ? 'Payment' : 'Invoice',
    aggregateId: source.id,
    payload,
  });
  return { sourceId: source.id, allocationIds };
}

export interface PaymentVoidInput {
  id: string;
  /** Date of the reversing entries; the payment's date when left out. */
  date?: string | null;
}

/**
 * Voids a payment (a bounced cheque, a mistake): its allocations are undone, their exchange
 * differences and the payment's entry reversed, and the documents it settled are open again.
 */
export async function voidPayment(tx: TenantTx, actor: Actor, input: PaymentVoidInput): Promise<PaymentRef> {
  const locked = isUuid(input.id) ? await lockRows(tx, actor.organizationId, 'Payment', [input.id]) : new Set<string>();
  if (!locked.has(input.id))
    throw new DomainError(fieldError('NOT_FOUND', 'No payment with this id in your organization', 'id'));
  const payment = await tx.payment.findUniqueOrThrow({ where: { id: input.id }, include: { allocations: true } });
  if (payment.status === 'VOID')
    throw new DomainError(fieldError('ALREADY_VOID', `${payment.number} is already void`, 'id'));
  const problems = new Problems();
  const date = input.date ? (checkDate(problems, 'date', input.date) as Date) : payment.date;
  problems.throwIfAny();
  if (date < payment.date)
    throw new DomainError(fieldError('INVALID_DATE', 'The void date is before the payment date', 'date'));
  const day = fromDbDate(date);

  await lockRows(
    tx,
    actor.organizationId,
    'Invoice',
    payment.allocations.map((allocation) => allocation.invoiceId),
  );
  for (const allocation of payment.allocations) {
    if (allocation.exchangeEntryId) await reverseEntry(tx, actor, { id: allocation.exchangeEntryId, date: day });
    const invoice = await tx.invoice.findUniqueOrThrow({ where: { id: allocation.invoiceId } });
    const allocated = invoice.amountAllocated.minus(allocation.amount);
    await tx.invoice.update({
      where: { id: invoice.id },
      data: {
        amountAllocated: allocated,
        baseAllocated: invoice.baseAllocated.minus(allocation.invoiceBase),
        status: settlementState(invoice.total, allocated),
        version: { increment: 1 },
      },
    });
  }
  await tx.paymentAllocation.deleteMany({ where: { paymentId: payment.id } });
  await settlementChanged(
    tx,
    actor,
    payment.allocations.map((allocation) => allocation.invoiceId),
  );
  const reversal = await reverseEntry(tx, actor, { id: payment.journalEntryId, date: day });
  await tx.payment.update({
    where: { id: payment.id },
    data: {
      status: 'VOID',
      amountAllocated: 0,
      baseAllocated: 0,
      voidEntryId: reversal.entryId,
      voidedAt: new Date(),
      voidDate: date,
      version: { increment: 1 },
    },
  });
  const summary = {
    number: payment.number,
    reversalNumber: reversal.number,
    reopened: payment.allocations.map((allocation) => ({
      invoiceId: allocation.invoiceId,
      amount: allocation.amount.toFixed(),
    })),
  };
  await recordAudit(tx, actor, {
    action: 'paymentVoid',
    entityType: 'Payment',
    entityId: payment.id,
    before: payment,
    after: summary,
  });
  await appendEvent(tx, actor, {
    type: 'payment.voided',
    aggregateType: 'Payment',
    aggregateId: payment.id,
    payload: summary,
  });
  return { paymentId: payment.id };
}
