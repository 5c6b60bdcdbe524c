import { randomUUID } from 'node:crypto';
import { Prisma } from '../../generated/prisma/client.js';
import type { Customer, Quote } from '../../generated/prisma/client.js';
import {
  DomainError,
  Problems,
  appendEvent,
  checkCurrency,
  checkDate,
  checkLength,
  cleanText,
  fieldError,
  fromDbDate,
  nextDocumentNumber,
  recordAudit,
  type Actor,
  type TenantTx,
} from '../../platform/index.js';
import { priceDocumentLines, type SalesDocumentLineInput } from './line-pricing.js';
import { effectiveQuoteStatus } from './quote-status.js';
import { activeCustomer, checkVersion, lockOne, todayUtc } from './refs.js';

/** A quote without a valid-until date is valid for this many days from its date. */
export const DEFAULT_VALIDITY_DAYS = 30;
const DAY_MS = 86_400_000;

export type QuoteLineInput = SalesDocumentLineInput;

export interface QuoteFields {
  /** The customer's currency when created without one; unchanged on update when left out. */
  currency?: string | null;
  /** Today when created without one; unchanged on update when left out. */
  quoteDate?: string | null;
  /** quoteDate + 30 days when created without one; unchanged on update when left out. */
  validUntil?: string | null;
  notes?: string | null;
  lines: QuoteLineInput[];
}

export interface QuoteCreateInput extends QuoteFields {
  customerId: string;
}

export interface QuoteUpdateInput extends QuoteFields {
  id: string;
  expectedVersion?: number | null;
}

export interface QuoteStateInput {
  id: string;
  expectedVersion?: number | null;
}

export interface QuoteRef {
  quoteId: string;
}

interface Header {
  currency: string;
  quoteDate: Date;
  validUntil: Date;
  notes: string | null;
}

/** Validates header and lines (every problem at once, with lines.N paths), prices and taxes them and computes the figures. */
async function prepare(tx: TenantTx, actor: Actor, customer: Customer, input: QuoteFields, current?: Header) {
  const problems = new Problems();
  const currency = input.currency
    ? checkCurrency(problems, 'currency', input.currency)
    : (current?.currency ?? customer.currency.trim());
  const quoteDate = input.quoteDate
    ? checkDate(problems, 'quoteDate', input.quoteDate)
    : (current?.quoteDate ?? todayUtc());
  let validUntil = input.validUntil ? checkDate(problems, 'validUntil', input.validUntil) : current?.validUntil;
  if (!validUntil && quoteDate) validUntil = new Date(quoteDate.getTime() + DEFAULT_VALIDITY_DAYS * DAY_MS);
  if (quoteDate && validUntil && validUntil < quoteDate)
    problems.add('INVALID_DATE', 'validUntil is before quoteDate', 'validUntil');
  const notes =
    input.notes === undefined || input.notes === null ? (current?.notes ?? null) : (cleanText(input.notes) ?? null);
  checkLength(problems, 'notes', notes, 4000);
  const { lines, totals } = await priceDocumentLines(
    tx,
    actor,
    problems,
    {
      customerId: customer.id,
      currency,
      date: quoteDate,
      empty: { code: 'EMPTY_QUOTE', message: 'A quote needs at least one line' },
    },
    input.lines,
  );
  return {
    header: { currency: currency!, quoteDate: quoteDate!, validUntil: validUntil!, notes, ...totals },
    lines,
  };
}

function summary(quote: Pick<Quote, 'number' | 'customerId' | 'currency' | 'total' | 'validUntil'>) {
  return {
    number: quote.number,
    customerId: quote.customerId,
    currency: quote.currency.trim(),
    total: quote.total.toFixed(),
    validUntil: fromDbDate(quote.validUntil),
  };
}

/** Creates a draft quote numbered QUO-00001 (nextDocumentNumber); unit prices and tax rates come from pricing unless given. */
export async function createQuote(tx: TenantTx, actor: Actor, input: QuoteCreateInput): Promise<QuoteRef> {
  const customer = await activeCustomer(tx, input.customerId);
  const { header, lines } = await prepare(tx, actor, customer, input);
  const id = randomUUID();
  const number = `QUO-${String(await nextDocumentNumber(tx, actor, 'sales.quote')).padStart(5, '0')}`;
  const quote = await tx.quote.create({
    data: {
      id,
      organizationId: actor.organizationId,
      number,
      customerId: customer.id,
      createdById: actor.keyId,
      ...header,
    },
  });
  await tx.quoteLine.createMany({
    data: lines.map((line) => ({ ...line, id: randomUUID(), organizationId: actor.organizationId, quoteId: id })),
  });
  const payload = { ...summary(quote), lines: lines.length };
  await recordAudit(tx, actor, { action: 'quoteCreate', entityType: 'Quote', entityId: id, after: payload });
  await appendEvent(tx, actor, { type: 'quote.created', aggregateType: 'Quote', aggregateId: id, payload });
  return { quoteId: id };
}

