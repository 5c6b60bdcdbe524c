import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';
import { BILL_FROM_ORDER, billingOrg, receive, sentOrder } from './billing-helpers.js';

const NESTED = `query {
  purchaseOrders(first: 50) {
    totalCount
    nodes {
      number status
      bills { number balanceDue { amount } }
      lines { lineNo matchStatus bills { number reference balanceDue { amount } } }
    }
  }
}`;

describe('purchase orders with their bills', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  /** `count` EUR orders of 4 x 2.50 and 2 x 10, each received, then billed 1 + 1 (12.50) and the rest 3 + 1 (17.50). */
  async function orgWithBilledOrders(count: number) {
    const org = await billingOrg(t, `PO Bills ${count} Org`, {}, { P: 'STOCKED', Q: 'STOCKED' });
    for (let i = 0; i < count; i += 1) {
      const id = await sentOrder(
        t,
        org,
        [
          { productId: org.products.P, quantity: '4', unitPrice: '2.50' },
          { productId: org.products.Q, quantity: '2', unitPrice: '10' },
        ],
        'EUR',
      );
      await receive(t, org, id, '2026-04-01', [
        { lineNo: 1, quantity: '4' },
        { lineNo: 2, quantity: '2' },
      ]);
      for (const [n, lines] of [
        [
          1,
          [
            { lineNo: 1, quantity: '1' },
            { lineNo: 2, quantity: '1' },
          ],
        ],
        [2, null],
      ] as const) {
        const result = await t.gql(org.key, BILL_FROM_ORDER, {
          input: {
            purchaseOrderId: id,
            lines,
            billDate: '2026-04-02',
            supplierReference: `S-${i}-${n}`,
            idempotencyKey: `q-${count}-${i}-${n}`,
          },
        });
        expect(result.data.supplierBillFromPurchaseOrder.errors).toEqual([]);
      }
    }
    return org.key;
  }

  it('reads orders, lines and their bills with balances in as many statements for 5 orders as for 1', async () => {
    const small = await orgWithBilledOrders(1);
    const large = await orgWithBilledOrders(5);
    const run = async (key: string, orders: number) => {
      let body: any;
      const statements = await t.countStatements(async () => {
        body = await t.gql(key, NESTED);
      });
      expect(body.errors).toBeUndefined();
      expect(body.data.purchaseOrders.nodes).toHaveLength(orders);
      for (const order of body.data.purchaseOrders.nodes) {
        expect(order.status).toBe('BILLED');
        expect(order.bills.map((bill: any) => bill.balanceDue.amount)).toEqual(['12.50', '17.50']);
        expect(order.lines.map((line: any) => [line.matchStatus, line.bills.length])).toEqual([
          ['FULLY_BILLED', 2],
          ['FULLY_BILLED', 2],
        ]);
      }
      return statements;
    };
    await run(small, 1);
    expect(await run(large, 5)).toBe(await run(small, 1));
  });
});
