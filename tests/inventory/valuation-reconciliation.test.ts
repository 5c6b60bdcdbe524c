import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Prisma } from '../../src/generated/prisma/client.js';
import { createTestApp, type TestApp, type TestOrg } from '../support/app.js';
import { createLocation, createProduct, createWarehouse, payload, stockReadyOrg } from './helpers.js';
import { eur, inventoryBalance, pause, valuation } from './valuation-support.js';

/** Deterministic pseudo-random numbers (mulberry32), so a failure replays. */
function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let x = Math.imul(a ^ (a >>> 15), 1 | a);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

const d = (value: string | number | Prisma.Decimal) => new Prisma.Decimal(value);

/** Signed value of the org's DONE moves per product (into warehouse locations minus out of them), from the table itself. */
async function signedMoveValues(t: TestApp, organizationId: string) {
  const rows = await t.db.prisma.$queryRawUnsafe<{ total: Prisma.Decimal | null }[]>(
    `SELECT sum(CASE WHEN t."type" = 'INTERNAL' THEN m."value" ELSE 0 END) - sum(CASE WHEN f."type" = 'INTERNAL' THEN m."value" ELSE 0 END) AS total
       FROM "StockMove" m
       JOIN "Location" f ON f."id" = m."fromLocationId" JOIN "Location" t ON t."id" = m."toLocationId"
      WHERE m."organizationId" = $1::uuid AND m."state" = 'DONE'`,
    organizationId,
  );
  return eur(d(rows[0]?.total ?? 0).toFixed());
}

/** StockLevel rows that differ from the replay of the DONE moves (none when the levels are right). */
async function levelsOffTheMoves(t: TestApp, organizationId: string) {
  return t.db.prisma.$queryRawUnsafe<unknown[]>(
    `WITH flows AS (
       SELECT "productId", "toLocationId" AS "locationId", "quantity" FROM "StockMove" WHERE "organizationId" = $1::uuid AND "state" = 'DONE'
       UNION ALL SELECT "productId", "fromLocationId", -"quantity" FROM "StockMove" WHERE "organizationId" = $1::uuid AND "state" = 'DONE'
     ), replay AS (
       SELECT f."productId", f."locationId", sum(f."quantity") AS q FROM flows f JOIN "Location" l ON l."id" = f."locationId" AND l."type" = 'INTERNAL'
       GROUP BY f."productId", f."locationId"
     )
     SELECT r."productId", r."locationId", r.q, s."onHand" FROM replay r
       FULL JOIN (SELECT * FROM "StockLevel" WHERE "organizationId" = $1::uuid) s ON s."productId" = r."productId" AND s."locationId" = r."locationId"
      WHERE coalesce(r.q, 0) <> coalesce(s."onHand", 0)`,
    organizationId,
  );
}

/** Per product: stock value and on hand, and for FIFO the layers' remaining value and quantity. */
async function productBooks(t: TestApp, organizationId: string) {
  return t.db.prisma.$queryRawUnsafe<
    { sku: string; stockValue: string; onHand: string; layerValue: string | null; layerQuantity: string | null }[]
  >(
    `SELECT p."sku", p."stockValue"::text AS "stockValue",
            (SELECT coalesce(sum("onHand"), 0) FROM "StockLevel" s WHERE s."productId" = p."id")::text AS "onHand",
            (SELECT sum("remainingValue") FROM "StockCostLayer" c WHERE c."productId" = p."id")::text AS "layerValue",
            (SELECT sum("remainingQuantity") FROM "StockCostLayer" c WHERE c."productId" = p."id")::text AS "layerQuantity"
       FROM "Product" p WHERE p."organizationId" = $1::uuid ORDER BY p."sku"`,
    organizationId,
  );
}

