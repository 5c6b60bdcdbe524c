// Sales types: tax rates, exemptions, price lists, pricing answers and quotes.
import type { Prisma } from '../../generated/prisma/client.js';
import type { Role } from '../../generated/prisma/enums.js';
import { SALES_ERROR_CODES, effectiveQuoteStatus, todayUtc, type TaxDecision } from '../../domain/sales/index.js';
import { builder } from '../builder.js';
import { domainErrorType } from '../payloads.js';
import { Money, money } from '../scalars.js';

/** Quotes, price lists and prices: SALES (ADMIN passes every role check). */
export const SALES_ACCESS = { role: 'SALES' } as const;
/** Tax rates are kept by ACCOUNTING and read by SALES too. */
export const TAX_READERS: Role[] = ['ACCOUNTING', 'SALES'];
export const TAX_WRITERS = { role: 'ACCOUNTING' } as const;

export const SalesError = domainErrorType('Sales', SALES_ERROR_CODES);

export const QuoteStatusEnum = builder.enumType('QuoteStatus', {
  description:
    'Where a quote is in its life. EXPIRED is derived: a SENT quote reads (and filters) as EXPIRED from the day after its valid-until date (UTC).',
  values: {
    DRAFT: { description: 'Being prepared; lines may change.' },
    SENT: { description: 'Sent to the customer and still valid.' },
    ACCEPTED: { description: 'The customer accepted it while it was valid.' },
    EXPIRED: { description: 'Sent, but its valid-until date has passed; it can no longer be accepted or cancelled.' },
    CANCELLED: { description: 'Withdrawn before it was accepted.' },
  } as const,
});

export const PriceSourceEnum = builder.enumType('PriceSource', {
  description: 'Where a unit price came from.',
  values: {
    PRICE_LIST: { description: "The customer's price list in the document currency (the quantity break reached)." },
    LIST_PRICE: {
      description:
        "The product's list price (base currency, converted at the exchange rate of the date and rounded to the currency).",
    },
    MANUAL: { description: 'Given by the user, overriding pricing.' },
  } as const,
});

