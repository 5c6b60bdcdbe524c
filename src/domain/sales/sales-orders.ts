// Sales orders: creating, changing (while DRAFT) and converting an accepted quote. Lines are validated,
// priced and taxed exactly as quotes' (priceDocumentLines). Confirmation lives in sales-order-confirm.ts.
import { randomUUID } from 'node:crypto';
import type { Customer, Prisma, SalesOrder } from '../../generated/prisma/client.js';
import { cleanAddress, jsonColumn, type Address } from '../crm/index.js';
import { findLocation } from '../inventory/index.js';
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
import { activeCustomer, checkVersion, lockOne, todayUtc } from './refs.js';

export type SalesOrderLineInput = SalesDocumentLineInput;

export interface SalesOrderFields {
  /** The customer's currency when created without one; unchanged on update when left out. */
  currency?: string | null;
  /** Today when created without one; unchanged on update when left out. */
  orderDate?: string | null;
  requestedDeliveryDate?: string | null;
  /** The customer's shipping address when created without one. */
  shippingAddress?: Address | null;
  /** Internal location stock is reserved from; needed to confirm stocked lines. */
  locationId?: string | null;
  notes?: string | null;
  customerReference?: string | null;
  lines: SalesOrderLineInput[];
}

export interface SalesOrderCreateInput extends SalesOrderFields {
  customerId: string;
}

export interface SalesOrderUpdateInput extends SalesOrderFields {
  id: string;
  expectedVersion?: number | null;
}

export interface SalesOrderStateInput {
  id: string;
  expectedVersion?: number | null;
}

export interface SalesOrderRef {
  salesOrderId: string;
}

export interface QuoteConvertInput {
  quoteId: string;
  expectedVersion?: number | null;
  locationId?: string | null;
  requestedDeliveryDate?: string | null;
  customerReference?: string | null;
}

export const orderFail = (code: string, message: string, field?: string) =>
  new DomainError(fieldError(code, message, field));

type Current = Pick<
  SalesOrder,
  'currency' | 'orderDate' | 'requestedDeliveryDate' | 'shippingAddress' | 'locationId' | 'notes' | 'customerReference'
>;

/** A location stock can be reserved from (or returned into): the organization's, internal, active. */
export async function checkLocation(
  tx: TenantTx,
  problems: Problems,
  id: string | null | undefined,
  field = 'locationId',
  use = 'Stock is reserved from',
): Promise<string | null | undefined> {
  if (id === undefined || id === null) return id;
  const location = await findLocation(tx, id);
  if (!location) problems.add('NOT_FOUND', 'No location with this id in your organization', field);
  else if (location.type !== 'INTERNAL' || !location.isActive)
    problems.add('INVALID_LOCATION', `${use} an active internal (warehouse) location`, field);
  return location?.id;
}

/** Validates the header (with the lines, every problem at once) and prices the lines. */
async function prepare(tx: TenantTx, actor: Actor, customer: Customer, input: SalesOrderFields, current?: Current) {
  const problems = new Problems();
  const given = <K extends keyof SalesOrderFields>(key: K) => input[key] !== undefined && input[key] !== null;
  const currency = given('currency')
    ? checkCurrency(problems, 'currency', input.currency!)
    : (current?.currency.trim() ?? customer.currency.trim());
  const orderDate = given('orderDate')
    ? checkDate(problems, 'orderDate', input.orderDate!)
    : (current?.orderDate ?? todayUtc());
  const requestedDeliveryDate = given('requestedDeliveryDate')
    ? checkDate(problems, 'requestedDeliveryDate', input.requestedDeliveryDate!)
    : (current?.requestedDeliveryDate ?? null);
  if (orderDate && requestedDeliveryDate && requestedDeliveryDate < orderDate) {
    problems.add('INVALID_DATE', 'requestedDeliveryDate is before orderDate', 'requestedDeliveryDate');
  }
  const shippingAddress = given('shippingAddress')
    ? cleanAddress(problems, 'shippingAddress', input.shippingAddress)
    : ((current ? current.shippingAddress : customer.shippingAddress) as Address | null);
  const locationId = given('locationId')
    ? await checkLocation(tx, problems, input.locationId)
    : (current?.locationId ?? null);
  const text = (key: 'notes' | 'customerReference', max: number) => {
    const value =
      input[key] === undefined || input[key] === null ? (current?.[key] ?? null) : (cleanText(input[key]) ?? null);
    checkLength(problems, key, value, max);
    return value;
  };
  const notes = text('notes', 4000);
  const customerReference = text('customerReference', 100);
  const { lines, totals } = await priceDocumentLines(
    tx,
    actor,
    problems,
    {
      customerId: customer.id,
      currency,
      date: orderDate,
      empty: { code: 'EMPTY_ORDER', message: 'A sales order needs at least one line' },
    },
    input.lines,
  );
  return {
    header: {
      currency: currency!,
      orderDate: orderDate!,
      requestedDeliveryDate,
      shippingAddress: jsonColumn(shippingAddress) ?? jsonColumn(null),
      locationId: locationId ?? null,
      notes,
      customerReference,
      ...totals,
    },
    lines,
  };
}