describe('reconciliation after a random workload', () => {
  let t: TestApp;
  let org: TestOrg;
  let key: string;

  beforeAll(async () => {
    t = await createTestApp();
    org = await stockReadyOrg(t, 'Valuation Reconciliation Org');
    key = await org.key('WAREHOUSE', 'ACCOUNTING');
  });

  afterAll(async () => {
    await t.close();
  });

  it('keeps ledger, valuation, move values, levels and layers equal, now and as of a past moment', async () => {
    const north = await createWarehouse(t, key, { code: 'NORTH', name: 'North' });
    const south = await createWarehouse(t, key, { code: 'SOUTH', name: 'South' });
    const bin = await createLocation(t, key, { parentId: north.rootLocation.id, code: 'N-BIN' });
    const locations = [north.rootLocation.id, bin.id, south.rootLocation.id];
    const products = [
      (await createProduct(t, key, { sku: 'R-MA-1', name: 'MA one' })).id,
      (await createProduct(t, key, { sku: 'R-MA-2', name: 'MA two', allowNegativeStock: true })).id,
      (await createProduct(t, key, { sku: 'R-FF-1', name: 'FIFO one', costingMethod: 'FIFO' })).id,
      (await createProduct(t, key, { sku: 'R-FF-2', name: 'FIFO two', costingMethod: 'FIFO' })).id,
    ];
    const next = random(20261128);
    const pick = <T>(list: T[]) => list[Math.floor(next() * list.length)] as T;
    const quantity = () => (Math.floor(next() * 1200) / 100 + 0.01).toFixed(2);
    // The test's own record: signed value of every accepted move into/out of warehouse stock, in order.
    let recorded = d(0);
    let atMark = '';
    let markValue = '';
    for (let step = 0; step < 70; step += 1) {
      if (step === 40) {
        await pause();
        atMark = new Date().toISOString();
        markValue = eur(recorded.toFixed()) as string;
        await pause();
      }
      const productId = pick(products);
      const locationId = pick(locations);
      const roll = next();
      let field: string;
      let input: Record<string, unknown>;
      if (roll < 0.35) {
        field = 'stockReceive';
        input = { productId, locationId, quantity: quantity(), unitCost: (next() * 20).toFixed(6) };
      } else if (roll < 0.6) {
        field = 'stockIssue';
        input = { productId, locationId, quantity: quantity() };
      } else if (roll < 0.75) {
        field = 'stockTransfer';
        input = {
          productId,
          fromLocationId: locationId,
          toLocationId: pick(locations.filter((l) => l !== locationId)),
          quantity: quantity(),
        };
      } else if (roll < 0.85) {
        field = 'stockScrap';
        input = { productId, locationId, quantity: quantity() };
      } else {
        const up = next() < 0.5;
        field = 'stockAdjust';
        input = {
          productId,
          locationId,
          quantity: up ? quantity() : `-${quantity()}`,
          reason: 'Random count',
          ...(up && next() < 0.5 ? { unitCost: (next() * 20).toFixed(6) } : {}),
        };
      }
      const inputType = `${field.charAt(0).toUpperCase()}${field.slice(1)}Input`;
      const res = await t.gql(
        key,
        `mutation($input: ${inputType}!) { ${field}(input: $input) { stockMove { value fromLocation { type } toLocation { type } } errors { code } } }`,
        {
          input,
        },
      );
      const result = payload<{
        stockMove: { value: string; fromLocation: { type: string }; toLocation: { type: string } } | null;
      }>(res, field);
      if (result.errors.length > 0) {
        // Only shortage may refuse here (FIFO products and MA-1 do not go negative).
        expect(result.errors.map((e) => e.code)).toEqual(['INSUFFICIENT_STOCK']);
        continue;
      }
      const move = result.stockMove!;
      if (move.toLocation.type === 'INTERNAL') recorded = recorded.plus(move.value);
      if (move.fromLocation.type === 'INTERNAL') recorded = recorded.minus(move.value);
    }
    const total = eur(recorded.toFixed()) as string;
    expect(await inventoryBalance(t, key)).toBe(total);
    expect((await valuation(t, key)).total).toBe(total);
    expect(await signedMoveValues(t, org.organizationId)).toBe(total);
    expect(await levelsOffTheMoves(t, org.organizationId)).toEqual([]);
    // Each product's stock value is its moves' value; FIFO layers hold exactly the stock and its value.
    const books = await productBooks(t, org.organizationId);
    expect(eur(books.reduce((sum, b) => sum.plus(b.stockValue), d(0)).toFixed())).toBe(total);
    for (const book of books.filter((b) => b.sku.startsWith('R-FF'))) {
      expect([eur(book.layerValue ?? '0'), d(book.layerQuantity ?? '0').toFixed()]).toEqual([
        eur(book.stockValue),
        d(book.onHand).toFixed(),
      ]);
      expect(d(book.onHand).isNegative()).toBe(false);
    }
    // A moving-average product with nothing on hand keeps no value (unless it went negative: MA-2).
    for (const book of books.filter((b) => b.sku === 'R-MA-1' && d(b.onHand).isZero()))
      expect(eur(book.stockValue)).toBe('0.00');
    // As of the mark: the moves recorded until then.
    expect((await valuation(t, key, { asOf: atMark })).total).toBe(markValue);
    // Per warehouse values add up to the total.
    const perWarehouse = await Promise.all([north, south].map((w) => valuation(t, key, { warehouseId: w.id })));
    expect(eur(perWarehouse.reduce((sum, v) => sum.plus(v.total), d(0)).toFixed())).toBe(total);
    // Every move that changed the stock value posted exactly one entry, and no entry exists without a move.
    const [unposted, entries, moved] = await Promise.all([
      t.db.prisma.stockMove.count({
        where: {
          organizationId: org.organizationId,
          kind: { not: 'TRANSFER' },
          value: { not: 0 },
          journalEntryId: null,
        },
      }),
      t.db.prisma.journalEntry.count({ where: { organizationId: org.organizationId, sourceType: 'StockMove' } }),
      t.db.prisma.stockMove.count({ where: { organizationId: org.organizationId, journalEntryId: { not: null } } }),
    ]);
    expect([unposted, entries]).toEqual([0, moved]);
    // The workload did exercise every kind, FIFO consumption included (the seed fixes what it does).
    const kinds = await t.db.prisma.stockMove.groupBy({
      by: ['kind'],
      where: { organizationId: org.organizationId },
      _count: true,
    });
    expect(kinds.map((k) => k.kind).sort()).toEqual(['ADJUSTMENT', 'ISSUE', 'RECEIPT', 'SCRAP', 'TRANSFER']);
    expect(
      await t.db.prisma.stockLayerConsumption.count({ where: { organizationId: org.organizationId } }),
    ).toBeGreaterThan(3);
  });
});
