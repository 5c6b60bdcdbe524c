// Pricing and tax resolution, worked by hand. Base currency EUR; rates:
//   STD 19% tax excluded (the organization default), RED 7% excluded (category Books),
//   GRS 20% tax included (assigned to the product GIFT itself, which is also in Books: the product wins).
// Products: WIDGET list price 10.00 (no assignment -> STD), BOOK 12.00 (Books -> RED), GIFT 24.00 (GRS).
// Customer A has price list "A EUR": WIDGET 9.50 from 0, 9.00 from 10, 8.25 from 100.
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';
import {
  PRODUCT_PRICE,
  assignTax,
  category,
  createQuote,
  customer,
  isoDay,
  mutate,
  ok,
  priceList,
  product,
  salesOrg,
  taxRate,
  type SalesOrg,
} from './helpers.js';

let t: TestApp;
let s: SalesOrg;
const ids: Record<string, string> = {};

const price = async (vars: Record<string, unknown>) => {
  const result = await t.gql(s.sales, PRODUCT_PRICE, vars);
  expect(result.errors).toBeUndefined();
  return result.data.productPrice;
};

beforeAll(async () => {
  t = await createTestApp();
  s = await salesOrg(t, 'Pricing Org');
  ids.std = await taxRate(t, s.key, { code: 'STD', name: 'VAT 19%', rate: '19', isDefault: true });
  ids.red = await taxRate(t, s.key, { code: 'RED', name: 'VAT 7%', rate: '7' });
  ids.grs = await taxRate(t, s.key, { code: 'GRS', name: 'VAT 20% incl.', rate: '20', priceIncludesTax: true });
  ids.books = await category(t, s.key, 'Books');
  ids.widget = await product(t, s.key, { sku: 'WIDGET', listPrice: '10.00' });
  ids.book = await product(t, s.key, { sku: 'BOOK', listPrice: '12.00', categoryId: ids.books });
  ids.gift = await product(t, s.key, { sku: 'GIFT', listPrice: '24.00', categoryId: ids.books });
  ids.noPrice = await product(t, s.key, { sku: 'NOPRICE' });
  await assignTax(t, s.key, { categoryId: ids.books, taxRateId: ids.red });
  await assignTax(t, s.key, { productId: ids.gift, taxRateId: ids.grs });
  ids.a = await customer(t, s.key, { name: 'A', currency: 'EUR' });
  ids.b = await customer(t, s.key, { name: 'B exempt', currency: 'EUR' });
  ids.c = await customer(t, s.key, { name: 'C seasonal', currency: 'EUR' });
  await priceList(t, s.key, {
    name: 'A EUR',
    currency: 'EUR',
    customerId: ids.a,
    items: [
      { productId: ids.widget, minQuantity: '0', unitPrice: '9.50' },
      { productId: ids.widget, minQuantity: '10', unitPrice: '9.00' },
      { productId: ids.widget, minQuantity: '100', unitPrice: '8.25' },
    ],
  });
  await priceList(t, s.key, {
    name: 'C Q1',
    currency: 'EUR',
    validFrom: '2026-01-01',
    validTo: '2026-03-31',
    customerId: ids.c,
    items: [{ productId: ids.widget, unitPrice: '7.00' }],
  });
  await ok(t, s.key, 'customerTaxExemptionSet', 'CustomerTaxExemptionSetInput', 'customer { id }', {
    customerId: ids.b,
    reason: 'Registered charity',
    certificateNumber: 'EX-42',
    validFrom: '2026-01-01',
    validTo: '2026-12-31',
  });
  await ok(t, s.key, 'exchangeRateSet', 'ExchangeRateSetInput', 'exchangeRate { rate }', {
    currency: 'USD',
    date: '2026-01-01',
    rate: '0.9',
  });
});

describe('price resolution', () => {
  it('takes the quantity break with the largest minimum quantity reached, at the boundaries', async () => {
    const at = async (quantity: string) =>
      (await price({ productId: ids.widget, customerId: ids.a, quantity })).unitPrice.amount;
    expect(await at('9.9999')).toBe('9.50');
    expect(await at('10')).toBe('9.00');
    expect(await at('99.9999')).toBe('9.00');
    expect(await at('100')).toBe('8.25');
    const result = await price({ productId: ids.widget, customerId: ids.a, quantity: '10' });
    expect(result).toMatchObject({
      source: 'PRICE_LIST',
      priceList: { name: 'A EUR' },
      taxRate: { code: 'STD' },
      taxExempt: false,
    });
  });

  it('falls back to the list price for a product the list does not have, and without a customer', async () => {
    expect(await price({ productId: ids.book, customerId: ids.a })).toMatchObject({
      unitPrice: { amount: '12.00', currency: 'EUR' },
      source: 'LIST_PRICE',
      priceList: null,
    });
    expect(await price({ productId: ids.widget })).toMatchObject({
      unitPrice: { amount: '10.00' },
      source: 'LIST_PRICE',
    });
    expect(await price({ productId: ids.noPrice })).toMatchObject({ unitPrice: null, source: null });
  });

  it('uses a price list only within its validity dates', async () => {
    expect((await price({ productId: ids.widget, customerId: ids.c, date: '2026-03-31' })).unitPrice.amount).toBe(
      '7.00',
    );
    expect(await price({ productId: ids.widget, customerId: ids.c, date: '2026-04-01' })).toMatchObject({
      unitPrice: { amount: '10.00' },
      source: 'LIST_PRICE',
    });
  });

  it('converts the base-currency list price at the rate of the date, rounded half-up to the currency', async () => {
    // A has no USD list: 10.00 EUR / 0.9 EUR per USD = 11.111... -> 11.11 USD
    expect(
      await price({ productId: ids.widget, customerId: ids.a, currency: 'USD', date: '2026-06-01' }),
    ).toMatchObject({
      unitPrice: { amount: '11.11', currency: 'USD' },
      source: 'LIST_PRICE',
    });
    const missing = await t.gql(s.sales, PRODUCT_PRICE, { productId: ids.widget, currency: 'GBP', date: '2026-06-01' });
    expect(missing.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      errors: [{ code: 'NO_EXCHANGE_RATE' }],
    });
  });
});