export function orderSummary(
  order: Pick<SalesOrder, 'number' | 'customerId' | 'currency' | 'total' | 'orderDate' | 'status'>,
) {
  return {
    number: order.number,
    customerId: order.customerId,
    status: order.status,
    currency: order.currency.trim(),
    total: order.total.toFixed(),
    orderDate: fromDbDate(order.orderDate),
  };
}

async function insertOrder(
  tx: TenantTx,
  actor: Actor,
  customer: Customer,
  prepared: Awaited<ReturnType<typeof prepare>>,
  quoteId: string | null,
): Promise<SalesOrder> {
  const id = randomUUID();
  const number = `SO-${String(await nextDocumentNumber(tx, actor, 'sales.order')).padStart(5, '0')}`;
  const order = await tx.salesOrder.create({
    data: {
      id,
      organizationId: actor.organizationId,
      number,
      customerId: customer.id,
      quoteId,
      createdById: actor.keyId,
      ...prepared.header,
    },
  });
  await tx.salesOrderLine.createMany({
    data: prepared.lines.map((line) => ({
      ...line,
      id: randomUUID(),
      organizationId: actor.organizationId,
      salesOrderId: id,
    })),
  });
  return order;
}

/** Creates a draft order numbered SO-00001 (nextDocumentNumber); unit prices and tax rates come from pricing unless given. */
export async function createSalesOrder(
  tx: TenantTx,
  actor: Actor,
  input: SalesOrderCreateInput,
): Promise<SalesOrderRef> {
  const customer = await activeCustomer(tx, input.customerId);
  const prepared = await prepare(tx, actor, customer, input);
  const order = await insertOrder(tx, actor, customer, prepared, null);
  const payload = { ...orderSummary(order), lines: prepared.lines.length };
  await recordAudit(tx, actor, {
    action: 'salesOrderCreate',
    entityType: 'SalesOrder',
    entityId: order.id,
    after: payload,
  });
  await appendEvent(tx, actor, {
    type: 'salesOrder.created',
    aggregateType: 'SalesOrder',
    aggregateId: order.id,
    payload,
  });
  return { salesOrderId: order.id };
}

/** Locks the order (NOT_FOUND on `field` when it is not the organization's) and reads it. */
export async function lockOrderById(tx: TenantTx, actor: Actor, id: string, field = 'id'): Promise<SalesOrder> {
  return lockOne(tx, actor, 'SalesOrder', id, 'sales order', field);
}

export async function lockSalesOrder(tx: TenantTx, actor: Actor, input: SalesOrderStateInput): Promise<SalesOrder> {
  const order = await lockOrderById(tx, actor, input.id);
  checkVersion(order, order.number, input.expectedVersion);
  return order;
}

export function describeStatus(status: string): string {
  return status.toLowerCase().replace(/_/g, ' ');
}

