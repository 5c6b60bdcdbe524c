import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';
import { rowId, topLevelCode } from './support.js';
import {
  BILL_FROM_ORDER,
  billingOrg,
  entryLines,
  mutate,
  receive,
  sentOrder,
  type BillingOrg,
} from './billing-helpers.js';

/*
 * EUR base; USD 0.90 from 03-01, 0.95 from 03-10, 0.92 from 03-20, 0.93 from 03-31.
 * PO (USD): line 1 = 10 x A at 12.345, tax 19%; line 2 = 4 x B at 7.50, tax 7%.
 *
 * Receipt 03-05 at 0.90: line 1 6 @ 11.1105 EUR = 66.663 -> 66.66; line 2 1 @ 6.75 = 6.75.
 * Receipt 03-10 at 0.95: line 1 4 @ 11.72775 = 46.911 -> 46.91; line 2 3 @ 7.125 = 21.375 -> 21.38.
 * Received value: line 1 113.57, line 2 28.13 (GRNI credited 141.70 by the receipt postings).
 *
 * Bill 1 (03-20, 0.92) of the first receipt's quantities: line 1 6, line 2 1.
 *   USD: 6 x 12.345 = 74.07, tax 14.0733 -> 14.07; 1 x 7.50 = 7.50, tax 0.525 -> 0.53; total 96.17.
 *   EUR: payable 96.17 x 0.92 = 88.4764 -> 88.48; GRNI 74.07 x 0.92 = 68.1444 -> 68.14 and 7.50 x 0.92 = 6.90;
 *        tax 14.60 x 0.92 = 13.432 -> 13.43; debits 88.47, so the ledger's foreign rounding line Dr 6900 0.01.
 *   Cleared: line 1 113.57 x 6/10 = 68.142 -> 68.14; line 2 28.13 x 1/4 = 7.0325 -> 7.03.
 *   Difference: (68.14 - 68.14) + (6.90 - 7.03) = -0.13: Dr GRNI 0.13 / Cr 6950 0.13.
 * Bill 2 (03-31, 0.93) of the rest: line 1 4, line 2 3.
 *   USD: 4 x 12.345 = 49.38, tax 9.3822 -> 9.38; 3 x 7.50 = 22.50, tax 1.575 -> 1.58; total 82.84.
 *   EUR: payable 82.84 x 0.93 = 77.0412 -> 77.04; GRNI 49.38 x 0.93 = 45.9234 -> 45.92, 22.50 x 0.93 = 20.925 -> 20.93;
 *        tax 10.96 x 0.93 = 10.1928 -> 10.19; balanced.
 *   Cleared (the remainders): line 1 113.57 - 68.14 = 45.43; line 2 28.13 - 7.03 = 21.10.
 *   Difference: (45.92 - 45.43) + (20.93 - 21.10) = 0.32: Cr GRNI 0.32 / Dr 6950 0.32.
 * GRNI: Cr 141.70 (receipts); Dr 68.14 + 6.90 + 0.13 + 45.92 + 20.93 - 0.32 = 141.70.
 */
