import { builder, type InputFieldsBuilder } from '../builder.js';
import { enumFilter } from '../filters.js';
import { DateFilter, type DateRangeValue } from '../ledger/ledger.js';
import { OrderDirection } from '../ordering.js';
import { QuoteStatusEnum } from './sales.js';
import { IDEMPOTENCY_DESCRIPTION } from '../payloads.js';

export const EXPECTED_VERSION = 'The version you last read; STALE_VERSION when it changed since.';

export const TaxRateCreateInput = builder.inputType('TaxRateCreateInput', {
  description: 'A new tax rate.',
  fields: (t) => ({
    code: t.string({
      required: true,
      description: 'Short key (letters, digits, ".", "_", "-"; at most 30), unique ignoring case.',
    }),
    name: t.string({ required: true, description: 'Display name (at most 200 characters).' }),
    rate: t.field({ type: 'Decimal', required: true, description: 'Percent, 0 to 100, at most 4 decimals.' }),
    priceIncludesTax: t.boolean({
      description: 'True when prices of products with this rate include the tax (default false).',
    }),
    isDefault: t.boolean({
      description: "Make this the organization's default rate (the previous default stops being one).",
    }),
    idempotencyKey: t.string({ description: IDEMPOTENCY_DESCRIPTION }),
  }),
});

export const TaxRateUpdateInput = builder.inputType('TaxRateUpdateInput', {
  description: 'Changes to a tax rate; fields left out stay as they are. Lines already priced keep their percent.',
  fields: (t) => ({
    id: t.id({ required: true, description: 'The tax rate.' }),
    expectedVersion: t.int({ description: EXPECTED_VERSION }),
    name: t.string({ description: 'New display name.' }),
    rate: t.field({ type: 'Decimal', description: 'New percent, 0 to 100.' }),
    priceIncludesTax: t.boolean({ description: 'Whether prices include the tax.' }),
    isActive: t.boolean({ description: 'False deactivates the rate (it also stops being the default).' }),
    isDefault: t.boolean({ description: 'True makes it the default; false removes the mark.' }),
    idempotencyKey: t.string({ description: IDEMPOTENCY_DESCRIPTION }),
  }),
});

export const ProductTaxRateSetInput = builder.inputType('ProductTaxRateSetInput', {
  description: 'Assigns a tax rate to exactly one of a product or a product category.',
  fields: (t) => ({
    productId: t.id({ description: 'The product (or give categoryId).' }),
    categoryId: t.id({
      description:
        'The product category (or give productId); applies to its products and to subcategories without a rate of their own.',
    }),
    taxRateId: t.id({ description: 'The active tax rate; null or left out removes the assignment.' }),
    idempotencyKey: t.string({ description: IDEMPOTENCY_DESCRIPTION }),
  }),
});

export const CustomerTaxExemptionSetInput = builder.inputType('CustomerTaxExemptionSetInput', {
  description: "Records or replaces a customer's tax exemption.",
  fields: (t) => ({
    customerId: t.id({ required: true, description: 'The customer.' }),
    reason: t.string({ required: true, description: 'Why the customer is exempt (at most 500 characters).' }),
    certificateNumber: t.string({ description: 'Exemption certificate number (at most 100 characters).' }),
    validFrom: t.field({ type: 'Date', description: 'First day; open when left out.' }),
    validTo: t.field({ type: 'Date', description: 'Last day; open when left out.' }),
    idempotencyKey: t.string({ description: IDEMPOTENCY_DESCRIPTION }),
  }),
});

export const CustomerTaxExemptionDeleteInput = builder.inputType('CustomerTaxExemptionDeleteInput', {
  description: 'Identifies the customer whose exemption to remove.',
  fields: (t) => ({
    customerId: t.id({ required: true, description: 'The customer.' }),
    idempotencyKey: t.string({ description: IDEMPOTENCY_DESCRIPTION }),
  }),
});

export const PriceListCreateInput = builder.inputType('PriceListCreateInput', {
  description: 'A new price list (add its prices with priceListItemsSet).',
  fields: (t) => ({
    name: t.string({ required: true, description: 'Display name (at most 200 characters).' }),
    currency: t.field({
      type: 'CurrencyCode',
      required: true,
      description: 'Currency of its prices; cannot change later.',
    }),
    validFrom: t.field({ type: 'Date', description: 'First day the list applies; open when left out.' }),
    validTo: t.field({ type: 'Date', description: 'Last day the list applies; open when left out.' }),
    idempotencyKey: t.string({ description: IDEMPOTENCY_DESCRIPTION }),
  }),
});

