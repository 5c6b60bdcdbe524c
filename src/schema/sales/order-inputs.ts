import { builder, type InputFieldsBuilder } from '../builder.js';
import { AddressInput } from '../crm/crm.js';
import { enumFilter } from '../filters.js';
import { DateFilter, type DateRangeValue } from '../ledger/ledger.js';
import { OrderDirection } from '../ordering.js';
import { EXPECTED_VERSION, salesLineFields } from './inputs.js';
import { SalesOrderStatusEnum } from './orders.js';
import { IDEMPOTENCY_DESCRIPTION } from '../payloads.js';

export const SalesOrderLineInput = builder.inputType('SalesOrderLineInput', {
  description: 'A sales order line.',
  fields: (t) => salesLineFields(t),
});

const orderFields = (t: InputFieldsBuilder, onUpdate: boolean) => {
  const unchanged = onUpdate ? '; unchanged when left out' : '';
  return {
    currency: t.field({
      type: 'CurrencyCode',
      description: onUpdate
        ? 'New currency; unchanged when left out.'
        : "Order currency; the customer's when left out.",
    }),
    orderDate: t.field({
      type: 'Date',
      description: onUpdate ? 'New order date; unchanged when left out.' : 'Order date; today (UTC) when left out.',
    }),
    requestedDeliveryDate: t.field({
      type: 'Date',
      description: `When the customer wants the goods (not before the order date)${unchanged}.`,
    }),
    shippingAddress: t.field({
      type: AddressInput,
      description: onUpdate
        ? 'New delivery address; unchanged when left out.'
        : "Delivery address; the customer's shipping address when left out.",
    }),
    locationId: t.id({
      description: `The internal (warehouse) location stock is reserved from; needed to confirm stocked lines${unchanged}.`,
    }),
    notes: t.string({ description: `Free text (at most 4000 characters)${unchanged}; an empty string clears it.` }),
    customerReference: t.string({
      description: `The customer's reference, e.g. their purchase order number (at most 100 characters)${unchanged}.`,
    }),
    lines: t.field({
      type: [SalesOrderLineInput],
      required: true,
      description: 'At least one line, at most 200; on update they replace the old lines and are re-priced.',
    }),
  };
};

export const SalesOrderCreateInput = builder.inputType('SalesOrderCreateInput', {
  description: 'A new draft sales order.',
  fields: (t) => ({
    customerId: t.id({ required: true, description: 'The customer; must be active.' }),
    ...orderFields(t, false),
    idempotencyKey: t.string({ description: IDEMPOTENCY_DESCRIPTION }),
  }),
});

export const SalesOrderUpdateInput = builder.inputType('SalesOrderUpdateInput', {
  description: 'New lines (and optionally header fields) of a draft sales order; the lines are re-priced.',
  fields: (t) => ({
    id: t.id({ required: true, description: 'The draft order.' }),
    expectedVersion: t.int({ description: EXPECTED_VERSION }),
    ...orderFields(t, true),
    idempotencyKey: t.string({ description: IDEMPOTENCY_DESCRIPTION }),
  }),
});

export const SalesOrderConfirmInput = builder.inputType('SalesOrderConfirmInput', {
  description: 'Confirms a draft order: reserves stock, checks credit and asks for approval where a policy applies.',
  fields: (t) => ({
    id: t.id({ required: true, description: 'The draft order.' }),
    expectedVersion: t.int({ description: EXPECTED_VERSION }),
    allowBackorder: t.boolean({
      description:
        'Reserve what is available and record the rest as backordered; by default a line short of stock fails the whole confirm with INSUFFICIENT_STOCK.',
    }),
    requesterId: t.id({
      description: "The employee asking for approval if one is needed; the calling key's employee when left out.",
    }),
    comment: t.string({ description: 'A note for the approvers.' }),
    idempotencyKey: t.string({ description: IDEMPOTENCY_DESCRIPTION }),
  }),
});

export const SalesOrderCancelInput = builder.inputType('SalesOrderCancelInput', {
  description: 'Cancels an order that has not shipped or been invoiced.',
  fields: (t) => ({
    id: t.id({ required: true, description: 'The order.' }),
    expectedVersion: t.int({ description: EXPECTED_VERSION }),
    comment: t.string({ description: 'Why; recorded with the withdrawal of a pending approval and in the audit.' }),
    idempotencyKey: t.string({ description: IDEMPOTENCY_DESCRIPTION }),
  }),
});