describe('tax resolution', () => {
  it('prefers the product rate over the category rate over the default', async () => {
    expect((await price({ productId: ids.widget })).taxRate).toEqual({
      code: 'STD',
      rate: '19',
      priceIncludesTax: false,
    });
    expect((await price({ productId: ids.book })).taxRate).toMatchObject({ code: 'RED', rate: '7' });
    expect(await price({ productId: ids.gift })).toMatchObject({
      taxRate: { code: 'GRS', priceIncludesTax: true },
      priceIncludesTax: true,
    });
  });

  it("takes the nearest ancestor category's rate when the product's own category has none", async () => {
    const org = await salesOrg(t, 'Category Tree Org');
    const media = await taxRate(t, org.key, { code: 'MEDIA', name: 'Media', rate: '7' });
    await taxRate(t, org.key, { code: 'STD', name: 'Std', rate: '19', isDefault: true });
    const root = await category(t, org.key, 'Media');
    const comics = (
      await ok<{ productCategory: { id: string } }>(
        t,
        org.key,
        'productCategoryCreate',
        'ProductCategoryCreateInput',
        'productCategory { id }',
        { name: 'Comics', parentId: root },
      )
    ).productCategory.id;
    const manga = (
      await ok<{ productCategory: { id: string } }>(
        t,
        org.key,
        'productCategoryCreate',
        'ProductCategoryCreateInput',
        'productCategory { id }',
        { name: 'Manga', parentId: comics },
      )
    ).productCategory.id;
    const other = await category(t, org.key, 'Other');
    await assignTax(t, org.key, { categoryId: root, taxRateId: media });
    const inManga = await product(t, org.key, { sku: 'M1', listPrice: '5', categoryId: manga });
    const inOther = await product(t, org.key, { sku: 'O1', listPrice: '5', categoryId: other });
    const rate = async (productId: string) =>
      (await t.gql(org.sales, PRODUCT_PRICE, { productId })).data.productPrice.taxRate.code;
    // Manga -> Comics (none) -> Media (MEDIA); Other has none and no parent -> the default.
    expect([await rate(inManga), await rate(inOther)]).toEqual(['MEDIA', 'STD']);
  });

  it('applies no tax to an exempt customer within the exemption only', async () => {
    expect(await price({ productId: ids.widget, customerId: ids.b, date: '2026-06-01' })).toMatchObject({
      taxRate: null,
      taxExempt: true,
    });
    expect(await price({ productId: ids.widget, customerId: ids.b, date: '2027-01-01' })).toMatchObject({
      taxRate: { code: 'STD' },
      taxExempt: false,
    });
  });

  it('falls through a deactivated rate to the next level', async () => {
    const org = await salesOrg(t, 'Fallthrough Org');
    const std = await taxRate(t, org.key, { code: 'S', name: 'Std', rate: '19', isDefault: true });
    const old = await taxRate(t, org.key, { code: 'OLD', name: 'Old', rate: '16' });
    const item = await product(t, org.key, { sku: 'X', listPrice: '1' });
    await assignTax(t, org.key, { productId: item, taxRateId: old });
    const rate = async () => (await t.gql(org.sales, PRODUCT_PRICE, { productId: item })).data.productPrice.taxRate;
    expect(await rate()).toMatchObject({ code: 'OLD' });
    await ok(t, org.key, 'taxRateUpdate', 'TaxRateUpdateInput', 'taxRate { id }', { id: old, isActive: false });
    expect(await rate()).toMatchObject({ code: 'S' });
    expect(std).toBeTruthy();
  });

  it('keeps one default rate per organization', async () => {
    const org = await salesOrg(t, 'Default Org');
    const first = await taxRate(t, org.key, { code: 'A', name: 'A', rate: '10', isDefault: true });
    await taxRate(t, org.key, { code: 'B', name: 'B', rate: '20', isDefault: true });
    const rates = await t.gql(org.sales, `{ taxRates { nodes { code isDefault } } }`);
    expect(rates.data.taxRates.nodes).toEqual([
      { code: 'A', isDefault: false },
      { code: 'B', isDefault: true },
    ]);
    expect(first).toBeTruthy();
  });
});

