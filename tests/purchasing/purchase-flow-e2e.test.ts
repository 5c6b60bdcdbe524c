// The purchase flow end to end through the API: request -> approval -> order -> two partial receipts
// -> bill, with the quantities of every step and the ledger checked against figures computed by hand.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';
import { openBooks } from '../inventory/helpers.js';
import {
  APPROVE,
  CONVERT,
  REQUEST,
  createRequest,
  isoDay,
  mutate,
  requestOrg,
  submitRequest,
  type RequestOrg,
} from './requests/helpers.js';
import { BILL_FROM_ORDER, entryLines } from './billing-helpers.js';

let t: TestApp;
let o: RequestOrg;
/** PURCHASING, WAREHOUSE and ACCOUNTING: sends, receives and bills. */
let clerk: string;
let locationId: string;

beforeAll(async () => {
  t = await createTestApp();
  o = await requestOrg(t, 'Purchase E2E');
  await openBooks(t, o.org);
  clerk = await o.org.key('PURCHASING', 'WAREHOUSE', 'ACCOUNTING');
  const warehouse = await t.gql(
    clerk,
    `mutation($input: WarehouseCreateInput!) { warehouseCreate(input: $input) { warehouse { rootLocation { id } } errors { code } } }`,
    {
      input: { code: 'MAIN', name: 'Main' },
    },
  );
  expect(warehouse.data.warehouseCreate.errors).toEqual([]);
  locationId = warehouse.data.warehouseCreate.warehouse.rootLocation.id;
});
afterAll(() => t.close());

const ERRORS = 'errors { code message field }';
const ORDER_LINES = 'lines { lineNo quantity quantityReceived quantityBilled matchStatus unitPrice }';

async function run(key: string, name: string, inputType: string, selection: string, input: object) {
  const result = await t.gql(
    key,
    `mutation($input: ${inputType}!) { ${name}(input: $input) { ${selection} ${ERRORS} } }`,
    { input },
  );
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  expect(result.data[name].errors).toEqual([]);
  return result.data[name];
}

async function balances(): Promise<Record<string, string>> {
  const result = await t.gql(
    clerk,
    `{ trialBalance(asOf: "${isoDay(0)}") { rows { code balance } totalDebit totalCredit } }`,
  );
  expect(result.errors).toBeUndefined();
  const report = result.data.trialBalance;
  expect(report.totalDebit).toBe(report.totalCredit);
  return Object.fromEntries(report.rows.map((row: { code: string; balance: string }) => [row.code, row.balance]));
}

