// Sales returns: the shipments organization (widgets 5 at 4.00 + 5 at 6.00, moving average 5.00;
// gadgets 3 at 4.00; VAT 19 % excluded by default), and the return mutations.
import { expect } from 'vitest';
import type { TestApp } from '../../support/app.js';
import { mutate } from '../orders/helpers.js';
import { ship, shipmentOk, type ShipOrg } from '../shipments/helpers.js';

export { books, confirmedOrder, shipOrg, type ShipOrg } from '../shipments/helpers.js';
export { onPostgres, readOrder, rowId } from '../orders/helpers.js';
export { invoiceOk, pay, setPolicy } from '../invoicing/helpers.js';

export const RETURN = `id number status reason returnDate receivedAt cancelledAt version
  salesOrder { id number status }
  location { code }
  value { amount currency }
  lines { lineNo quantity quantityCredited value { amount currency } product { sku }
    stockMove { id kind quantity value unitCost fromLocation { type } toLocation { code } } }`;

export const WITH_CREDIT = `${RETURN}
  creditNotes { id number kind status total { amount } subtotal { amount } taxTotal { amount } balanceDue { amount }
    creditedInvoice { number }
    lines { description quantity unitPrice discountPercent taxRate priceIncludesTax subtotal tax total } }
  lines { stockMove { journalEntry { lines { account { code } debit credit } } } }`;

export const ORDER_LINES = `status invoiceStatus lines { lineNo quantity quantityShipped quantityInvoiced quantityReturned quantityCredited quantityToInvoice }`;

export async function createReturn(t: TestApp, key: string, input: Record<string, unknown>, selection = RETURN) {
  return mutate<{ salesReturn: any }>(
    t,
    key,
    'returnCreate',
    'SalesReturnCreateInput',
    `salesReturn { ${selection} }`,
    {
      reason: 'Damaged in transit',
      idempotencyKey: `ret-${Math.random()}`,
      ...input,
    },
  );
}

export async function returnOk(t: TestApp, key: string, input: Record<string, unknown>) {
  const result = await createReturn(t, key, input);
  expect(result.errors).toEqual([]);
  return result.salesReturn;
}

export async function receive(t: TestApp, key: string, input: Record<string, unknown>, selection = RETURN) {
  return mutate<{ salesReturn: any }>(
    t,
    key,
    'returnReceive',
    'SalesReturnStateInput',
    `salesReturn { ${selection} }`,
    input,
  );
}

export async function receiveOk(t: TestApp, key: string, input: Record<string, unknown>, selection = RETURN) {
  const result = await receive(t, key, input, selection);
  expect(result.errors).toEqual([]);
  return result.salesReturn;
}

export async function cancelReturn(t: TestApp, key: string, input: Record<string, unknown>) {
  return mutate<{ salesReturn: any }>(
    t,
    key,
    'returnCancel',
    'SalesReturnStateInput',
    `salesReturn { ${RETURN} }`,
    input,
  );
}

/** Prepares and ships a shipment of the given order lines (all it can when lines are left out). */
export async function shipLines(
  t: TestApp,
  o: ShipOrg,
  salesOrderId: string,
  lines?: { lineNo: number; quantity: string }[],
) {
  const shipment = await shipmentOk(t, o.warehouse, { salesOrderId, ...(lines ? { lines } : {}) });
  const shipped = await ship(t, o.warehouse, { id: shipment.id });
  expect(shipped.errors).toEqual([]);
  return shipped.shipment;
}

export async function orderLines(t: TestApp, key: string, id: string) {
  const res = await t.gql(key, `query($id: ID!) { salesOrder(id: $id) { ${ORDER_LINES} } }`, { id });
  expect(res.errors).toBeUndefined();
  return res.data.salesOrder;
}

/** A journal entry's lines as [account code, debit, credit] with two decimals. */
export function entry(move: {
  journalEntry: { lines: { account: { code: string }; debit: string; credit: string }[] } | null;
}) {
  const two = (value: string) => Number(value).toFixed(2);
  return move.journalEntry?.lines.map((line) => [line.account.code, two(line.debit), two(line.credit)]) ?? null;
}

/** Trial balance of the accounts returns touch (balance = debit - credit), today. */
export async function ledgerBooks(t: TestApp, key: string) {
  const today = new Date().toISOString().slice(0, 10);
  const res = await t.gql(
    key,
    `{ trialBalance(asOf: "${today}") { totalDebit totalCredit rows { code balance } } inventoryValuation { totalValue } }`,
  );
  expect(res.errors).toBeUndefined();
  const tb = res.data.trialBalance;
  const balance = (code: string) =>
    Number(tb.rows.find((row: { code: string }) => row.code === code)?.balance ?? '0').toFixed(2);
  return {
    balanced: tb.totalDebit === tb.totalCredit,
    receivable: balance('1200'),
    sales: balance('4000'),
    salesTax: balance('2100'),
    inventory: balance('1300'),
    cogs: balance('5000'),
    valuation: Number(res.data.inventoryValuation.totalValue).toFixed(2),
  };
}
