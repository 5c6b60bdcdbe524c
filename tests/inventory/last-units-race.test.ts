// 200 requests for one unit each race for the last 50 units of one location: exactly 50 win, the
// other 150 get INSUFFICIENT_STOCK, and on hand, reserved, the moves and the books stay exact.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';
import { STOCK_AS_OF, createProduct, levels, onPostgres, reservationOp, rowId, stockOp, stockOrg } from './helpers.js';

const RACERS = 200;
const STOCK = 50;

describe.skipIf(!onPostgres)(`${RACERS} one-unit requests for the last ${STOCK} units (PostgreSQL)`, () => {
  let t: TestApp;
  let s: Awaited<ReturnType<typeof stockOrg>>;
  let accounting: string;

  beforeAll(async () => {
    t = await createTestApp();
    s = await stockOrg(t, 'Last Units Race Org');
    accounting = await s.org.key('ACCOUNTING');
  });
  afterAll(() => t.close());

  async function productWithStock(sku: string) {
    const product = await createProduct(t, s.key, { sku, name: sku });
    const received = await stockOp(t, s.key, 'stockReceive', {
      productId: product.id,
      locationId: s.binA,
      quantity: String(STOCK),
      unitCost: '2.5',
    });
    expect(received.errors).toEqual([]);
    return product;
  }

  function expectFiftyWon(results: { errors: { code: string }[] }[]) {
    expect(results.filter((r) => r.errors.length === 0)).toHaveLength(STOCK);
    expect(results.filter((r) => r.errors.length === 1 && r.errors[0].code === 'INSUFFICIENT_STOCK')).toHaveLength(
      RACERS - STOCK,
    );
  }

  /** Levels equal the replay of the moves, and the inventory account equals the valuation. */
  async function expectBooksExact(productId: string) {
    const replay = await t.gql(s.key, STOCK_AS_OF, { asOf: new Date(Date.now() + 1000).toISOString(), productId });
    const replayed = replay.data.stockAsOf
      .map((r: { location: { code: string }; quantity: string }) => [r.location.code, r.quantity])
      .sort();
    const current = (await levels(t, s.key, { productId }))
      .filter(([, onHand]) => onHand !== '0')
      .map(([code, onHand]) => [code, onHand]);
    expect(current).toEqual(replayed);
    const books = await t.gql(
      accounting,
      `{ trialBalance(asOf: "${new Date().toISOString().slice(0, 10)}") { rows { code balance } } inventoryValuation { totalValue } }`,
    );
    expect(books.errors).toBeUndefined();
    const inventory = books.data.trialBalance.rows.find((row: { code: string }) => row.code === '1300');
    expect(inventory.balance).toBe(books.data.inventoryValuation.totalValue);
  }

  it('reservations: 50 granted, 150 refused, reserved equals the open reservations', async () => {
    const product = await productWithStock('RACE-RESERVE');
    const results = await Promise.all(
      Array.from({ length: RACERS }, (_, i) =>
        reservationOp(t, s.key, 'stockReserve', {
          productId: product.id,
          locationId: s.binA,
          demand: { type: 'SALES_ORDER', id: `SO-${i}` },
          quantity: '1',
        }),
      ),
    );
    expectFiftyWon(results);
    expect(await levels(t, s.key, { productId: product.id })).toEqual([['BIN-A', '50', '50']]);
    const open = await t.db.prisma.stockReservation.aggregate({
      where: { organizationId: s.org.organizationId, productId: rowId(product.id) },
      _sum: { quantity: true },
      _count: true,
    });
    expect([open._count, open._sum.quantity?.toFixed()]).toEqual([STOCK, '50']);
  });

  it('issues: 50 shipped, 150 refused, on hand zero, every issue costed and posted once', async () => {
    const product = await productWithStock('RACE-ISSUE');
    const results = await Promise.all(
      Array.from({ length: RACERS }, () =>
        stockOp(t, s.key, 'stockIssue', { productId: product.id, locationId: s.binA, quantity: '1' }),
      ),
    );
    expectFiftyWon(results);
    expect(await levels(t, s.key, { productId: product.id })).toEqual([['BIN-A', '0', '0']]);
    const moves = await t.db.prisma.stockMove.findMany({
      where: { organizationId: s.org.organizationId, productId: rowId(product.id), kind: 'ISSUE' },
      select: { value: true, journalEntryId: true },
    });
    expect(moves).toHaveLength(STOCK);
    expect(moves.every((move) => move.value.toFixed(2) === '2.50' && move.journalEntryId !== null)).toBe(true);
    await expectBooksExact(product.id);
  });

  it('transfers out of one location: 50 moved, 150 refused, the units all arrive', async () => {
    const product = await productWithStock('RACE-TRANSFER');
    const results = await Promise.all(
      Array.from({ length: RACERS }, () =>
        stockOp(t, s.key, 'stockTransfer', {
          productId: product.id,
          fromLocationId: s.binA,
          toLocationId: s.binB,
          quantity: '1',
        }),
      ),
    );
    expectFiftyWon(results);
    expect(await levels(t, s.key, { productId: product.id })).toEqual([
      ['BIN-A', '0', '0'],
      ['BIN-B', '50', '0'],
    ]);
    await expectBooksExact(product.id);
  });
});