export const SalesOrderCloseInput = builder.inputType('SalesOrderCloseInput', {
  description: 'Closes a confirmed order short: the customer will not take what has not shipped.',
  fields: (t) => ({
    id: t.id({ required: true, description: 'The order.' }),
    expectedVersion: t.int({ description: EXPECTED_VERSION }),
    reason: t.string({
      required: true,
      description: "Why the rest is not delivered (at most 500 characters); kept as the order's closeReason.",
    }),
    idempotencyKey: t.string({ description: IDEMPOTENCY_DESCRIPTION }),
  }),
});

export const SalesOrderReserveInput = builder.inputType('SalesOrderReserveInput', {
  description: 'A confirmed or partially shipped order whose backordered quantities to reserve again.',
  fields: (t) => ({
    id: t.id({ required: true, description: 'The order.' }),
    expectedVersion: t.int({ description: EXPECTED_VERSION }),
    idempotencyKey: t.string({ description: IDEMPOTENCY_DESCRIPTION }),
  }),
});

export const QuoteConvertInput = builder.inputType('QuoteConvertInput', {
  description: 'Turns an accepted quote into a draft sales order with the quoted lines and prices (once per quote).',
  fields: (t) => ({
    quoteId: t.id({ required: true, description: 'The accepted quote.' }),
    expectedVersion: t.int({ description: "The quote's version you last read; STALE_VERSION when it changed since." }),
    locationId: t.id({ description: 'The internal (warehouse) location stock will be reserved from.' }),
    requestedDeliveryDate: t.field({
      type: 'Date',
      description: 'When the customer wants the goods (not before today).',
    }),
    customerReference: t.string({ description: "The customer's reference, e.g. their purchase order number." }),
    idempotencyKey: t.string({ description: IDEMPOTENCY_DESCRIPTION }),
  }),
});

export interface SalesOrderWhereValue {
  status?: {
    equals?: typeof SalesOrderStatusEnum.$inferType | null;
    in?: (typeof SalesOrderStatusEnum.$inferType)[] | null;
  } | null;
  customerId?: string | null;
  number?: string | null;
  orderDate?: DateRangeValue | null;
}

export const SalesOrderWhere = builder.inputRef<SalesOrderWhereValue>('SalesOrderWhere').implement({
  description: 'Filter for sales orders. All given conditions must hold.',
  fields: (t) => ({
    status: t.field({
      type: enumFilter('SalesOrderStatusFilter', SalesOrderStatusEnum, "a sales order's status"),
      description: 'Conditions on the status.',
    }),
    customerId: t.id({ description: "Only this customer's orders (its global ID)." }),
    number: t.string({ description: 'Exactly this number.' }),
    orderDate: t.field({ type: DateFilter, description: 'Conditions on the order date.' }),
  }),
});

export const SalesOrderOrderField = builder.enumType('SalesOrderOrderField', {
  description: 'Fields sales orders can be sorted by.',
  values: {
    ORDER_DATE: { description: 'Order date.' },
    NUMBER: { description: 'Order number.' },
    REQUESTED_DELIVERY_DATE: { description: 'Requested delivery date.' },
    TOTAL: { description: 'Total amount (across currencies, by number only).' },
  } as const,
});

export const SALES_ORDER_ORDER_COLUMNS = {
  ORDER_DATE: 'orderDate',
  NUMBER: 'number',
  REQUESTED_DELIVERY_DATE: 'requestedDeliveryDate',
  TOTAL: 'total',
} as const;

export const SalesOrderOrderBy = builder.inputType('SalesOrderOrderBy', {
  description: 'One sort key for sales orders. Ties are always broken by id, so pages are stable.',
  fields: (t) => ({
    field: t.field({ type: SalesOrderOrderField, required: true, description: 'What to sort by.' }),
    direction: t.field({ type: OrderDirection, defaultValue: 'ASC', description: 'Sort direction (default ASC).' }),
  }),
});
