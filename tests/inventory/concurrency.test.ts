import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';
import { STOCK_AS_OF, createProduct, levels, onPostgres, reservationOp, rowId, stockOp, stockOrg } from './helpers.js';

/** The levels must equal the replay of the move ledger. */
async function expectLevelsEqualMoves(t: TestApp, key: string, productId: string) {
  const res = await t.gql(key, STOCK_AS_OF, { asOf: new Date(Date.now() + 1000).toISOString(), productId });
  const replay = res.data.stockAsOf
    .map((r: { location: { code: string }; quantity: string }) => [r.location.code, r.quantity])
    .sort();
  const current = (await levels(t, key, { productId }))
    .filter(([, onHand]) => onHand !== '0')
    .map(([code, onHand]) => [code, onHand]);
  expect(current).toEqual(replay);
}

// PGlite runs one transaction at a time, so races only happen on PostgreSQL.
describe.skipIf(!onPostgres)('concurrent stock operations (PostgreSQL)', () => {
  let t: TestApp;
  let s: Awaited<ReturnType<typeof stockOrg>>;

  beforeAll(async () => {
    t = await createTestApp();
    s = await stockOrg(t, 'Stock Race Org');
  });
  afterAll(() => t.close());

  it('grants exactly the available quantity to 20 simultaneous issues of the last units, never below zero', async () => {
    const product = await createProduct(t, s.key, { sku: 'LAST-UNITS', name: 'Last units' });
    await stockOp(t, s.key, 'stockReceive', {
      productId: product.id,
      locationId: s.binA,
      quantity: '7',
      unitCost: '3',
    });
    const results = await Promise.all(
      Array.from({ length: 20 }, () =>
        stockOp(t, s.key, 'stockIssue', { productId: product.id, locationId: s.binA, quantity: '1' }),
      ),
    );
    expect(results.filter((r) => r.errors.length === 0)).toHaveLength(7);
    expect(results.filter((r) => r.errors[0]?.code === 'INSUFFICIENT_STOCK')).toHaveLength(13);
    expect(await levels(t, s.key, { productId: product.id })).toEqual([['BIN-A', '0', '0']]);
    await expectLevelsEqualMoves(t, s.key, product.id);
  });

  it('keeps levels equal to the moves when transfers, issues and receipts of one product race', async () => {
    const product = await createProduct(t, s.key, { sku: 'MIXED-RACE', name: 'Mixed race' });
    await stockOp(t, s.key, 'stockReceive', {
      productId: product.id,
      locationId: s.binA,
      quantity: '10',
      unitCost: '2',
    });
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        i % 4 === 0
          ? stockOp(t, s.key, 'stockReceive', {
              productId: product.id,
              locationId: s.binB,
              quantity: '1',
              unitCost: '4',
            })
          : i % 2 === 0
            ? stockOp(t, s.key, 'stockTransfer', {
                productId: product.id,
                fromLocationId: s.binA,
                toLocationId: s.binB,
                quantity: '1',
              })
            : stockOp(t, s.key, 'stockIssue', { productId: product.id, locationId: s.binA, quantity: '1' }),
      ),
    );
    // 5 receipts always succeed; the 15 moves out of BIN-A share its 10 units.
    expect(results.filter((r) => r.errors.length === 0)).toHaveLength(15);
    const [binA] = await levels(t, s.key, { productId: product.id });
    expect(binA).toEqual(['BIN-A', '0', '0']);
    await expectLevelsEqualMoves(t, s.key, product.id);
  });
});

describe.skipIf(!onPostgres)('concurrent reservations (PostgreSQL)', () => {
  let t: TestApp;
  let s: Awaited<ReturnType<typeof stockOrg>>;

  beforeAll(async () => {
    t = await createTestApp();
    s = await stockOrg(t, 'Reservation Race Org');
  });
  afterAll(() => t.close());

  it('grants exactly the available quantity to 20 simultaneous reservations; reserved equals the sum of reservations', async () => {
    const product = await createProduct(t, s.key, { sku: 'RACE-RES', name: 'Race reservations' });
    await stockOp(t, s.key, 'stockReceive', {
      productId: product.id,
      locationId: s.binA,
      quantity: '6',
      unitCost: '1',
    });
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        reservationOp(t, s.key, 'stockReserve', {
          productId: product.id,
          locationId: s.binA,
          demand: { type: 'SALES_ORDER', id: `SO-${i}` },
          quantity: '1',
        }),
      ),
    );
    expect(results.filter((r) => r.errors.length === 0)).toHaveLength(6);
    expect(results.filter((r) => r.errors[0]?.code === 'INSUFFICIENT_STOCK')).toHaveLength(14);
    expect(await levels(t, s.key, { productId: product.id })).toEqual([['BIN-A', '6', '6']]);
    // Consumes and releases racing with new reservations and issues keep every quantity consistent.
    const granted = results.filter((r) => r.errors.length === 0).map((r) => r.reservation!.demand.id as string);
    await Promise.all([
      ...granted.map((id, i) =>
        reservationOp(t, s.key, i % 2 === 0 ? 'stockConsume' : 'stockRelease', {
          productId: product.id,
          locationId: s.binA,
          demand: { type: 'SALES_ORDER', id },
          ...(i % 2 === 0 ? { quantity: '1' } : {}),
        }),
      ),
      ...Array.from({ length: 6 }, () =>
        stockOp(t, s.key, 'stockIssue', { productId: product.id, locationId: s.binA, quantity: '1' }),
      ),
    ]);
    const [[, onHand, reserved]] = await levels(t, s.key, { productId: product.id });
    const open = await t.db.prisma.stockReservation.aggregate({
      where: { organizationId: s.org.organizationId, productId: rowId(product.id) },
      _sum: { quantity: true },
    });
    expect(reserved).toBe(open._sum.quantity?.toFixed());
    expect(Number(onHand)).toBeGreaterThanOrEqual(Number(reserved));
    await expectLevelsEqualMoves(t, s.key, product.id);
  });
});