describe('purchasing: supplier bills from purchase orders (three-way match)', () => {
  let t: TestApp;
  let org: BillingOrg;
  let orderId: string;
  let bill2Id: string;

  const state = async () => {
    const result = await t.gql(
      org.key,
      `query($id: ID!) { purchaseOrder(id: $id) { status version lines { lineNo quantityReceived quantityBilled matchStatus } bills { id status balanceDue { amount } } } }`,
      {
        id: orderId,
      },
    );
    expect(result.errors).toBeUndefined();
    return result.data.purchaseOrder;
  };
  const differenceEntry = async (billGlobalId: string) =>
    t.db.prisma.journalEntry.findFirst({
      where: {
        organizationId: org.org.organizationId,
        sourceType: 'Invoice',
        sourceId: rowId(billGlobalId),
        sourcePurpose: 'grni-difference',
      },
      include: {
        lines: { orderBy: { lineNo: 'asc' }, include: { account: { select: { code: true } } } },
        reversedBy: {
          include: { lines: { orderBy: { lineNo: 'asc' }, include: { account: { select: { code: true } } } } },
        },
      },
    });
  const dbLines = (
    lines: { account: { code: string }; debit: { toFixed(): string }; credit: { toFixed(): string } }[],
  ) =>
    entryLines(
      lines.map((line) => ({ account: line.account, debit: line.debit.toFixed(), credit: line.credit.toFixed() })),
    );
  const bill = (key: string, input: Record<string, unknown>) =>
    t.gql(key, BILL_FROM_ORDER, { input: { purchaseOrderId: orderId, ...input } });

  beforeAll(async () => {
    t = await createTestApp();
    org = await billingOrg(
      t,
      'PO Billing Org',
      { '2026-03-01': '0.90', '2026-03-10': '0.95', '2026-03-20': '0.92', '2026-03-31': '0.93' },
      { A: 'STOCKED', B: 'STOCKED' },
    );
    orderId = await sentOrder(t, org, [
      { productId: org.products.A, quantity: '10', unitPrice: '12.345', taxRate: '19' },
      { productId: org.products.B, quantity: '4', unitPrice: '7.50', taxRate: '7' },
    ]);
  });
  afterAll(() => t.close());

  it('has nothing to bill before anything is received', async () => {
    const result = await bill(org.key, { supplierReference: 'INV-0', idempotencyKey: 'nothing-yet' });
    expect(result.data.supplierBillFromPurchaseOrder.errors).toEqual([
      expect.objectContaining({ code: 'NOTHING_TO_BILL', field: ['input', 'purchaseOrderId'] }),
    ]);
    expect((await state()).lines.map((line: { matchStatus: string }) => line.matchStatus)).toEqual([
      'NOT_RECEIVED',
      'NOT_RECEIVED',
    ]);
  });

  it('tracks the match through two partial receipts', async () => {
    expect(
      await receive(t, org, orderId, '2026-03-05', [
        { lineNo: 1, quantity: '6' },
        { lineNo: 2, quantity: '1' },
      ]),
    ).toBe('PARTIALLY_RECEIVED');
    expect((await state()).lines.map((line: { matchStatus: string }) => line.matchStatus)).toEqual([
      'PARTIALLY_RECEIVED',
      'PARTIALLY_RECEIVED',
    ]);
    expect(
      await receive(t, org, orderId, '2026-03-10', [
        { lineNo: 1, quantity: '4' },
        { lineNo: 2, quantity: '3' },
      ]),
    ).toBe('RECEIVED');
    expect((await state()).lines.map((line: { matchStatus: string }) => line.matchStatus)).toEqual([
      'RECEIVED_NOT_BILLED',
      'RECEIVED_NOT_BILLED',
    ]);
  });

  it('refuses billing more than was received, naming the line, and writes nothing', async () => {
    const before = await state();
    const result = await bill(org.key, {
      lines: [
        { lineNo: 2, quantity: '1' },
        { lineNo: 1, quantity: '10.0001' },
        { lineNo: 3, quantity: '1' },
      ],
      billDate: '2026-03-20',
      supplierReference: 'INV-X',
      idempotencyKey: 'too-much',
    });
    expect(
      result.data.supplierBillFromPurchaseOrder.errors.map((error: { code: string; field: string[] }) => [
        error.code,
        error.field.join('.'),
      ]),
    ).toEqual([
      ['OVER_BILLING', 'input.lines.1.quantity'],
      ['NOT_FOUND', 'input.lines.2.lineNo'],
    ]);
    expect(await state()).toEqual(before);
    expect(await t.db.prisma.invoice.count({ where: { organizationId: org.org.organizationId } })).toBe(0);
  });

  it('bills the first receipt: GRNI debits at the bill rate, proportional clearing, the difference as an exchange gain', async () => {
    // A PURCHASING-only key may bill (what it reads of the bill: bills-access.test.ts).
    const buyer = await org.org.key('PURCHASING');
    const result = await t.gql(
      buyer,
      `mutation($input: SupplierBillFromPurchaseOrderInput!) { supplierBillFromPurchaseOrder(input: $input) { billId purchaseOrder { status lines { quantityBilled matchStatus } } errors { code message field } } }`,
      {
        input: {
          purchaseOrderId: orderId,
          lines: [
            { lineNo: 1, quantity: '6' },
            { lineNo: 2, quantity: '1' },
          ],
          billDate: '2026-03-20',
          supplierReference: 'US-INV-1001',
          idempotencyKey: 'bill-1',
        },
      },
    );
    expect(result.errors).toBeUndefined();
    const payload = result.data.supplierBillFromPurchaseOrder;
    expect(payload.errors).toEqual([]);
    expect(payload.purchaseOrder).toEqual({
      status: 'RECEIVED',
      lines: [
        { quantityBilled: '6', matchStatus: 'PARTIALLY_BILLED' },
        { quantityBilled: '1', matchStatus: 'PARTIALLY_BILLED' },
      ],
    });

    const read = await t.gql(
      org.key,
      `query($id: ID!) { node(id: $id) { ... on Invoice {
      kind status currency issueDate dueDate reference totalBase total { amount } taxTotal { amount } balanceDue { amount } supplier { id }
      lines { lineNo quantity unitPrice taxRate subtotal tax total account { code } product { sku } }
      journalEntry { lines { account { code } debit credit } } } } }`,
      { id: payload.billId },
    );
    expect(read.errors).toBeUndefined();
    const invoice = read.data.node;
    expect(invoice).toMatchObject({
      kind: 'SUPPLIER_BILL',
      status: 'POSTED',
      currency: 'USD',
      issueDate: '2026-03-20',
      dueDate: '2026-05-04',
      reference: 'US-INV-1001',
      supplier: { id: org.supplierId },
    });
    expect([invoice.total.amount, invoice.taxTotal.amount, invoice.balanceDue.amount].map(Number)).toEqual([
      96.17, 14.6, 96.17,
    ]);
    expect(Number(invoice.totalBase)).toBe(88.48);
    expect(
      invoice.lines.map((line: any) => [
        line.product.sku,
        line.account.code,
        Number(line.quantity),
        Number(line.unitPrice),
        Number(line.taxRate),
        Number(line.subtotal),
        Number(line.tax),
        Number(line.total),
      ]),
    ).toEqual([
      ['A', '2150', 6, 12.345, 19, 74.07, 14.07, 88.14],
      ['B', '2150', 1, 7.5, 7, 7.5, 0.53, 8.03],
    ]);
    expect(
      invoice.journalEntry.lines.map((line: any) => [line.account.code, Number(line.debit), Number(line.credit)]),
    ).toEqual([
      ['2000', 0, 88.48],
      ['2150', 68.14, 0],
      ['2150', 6.9, 0],
      ['2100', 13.43, 0],
      ['6900', 0.01, 0],
    ]);
    const difference = await differenceEntry(payload.billId);
    expect(difference).not.toBeNull();
    expect(dbLines(difference!.lines)).toEqual(['2150 Dr 0.13', '6950 Cr 0.13']);
    const stored = await t.db.prisma.purchaseOrderLine.findMany({
      where: { orderId: rowId(orderId) },
      orderBy: { lineNo: 'asc' },
    });
    expect(stored.map((line) => line.valueClearedBase.toFixed())).toEqual(['68.14', '7.03']);
    const invoiceLines = await t.db.prisma.invoiceLine.findMany({
      where: { invoiceId: rowId(payload.billId) },
      orderBy: { lineNo: 'asc' },
    });
    expect(invoiceLines.map((line) => line.purchaseOrderLineId)).toEqual(stored.map((line) => line.id));
    const matches = await t.db.prisma.purchaseOrderBillLine.findMany({
      where: { bill: { invoiceId: rowId(payload.billId) } },
      include: { orderLine: { select: { lineNo: true } } },
    });
    expect(
      matches
        .sort((a, b) => a.orderLine.lineNo - b.orderLine.lineNo)
        .map((match) => [
          match.quantity.toFixed(),
          match.receivedValueBase.toFixed(),
          match.valueBilledBase.toFixed(),
          match.valueClearedBase.toFixed(),
        ]),
    ).toEqual([
      ['6', '113.57', '68.14', '68.14'],
      ['1', '28.13', '6.9', '7.03'],
    ]);
  });

  it('bills the rest by default with the ACCOUNTING role, clearing exactly the remainders; a retry with the same key bills nothing more', async () => {
    const accountant = await org.org.key('ACCOUNTING');
    const input = { billDate: '2026-03-31', supplierReference: 'US-INV-1002', idempotencyKey: 'bill-2' };
    const first = (await bill(accountant, input)).data.supplierBillFromPurchaseOrder;
    expect(first.errors).toEqual([]);
    const again = (await bill(accountant, input)).data.supplierBillFromPurchaseOrder;
    expect(again.errors).toEqual([]);
    expect(again.billId).toBe(first.billId);
    const changed = (await bill(accountant, { ...input, supplierReference: 'US-INV-9999' })).data
      .supplierBillFromPurchaseOrder;
    expect(changed.errors).toEqual([expect.objectContaining({ code: 'IDEMPOTENCY_CONFLICT' })]);
    bill2Id = first.billId;

    expect(first.bill.total.amount).toBe('82.84');
    expect(Number(first.bill.totalBase)).toBe(77.04);
    expect(
      first.bill.lines.map((line: any) => [
        line.product.sku,
        line.account.code,
        Number(line.quantity),
        Number(line.subtotal),
        Number(line.tax),
      ]),
    ).toEqual([
      ['A', '2150', 4, 49.38, 9.38],
      ['B', '2150', 3, 22.5, 1.58],
    ]);
    expect(
      first.bill.journalEntry.lines.map((line: any) => [line.account.code, Number(line.debit), Number(line.credit)]),
    ).toEqual([
      ['2000', 0, 77.04],
      ['2150', 45.92, 0],
      ['2150', 20.93, 0],
      ['2100', 10.19, 0],
    ]);
    expect(dbLines((await differenceEntry(first.billId))!.lines)).toEqual(['2150 Cr 0.32', '6950 Dr 0.32']);
    expect(first.purchaseOrder).toEqual({
      status: 'BILLED',
      lines: [
        { lineNo: 1, quantity: '10', quantityReceived: '10', quantityBilled: '10', matchStatus: 'FULLY_BILLED' },
        { lineNo: 2, quantity: '4', quantityReceived: '4', quantityBilled: '4', matchStatus: 'FULLY_BILLED' },
      ],
    });
    const stored = await t.db.prisma.purchaseOrderLine.findMany({
      where: { orderId: rowId(orderId) },
      orderBy: { lineNo: 'asc' },
    });
    // Fully billed lines have cleared exactly what their receipts were worth.
    expect(stored.map((line) => line.valueClearedBase.toFixed())).toEqual(['113.57', '28.13']);
    expect(await t.db.prisma.purchaseOrderBill.count({ where: { orderId: rowId(orderId) } })).toBe(2);

    const order = await state();
    expect(order.bills.map((entry: any) => [entry.status, entry.balanceDue.amount])).toEqual([
      ['POSTED', '96.17'],
      ['POSTED', '82.84'],
    ]);
    const lineBills = await t.gql(
      org.key,
      `query($id: ID!) { purchaseOrder(id: $id) { lines { grniClearedValue bills { id reference } } } }`,
      { id: orderId },
    );
    expect(lineBills.data.purchaseOrder.lines.map((line: any) => Number(line.grniClearedValue))).toEqual([
      113.57, 28.13,
    ]);
    expect(
      lineBills.data.purchaseOrder.lines.map((line: any) => line.bills.map((entry: any) => entry.reference)),
    ).toEqual([
      ['US-INV-1001', 'US-INV-1002'],
      ['US-INV-1001', 'US-INV-1002'],
    ]);
  });

  it('has nothing more to bill once billed', async () => {
    const result = await bill(org.key, {
      billDate: '2026-03-31',
      supplierReference: 'US-INV-1003',
      idempotencyKey: 'bill-extra',
    });
    expect(result.data.supplierBillFromPurchaseOrder.errors).toEqual([
      expect.objectContaining({ code: 'NOTHING_TO_BILL' }),
    ]);
  });

  it('voiding a bill gives its quantities and cleared values back, reverses its difference entry and reopens the order', async () => {
    const voided = await mutate(
      t,
      org.key,
      'supplierBillVoid',
      'SupplierBillVoidInput',
      'bill { status balanceDue { amount } }',
      { id: bill2Id },
    );
    expect(voided.errors).toEqual([]);
    expect(voided.bill).toEqual({ status: 'VOID', balanceDue: { amount: '0.00' } });
    const order = await state();
    expect(order.status).toBe('RECEIVED');
    expect(order.lines.map((line: any) => [line.quantityBilled, line.matchStatus])).toEqual([
      ['6', 'PARTIALLY_BILLED'],
      ['1', 'PARTIALLY_BILLED'],
    ]);
    const stored = await t.db.prisma.purchaseOrderLine.findMany({
      where: { orderId: rowId(orderId) },
      orderBy: { lineNo: 'asc' },
    });
    expect(stored.map((line) => line.valueClearedBase.toFixed())).toEqual(['68.14', '7.03']);
    const difference = await differenceEntry(bill2Id);
    expect(difference!.reversedBy).toHaveLength(1);
    expect(dbLines(difference!.reversedBy[0].lines)).toEqual(['2150 Dr 0.32', '6950 Cr 0.32']);

    // Billing the rest again clears the same remainders.
    const rebill = (
      await bill(org.key, { billDate: '2026-03-31', supplierReference: 'US-INV-1002B', idempotencyKey: 'bill-2b' })
    ).data.supplierBillFromPurchaseOrder;
    expect(rebill.errors).toEqual([]);
    expect(rebill.purchaseOrder.status).toBe('BILLED');
    expect(dbLines((await differenceEntry(rebill.billId))!.lines)).toEqual(['2150 Cr 0.32', '6950 Dr 0.32']);
  });

  it('checks roles: WAREHOUSE alone may not bill nor read the bills, a PURCHASING key reads the bills but not their entries', async () => {
    const warehouse = await org.org.key('WAREHOUSE');
    expect(topLevelCode(await bill(warehouse, { supplierReference: 'X', idempotencyKey: 'warehouse' }))).toBe(
      'FORBIDDEN',
    );
    const bills = `query($id: ID!) { purchaseOrder(id: $id) { status bills { id } } }`;
    expect(topLevelCode(await t.gql(warehouse, bills, { id: orderId }))).toBe('FORBIDDEN');
    const buyer = await org.org.key('PURCHASING');
    const read = await t.gql(buyer, bills, { id: orderId });
    expect(read.errors).toBeUndefined();
    expect(read.data).toEqual((await t.gql(org.key, bills, { id: orderId })).data);
    expect(read.data.purchaseOrder.bills.length).toBeGreaterThan(0);
    const entries = await t.gql(
      buyer,
      `query($id: ID!) { purchaseOrder(id: $id) { bills { journalEntry { number } } } }`,
      { id: orderId },
    );
    expect(topLevelCode(entries)).toBe('FORBIDDEN');
  });
});