builder.prismaNode('TaxRate', {
  select: { id: true },
  description: 'A sales tax rate. Needs role ACCOUNTING or SALES to read; ACCOUNTING to change.',
  id: { field: 'id' },
  nullable: true,
  authScopes: { anyRole: TAX_READERS },
  fields: (t) => ({
    code: t.exposeString('code', { description: 'Short key, unique in the organization ignoring case.' }),
    name: t.exposeString('name', { description: 'Display name, for example "VAT 19%".' }),
    rate: t.expose('rate', { type: 'Decimal', description: 'The rate in percent, for example "19".' }),
    priceIncludesTax: t.exposeBoolean('priceIncludesTax', {
      description:
        'True when prices of products with this rate include the tax (tax is taken out of the line amount); false when tax is added on top.',
    }),
    isActive: t.exposeBoolean('isActive', {
      description: 'Deactivated rates are not assigned to new lines; pricing falls through to the next level.',
    }),
    isDefault: t.exposeBoolean('isDefault', {
      description: "The organization's fallback rate for products with neither a product nor a category rate.",
    }),
    assignments: t.relation('assignments', {
      description: 'The products and categories assigned this rate.',
      query: () => ({ orderBy: [{ createdAt: 'asc' as const }, { id: 'asc' as const }] }),
    }),
    version: t.exposeInt('version', { description: 'Increases with every change; send it as expectedVersion.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When the rate was created.' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime', description: 'When the rate last changed.' }),
  }),
});

builder.prismaObject('ProductTaxRate', {
  select: { id: true },
  description:
    "A tax rate assigned to a product or to a product category (a product's own assignment wins over its category's, the nearest category up the tree wins over those above).",
  authScopes: { anyRole: TAX_READERS },
  fields: (t) => ({
    product: t.relation('product', {
      nullable: true,
      description: 'The product, when the assignment is for one product.',
    }),
    category: t.relation('category', {
      nullable: true,
      description:
        'The category, when the assignment is for its products and those of subcategories without a rate of their own.',
    }),
    taxRate: t.relation('taxRate', { description: 'The rate.' }),
  }),
});

export const CustomerTaxExemptionType = builder.prismaObject('CustomerTaxExemption', {
  select: { id: true },
  description: "A customer's exemption from sales tax: within its validity the customer's lines carry no tax.",
  authScopes: { anyRole: TAX_READERS },
  fields: (t) => ({
    reason: t.exposeString('reason', { description: 'Why the customer is exempt.' }),
    certificateNumber: t.exposeString('certificateNumber', {
      nullable: true,
      description: 'Number of the exemption certificate, if any.',
    }),
    validFrom: t.expose('validFrom', {
      type: 'Date',
      nullable: true,
      description: 'First day of the exemption; null means since always.',
    }),
    validTo: t.expose('validTo', {
      type: 'Date',
      nullable: true,
      description: 'Last day of the exemption; null means open-ended.',
    }),
  }),
});

builder.prismaNode('PriceList', {
  select: { id: true },
  description: 'Customer-specific unit prices in one currency, with quantity breaks. Needs role SALES.',
  id: { field: 'id' },
  nullable: true,
  authScopes: SALES_ACCESS,
  fields: (t) => ({
    name: t.exposeString('name', { description: 'Display name.' }),
    currency: t.expose('currency', {
      type: 'CurrencyCode',
      description: 'Currency of all its prices; customers are assigned one list per currency.',
    }),
    validFrom: t.expose('validFrom', {
      type: 'Date',
      nullable: true,
      description: 'First day the list applies; null means since always.',
    }),
    validTo: t.expose('validTo', {
      type: 'Date',
      nullable: true,
      description: 'Last day the list applies; null means open-ended.',
    }),
    isActive: t.exposeBoolean('isActive', {
      description: 'An inactive list is ignored by pricing (the list price applies).',
    }),
    items: t.relatedConnection(
      'items',
      {
        cursor: 'id',
        totalCount: true,
        description: 'The quantity breaks, by product and minimum quantity.',
        query: () => ({
          orderBy: [{ productId: 'asc' as const }, { minQuantity: 'asc' as const }, { id: 'asc' as const }],
        }),
      },
      { name: 'PriceListItemConnection', description: 'A page of price list items.' },
      { name: 'PriceListItemEdge', description: 'A price list item in a page, with its cursor.' },
    ),
    version: t.exposeInt('version', {
      description: 'Increases with every change (including item replacement); send it as expectedVersion.',
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When the list was created.' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime', description: 'When the list last changed.' }),
  }),
});

builder.prismaObject('PriceListItem', {
  select: { id: true },
  description: 'A quantity break: the unit price of a product from a minimum quantity on.',
  authScopes: SALES_ACCESS,
  fields: (t) => ({
    product: t.relation('product', { description: 'The product.' }),
    minQuantity: t.expose('minQuantity', { type: 'Decimal', description: 'The price applies from this quantity on.' }),
    unitPrice: t.field({
      type: Money,
      description: "Unit price in the list's currency (up to 6 decimals).",
      select: { unitPrice: true, priceList: { select: { currency: true } } },
      resolve: (item) => money(item.unitPrice, item.priceList.currency.trim())!,
    }),
  }),
});

builder.prismaObject('CustomerPriceList', {
  select: { id: true },
  description: 'The price list a customer gets in one currency.',
  authScopes: SALES_ACCESS,
  fields: (t) => ({
    currency: t.expose('currency', { type: 'CurrencyCode', description: 'The currency.' }),
    priceList: t.relation('priceList', { description: 'The price list.' }),
  }),
});

const lineMoney = (field: 'gross' | 'discount' | 'subtotal' | 'tax' | 'total', description: string) =>
  ({ field, description }) as const;

builder.prismaNode('Quote', {
  select: { id: true },
  description: 'A priced offer to a customer. Needs role SALES.',
  id: { field: 'id' },
  nullable: true,
  authScopes: SALES_ACCESS,
  fields: (t) => {
    return {
      number: t.exposeString('number', {
        description:
          'QUO-00001: unique per organization and increasing in creation order; a create that failed after taking its number leaves a gap.',
      }),
      customer: t.relation('customer', { description: 'The customer quoted.' }),
      status: t.field({
        type: QuoteStatusEnum,
        description: 'Draft, sent, accepted, expired (sent and past valid-until) or cancelled.',
        select: { status: true, validUntil: true },
        resolve: (quote) => effectiveQuoteStatus(quote.status, quote.validUntil, todayUtc()),
      }),
      currency: t.expose('currency', { type: 'CurrencyCode', description: 'Quote currency.' }),
      quoteDate: t.expose('quoteDate', {
        type: 'Date',
        description: 'Quote date; decides price list and exemption validity and the exchange rate.',
      }),
      validUntil: t.expose('validUntil', { type: 'Date', description: 'Last day the customer can accept.' }),
      notes: t.exposeString('notes', { nullable: true, description: 'Free text for the customer.' }),
      subtotal: t.field({
        type: Money,
        description: 'Sum of the line subtotals (net: after discount, without tax).',
        select: { subtotal: true, currency: true },
        resolve: (quote) => money(quote.subtotal, quote.currency.trim())!,
      }),
      discountTotal: t.field({
        type: Money,
        description: 'Sum of the line discounts (on the price basis of each line: net or tax-included).',
        select: { discountTotal: true, currency: true },
        resolve: (quote) => money(quote.discountTotal, quote.currency.trim())!,
      }),
      taxTotal: t.field({
        type: Money,
        description: 'Sum of the line taxes.',
        select: { taxTotal: true, currency: true },
        resolve: (quote) => money(quote.taxTotal, quote.currency.trim())!,
      }),
      total: t.field({
        type: Money,
        description: 'Sum of the line totals = subtotal + tax.',
        select: { total: true, currency: true },
        resolve: (quote) => money(quote.total, quote.currency.trim())!,
      }),
      lines: t.relation('lines', {
        description: 'The lines, in order.',
        query: () => ({ orderBy: [{ lineNo: 'asc' as const }] }),
      }),
      sentAt: t.expose('sentAt', { type: 'DateTime', nullable: true, description: 'When the quote was sent.' }),
      acceptedAt: t.expose('acceptedAt', {
        type: 'DateTime',
        nullable: true,
        description: 'When the quote was accepted.',
      }),
      cancelledAt: t.expose('cancelledAt', {
        type: 'DateTime',
        nullable: true,
        description: 'When the quote was cancelled.',
      }),
      version: t.exposeInt('version', { description: 'Increases with every change; send it as expectedVersion.' }),
      createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When the quote was created.' }),
      updatedAt: t.expose('updatedAt', { type: 'DateTime', description: 'When the quote last changed.' }),
    };
  },
});

builder.prismaObject('QuoteLine', {
  select: { id: true },
  description: "A quote line with its server-computed figures (per line, half-up to the currency's minor unit).",
  authScopes: SALES_ACCESS,
  fields: (t) => ({
    lineNo: t.exposeInt('lineNo', { description: 'Position in the quote, from 1.' }),
    product: t.relation('product', { description: 'The product quoted.' }),
    description: t.exposeString('description', { description: 'Description; the product name unless given.' }),
    quantity: t.expose('quantity', { type: 'Decimal', description: 'Quantity.' }),
    unitPrice: t.expose('unitPrice', {
      type: 'Decimal',
      description: 'Price per unit in the quote currency; tax-included when priceIncludesTax.',
    }),
    priceSource: t.expose('priceSource', { type: PriceSourceEnum, description: 'Where the unit price came from.' }),
    priceOverridden: t.boolean({
      description: 'True when the unit price was given instead of taken from pricing.',
      select: { priceSource: true },
      resolve: (line) => line.priceSource === 'MANUAL',
    }),
    priceList: t.relation('priceList', { nullable: true, description: 'The price list the price came from, if any.' }),
    discountPercent: t.expose('discountPercent', { type: 'Decimal', description: 'Percent off the line.' }),
    taxRate: t.relation('taxRate', {
      nullable: true,
      description: 'The tax rate applied; null when none applies or the customer is exempt.',
    }),
    taxPercent: t.expose('taxPercent', {
      type: 'Decimal',
      description: "The rate's percent when the line was priced (0 without a rate).",
    }),
    priceIncludesTax: t.exposeBoolean('priceIncludesTax', {
      description: 'True when the unit price includes the tax.',
    }),
    ...Object.fromEntries(
      [
        lineMoney('gross', 'round(quantity x unit price).'),
        lineMoney('discount', 'round(gross x discount%).'),
        lineMoney('subtotal', 'Net amount: gross - discount when tax is excluded; total - tax when included.'),
        lineMoney('tax', 'round(net x rate) when excluded; round(total x rate / (100 + rate)) when included.'),
        lineMoney('total', 'What the customer pays for the line: subtotal + tax (= gross - discount when included).'),
      ].map(({ field, description }) => [field, t.expose(field, { type: 'Decimal', description })]),
    ),
  }),
});

builder.prismaObjectFields('Customer', (t) => ({
  quotes: t.relatedConnection(
    'quotes',
    {
      cursor: 'id',
      totalCount: true,
      authScopes: SALES_ACCESS,
      description: "The customer's quotes, newest first. Needs role SALES.",
      query: () => ({ orderBy: [{ quoteDate: 'desc' as const }, { number: 'desc' as const }, { id: 'asc' as const }] }),
    },
    { name: 'CustomerQuotesConnection', description: "A page of a customer's quotes." },
    { name: 'CustomerQuotesEdge', description: 'A quote in a page, with its cursor.' },
  ),
  priceLists: t.relation('priceLists', {
    authScopes: SALES_ACCESS,
    description: "The customer's price lists, one per currency at most. Needs role SALES.",
    query: () => ({ orderBy: [{ currency: 'asc' as const }] }),
  }),
  taxExemption: t.field({
    type: CustomerTaxExemptionType,
    nullable: true,
    authScopes: { anyRole: TAX_READERS },
    description:
      "The customer's tax exemption, if one is recorded (check its validity dates). Needs role ACCOUNTING or SALES.",
    select: { taxExemption: true },
    resolve: (customer) => customer.taxExemption[0] ?? null,
  }),
}));

// A price without a list (or a tax) still runs its one-row lookup, on an id no row has: the answer is one
// small query instead of a branch that leaves the selection unused.
const NO_ROW = '00000000-0000-0000-0000-000000000000';

export interface ProductPriceValue {
  productId: string;
  customerId: string | null;
  currency: string;
  quantity: Prisma.Decimal;
  unitPrice?: Prisma.Decimal;
  source?: 'PRICE_LIST' | 'LIST_PRICE';
  priceListId?: string | null;
  tax: TaxDecision;
}

export const ProductPriceType = builder.objectRef<ProductPriceValue>('ProductPrice').implement({
  description:
    'What a customer would pay for a product at a quantity, currency and date, and the tax that would apply.',
  fields: (t) => ({
    product: t.prismaField({
      type: 'Product',
      description: 'The product.',
      resolve: (query, row, _args, ctx) => ctx.db.product.findUniqueOrThrow({ ...query, where: { id: row.productId } }),
    }),
    quantity: t.field({ type: 'Decimal', description: 'The quantity priced.', resolve: (row) => row.quantity }),
    unitPrice: t.field({
      type: Money,
      nullable: true,
      description: 'Unit price in the currency; null when neither a price list nor the list price gives one.',
      resolve: (row) => (row.unitPrice ? money(row.unitPrice, row.currency) : null),
    }),
    source: t.field({
      type: PriceSourceEnum,
      nullable: true,
      description: 'PRICE_LIST or LIST_PRICE; null without a price.',
      resolve: (row) => row.source ?? null,
    }),
    priceList: t.prismaField({
      type: 'PriceList',
      nullable: true,
      description: 'The price list the price comes from (source PRICE_LIST).',
      resolve: (query, row, _args, ctx) =>
        ctx.db.priceList.findUnique({ ...query, where: { id: row.priceListId ?? NO_ROW } }),
    }),
    taxRate: t.prismaField({
      type: 'TaxRate',
      nullable: true,
      description:
        'The tax rate that would apply (product, else category, else the default); null when none does or the customer is exempt.',
      resolve: (query, row, _args, ctx) =>
        ctx.db.taxRate.findUnique({ ...query, where: { id: row.tax.taxRateId ?? NO_ROW } }),
    }),
    taxExempt: t.boolean({
      description: "True when the customer's exemption is valid on the date, so no tax applies.",
      resolve: (row) => row.tax.exempt,
    }),
    priceIncludesTax: t.boolean({
      description: "True when the unit price includes the tax rate's tax.",
      resolve: (row) => row.tax.priceIncludesTax,
    }),
  }),
});
