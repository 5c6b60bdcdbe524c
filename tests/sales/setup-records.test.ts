// Managing tax rates, assignments, exemptions and price lists, and what a customer merge does to them.
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';
import {
  PRODUCT_PRICE,
  category,
  createQuote,
  customer,
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
let widget: string;

const SALES_CUSTOMER =
  'customer { id priceLists { currency priceList { name } } taxExemption { reason certificateNumber validFrom validTo } }';

beforeAll(async () => {
  t = await createTestApp();
  s = await salesOrg(t, 'Setup Org');
  widget = await product(t, s.key, { sku: 'W', listPrice: '10' });
});

describe('tax rates', () => {
  it('validates code, name and rate and keeps codes unique ignoring case', async () => {
    await taxRate(t, s.key, { code: 'vat-19', name: 'VAT', rate: '19' });
    const dup = await mutate(t, s.key, 'taxRateCreate', 'TaxRateCreateInput', 'taxRate { id }', {
      code: 'VAT-19',
      name: 'Again',
      rate: '19',
    });
    expect(dup.errors).toEqual([expect.objectContaining({ code: 'CODE_TAKEN', field: ['input', 'code'] })]);
    const bad = await mutate(t, s.key, 'taxRateCreate', 'TaxRateCreateInput', 'taxRate { id }', {
      code: 'a b',
      name: ' ',
      rate: '100.5',
    });
    expect(bad.errors.map((e) => e.code)).toEqual(['INVALID_CODE', 'REQUIRED', 'OUT_OF_RANGE']);
    const scale = await mutate(t, s.key, 'taxRateCreate', 'TaxRateCreateInput', 'taxRate { id }', {
      code: 'X',
      name: 'X',
      rate: '7.12345',
    });
    expect(scale.errors[0]).toMatchObject({ code: 'INVALID_SCALE', field: ['input', 'rate'] });
  });

  it('updates with optimistic versions and refuses a deactivated default', async () => {
    const id = await taxRate(t, s.key, { code: 'UPD', name: 'Upd', rate: '5' });
    const update = (input: object) =>
      mutate<{ taxRate: any }>(
        t,
        s.key,
        'taxRateUpdate',
        'TaxRateUpdateInput',
        'taxRate { rate name isActive isDefault version }',
        { id, ...input },
      );
    expect((await update({ expectedVersion: 1, rate: '5.5', name: 'Updated' })).taxRate).toEqual({
      rate: '5.5',
      name: 'Updated',
      isActive: true,
      isDefault: false,
      version: 2,
    });
    expect((await update({ expectedVersion: 1, rate: '6' })).errors[0]).toMatchObject({ code: 'STALE_VERSION' });
    expect((await update({ isActive: false, isDefault: true })).errors[0]).toMatchObject({
      code: 'TAX_RATE_INACTIVE',
      field: ['input', 'isDefault'],
    });
  });

  it('assigns to exactly one of product and category, refuses inactive rates and removes with null', async () => {
    const rate = await taxRate(t, s.key, { code: 'ASG', name: 'Asg', rate: '10' });
    const books = await category(t, s.key, 'Books');
    const set = (input: object) =>
      mutate(
        t,
        s.key,
        'productTaxRateSet',
        'ProductTaxRateSetInput',
        'taxRate { code } product { id } category { id }',
        input,
      );
    expect((await set({ productId: widget, categoryId: books, taxRateId: rate })).errors[0]).toMatchObject({
      code: 'INVALID_INPUT',
    });
    expect((await set({ taxRateId: rate })).errors[0]).toMatchObject({
      code: 'INVALID_INPUT',
      field: ['input', 'productId'],
    });
    expect((await set({ productId: widget, taxRateId: rate })).taxRate).toEqual({ code: 'ASG' });
    expect((await t.gql(s.sales, PRODUCT_PRICE, { productId: widget })).data.productPrice.taxRate.code).toBe('ASG');
    expect(await set({ productId: widget, taxRateId: null })).toMatchObject({
      taxRate: null,
      product: { id: widget },
      errors: [],
    });
    expect((await t.gql(s.sales, PRODUCT_PRICE, { productId: widget })).data.productPrice.taxRate).toBeNull();
    const off = await taxRate(t, s.key, { code: 'OFF', name: 'Off', rate: '1' });
    await ok(t, s.key, 'taxRateUpdate', 'TaxRateUpdateInput', 'taxRate { id }', { id: off, isActive: false });
    expect((await set({ categoryId: books, taxRateId: off })).errors[0]).toMatchObject({
      code: 'TAX_RATE_INACTIVE',
      field: ['input', 'taxRateId'],
    });
  });
});

describe('customer tax exemptions', () => {
  it('sets, replaces and deletes an exemption, checking its dates', async () => {
    const id = await customer(t, s.key, { name: 'Charity' });
    const set = (input: object) =>
      mutate<{ customer: any }>(t, s.key, 'customerTaxExemptionSet', 'CustomerTaxExemptionSetInput', SALES_CUSTOMER, {
        customerId: id,
        ...input,
      });
    expect((await set({ reason: 'Charity', validFrom: '2026-02-01', validTo: '2026-01-01' })).errors[0]).toMatchObject({
      code: 'INVALID_DATE',
      field: ['input', 'validTo'],
    });
    expect(
      (await set({ reason: 'Charity', certificateNumber: 'C-1', validFrom: '2026-01-01' })).customer.taxExemption,
    ).toEqual({
      reason: 'Charity',
      certificateNumber: 'C-1',
      validFrom: '2026-01-01',
      validTo: null,
    });
    expect((await set({ reason: 'Reseller' })).customer.taxExemption).toEqual({
      reason: 'Reseller',
      certificateNumber: null,
      validFrom: null,
      validTo: null,
    });
    const del = (customerId: string) =>
      mutate<{ customer: any }>(
        t,
        s.key,
        'customerTaxExemptionDelete',
        'CustomerTaxExemptionDeleteInput',
        SALES_CUSTOMER,
        { customerId },
      );
    expect((await del(id)).customer.taxExemption).toBeNull();
    expect((await del(id)).errors[0]).toMatchObject({ code: 'NOT_FOUND', field: ['input', 'customerId'] });
  });
});

describe('price lists', () => {
  it('replaces items, refusing duplicate breaks with their path', async () => {
    const id = await priceList(t, s.key, {
      name: 'Retail',
      currency: 'EUR',
      items: [{ productId: widget, unitPrice: '9' }],
    });
    const set = (items: object[], expectedVersion?: number) =>
      mutate<{ priceList: any }>(
        t,
        s.key,
        'priceListItemsSet',
        'PriceListItemsSetInput',
        'priceList { version items { totalCount nodes { minQuantity unitPrice { amount currency } } } }',
        {
          id,
          expectedVersion,
          items,
        },
      );
    const dup = await set([
      { productId: widget, minQuantity: '5', unitPrice: '8' },
      { productId: widget, minQuantity: '5.0', unitPrice: '7' },
      { productId: widget, unitPrice: '-1' },
    ]);
    expect(dup.errors.map((e) => [e.code, e.field?.join('.')])).toEqual([
      ['DUPLICATE_ITEM', 'input.items.1.minQuantity'],
      ['INVALID_AMOUNT', 'input.items.2.unitPrice'],
    ]);
    const replaced = await set(
      [
        { productId: widget, minQuantity: '5', unitPrice: '8' },
        { productId: widget, unitPrice: '9.5' },
      ],
      2,
    );
    expect(replaced.priceList).toEqual({
      version: 3,
      items: {
        totalCount: 2,
        nodes: [
          { minQuantity: '0', unitPrice: { amount: '9.50', currency: 'EUR' } },
          { minQuantity: '5', unitPrice: { amount: '8.00', currency: 'EUR' } },
        ],
      },
    });
    expect((await set([], 2)).errors[0]).toMatchObject({ code: 'STALE_VERSION' });
  });

  it('gives a customer at most one list per currency: assigning replaces, null removes', async () => {
    const id = await customer(t, s.key, { name: 'Multi' });
    const eurA = await priceList(t, s.key, { name: 'EUR A', currency: 'EUR', items: [] });
    const eurB = await priceList(t, s.key, { name: 'EUR B', currency: 'EUR', items: [] });
    const usd = await priceList(t, s.key, { name: 'USD', currency: 'USD', items: [] });
    const assign = (input: object) =>
      mutate<{ customer: any }>(t, s.key, 'priceListAssign', 'PriceListAssignInput', SALES_CUSTOMER, {
        customerId: id,
        ...input,
      });
    await assign({ priceListId: eurA });
    await assign({ priceListId: usd });
    expect((await assign({ priceListId: eurB })).customer.priceLists).toEqual([
      { currency: 'EUR', priceList: { name: 'EUR B' } },
      { currency: 'USD', priceList: { name: 'USD' } },
    ]);
    expect((await assign({ priceListId: eurA, currency: 'USD' })).errors[0]).toMatchObject({
      code: 'CURRENCY_MISMATCH',
    });
    expect((await assign({})).errors[0]).toMatchObject({ code: 'REQUIRED', field: ['input', 'currency'] });
    expect((await assign({ currency: 'EUR' })).customer.priceLists).toEqual([
      { currency: 'USD', priceList: { name: 'USD' } },
    ]);
  });

  it('ignores an inactive list and validates its dates', async () => {
    const id = await customer(t, s.key, { name: 'Inactive list' });
    const list = await priceList(t, s.key, {
      name: 'Promo',
      currency: 'EUR',
      customerId: id,
      items: [{ productId: widget, unitPrice: '1' }],
    });
    const price = async () =>
      (await t.gql(s.sales, PRODUCT_PRICE, { productId: widget, customerId: id })).data.productPrice;
    expect((await price()).source).toBe('PRICE_LIST');
    const update = (input: object) =>
      mutate<{ priceList: any }>(
        t,
        s.key,
        'priceListUpdate',
        'PriceListUpdateInput',
        'priceList { isActive validFrom validTo }',
        { id: list, ...input },
      );
    expect((await update({ isActive: false })).priceList.isActive).toBe(false);
    expect(await price()).toMatchObject({ source: 'LIST_PRICE', unitPrice: { amount: '10.00' } });
    expect((await update({ validFrom: '2026-05-01', validTo: '2026-04-01' })).errors[0]).toMatchObject({
      code: 'INVALID_DATE',
      field: ['input', 'validTo'],
    });
    expect((await update({ validFrom: '2026-05-01' })).priceList).toMatchObject({
      validFrom: '2026-05-01',
      validTo: null,
    });
    expect((await update({ clearValidFrom: true })).priceList).toMatchObject({ validFrom: null });
  });
});

describe('customer merge', () => {
  it('moves quotes, and price lists and exemptions the survivor lacks, to the survivor', async () => {
    const source = await customer(t, s.key, { name: 'Source' });
    const target = await customer(t, s.key, { name: 'Target' });
    await priceList(t, s.key, { name: 'Source EUR', currency: 'EUR', customerId: source, items: [] });
    await priceList(t, s.key, { name: 'Source USD', currency: 'USD', customerId: source, items: [] });
    await priceList(t, s.key, { name: 'Target EUR', currency: 'EUR', customerId: target, items: [] });
    await ok(t, s.key, 'customerTaxExemptionSet', 'CustomerTaxExemptionSetInput', 'customer { id }', {
      customerId: source,
      reason: 'Export',
    });
    const quote = (await createQuote(t, s.sales, { customerId: source, lines: [{ productId: widget, quantity: '1' }] }))
      .quote;
    await ok(t, s.key, 'customerMerge', 'CustomerMergeInput', 'customer { id }', {
      sourceId: source,
      targetId: target,
    });
    const read = await t.gql(
      s.key,
      `query($id: ID!, $q: ID!) { node(id: $id) { ... on Customer { ${SALES_CUSTOMER.slice('customer '.length + 1, -1)} quotes { totalCount } } } quote(id: $q) { customer { id } } }`,
      {
        id: target,
        q: quote.id,
      },
    );
    expect(read.errors).toBeUndefined();
    expect(read.data.quote.customer.id).toBe(target);
    expect(read.data.node.quotes.totalCount).toBe(1);
    expect(read.data.node.priceLists).toEqual([
      { currency: 'EUR', priceList: { name: 'Target EUR' } },
      { currency: 'USD', priceList: { name: 'Source USD' } },
    ]);
    expect(read.data.node.taxExemption).toMatchObject({ reason: 'Export' });
  });
});