/** Replaces a draft order's lines (re-priced) and any header fields given. */
export async function updateSalesOrder(
  tx: TenantTx,
  actor: Actor,
  input: SalesOrderUpdateInput,
): Promise<SalesOrderRef> {
  const order = await lockSalesOrder(tx, actor, input);
  if (order.status !== 'DRAFT')
    throw orderFail(
      'NOT_DRAFT',
      `${order.number} is ${describeStatus(order.status)}; only a draft can be changed`,
      'id',
    );
  const customer = await activeCustomer(tx, order.customerId, 'id');
  const { header, lines } = await prepare(tx, actor, customer, input, order);
  await tx.salesOrderLine.deleteMany({ where: { salesOrderId: order.id } });
  await tx.salesOrderLine.createMany({
    data: lines.map((line) => ({
      ...line,
      id: randomUUID(),
      organizationId: actor.organizationId,
      salesOrderId: order.id,
    })),
  });
  const after = await tx.salesOrder.update({ where: { id: order.id }, data: { ...header, version: { increment: 1 } } });
  await recordAudit(tx, actor, {
    action: 'salesOrderUpdate',
    entityType: 'SalesOrder',
    entityId: order.id,
    before: order,
    after,
  });
  await appendEvent(tx, actor, {
    type: 'salesOrder.updated',
    aggregateType: 'SalesOrder',
    aggregateId: order.id,
    payload: { ...orderSummary(after), version: after.version, lines: lines.length },
  });
  return { salesOrderId: order.id };
}

/**
 * Turns an ACCEPTED quote into a DRAFT order with the quote's lines, unit prices, price sources,
 * discounts and taxes as quoted (no re-pricing: the customer accepted those figures). A quote
 * converts once: the quote row is locked and the order's unique quoteId backs that up.
 */
export async function convertQuote(tx: TenantTx, actor: Actor, input: QuoteConvertInput): Promise<SalesOrderRef> {
  await lockOne(tx, actor, 'Quote', input.quoteId, 'quote', 'quoteId');
  const quote = await tx.quote.findUniqueOrThrow({
    where: { id: input.quoteId },
    include: { lines: { orderBy: { lineNo: 'asc' } }, salesOrder: { select: { number: true } } },
  });
  checkVersion(quote, quote.number, input.expectedVersion);
  if (quote.salesOrder)
    throw orderFail(
      'QUOTE_CONVERTED',
      `${quote.number} was already converted into ${quote.salesOrder.number}`,
      'quoteId',
    );
  if (quote.status !== 'ACCEPTED')
    throw orderFail(
      'QUOTE_NOT_ACCEPTED',
      `${quote.number} is ${describeStatus(quote.status)}; only an accepted quote converts`,
      'quoteId',
    );
  const customer = await activeCustomer(tx, quote.customerId, 'quoteId');
  const problems = new Problems();
  const locationId = await checkLocation(tx, problems, input.locationId);
  const requestedDeliveryDate = input.requestedDeliveryDate
    ? checkDate(problems, 'requestedDeliveryDate', input.requestedDeliveryDate)
    : null;
  const orderDate = todayUtc();
  if (requestedDeliveryDate && requestedDeliveryDate < orderDate)
    problems.add('INVALID_DATE', 'requestedDeliveryDate is before the order date (today)', 'requestedDeliveryDate');
  const customerReference = cleanText(input.customerReference) ?? null;
  checkLength(problems, 'customerReference', customerReference, 100);
  problems.throwIfAny();
  const order = await insertOrder(
    tx,
    actor,
    customer,
    {
      header: {
        currency: quote.currency.trim(),
        orderDate,
        requestedDeliveryDate,
        shippingAddress: jsonColumn(customer.shippingAddress as Address | null) ?? jsonColumn(null),
        locationId: locationId ?? null,
        notes: quote.notes,
        customerReference,
        subtotal: quote.subtotal,
        discountTotal: quote.discountTotal,
        taxTotal: quote.taxTotal,
        total: quote.total,
      },
      lines: quote.lines.map(({ id: _id, organizationId: _org, quoteId: _quote, ...line }) => line),
    },
    quote.id,
  );
  await tx.quote.update({ where: { id: quote.id }, data: { version: { increment: 1 } } });
  const payload = { ...orderSummary(order), quoteId: quote.id, quoteNumber: quote.number, lines: quote.lines.length };
  await recordAudit(tx, actor, {
    action: 'quoteConvert',
    entityType: 'SalesOrder',
    entityId: order.id,
    after: payload,
  });
  await appendEvent(tx, actor, {
    type: 'salesOrder.created',
    aggregateType: 'SalesOrder',
    aggregateId: order.id,
    payload,
  });
  return { salesOrderId: order.id };
}

export type SalesOrderUpdate = Prisma.SalesOrderUpdateInput;
