import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';
import { STOCK_AS_OF, createProduct, levels, onPostgres, stockOp, stockOrg } from './helpers.js';

// PGlite runs one transaction at a time, so races only happen on PostgreSQL.
describe.skipIf(!onPostgres)('concurrent stock operations (PostgreSQL)', () => {
  let t: TestApp;
  let s: Awaited<ReturnType<typeof stockOrg>>;

  beforeAll(async () => {
    t = await createTestApp();
    s = await stockOrg(t, 'Stock Race Org');
  });
  afterAll(() => t.close());

  /** The levels must equal the replay of the move ledger. */
  async function expectLevelsEqualMoves(productId: string) {
    const res = await t.gql(s.key, STOCK_AS_OF, { asOf: new Date(Date.now() + 1000).toISOString(), productId });
    const replay = res.data.stockAsOf.map((r: { location: { code: string }; quantity: string }) => [r.location.code, r.quantity]).sort();
    const current = (await levels(t, s.key, { productId })).filter(([, onHand]) => onHand !== '0').map(([code, onHand]) => [code, onHand]);
    expect(current).toEqual(replay);
  }

  it('grants exactly the available quantity to 20 simultaneous issues of the last units, never below zero', async () => {
    const product = await createProduct(t, s.key, { sku: 'LAST-UNITS', name: 'Last units' });
    await stockOp(t, s.key, 'stockReceive', { productId: product.id, locationId: s.binA, quantity: '7', unitCost: '3' });
    const results = await Promise.all(
      Array.from({ length: 20 }, () => stockOp(t, s.key, 'stockIssue', { productId: product.id, locationId: s.binA, quantity: '1' })),
    );
    expect(results.filter((r) => r.errors.length === 0)).toHaveLength(7);
    expect(results.filter((r) => r.errors[0]?.code === 'INSUFFICIENT_STOCK')).toHaveLength(13);
    expect(await levels(t, s.key, { productId: product.id })).toEqual([['BIN-A', '0', '0']]);
    await expectLevelsEqualMoves(product.id);
  });

  it('keeps levels equal to the moves when transfers, issues and receipts of one product race', async () => {
    const product = await createProduct(t, s.key, { sku: 'MIXED-RACE', name: 'Mixed race' });
    await stockOp(t, s.key, 'stockReceive', { productId: product.id, locationId: s.binA, quantity: '10', unitCost: '2' });
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        i % 4 === 0
          ? stockOp(t, s.key, 'stockReceive', { productId: product.id, locationId: s.binB, quantity: '1', unitCost: '4' })
          : i % 2 === 0
            ? stockOp(t, s.key, 'stockTransfer', { productId: product.id, fromLocationId: s.binA, toLocationId: s.binB, quantity: '1' })
            : stockOp(t, s.key, 'stockIssue', { productId: product.id, locationId: s.binA, quantity: '1' }),
      ),
    );
    // 5 receipts always succeed; the 15 moves out of BIN-A share its 10 units.
    expect(results.filter((r) => r.errors.length === 0)).toHaveLength(15);
    const [binA] = await levels(t, s.key, { productId: product.id });
    expect(binA).toEqual(['BIN-A', '0', '0']);
    await expectLevelsEqualMoves(product.id);
  });
});