export const PriceListUpdateInput = builder.inputType('PriceListUpdateInput', {
  description: 'Changes to a price list; fields left out stay as they are.',
  fields: (t) => ({
    id: t.id({ required: true, description: 'The price list.' }),
    expectedVersion: t.int({ description: EXPECTED_VERSION }),
    name: t.string({ description: 'New display name.' }),
    validFrom: t.field({ type: 'Date', description: 'New first day.' }),
    validTo: t.field({ type: 'Date', description: 'New last day.' }),
    clearValidFrom: t.boolean({ description: 'True removes the first day (valid since always).' }),
    clearValidTo: t.boolean({ description: 'True removes the last day (open-ended).' }),
    isActive: t.boolean({ description: 'False makes pricing ignore the list.' }),
    idempotencyKey: t.string({ description: IDEMPOTENCY_DESCRIPTION }),
  }),
});

export const PriceListItemInput = builder.inputType('PriceListItemInput', {
  description: 'A quantity break.',
  fields: (t) => ({
    productId: t.id({ required: true, description: 'The product.' }),
    minQuantity: t.field({ type: 'Decimal', description: 'From this quantity on (default 0), at most 4 decimals.' }),
    unitPrice: t.field({
      type: 'Decimal',
      required: true,
      description: "Unit price in the list's currency, zero or more, at most 6 decimals.",
    }),
  }),
});

export const PriceListItemsSetInput = builder.inputType('PriceListItemsSetInput', {
  description: "The complete new set of a price list's items; it replaces the old one.",
  fields: (t) => ({
    id: t.id({ required: true, description: 'The price list.' }),
    expectedVersion: t.int({ description: EXPECTED_VERSION }),
    items: t.field({
      type: [PriceListItemInput],
      required: true,
      description: 'At most 5000 items; product and minimum quantity unique.',
    }),
    idempotencyKey: t.string({ description: IDEMPOTENCY_DESCRIPTION }),
  }),
});

export const PriceListAssignInput = builder.inputType('PriceListAssignInput', {
  description:
    "Gives a customer a price list in the list's currency (replacing their list in that currency), or removes it.",
  fields: (t) => ({
    customerId: t.id({ required: true, description: 'The customer.' }),
    priceListId: t.id({ description: "The price list; null or left out removes the customer's list in `currency`." }),
    currency: t.field({
      type: 'CurrencyCode',
      description: "Needed to remove an assignment; when given with priceListId it must be the list's currency.",
    }),
    idempotencyKey: t.string({ description: IDEMPOTENCY_DESCRIPTION }),
  }),
});

/** The fields of a sales document line (quote, sales order): both are priced and taxed alike. */
export const salesLineFields = (t: InputFieldsBuilder) => ({
  productId: t.id({ required: true, description: 'The product; must be active.' }),
  description: t.string({ description: 'Description; the product name when left out.' }),
  quantity: t.field({ type: 'Decimal', required: true, description: 'Quantity above zero, at most 4 decimals.' }),
  unitPrice: t.field({
    type: 'Decimal',
    description:
      "Price per unit (at most 6 decimals); from the customer's price list, else the list price, when left out; a given price is recorded as overridden (price source MANUAL).",
  }),
  discountPercent: t.field({ type: 'Decimal', description: 'Percent off the line, 0 to 100 (default 0).' }),
});

export const QuoteLineInput = builder.inputType('QuoteLineInput', {
  description: 'A quote line.',
  fields: (t) => salesLineFields(t),
});

const quoteFields = (t: InputFieldsBuilder, onUpdate: boolean) => ({
  currency: t.field({
    type: 'CurrencyCode',
    description: onUpdate ? 'New currency; unchanged when left out.' : "Quote currency; the customer's when left out.",
  }),
  quoteDate: t.field({
    type: 'Date',
    description: onUpdate ? 'New quote date; unchanged when left out.' : 'Quote date; today (UTC) when left out.',
  }),
  validUntil: t.field({
    type: 'Date',
    description: onUpdate
      ? 'New last day of validity; unchanged when left out.'
      : 'Last day the customer can accept; quote date + 30 days when left out.',
  }),
  notes: t.string({ description: 'Free text (at most 4000 characters); on update an empty string clears it.' }),
  lines: t.field({
    type: [QuoteLineInput],
    required: true,
    description: 'At least one line, at most 200; on update they replace the old lines.',
  }),
});

