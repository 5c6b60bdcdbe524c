import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';
import { rowId } from './support.js';
import { BILL_FROM_ORDER, billingOrg, mutate, receive, sentOrder, type BillingOrg } from './billing-helpers.js';

/*
 * A EUR order in the EUR organization: line 1 = 3 x C at 0.335 (stocked), line 2 = 2 h of service S at 80.
 * Three receipts of one C each: 1 x 0.335 = 0.335 -> 0.34 each, so GRNI was credited 1.02.
 * One bill for everything: C 3 x 0.335 = 1.005 -> 1.01 debits GRNI; S 160.00 debits operating expenses
 * (6000) and clears nothing; payable 161.01. C clears its whole received value, 1.02, so the
 * difference 1.01 - 1.02 = -0.01 is a rounding difference: Dr GRNI 0.01 / Cr rounding (6900) 0.01.
 */
describe('purchasing: a base-currency bill with a service line', () => {
  let t: TestApp;
  let org: BillingOrg;
  let orderId: string;

  beforeAll(async () => {
    t = await createTestApp();
    org = await billingOrg(t, 'PO Base Billing Org', {}, { C: 'STOCKED', S: 'SERVICE' });
    orderId = await sentOrder(
      t,
      org,
      [
        { productId: org.products.C, quantity: '3', unitPrice: '0.335' },
        { productId: org.products.S, quantity: '2', unitPrice: '80' },
      ],
      'EUR',
    );
  });
  afterAll(() => t.close());

  it('refuses a draft order and a missing supplier reference', async () => {
    const draft = await mutate(t, org.key, 'purchaseOrderCreate', 'PurchaseOrderCreateInput', 'purchaseOrder { id }', {
      supplierId: org.supplierId,
      currency: 'EUR',
      orderDate: '2026-03-01',
      lines: [{ productId: org.products.C, quantity: '1', unitPrice: '1' }],
    });
    const refused = await t.gql(org.key, BILL_FROM_ORDER, {
      input: { purchaseOrderId: draft.purchaseOrder.id, supplierReference: 'R', idempotencyKey: 'draft' },
    });
    expect(refused.data.supplierBillFromPurchaseOrder.errors).toEqual([
      expect.objectContaining({ code: 'NOT_BILLABLE', field: ['input', 'purchaseOrderId'] }),
    ]);
    await receive(t, org, orderId, '2026-03-02', [{ lineNo: 2, quantity: '2' }]);
    const unnamed = await t.gql(org.key, BILL_FROM_ORDER, {
      input: { purchaseOrderId: orderId, supplierReference: '  ', idempotencyKey: 'no-ref' },
    });
    expect(unnamed.data.supplierBillFromPurchaseOrder.errors).toEqual([
      expect.objectContaining({ code: 'REQUIRED', field: ['input', 'supplierReference'] }),
    ]);
  });

  it('debits GRNI for goods and the expense account for the service, posting the cent left over to rounding', async () => {
    for (const date of ['2026-03-03', '2026-03-04', '2026-03-05'])
      await receive(t, org, orderId, date, [{ lineNo: 1, quantity: '1' }]);
    const result = await t.gql(org.key, BILL_FROM_ORDER, {
      input: {
        purchaseOrderId: orderId,
        billDate: '2026-03-06',
        dueDate: '2026-03-20',
        supplierReference: 'EU-77',
        idempotencyKey: 'base-bill',
      },
    });
    const payload = result.data.supplierBillFromPurchaseOrder;
    expect(payload.errors).toEqual([]);
    expect(payload.bill.dueDate).toBe('2026-03-20');
    expect(payload.bill.lines.map((line: any) => [line.product.sku, line.account.code, Number(line.subtotal)])).toEqual(
      [
        ['C', '2150', 1.01],
        ['S', '6000', 160],
      ],
    );
    expect(
      payload.bill.journalEntry.lines.map((line: any) => [line.account.code, Number(line.debit), Number(line.credit)]),
    ).toEqual([
      ['2000', 0, 161.01],
      ['2150', 1.01, 0],
      ['6000', 160, 0],
    ]);
    const difference = await t.db.prisma.journalEntry.findFirstOrThrow({
      where: {
        organizationId: org.org.organizationId,
        sourceType: 'Invoice',
        sourceId: rowId(payload.billId),
        sourcePurpose: 'grni-difference',
      },
      include: { lines: { orderBy: { lineNo: 'asc' }, include: { account: { select: { code: true } } } } },
    });
    expect(difference.lines.map((line) => [line.account.code, line.debit.toFixed(), line.credit.toFixed()])).toEqual([
      ['2150', '0.01', '0'],
      ['6900', '0', '0.01'],
    ]);
    expect(payload.purchaseOrder).toEqual({
      status: 'BILLED',
      lines: [
        { lineNo: 1, quantity: '3', quantityReceived: '3', quantityBilled: '3', matchStatus: 'FULLY_BILLED' },
        { lineNo: 2, quantity: '2', quantityReceived: '2', quantityBilled: '2', matchStatus: 'FULLY_BILLED' },
      ],
    });
    const lines = await t.db.prisma.purchaseOrderLine.findMany({
      where: { orderId: rowId(orderId) },
      orderBy: { lineNo: 'asc' },
    });
    expect(lines.map((line) => line.valueClearedBase.toFixed())).toEqual(['1.02', '0']);
  });

  it('posts no difference entry when the bill matches the receipts exactly', async () => {
    const exact = await sentOrder(t, org, [{ productId: org.products.C, quantity: '2', unitPrice: '0.50' }], 'EUR');
    await receive(t, org, exact, '2026-03-07', [{ lineNo: 1, quantity: '2' }]);
    // The ledger's problems name this command's fields: no fiscal period covers 2025.
    const early = await t.gql(org.key, BILL_FROM_ORDER, {
      input: {
        purchaseOrderId: exact,
        billDate: '2025-12-31',
        supplierReference: 'EU-78',
        idempotencyKey: 'too-early',
      },
    });
    expect(early.data.supplierBillFromPurchaseOrder.errors).toEqual([
      expect.objectContaining({ code: 'NO_PERIOD', field: ['input', 'billDate'] }),
    ]);
    const result = await t.gql(org.key, BILL_FROM_ORDER, {
      input: {
        purchaseOrderId: exact,
        billDate: '2026-03-08',
        supplierReference: 'EU-78',
        idempotencyKey: 'exact-bill',
      },
    });
    const payload = result.data.supplierBillFromPurchaseOrder;
    expect(payload.errors).toEqual([]);
    expect(
      await t.db.prisma.journalEntry.count({
        where: { sourceType: 'Invoice', sourceId: rowId(payload.billId), sourcePurpose: 'grni-difference' },
      }),
    ).toBe(0);
    const bill = await t.db.prisma.purchaseOrderBill.findFirstOrThrow({
      where: { invoiceId: rowId(payload.billId) },
      include: { lines: true },
    });
    expect([
      bill.differenceBase.toFixed(),
      bill.lines[0].valueBilledBase.toFixed(),
      bill.lines[0].valueClearedBase.toFixed(),
    ]).toEqual(['0', '1', '1']);
  });
});
