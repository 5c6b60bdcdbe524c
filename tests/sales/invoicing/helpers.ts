// Invoicing sales orders: an organization with stock at 4.00 a unit, a 19 % tax-excluded default rate
// and a 19 % tax-included rate for gadgets, and the invoicing, shipping and payment mutations.
import { expect } from 'vitest';
import { Prisma } from '../../../src/generated/prisma/client.js';
import type { TestApp } from '../../support/app.js';
import { confirm, mutate, orderOk, orderOrg, type OrderOrg } from '../orders/helpers.js';
import { assignTax, taxRate } from '../helpers.js';
import { ship, shipmentOk } from '../shipments/helpers.js';

export { mutate, onPostgres, rowId } from '../orders/helpers.js';

export const INVOICING = `id number status invoiceStatus version
  invoicedAmount { amount currency } paidAmount { amount currency }
  lines { lineNo quantity quantityShipped quantityInvoiced quantityToInvoice }
  invoices { id number status total { amount } balanceDue { amount } }`;

export const INVOICE = `id number status currency subtotal { amount } taxTotal { amount } total { amount } balanceDue { amount }
  salesOrder { number }
  lines { lineNo description quantity unitPrice discountPercent taxRate priceIncludesTax gross discount subtotal tax total product { sku } }`;

export interface InvoicingOrg extends OrderOrg {
  accounting: string;
  warehouse: string;
}

/** 20 widgets and 20 gadgets received at 4.00 (inventory 160.00); gadgets sell with a 19 % tax-included rate. */
export async function invoicingOrg(t: TestApp, name: string): Promise<InvoicingOrg> {
  const o = await orderOrg(t, name, { widget: '20', gadget: '20' });
  const gross = await taxRate(t, o.key, {
    code: 'GROSS',
    name: 'VAT 19% included',
    rate: '19',
    priceIncludesTax: true,
  });
  await assignTax(t, o.key, { productId: o.gadget, taxRateId: gross });
  return { ...o, accounting: await o.org.key('ACCOUNTING'), warehouse: await o.org.key('WAREHOUSE') };
}

export async function setPolicy(t: TestApp, key: string, customerId: string, invoicePolicy: 'ORDERED' | 'DELIVERED') {
  return mutate<{ customer: any }>(
    t,
    key,
    'customerInvoicePolicySet',
    'CustomerInvoicePolicySetInput',
    'customer { id invoicePolicy }',
    { customerId, invoicePolicy },
  );
}

export async function invoice(t: TestApp, key: string, input: Record<string, unknown>) {
  return mutate<{ invoice: any; salesOrder: any }>(
    t,
    key,
    'salesOrderInvoice',
    'SalesOrderInvoiceInput',
    `invoice { ${INVOICE} } salesOrder { ${INVOICING} }`,
    {
      idempotencyKey: `inv-${Math.random()}`,
      ...input,
    },
  );
}

export async function invoiceOk(t: TestApp, key: string, input: Record<string, unknown>) {
  const result = await invoice(t, key, input);
  expect(result.errors).toEqual([]);
  return result;
}

export async function readInvoicing(t: TestApp, key: string, id: string) {
  const res = await t.gql(key, `query($id: ID!) { salesOrder(id: $id) { ${INVOICING} } }`, { id });
  expect(res.errors).toBeUndefined();
  return res.data.salesOrder;
}

/** A confirmed order of the given lines from the organization's location. */
export async function confirmedOrder(t: TestApp, o: InvoicingOrg, lines: object[]) {
  const order = await orderOk(t, o.sales, { customerId: o.acme, locationId: o.location, lines });
  const confirmed = await confirm(t, o.sales, { id: order.id });
  expect(confirmed.errors).toEqual([]);
  return confirmed.salesOrder;
}

/** Prepares and ships a shipment of the given order lines. */
export async function shipLines(
  t: TestApp,
  o: InvoicingOrg,
  salesOrderId: string,
  lines: { lineNo: number; quantity: string }[],
) {
  const shipment = await shipmentOk(t, o.warehouse, { salesOrderId, lines });
  const shipped = await ship(t, o.warehouse, { id: shipment.id });
  expect(shipped.errors).toEqual([]);
  return shipped.shipment;
}

export async function pay(t: TestApp, key: string, input: Record<string, unknown>) {
  return mutate<{ payment: any }>(t, key, 'paymentCreate', 'PaymentCreateInput', 'payment { id number status }', {
    method: 'BANK_TRANSFER',
    ...input,
  });
}

/** Trial balance (balance = debit - credit) of the accounts sales touches, today. */
export async function books(t: TestApp, key: string) {
  const today = new Date().toISOString().slice(0, 10);
  const res = await t.gql(key, `{ trialBalance(asOf: "${today}") { totalDebit totalCredit rows { code balance } } }`);
  expect(res.errors).toBeUndefined();
  const tb = res.data.trialBalance;
  const balance = (code: string) =>
    new Prisma.Decimal(tb.rows.find((row: { code: string }) => row.code === code)?.balance ?? '0').toFixed(2);
  return {
    balanced: tb.totalDebit === tb.totalCredit,
    receivable: balance('1200'),
    sales: balance('4000'),
    salesTax: balance('2100'),
    inventory: balance('1300'),
    cogs: balance('5000'),
  };
}