export const QuoteCreateInput = builder.inputType('QuoteCreateInput', {
  description: 'A new draft quote.',
  fields: (t) => ({
    customerId: t.id({ required: true, description: 'The customer; must be active.' }),
    ...quoteFields(t, false),
    idempotencyKey: t.string({ description: IDEMPOTENCY_DESCRIPTION }),
  }),
});

export const QuoteUpdateInput = builder.inputType('QuoteUpdateInput', {
  description: 'New lines (and optionally header fields) of a draft quote; the lines are re-priced.',
  fields: (t) => ({
    id: t.id({ required: true, description: 'The draft quote.' }),
    expectedVersion: t.int({ description: EXPECTED_VERSION }),
    ...quoteFields(t, true),
    idempotencyKey: t.string({ description: IDEMPOTENCY_DESCRIPTION }),
  }),
});

export const QuoteStateInput = builder.inputType('QuoteStateInput', {
  description: 'Identifies a quote to send, accept or cancel.',
  fields: (t) => ({
    id: t.id({ required: true, description: 'The quote.' }),
    expectedVersion: t.int({ description: EXPECTED_VERSION }),
    idempotencyKey: t.string({ description: IDEMPOTENCY_DESCRIPTION }),
  }),
});

export interface QuoteWhereValue {
  status?: {
    equals?: typeof QuoteStatusEnum.$inferType | null;
    in?: (typeof QuoteStatusEnum.$inferType)[] | null;
  } | null;
  customerId?: string | null;
  number?: string | null;
  quoteDate?: DateRangeValue | null;
  validUntil?: DateRangeValue | null;
}

export const QuoteWhere = builder.inputRef<QuoteWhereValue>('QuoteWhere').implement({
  description: 'Filter for quotes. All given conditions must hold.',
  fields: (t) => ({
    status: t.field({
      type: enumFilter(
        'QuoteStatusFilter',
        QuoteStatusEnum,
        "a quote's status (EXPIRED and SENT follow the valid-until date as on the quote)",
      ),
      description: 'Conditions on the status.',
    }),
    customerId: t.id({ description: "Only this customer's quotes (its global ID)." }),
    number: t.string({ description: 'Exactly this number.' }),
    quoteDate: t.field({ type: DateFilter, description: 'Conditions on the quote date.' }),
    validUntil: t.field({ type: DateFilter, description: 'Conditions on the valid-until date.' }),
  }),
});

export const QuoteOrderField = builder.enumType('QuoteOrderField', {
  description: 'Fields quotes can be sorted by.',
  values: {
    QUOTE_DATE: { description: 'Quote date.' },
    NUMBER: { description: 'Quote number.' },
    VALID_UNTIL: { description: 'Valid-until date.' },
    TOTAL: { description: 'Total amount (across currencies, by number only).' },
  } as const,
});

export const QUOTE_ORDER_COLUMNS = {
  QUOTE_DATE: 'quoteDate',
  NUMBER: 'number',
  VALID_UNTIL: 'validUntil',
  TOTAL: 'total',
} as const;

export const QuoteOrderBy = builder.inputType('QuoteOrderBy', {
  description: 'One sort key for quotes. Ties are always broken by id, so pages are stable.',
  fields: (t) => ({
    field: t.field({ type: QuoteOrderField, required: true, description: 'What to sort by.' }),
    direction: t.field({ type: OrderDirection, defaultValue: 'ASC', description: 'Sort direction (default ASC).' }),
  }),
});

export interface TaxRateWhereValue {
  isActive?: boolean | null;
}

export const TaxRateWhere = builder.inputRef<TaxRateWhereValue>('TaxRateWhere').implement({
  description: 'Filter for tax rates.',
  fields: (t) => ({ isActive: t.boolean({ description: 'Only active (true) or deactivated (false) rates.' }) }),
});

export interface PriceListWhereValue {
  isActive?: boolean | null;
  currency?: string | null;
}

export const PriceListWhere = builder.inputRef<PriceListWhereValue>('PriceListWhere').implement({
  description: 'Filter for price lists. All given conditions must hold.',
  fields: (t) => ({
    isActive: t.boolean({ description: 'Only active (true) or inactive (false) lists.' }),
    currency: t.field({ type: 'CurrencyCode', description: 'Only lists in this currency.' }),
  }),
});
