// Two purchase orders over the same two products, their lines in opposite orders, received at once.
// Receipts lock the products in id order whatever the line order, so the second receipt queues on
// the first product instead of deadlocking: no command is retried and every unit arrives once.
// PGlite runs one transaction at a time, so only PostgreSQL can race them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { metrics } from '../../src/platform/metrics.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { onPostgres } from '../inventory/helpers.js';
import { billingOrg, receive, sentOrder, type BillingOrg } from './billing-helpers.js';

describe.skipIf(!onPostgres)('receipts over the same products in opposite line orders (PostgreSQL)', () => {
  const ROUNDS = 10;
  let t: TestApp;
  let o: BillingOrg;

  beforeAll(async () => {
    t = await createTestApp();
    o = await billingOrg(t, 'Receipt Lock Order Org', { '2026-01-01': '0.9' }, { LEFT: 'STOCKED', RIGHT: 'STOCKED' });
  });
  afterAll(() => t.close());

  it('receives both orders every round without a retry', async () => {
    const line = (sku: string) => ({ productId: o.products[sku], quantity: '2', unitPrice: '10.00' });
    const retriesBefore = metrics.commandRetries;
    for (let round = 0; round < ROUNDS; round += 1) {
      const forward = await sentOrder(t, o, [line('LEFT'), line('RIGHT')]);
      const backward = await sentOrder(t, o, [line('RIGHT'), line('LEFT')]);
      const statuses = await Promise.all(
        [forward, backward].map((id) =>
          receive(t, o, id, '2026-03-02', [
            { lineNo: 1, quantity: '2' },
            { lineNo: 2, quantity: '2' },
          ]),
        ),
      );
      expect(statuses).toEqual(['RECEIVED', 'RECEIVED']);
    }
    expect(metrics.commandRetries - retriesBefore).toBe(0);
    // 2 orders x 2 units x ROUNDS of each product, each unit at 10.00 USD x 0.9 = 9.00 EUR.
    const levels = await t.gql(o.key, `{ inventoryValuation { totalValue rows { product { sku } quantity } } }`);
    expect(levels.errors).toBeUndefined();
    expect(
      levels.data.inventoryValuation.rows.map((r: { product: { sku: string }; quantity: string }) => [
        r.product.sku,
        r.quantity,
      ]),
    ).toEqual([
      ['LEFT', String(4 * ROUNDS)],
      ['RIGHT', String(4 * ROUNDS)],
    ]);
    expect(levels.data.inventoryValuation.totalValue).toBe((8 * ROUNDS * 9).toFixed(2));
  });
});