async function lockQuote(tx: TenantTx, actor: Actor, input: QuoteStateInput): Promise<Quote> {
  const quote = await lockOne(tx, actor, 'Quote', input.id, 'quote');
  checkVersion(quote, quote.number, input.expectedVersion);
  return quote;
}

/** Replaces a draft quote's lines (and any header fields given), re-pricing them. */
export async function updateQuote(tx: TenantTx, actor: Actor, input: QuoteUpdateInput): Promise<QuoteRef> {
  const quote = await lockQuote(tx, actor, input);
  if (quote.status !== 'DRAFT')
    throw new DomainError(fieldError('NOT_DRAFT', `${quote.number} is ${quote.status.toLowerCase()}`, 'id'));
  const customer = await activeCustomer(tx, quote.customerId, 'id');
  const { header, lines } = await prepare(tx, actor, customer, input, { ...quote, currency: quote.currency.trim() });
  await tx.quoteLine.deleteMany({ where: { quoteId: quote.id } });
  await tx.quoteLine.createMany({
    data: lines.map((line) => ({ ...line, id: randomUUID(), organizationId: actor.organizationId, quoteId: quote.id })),
  });
  const after = await tx.quote.update({ where: { id: quote.id }, data: { ...header, version: { increment: 1 } } });
  await recordAudit(tx, actor, {
    action: 'quoteUpdate',
    entityType: 'Quote',
    entityId: quote.id,
    before: quote,
    after,
  });
  await appendEvent(tx, actor, {
    type: 'quote.updated',
    aggregateType: 'Quote',
    aggregateId: quote.id,
    payload: { ...summary(after), version: after.version, lines: lines.length },
  });
  return { quoteId: quote.id };
}

function expired(quote: Quote): DomainError {
  return new DomainError(
    fieldError('QUOTE_EXPIRED', `${quote.number} was valid until ${fromDbDate(quote.validUntil)}`, 'id'),
  );
}

async function transition(
  tx: TenantTx,
  actor: Actor,
  quote: Quote,
  data: Prisma.QuoteUpdateInput,
  action: string,
  event: string,
): Promise<QuoteRef> {
  const after = await tx.quote.update({ where: { id: quote.id }, data: { ...data, version: { increment: 1 } } });
  await recordAudit(tx, actor, {
    action,
    entityType: 'Quote',
    entityId: quote.id,
    before: { status: quote.status, version: quote.version },
    after,
  });
  await appendEvent(tx, actor, {
    type: event,
    aggregateType: 'Quote',
    aggregateId: quote.id,
    payload: { ...summary(after), status: after.status },
  });
  return { quoteId: quote.id };
}

/** DRAFT -> SENT; a draft whose validity already ended cannot be sent (QUOTE_EXPIRED). */
export async function sendQuote(tx: TenantTx, actor: Actor, input: QuoteStateInput): Promise<QuoteRef> {
  const quote = await lockQuote(tx, actor, input);
  if (quote.status !== 'DRAFT')
    throw new DomainError(fieldError('NOT_DRAFT', `${quote.number} is already ${quote.status.toLowerCase()}`, 'id'));
  if (quote.validUntil < todayUtc()) throw expired(quote);
  await activeCustomer(tx, quote.customerId, 'id');
  return transition(tx, actor, quote, { status: 'SENT', sentAt: new Date() }, 'quoteSend', 'quote.sent');
}

/** SENT -> ACCEPTED while the quote is valid (through its valid-until day); an expired one fails with QUOTE_EXPIRED. */
export async function acceptQuote(tx: TenantTx, actor: Actor, input: QuoteStateInput): Promise<QuoteRef> {
  const quote = await lockQuote(tx, actor, input);
  const state = effectiveQuoteStatus(quote.status, quote.validUntil, todayUtc());
  if (state === 'EXPIRED') throw expired(quote);
  if (state !== 'SENT')
    throw new DomainError(
      fieldError('NOT_SENT', `${quote.number} is ${state.toLowerCase()}; only a sent quote can be accepted`, 'id'),
    );
  return transition(tx, actor, quote, { status: 'ACCEPTED', acceptedAt: new Date() }, 'quoteAccept', 'quote.accepted');
}

/** DRAFT or SENT (and not expired) -> CANCELLED. */
export async function cancelQuote(tx: TenantTx, actor: Actor, input: QuoteStateInput): Promise<QuoteRef> {
  const quote = await lockQuote(tx, actor, input);
  const state = effectiveQuoteStatus(quote.status, quote.validUntil, todayUtc());
  if (state !== 'DRAFT' && state !== 'SENT') {
    throw new DomainError(
      fieldError(
        'NOT_CANCELLABLE',
        `${quote.number} is ${state.toLowerCase()}; only a draft or sent quote can be cancelled`,
        'id',
      ),
    );
  }
  return transition(
    tx,
    actor,
    quote,
    { status: 'CANCELLED', cancelledAt: new Date() },
    'quoteCancel',
    'quote.cancelled',
  );
}
