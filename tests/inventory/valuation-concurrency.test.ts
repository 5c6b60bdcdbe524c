import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';
import { createProduct, onPostgres, rowId, stockOrg } from './helpers.js';
import { eur, inventoryBalance, valuation, valuedOp } from './valuation-support.js';

const ISSUE = `mutation($input: StockIssueInput!) { stockIssue(input: $input) { stockMove { value } errors { code } } }`;

// PGlite runs one transaction at a time, so races only happen on PostgreSQL.
describe.skipIf(!onPostgres)('concurrent issues keep values exact (PostgreSQL)', () => {
  let t: TestApp;
  let s: Awaited<ReturnType<typeof stockOrg>>;
  let key: string;

  beforeAll(async () => {
    t = await createTestApp();
    s = await stockOrg(t, 'Valuation Race Org');
    key = await s.org.key('WAREHOUSE', 'ACCOUNTING');
  });
  afterAll(() => t.close());

  /** Fires `count` simultaneous issues of 1 and returns the accepted values (sorted) and the refusal codes. */
  async function race(productId: string, count: number) {
    const results = await Promise.all(
      Array.from({ length: count }, () =>
        t.gql(key, ISSUE, { input: { productId, locationId: s.binA, quantity: '1' } }),
      ),
    );
    for (const res of results) expect(res.errors).toBeUndefined();
    const payloads = results.map(
      (res) => res.data.stockIssue as { stockMove: { value: string } | null; errors: { code: string }[] },
    );
    return {
      values: payloads
        .filter((p) => p.stockMove)
        .map((p) => eur(p.stockMove!.value))
        .sort(),
      refused: payloads.flatMap((p) => p.errors.map((e) => e.code)),
    };
  }

  /** Moves, their entries and the product row after the race. */
  async function books(productId: string) {
    const id = rowId(productId);
    const [moves, entries, product, layers] = await Promise.all([
      t.db.prisma.stockMove.count({ where: { productId: id } }),
      t.db.prisma.journalEntry.count({ where: { sourceType: 'StockMove', stockMoves: { some: { productId: id } } } }),
      t.db.prisma.product.findUniqueOrThrow({ where: { id } }),
      t.db.prisma.stockCostLayer.findMany({ where: { productId: id }, orderBy: { doneAt: 'asc' } }),
    ]);
    return {
      moves,
      entries,
      stockValue: eur(product.stockValue.toFixed()),
      layers: layers.map((l) => [l.remainingQuantity.toFixed(), eur(l.remainingValue.toFixed())]),
    };
  }

  it('moving average: 15 issues of 1 race for 10 units worth 33.33; 10 win, their values add up to exactly 33.33', async () => {
    const product = (await createProduct(t, key, { sku: 'RACE-MA', name: 'Race MA' })).id;
    await valuedOp(t, key, 'stockReceive', {
      productId: product,
      locationId: s.binA,
      quantity: '10',
      unitCost: '3.333333',
    });
    const { values, refused } = await race(product, 15);
    expect(refused).toEqual(Array(5).fill('INSUFFICIENT_STOCK'));
    // One after the other, whatever the order: 33.33/10 → 3.33, 30.00/9 → 3.33, 26.67/8 → 3.33, 23.34/7 → 3.33,
    // 20.01/6 = 3.335 → 3.34, 16.67/5 → 3.33, 13.34/4 = 3.335 → 3.34, 10.00/3 → 3.33, 6.67/2 = 3.335 → 3.34, last 3.33.
    expect(values).toEqual([...Array(7).fill('3.33'), ...Array(3).fill('3.34')]);
    // Receipt + 10 issues: 11 moves, 11 entries; the refused 5 left nothing behind.
    expect(await books(product)).toEqual({ moves: 11, entries: 11, stockValue: '0.00', layers: [] });
  });

  it('FIFO: 16 issues of 1 race for 12 units in three layers; layers drain oldest first, exactly', async () => {
    const product = (await createProduct(t, key, { sku: 'RACE-FF', name: 'Race FIFO', costingMethod: 'FIFO' })).id;
    await valuedOp(t, key, 'stockReceive', { productId: product, locationId: s.binA, quantity: '4', unitCost: '1' });
    await valuedOp(t, key, 'stockReceive', { productId: product, locationId: s.binA, quantity: '4', unitCost: '2' });
    await valuedOp(t, key, 'stockReceive', {
      productId: product,
      locationId: s.binA,
      quantity: '4',
      unitCost: '3.333333',
    });
    const { values, refused } = await race(product, 16);
    expect(refused).toEqual(Array(4).fill('INSUFFICIENT_STOCK'));
    // Layer 1: 4 × 1.00; layer 2: 4 × 2.00; layer 3 (13.33): 13.33/4 → 3.33, 10.00/3 → 3.33, 6.67/2 = 3.335 → 3.34, last 3.33.
    expect(values).toEqual([...Array(4).fill('1.00'), ...Array(4).fill('2.00'), '3.33', '3.33', '3.33', '3.34']);
    expect(await books(product)).toEqual({
      moves: 15,
      entries: 15,
      stockValue: '0.00',
      layers: [
        ['0', '0.00'],
        ['0', '0.00'],
        ['0', '0.00'],
      ],
    });
    const consumed = await t.db.prisma.stockLayerConsumption.aggregate({
      where: { layer: { productId: rowId(product) } },
      _sum: { quantity: true, value: true },
    });
    expect([consumed._sum.quantity?.toFixed(), eur(consumed._sum.value?.toFixed())]).toEqual(['12', '25.33']);
  });

  it('after both races the ledger equals the valuation: everything issued, both at zero', async () => {
    expect(await inventoryBalance(t, key)).toBe('0.00');
    expect((await valuation(t, key)).total).toBe('0.00');
  });

  it('receipts, issues, transfers and adjustments of one product racing keep stock value, valuation and ledger equal', async () => {
    for (const costingMethod of ['MOVING_AVERAGE', 'FIFO'] as const) {
      const product = (
        await createProduct(t, key, { sku: `RACE-MIX-${costingMethod}`, name: 'Race mix', costingMethod })
      ).id;
      await valuedOp(t, key, 'stockReceive', {
        productId: product,
        locationId: s.binA,
        quantity: '10',
        unitCost: '1.111111',
      });
      const op = (field: string, inputType: string, input: Record<string, unknown>) =>
        t.gql(key, `mutation($input: ${inputType}!) { ${field}(input: $input) { errors { code } } }`, {
          input: { productId: product, ...input },
        });
      const results = await Promise.all(
        Array.from({ length: 24 }, (_, i) =>
          [
            () =>
              op('stockReceive', 'StockReceiveInput', { locationId: s.binB, quantity: '1.5', unitCost: '2.333333' }),
            () => op('stockIssue', 'StockIssueInput', { locationId: s.binA, quantity: '0.7' }),
            // Both directions, so the two levels are locked in opposite orders unless the transfer orders them.
            () =>
              op(
                'stockTransfer',
                'StockTransferInput',
                i % 8 === 2
                  ? { fromLocationId: s.binB, toLocationId: s.binA, quantity: '0.5' }
                  : { fromLocationId: s.binA, toLocationId: s.binB, quantity: '0.4' },
              ),
            () =>
              op('stockAdjust', 'StockAdjustInput', {
                locationId: s.binA,
                quantity: i % 8 === 3 ? '0.3' : '-0.3',
                reason: 'Race',
              }),
          ][i % 4]!(),
        ),
      );
      for (const res of results) expect(res.errors).toBeUndefined();
      const refused = results.flatMap((res) =>
        (Object.values(res.data)[0] as { errors: { code: string }[] }).errors.map((e) => e.code),
      );
      expect(refused.every((code) => code === 'INSUFFICIENT_STOCK')).toBe(true);
      const rows = await t.db.prisma.$queryRawUnsafe<{ moves: string; stock: string; layers: string | null }[]>(
        `SELECT (SELECT sum(CASE WHEN t."type" = 'INTERNAL' THEN m."value" ELSE 0 END) - sum(CASE WHEN f."type" = 'INTERNAL' THEN m."value" ELSE 0 END)
                   FROM "StockMove" m JOIN "Location" f ON f."id" = m."fromLocationId" JOIN "Location" t ON t."id" = m."toLocationId"
                  WHERE m."productId" = p."id")::text AS moves,
                p."stockValue"::text AS stock,
                (SELECT sum("remainingValue") FROM "StockCostLayer" c WHERE c."productId" = p."id")::text AS layers
           FROM "Product" p WHERE p."id" = $1::uuid`,
        rowId(product),
      );
      const row = rows[0]!;
      expect(eur(row.moves)).toBe(eur(row.stock));
      if (costingMethod === 'FIFO') expect(eur(row.layers)).toBe(eur(row.stock));
    }
    // Everything still on hand of both products (and nothing of the earlier ones) is what the ledger holds.
    const total = (await valuation(t, key)).total;
    expect(await inventoryBalance(t, key)).toBe(total);
  });
});