describe('purchase flow: request, approval, order, two partial receipts, bill', () => {
  it('keeps quantities, stock, inventory, GRNI and payables exact at every step', async () => {
    // 1. Alice asks for 150 bolts and 40 nuts from Alpha (EUR): 150 x 2.00 (the tier from 100) + 40 x 1.00 = 340.00.
    const request = await createRequest(t, o.alice.key, {
      description: 'Bolts and nuts for line 2',
      lines: [
        { productId: o.bolts, quantity: '150', neededBy: isoDay(14), preferredSupplierId: o.alpha },
        { productId: o.nuts, quantity: '40', neededBy: isoDay(14), preferredSupplierId: o.alpha },
      ],
    });
    expect(request.estimatedTotal).toEqual({ amount: '340.00', currency: 'EUR' });

    // 2. The policy routes it to her manager, who approves.
    const submitted = await submitRequest(t, o.alice.key, request.id);
    expect(submitted.status).toBe('PENDING_APPROVAL');
    await mutate(t, o.manager.key, APPROVE, 'approvalRequestApprove', { id: submitted.approvalRequest.id });
    expect((await t.gql(o.alice.key, REQUEST, { id: request.id })).data.purchaseRequest.status).toBe('APPROVED');

    // 3. Purchasing converts it into one draft order for Alpha and sends it with 19 % tax on both lines.
    const converted = await mutate<{ purchaseRequest: any }>(t, o.buyer, CONVERT, 'purchaseRequestConvert', {
      id: request.id,
    });
    expect(converted.purchaseRequest.status).toBe('CONVERTED');
    expect(converted.purchaseRequest.purchaseOrders).toHaveLength(1);
    const draft = converted.purchaseRequest.purchaseOrders[0];
    expect(draft).toMatchObject({
      status: 'DRAFT',
      currency: 'EUR',
      supplier: { code: 'ALPHA' },
      total: { amount: '340.00', currency: 'EUR' },
    });
    const orderId = draft.id;
    const updated = await run(
      clerk,
      'purchaseOrderUpdate',
      'PurchaseOrderUpdateInput',
      `purchaseOrder { total { amount } ${ORDER_LINES} }`,
      {
        id: orderId,
        orderDate: isoDay(0),
        expectedDate: isoDay(14),
        lines: [
          { productId: o.bolts, quantity: '150', unitPrice: '2.00', taxRate: '19' },
          { productId: o.nuts, quantity: '40', unitPrice: '1.00', taxRate: '19' },
        ],
      },
    );
    // 340.00 + 19 % = 340.00 + 57.00 + 7.60 = 404.60
    expect(updated.purchaseOrder.total.amount).toBe('404.60');
    await run(clerk, 'purchaseOrderSend', 'PurchaseOrderStateInput', 'purchaseOrder { status }', { id: orderId });
    expect(await balances()).toEqual({});

    // 4. First receipt: 100 bolts and all 40 nuts. Inventory Dr 200.00 + 40.00, GRNI Cr 240.00.
    const first = await run(
      clerk,
      'purchaseOrderReceive',
      'PurchaseOrderReceiveInput',
      `purchaseOrder { status ${ORDER_LINES} }`,
      {
        id: orderId,
        locationId,
        lines: [
          { lineNo: 1, quantity: '100' },
          { lineNo: 2, quantity: '40' },
        ],
      },
    );
    expect(first.purchaseOrder.status).toBe('PARTIALLY_RECEIVED');
    expect(first.purchaseOrder.lines.map((l: any) => [l.quantityReceived, l.quantityBilled, l.matchStatus])).toEqual([
      ['100', '0', 'PARTIALLY_RECEIVED'],
      ['40', '0', 'RECEIVED_NOT_BILLED'],
    ]);
    expect(await balances()).toEqual({ '1300': '240.00', '2150': '-240.00' });

    // 5. Second receipt: the other 50 bolts, Inventory Dr 100.00, GRNI Cr 100.00.
    const second = await run(
      clerk,
      'purchaseOrderReceive',
      'PurchaseOrderReceiveInput',
      `purchaseOrder { status ${ORDER_LINES} }`,
      {
        id: orderId,
        locationId,
        lines: [{ lineNo: 1, quantity: '50' }],
      },
    );
    expect(second.purchaseOrder.status).toBe('RECEIVED');
    expect(await balances()).toEqual({ '1300': '340.00', '2150': '-340.00' });

    // 6. The bill for everything received: GRNI Dr 300.00 and 40.00, tax Dr 64.60, payable Cr 404.60; GRNI is cleared.
    const billed = await t.gql(clerk, BILL_FROM_ORDER, {
      input: { purchaseOrderId: orderId, supplierReference: 'ALPHA-2026-118', idempotencyKey: 'e2e-bill-1' },
    });
    expect(billed.errors).toBeUndefined();
    const result = billed.data.supplierBillFromPurchaseOrder;
    expect(result.errors).toEqual([]);
    expect(result.bill).toMatchObject({
      status: 'POSTED',
      currency: 'EUR',
      reference: 'ALPHA-2026-118',
      total: { amount: '404.60' },
      balanceDue: { amount: '404.60' },
    });
    expect(entryLines(result.bill.journalEntry.lines).sort()).toEqual(
      ['2000 Cr 404.6', '2100 Dr 64.6', '2150 Dr 300', '2150 Dr 40'].sort(),
    );
    expect(result.purchaseOrder.status).toBe('BILLED');
    expect(
      result.purchaseOrder.lines.map((l: any) => [l.quantity, l.quantityReceived, l.quantityBilled, l.matchStatus]),
    ).toEqual([
      ['150', '150', '150', 'FULLY_BILLED'],
      ['40', '40', '40', 'FULLY_BILLED'],
    ]);
    expect(await balances()).toEqual({ '1300': '340.00', '2000': '-404.60', '2100': '64.60', '2150': '0.00' });

    // Stock and its valuation agree with the inventory account.
    const stock = await t.gql(clerk, `{ inventoryValuation { totalValue rows { product { sku } quantity value } } }`);
    expect(stock.errors).toBeUndefined();
    expect(stock.data.inventoryValuation.totalValue).toBe('340.00');
    expect(stock.data.inventoryValuation.rows.map((r: any) => [r.product.sku, r.quantity, r.value])).toEqual([
      ['BOLT', '150', '300.00'],
      ['NUT', '40', '40.00'],
    ]);
  });
});
