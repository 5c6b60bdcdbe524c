// Roles and tenancy of the sales API.
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';
import {
  PRODUCT_PRICE,
  createQuote,
  customer,
  mutate,
  priceList,
  product,
  salesOrg,
  taxRate,
  type SalesOrg,
} from './helpers.js';

let t: TestApp;
let s: SalesOrg;
let other: SalesOrg;
let widget: string;
let acme: string;
let quoteId: string;
let rateId: string;
let listId: string;

const codeOf = (result: { errors?: { extensions?: Record<string, unknown> }[] }) =>
  result.errors?.[0]?.extensions?.code;

beforeAll(async () => {
  t = await createTestApp();
  s = await salesOrg(t, 'Access Org');
  other = await salesOrg(t, 'Other Org');
  rateId = await taxRate(t, s.key, { code: 'STD', name: 'Std', rate: '19', isDefault: true });
  widget = await product(t, s.key, { sku: 'W', listPrice: '5' });
  acme = await customer(t, s.key);
  listId = await priceList(t, s.key, {
    name: 'L',
    currency: 'EUR',
    customerId: acme,
    items: [{ productId: widget, unitPrice: '4' }],
  });
  quoteId = (await createQuote(t, s.sales, { customerId: acme, lines: [{ productId: widget, quantity: '1' }] })).quote
    .id;
});

describe('roles', () => {
  it('lets SALES read tax rates but only ACCOUNTING (or ADMIN) change them', async () => {
    const read = await t.gql(s.sales, `query($id: ID!) { taxRate(id: $id) { code } }`, { id: rateId });
    expect(read.data.taxRate).toEqual({ code: 'STD' });
    const denied = await t.gql(
      s.sales,
      `mutation { taxRateCreate(input: { code: "X", name: "X", rate: "1" }) { errors { code } } }`,
    );
    expect(codeOf(denied)).toBe('FORBIDDEN');
    const exemption = await t.gql(
      s.sales,
      `mutation($c: ID!) { customerTaxExemptionSet(input: { customerId: $c, reason: "r" }) { errors { code } } }`,
      { c: acme },
    );
    expect(codeOf(exemption)).toBe('FORBIDDEN');
    const admin = await mutate(t, s.org.adminKey, 'taxRateCreate', 'TaxRateCreateInput', 'taxRate { code }', {
      code: 'ADM',
      name: 'Admin rate',
      rate: '5',
    });
    expect(admin.errors).toEqual([]);
  });

  it('keeps quotes, price lists and prices to SALES (and ADMIN)', async () => {
    const accounting = await s.org.key('ACCOUNTING');
    const warehouse = await s.org.key('WAREHOUSE');
    expect(codeOf(await t.gql(accounting, `query($id: ID!) { quote(id: $id) { number } }`, { id: quoteId }))).toBe(
      'FORBIDDEN',
    );
    expect(codeOf(await t.gql(warehouse, `{ priceLists { totalCount } }`))).toBe('FORBIDDEN');
    expect(codeOf(await t.gql(accounting, PRODUCT_PRICE, { productId: widget }))).toBe('FORBIDDEN');
    const denied = await t.gql(
      accounting,
      `mutation($c: ID!, $p: ID!) { quoteCreate(input: { customerId: $c, lines: [{ productId: $p, quantity: "1" }] }) { errors { code } } }`,
      {
        c: acme,
        p: widget,
      },
    );
    expect(codeOf(denied)).toBe('FORBIDDEN');
    const admin = await t.gql(
      s.org.adminKey,
      `query($id: ID!) { quote(id: $id) { number } priceList(id: "${listId}") { name } }`,
      { id: quoteId },
    );
    expect(admin.errors).toBeUndefined();
    expect(admin.data.priceList).toEqual({ name: 'L' });
  });
});

describe('tenancy', () => {
  it("hides another organization's quotes, price lists and tax rates", async () => {
    const read = await t.gql(
      other.key,
      `query($q: ID!, $l: ID!, $r: ID!) { quote(id: $q) { id } priceList(id: $l) { id } taxRate(id: $r) { id } node(id: $q) { id } }`,
      {
        q: quoteId,
        l: listId,
        r: rateId,
      },
    );
    expect(read.data).toEqual({ quote: null, priceList: null, taxRate: null, node: null });
    expect(
      (await t.gql(other.key, `{ quotes { totalCount } priceLists { totalCount } taxRates { totalCount } }`)).data,
    ).toEqual({
      quotes: { totalCount: 0 },
      priceLists: { totalCount: 0 },
      taxRates: { totalCount: 0 },
    });
  });

  it("refuses another organization's records as input", async () => {
    const send = await mutate(t, other.key, 'quoteSend', 'QuoteStateInput', 'quote { id }', { id: quoteId });
    expect(send.errors[0]).toMatchObject({ code: 'NOT_FOUND', field: ['input', 'id'] });
    const quote = await createQuote(t, other.sales, {
      customerId: acme,
      lines: [{ productId: widget, quantity: '1' }],
    });
    expect(quote.errors[0]).toMatchObject({ code: 'NOT_FOUND', field: ['input', 'customerId'] });
    const ownCustomer = await customer(t, other.key);
    const foreignProduct = await createQuote(t, other.sales, {
      customerId: ownCustomer,
      lines: [{ productId: widget, quantity: '1' }],
    });
    expect(foreignProduct.errors[0]).toMatchObject({ code: 'NOT_FOUND', field: ['input', 'lines', '0', 'productId'] });
    const assign = await mutate(t, other.key, 'priceListAssign', 'PriceListAssignInput', 'customer { id }', {
      customerId: ownCustomer,
      priceListId: listId,
    });
    expect(assign.errors[0]).toMatchObject({ code: 'NOT_FOUND', field: ['input', 'priceListId'] });
    const tax = await mutate(t, other.key, 'productTaxRateSet', 'ProductTaxRateSetInput', 'taxRate { id }', {
      productId: widget,
      taxRateId: rateId,
    });
    expect(tax.errors[0]).toMatchObject({ code: 'NOT_FOUND', field: ['input', 'productId'] });
  });
});