describe('quote figures', () => {
  it('prices, taxes and totals a mixed quote exactly as worked by hand', async () => {
    const result = await createQuote(t, s.sales, {
      customerId: ids.a,
      lines: [
        // price list 9.00 (break 10); gross 90.00; 10% = 9.00; net 81.00; 19% = 15.39; total 96.39
        { productId: ids.widget, quantity: '10', discountPercent: '10' },
        // list price 12.00; gross 36.00; 7% = 2.52; total 38.52
        { productId: ids.book, quantity: '3' },
        // 24.00 incl. 20%: tax = 24 x 20 / 120 = 4.00; net 20.00; total 24.00
        { productId: ids.gift, quantity: '1' },
        // override 10.50: tax 19% = 1.995 -> 2.00 (half-up); total 12.50
        { productId: ids.widget, quantity: '1', unitPrice: '10.50', description: 'Rush widget' },
      ],
    });
    expect(result.errors).toEqual([]);
    const quote = result.quote;
    const line = (i: number) => {
      const l = quote.lines[i];
      return [
        l.unitPrice,
        l.priceSource,
        l.priceOverridden,
        l.taxRate?.code ?? null,
        l.gross,
        l.discount,
        l.subtotal,
        l.tax,
        l.total,
      ].map(String);
    };
    expect(line(0)).toEqual(['9', 'PRICE_LIST', 'false', 'STD', '90', '9', '81', '15.39', '96.39']);
    expect(line(1)).toEqual(['12', 'LIST_PRICE', 'false', 'RED', '36', '0', '36', '2.52', '38.52']);
    expect(line(2)).toEqual(['24', 'LIST_PRICE', 'false', 'GRS', '24', '0', '20', '4', '24']);
    expect(line(3)).toEqual(['10.5', 'MANUAL', 'true', 'STD', '10.5', '0', '10.5', '2', '12.5']);
    expect(quote.lines[0].priceList).toEqual({ name: 'A EUR' });
    expect(quote.lines[2].priceIncludesTax).toBe(true);
    // 81.00 + 36.00 + 20.00 + 10.50; 9.00; 15.39 + 2.52 + 4.00 + 2.00; 96.39 + 38.52 + 24.00 + 12.50
    expect([quote.subtotal.amount, quote.discountTotal.amount, quote.taxTotal.amount, quote.total.amount]).toEqual([
      '147.50',
      '9.00',
      '23.91',
      '171.41',
    ]);
    expect(quote).toMatchObject({
      number: expect.stringMatching(/^QUO-\d{5}$/),
      status: 'DRAFT',
      currency: 'EUR',
      quoteDate: isoDay(0),
      validUntil: isoDay(30),
    });
  });

  it('charges an exempt customer no tax, even on a tax-included price', async () => {
    const result = await createQuote(t, s.sales, {
      customerId: ids.b,
      quoteDate: '2026-06-01',
      validUntil: '2026-06-30',
      lines: [{ productId: ids.gift, quantity: '1' }],
    });
    expect(result.errors).toEqual([]);
    expect(result.quote.lines[0]).toMatchObject({
      taxRate: null,
      taxPercent: '0',
      priceIncludesTax: false,
      subtotal: '24',
      tax: '0',
      total: '24',
    });
    expect(result.quote.total.amount).toBe('24.00');
  });

  it('quotes in a foreign currency at the converted list price', async () => {
    // 11.11 USD x 3 = 33.33; 19% = 6.3327 -> 6.33; total 39.66
    const result = await createQuote(t, s.sales, {
      customerId: ids.a,
      currency: 'USD',
      quoteDate: '2026-06-01',
      validUntil: '2026-06-30',
      lines: [{ productId: ids.widget, quantity: '3' }],
    });
    expect(result.errors).toEqual([]);
    expect(result.quote.lines[0]).toMatchObject({
      unitPrice: '11.11',
      priceSource: 'LIST_PRICE',
      gross: '33.33',
      tax: '6.33',
      total: '39.66',
    });
    expect(result.quote.total).toEqual({ amount: '39.66', currency: 'USD' });
  });

  it('asks for a unit price where pricing has none, naming the line', async () => {
    const result = await mutate(t, s.sales, 'quoteCreate', 'QuoteCreateInput', 'quote { id }', {
      customerId: ids.a,
      lines: [
        { productId: ids.widget, quantity: '1' },
        { productId: ids.noPrice, quantity: '1' },
      ],
    });
    expect(result.errors).toEqual([
      expect.objectContaining({ code: 'PRICE_REQUIRED', field: ['input', 'lines', '1', 'unitPrice'] }),
    ]);
  });
});
