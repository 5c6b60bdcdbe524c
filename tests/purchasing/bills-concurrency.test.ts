import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';
import { onPostgres, rowId } from './support.js';
import { BILL_FROM_ORDER, billingOrg, receive, sentOrder, type BillingOrg } from './billing-helpers.js';

// PGlite runs one transaction at a time, so races only happen on PostgreSQL.
describe.skipIf(!onPostgres)('racing bills for the same received quantity (PostgreSQL)', () => {
  let t: TestApp;
  let org: BillingOrg;

  beforeAll(async () => {
    t = await createTestApp();
    org = await billingOrg(t, 'PO Bill Race Org', {}, { R: 'STOCKED' });
  });
  afterAll(() => t.close());

  const bill = (orderId: string, input: Record<string, unknown>) =>
    t
      .gql(org.key, BILL_FROM_ORDER, { input: { purchaseOrderId: orderId, billDate: '2026-05-02', ...input } })
      .then((result) => {
        expect(result.errors).toBeUndefined();
        return result.data.supplierBillFromPurchaseOrder;
      });

  it('lets one of two simultaneous bills of everything received win; the other has nothing to bill', async () => {
    const orderId = await sentOrder(t, org, [{ productId: org.products.R, quantity: '5', unitPrice: '0.333' }], 'EUR');
    await receive(t, org, orderId, '2026-05-01', [{ lineNo: 1, quantity: '5' }]);
    const results = await Promise.all(
      [1, 2].map((n) => bill(orderId, { supplierReference: `RACE-${n}`, idempotencyKey: `race-all-${n}` })),
    );
    expect(results.filter((result) => result.errors.length === 0)).toHaveLength(1);
    expect(results.flatMap((result) => result.errors.map((error: { code: string }) => error.code))).toEqual([
      'NOTHING_TO_BILL',
    ]);
    const line = await t.db.prisma.purchaseOrderLine.findFirstOrThrow({ where: { orderId: rowId(orderId) } });
    // 5 x 0.333 = 1.665 -> 1.67 received, all of it cleared by the one bill.
    expect([line.quantityBilled.toFixed(), line.valueClearedBase.toFixed()]).toEqual(['5', '1.67']);
    expect(
      await t.db.prisma.invoice.count({
        where: { organizationId: org.org.organizationId, reference: { startsWith: 'RACE-' } },
      }),
    ).toBe(1);
  });

  it('gives 5 received units to exactly 5 of 10 simultaneous one-unit bills, clearing exactly the received value', async () => {
    const orderId = await sentOrder(t, org, [{ productId: org.products.R, quantity: '5', unitPrice: '0.333' }], 'EUR');
    await receive(t, org, orderId, '2026-05-01', [{ lineNo: 1, quantity: '5' }]);
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, n) =>
        bill(orderId, {
          lines: [{ lineNo: 1, quantity: '1' }],
          supplierReference: `UNIT-${n}`,
          idempotencyKey: `race-unit-${n}`,
        }),
      ),
    );
    expect(results.filter((result) => result.errors.length === 0)).toHaveLength(5);
    for (const result of results.filter((entry) => entry.errors.length > 0)) {
      expect(
        result.errors.map((error: { code: string; field: string[] }) => [error.code, error.field.join('.')]),
      ).toEqual([['OVER_BILLING', 'input.lines.0.quantity']]);
    }
    const line = await t.db.prisma.purchaseOrderLine.findFirstOrThrow({ where: { orderId: rowId(orderId) } });
    expect([line.quantityBilled.toFixed(), line.valueClearedBase.toFixed()]).toEqual(['5', '1.67']);
    const cleared = await t.db.prisma.purchaseOrderBillLine.aggregate({
      where: { orderLineId: line.id },
      _sum: { valueClearedBase: true },
    });
    expect(cleared._sum.valueClearedBase!.toFixed()).toBe('1.67');
    const order = await t.db.prisma.purchaseOrder.findUniqueOrThrow({ where: { id: rowId(orderId) } });
    expect(order.status).toBe('BILLED');
  });
});
