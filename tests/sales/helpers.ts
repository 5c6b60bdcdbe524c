// GraphQL documents and helpers shared by the sales tests.
import { expect } from 'vitest';
import type { TestApp, TestOrg } from '../support/app.js';
import { payload, type PayloadError } from '../crm/helpers.js';

export { onPostgres, payload, rowId, type PayloadError } from '../crm/helpers.js';

export const ERRORS = 'errors { code message field }';

export const QUOTE = `id number status currency quoteDate validUntil notes version
  customer { id code }
  subtotal { amount currency } discountTotal { amount } taxTotal { amount } total { amount currency }
  lines { lineNo description quantity unitPrice priceSource priceOverridden priceList { name } discountPercent
    taxRate { code } taxPercent priceIncludesTax gross discount subtotal tax total product { sku } }`;

export const PRODUCT_PRICE = `
  query P($productId: ID!, $customerId: ID, $quantity: Decimal, $currency: CurrencyCode, $date: Date) {
    productPrice(productId: $productId, customerId: $customerId, quantity: $quantity, currency: $currency, date: $date) {
      quantity unitPrice { amount currency } source priceList { name } taxRate { code rate priceIncludesTax } taxExempt priceIncludesTax
    }
  }`;

export interface SalesOrg {
  org: TestOrg;
  /** SALES + ACCOUNTING + WAREHOUSE: sets up products, tax and rates, and quotes. */
  key: string;
  /** SALES only. */
  sales: string;
}

export async function salesOrg(t: TestApp, name = 'Sales Org'): Promise<SalesOrg> {
  const org = await t.newOrg(name);
  return { org, key: await org.key('SALES', 'ACCOUNTING', 'WAREHOUSE'), sales: await org.key('SALES') };
}

/** Runs a mutation and returns its payload (after checking no top-level error). */
export async function mutate<T = Record<string, any>>(
  t: TestApp,
  key: string,
  name: string,
  inputType: string,
  selection: string,
  input: object,
): Promise<T & { errors: PayloadError[] }> {
  return payload<T>(
    await t.gql(key, `mutation($input: ${inputType}!) { ${name}(input: $input) { ${selection} ${ERRORS} } }`, {
      input,
    }),
    name,
  );
}

/** Runs a mutation that must succeed and returns its payload. */
export async function ok<T = Record<string, any>>(
  t: TestApp,
  key: string,
  name: string,
  inputType: string,
  selection: string,
  input: object,
) {
  const result = await mutate<T>(t, key, name, inputType, selection, input);
  expect(result.errors).toEqual([]);
  return result;
}

export async function product(t: TestApp, key: string, input: Record<string, unknown>): Promise<string> {
  const result = await ok<{ product: { id: string } }>(
    t,
    key,
    'productCreate',
    'ProductCreateInput',
    'product { id }',
    {
      name: input.sku,
      type: 'STOCKED',
      unitOfMeasure: 'pcs',
      ...input,
    },
  );
  return result.product.id;
}

export async function category(t: TestApp, key: string, name: string): Promise<string> {
  const result = await ok<{ productCategory: { id: string } }>(
    t,
    key,
    'productCategoryCreate',
    'ProductCategoryCreateInput',
    'productCategory { id }',
    { name },
  );
  return result.productCategory.id;
}

export async function customer(t: TestApp, key: string, input: Record<string, unknown> = {}): Promise<string> {
  const result = await ok<{ customer: { id: string } }>(
    t,
    key,
    'customerCreate',
    'CustomerCreateInput',
    'customer { id }',
    {
      name: 'Acme',
      kind: 'COMPANY',
      ...input,
    },
  );
  return result.customer.id;
}

export async function taxRate(t: TestApp, key: string, input: Record<string, unknown>): Promise<string> {
  const result = await ok<{ taxRate: { id: string } }>(
    t,
    key,
    'taxRateCreate',
    'TaxRateCreateInput',
    'taxRate { id }',
    input,
  );
  return result.taxRate.id;
}

export async function assignTax(t: TestApp, key: string, input: Record<string, unknown>): Promise<void> {
  await ok(t, key, 'productTaxRateSet', 'ProductTaxRateSetInput', 'taxRate { id }', input);
}

/** A price list with items, assigned to the customer. */
export async function priceList(
  t: TestApp,
  key: string,
  input: { name: string; currency: string; validFrom?: string; validTo?: string; customerId?: string; items: object[] },
): Promise<string> {
  const { customerId, items, ...list } = input;
  const created = await ok<{ priceList: { id: string; version: number } }>(
    t,
    key,
    'priceListCreate',
    'PriceListCreateInput',
    'priceList { id version }',
    list,
  );
  const id = created.priceList.id;
  await ok(t, key, 'priceListItemsSet', 'PriceListItemsSetInput', 'priceList { id }', { id, items });
  if (customerId)
    await ok(t, key, 'priceListAssign', 'PriceListAssignInput', 'customer { id }', { customerId, priceListId: id });
  return id;
}

export async function createQuote(t: TestApp, key: string, input: Record<string, unknown>) {
  return mutate<{ quote: any }>(t, key, 'quoteCreate', 'QuoteCreateInput', `quote { ${QUOTE} }`, input);
}

export async function transition(
  t: TestApp,
  key: string,
  name: 'quoteSend' | 'quoteAccept' | 'quoteCancel',
  input: object,
) {
  return mutate<{ quote: any }>(t, key, name, 'QuoteStateInput', `quote { ${QUOTE} }`, input);
}

export function isoDay(offsetDays: number): string {
  const today = new Date();
  return new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate() + offsetDays))
    .toISOString()
    .slice(0, 10);
}
