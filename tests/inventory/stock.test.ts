import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';
import {
  LOCATION_DELETE,
  PRODUCT_DELETE,
  PRODUCT_UPDATE,
  STOCK_AS_OF,
  createProduct,
  errorsOf,
  levels,
  payload,
  rowId,
  stockOp,
  stockOrg,
  topLevelCode,
  virtualLocation,
} from './helpers.js';

let t: TestApp;
let s: Awaited<ReturnType<typeof stockOrg>>;

beforeAll(async () => {
  t = await createTestApp();
  s = await stockOrg(t, 'Stock Org');
});
afterAll(() => t.close());

const pause = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('stock operations and moving-average cost', () => {
  it('receives, issues, transfers, adjusts and scraps with levels, costs and moves exact', async () => {
    const product = await createProduct(t, s.key, { sku: 'WIDGET', name: 'Widget' });
    const receipt = await stockOp(t, s.key, 'stockReceive', {
      productId: product.id,
      locationId: s.binA,
      quantity: '10',
      unitCost: '5',
      reference: { type: 'PURCHASE_ORDER', id: 'PO-1', line: '1' },
    });
    expect(receipt.errors).toEqual([]);
    expect(receipt.stockMove).toMatchObject({
      quantity: '10',
      unitCost: '5',
      kind: 'RECEIPT',
      state: 'DONE',
      reference: { type: 'PURCHASE_ORDER', id: 'PO-1', line: '1' },
      product: { sku: 'WIDGET', averageCost: '5' },
      fromLocation: { code: 'SUPPLIER', type: 'SUPPLIER' },
      toLocation: { code: 'BIN-A', type: 'INTERNAL' },
    });
    expect(
      (
        await stockOp(t, s.key, 'stockReceive', {
          productId: product.id,
          locationId: s.binA,
          quantity: '10',
          unitCost: '7',
        })
      ).stockMove,
    ).toMatchObject({
      product: { averageCost: '6' },
    });
    const issue = await stockOp(t, s.key, 'stockIssue', { productId: product.id, locationId: s.binA, quantity: '5' });
    expect(issue.stockMove).toMatchObject({
      kind: 'ISSUE',
      unitCost: '6',
      toLocation: { code: 'CUSTOMER' },
      product: { averageCost: '6' },
    });
    const transfer = await stockOp(t, s.key, 'stockTransfer', {
      productId: product.id,
      fromLocationId: s.binA,
      toLocationId: s.binB,
      quantity: '5',
    });
    expect(transfer.stockMove).toMatchObject({
      kind: 'TRANSFER',
      unitCost: '6',
      fromLocation: { code: 'BIN-A' },
      toLocation: { code: 'BIN-B' },
    });
    const lost = await stockOp(t, s.key, 'stockAdjust', {
      productId: product.id,
      locationId: s.binB,
      quantity: '-2',
      reason: 'Damaged in count',
    });
    expect(lost.stockMove).toMatchObject({
      kind: 'ADJUSTMENT',
      quantity: '2',
      unitCost: '6',
      reason: 'Damaged in count',
      toLocation: { code: 'ADJUSTMENT' },
    });
    // 13 on hand at 6, 4 found at 9: (78 + 36) / 17 = 6.705882
    const found = await stockOp(t, s.key, 'stockAdjust', {
      productId: product.id,
      locationId: s.binB,
      quantity: '4',
      unitCost: '9',
      reason: 'Found behind shelf',
    });
    expect(found.stockMove).toMatchObject({
      quantity: '4',
      unitCost: '9',
      fromLocation: { code: 'ADJUSTMENT' },
      product: { averageCost: '6.705882' },
    });
    // Stock value 120 - 30 - 12 + 36 = 114.00 over 17: scrapping 1.5 takes 114 × 1.5 / 17 = 10.0588… → 10.06, i.e. 6.706667 per unit.
    const scrap = await stockOp(t, s.key, 'stockScrap', {
      productId: product.id,
      locationId: s.binB,
      quantity: '1.5',
      reason: 'Broken',
    });
    expect(scrap.stockMove).toMatchObject({ kind: 'SCRAP', unitCost: '6.706667', toLocation: { code: 'SCRAP' } });
    expect(await levels(t, s.key, { productId: product.id })).toEqual([
      ['BIN-A', '10', '0'],
      ['BIN-B', '5.5', '0'],
    ]);
    // By location including child bins, and by the exact location.
    expect(await levels(t, s.key, { within: s.root, productId: product.id })).toHaveLength(2);
    expect(await levels(t, s.key, { locationId: s.binB, productId: product.id })).toEqual([['BIN-B', '5.5', '0']]);
    const where = { organizationId: s.org.organizationId };
    const events = await t.db.prisma.outboxEvent.findMany({
      where: { ...where, aggregateType: 'StockMove' },
      orderBy: { createdAt: 'asc' },
    });
    expect(events.map((e) => e.type)).toEqual([
      'stock.received',
      'stock.received',
      'stock.issued',
      'stock.transferred',
      'stock.adjusted',
      'stock.adjusted',
      'stock.scrapped',
    ]);
  });

  it('refuses to take available below zero with INSUFFICIENT_STOCK naming the field, and writes nothing', async () => {
    const product = await createProduct(t, s.key, { sku: 'SCARCE', name: 'Scarce' });
    await stockOp(t, s.key, 'stockReceive', {
      productId: product.id,
      locationId: s.binA,
      quantity: '3',
      unitCost: '2',
    });
    const where = { organizationId: s.org.organizationId };
    const before = {
      moves: await t.db.prisma.stockMove.count({ where }),
      audits: await t.db.prisma.auditLog.count({ where }),
      events: await t.db.prisma.outboxEvent.count({ where }),
      levels: await levels(t, s.key, { productId: product.id }),
    };
    for (const [field, input] of [
      ['stockIssue', { productId: product.id, locationId: s.binA, quantity: '3.0001' }],
      ['stockIssue', { productId: product.id, locationId: s.binB, quantity: '1' }],
      ['stockTransfer', { productId: product.id, fromLocationId: s.binA, toLocationId: s.binB, quantity: '4' }],
      ['stockAdjust', { productId: product.id, locationId: s.binA, quantity: '-5', reason: 'Lost' }],
      ['stockScrap', { productId: product.id, locationId: s.binA, quantity: '10' }],
    ] as const) {
      const result = await stockOp(t, s.key, field, input);
      expect(errorsOf(result), field).toEqual([['INSUFFICIENT_STOCK', ['input', 'quantity']]]);
      expect(result.stockMove).toBeNull();
    }
    expect({
      moves: await t.db.prisma.stockMove.count({ where }),
      audits: await t.db.prisma.auditLog.count({ where }),
      events: await t.db.prisma.outboxEvent.count({ where }),
      levels: await levels(t, s.key, { productId: product.id }),
    }).toEqual(before);
  });

  it('lets a product that allows negative stock go below zero', async () => {
    const product = await createProduct(t, s.key, { sku: 'NEG-OK', name: 'Negative ok', allowNegativeStock: true });
    expect(
      (await stockOp(t, s.key, 'stockIssue', { productId: product.id, locationId: s.binA, quantity: '2' })).errors,
    ).toEqual([]);
    expect(await levels(t, s.key, { productId: product.id })).toEqual([['BIN-A', '-2', '0']]);
    // The 2 went out at the average of 0 (value 0.00); 5 in at 4 (20.00) leave 3 on hand worth 20.00: 6.666667 each.
    const receipt = await stockOp(t, s.key, 'stockReceive', {
      productId: product.id,
      locationId: s.binA,
      quantity: '5',
      unitCost: '4',
    });
    expect(receipt.stockMove).toMatchObject({ product: { averageCost: '6.666667' } });
    expect(await levels(t, s.key, { productId: product.id })).toEqual([['BIN-A', '3', '0']]);
  });

  it('validates input: quantities, locations, product type, costing method, reasons', async () => {
    const product = await createProduct(t, s.key, { sku: 'VALID', name: 'Valid' });
    const service = await createProduct(t, s.key, { sku: 'SVC', name: 'Service', type: 'SERVICE' });
    const fifo = await createProduct(t, s.key, { sku: 'FIFO', name: 'Fifo', costingMethod: 'FIFO' });
    const customer = await virtualLocation(t, s.key, 'CUSTOMER');
    const check = async (field: string, input: Record<string, unknown>) =>
      errorsOf(await stockOp(t, s.key, field, input));
    expect(
      await check('stockReceive', { productId: product.id, locationId: s.binA, quantity: '0', unitCost: '-1' }),
    ).toEqual([
      ['OUT_OF_RANGE', ['input', 'quantity']],
      ['OUT_OF_RANGE', ['input', 'unitCost']],
    ]);
    expect(
      await check('stockReceive', {
        productId: product.id,
        locationId: s.binA,
        quantity: '1.00001',
        unitCost: '1.0000001',
      }),
    ).toEqual([
      ['INVALID_SCALE', ['input', 'quantity']],
      ['INVALID_SCALE', ['input', 'unitCost']],
    ]);
    expect(
      await check('stockReceive', { productId: product.id, locationId: customer, quantity: '1', unitCost: '1' }),
    ).toEqual([['INVALID_LOCATION', ['input', 'locationId']]]);
    expect(
      await check('stockReceive', { productId: service.id, locationId: s.binA, quantity: '1', unitCost: '1' }),
    ).toEqual([['NOT_STOCKABLE', ['input', 'productId']]]);
    // FIFO products cannot go below zero, whatever the request.
    expect(await check('stockIssue', { productId: fifo.id, locationId: s.binA, quantity: '1' })).toEqual([
      ['INSUFFICIENT_STOCK', ['input', 'quantity']],
    ]);
    expect(
      await check('stockTransfer', {
        productId: product.id,
        fromLocationId: s.binA,
        toLocationId: s.binA,
        quantity: '1',
      }),
    ).toEqual([['SAME_LOCATION', ['input', 'toLocationId']]]);
    expect(
      await check('stockAdjust', { productId: product.id, locationId: s.binA, quantity: '0', reason: ' ' }),
    ).toEqual([
      ['OUT_OF_RANGE', ['input', 'quantity']],
      ['REQUIRED', ['input', 'reason']],
    ]);
    expect(
      await check('stockAdjust', {
        productId: product.id,
        locationId: s.binA,
        quantity: '-1',
        unitCost: '2',
        reason: 'x',
      }),
    ).toEqual([['OUT_OF_RANGE', ['input', 'unitCost']]]);
    expect(
      await check('stockIssue', {
        productId: product.id,
        locationId: s.binA,
        quantity: '1',
        reference: { type: '', id: 'x' },
      }),
    ).toEqual([['REQUIRED', ['input', 'reference', 'type']]]);
    const deactivated = payload(
      await t.gql(
        s.key,
        `mutation M($input: ProductStateInput!) { productDeactivate(input: $input) { errors { code } } }`,
        { input: { id: product.id } },
      ),
      'productDeactivate',
    );
    expect(deactivated.errors).toEqual([]);
    expect(
      await check('stockReceive', { productId: product.id, locationId: s.binA, quantity: '1', unitCost: '1' }),
    ).toEqual([['PRODUCT_INACTIVE', ['input', 'productId']]]);
    expect(await check('stockIssue', { productId: s.binA, locationId: s.binA, quantity: '1' })).toEqual([
      ['NOT_FOUND', ['input', 'productId']],
    ]);
  });
});

describe('the stock ledger', () => {
  it('refuses UPDATE and DELETE of a DONE move at the database', async () => {
    const product = await createProduct(t, s.key, { sku: 'IMMUTABLE', name: 'Immutable' });
    const receipt = await stockOp(t, s.key, 'stockReceive', {
      productId: product.id,
      locationId: s.binA,
      quantity: '1',
      unitCost: '1',
    });
    const id = rowId(receipt.stockMove!.id);
    await expect(
      t.db.prisma.$executeRawUnsafe(`UPDATE "StockMove" SET "quantity" = 2 WHERE "id" = $1::uuid`, id),
    ).rejects.toThrow(/done and cannot be changed/);
    await expect(t.db.prisma.$executeRawUnsafe(`DELETE FROM "StockMove" WHERE "id" = $1::uuid`, id)).rejects.toThrow(
      /done and cannot be changed/,
    );
    expect((await t.db.prisma.stockMove.findUniqueOrThrow({ where: { id } })).quantity.toFixed()).toBe('1');
  });

  it('answers stock as of a past moment from the moves, and the levels equal the replay now', async () => {
    const product = await createProduct(t, s.key, { sku: 'ASOF', name: 'As of' });
    const t0 = new Date().toISOString();
    await pause();
    await stockOp(t, s.key, 'stockReceive', {
      productId: product.id,
      locationId: s.binA,
      quantity: '8',
      unitCost: '1',
    });
    await pause();
    const t1 = new Date().toISOString();
    await pause();
    await stockOp(t, s.key, 'stockTransfer', {
      productId: product.id,
      fromLocationId: s.binA,
      toLocationId: s.binB,
      quantity: '3',
    });
    await stockOp(t, s.key, 'stockIssue', { productId: product.id, locationId: s.binB, quantity: '1' });
    await pause();
    const t2 = new Date().toISOString();
    const asOf = async (at: string, extra: Record<string, unknown> = { productId: product.id }) => {
      const res = await t.gql(s.key, STOCK_AS_OF, { asOf: at, ...extra });
      expect(res.errors).toBeUndefined();
      return res.data.stockAsOf
        .map((r: { location: { code: string }; quantity: string }) => [r.location.code, r.quantity])
        .sort();
    };
    expect(await asOf(t0)).toEqual([]);
    expect(await asOf(t1)).toEqual([['BIN-A', '8']]);
    expect(await asOf(t2)).toEqual([
      ['BIN-A', '5'],
      ['BIN-B', '2'],
    ]);
    expect(await asOf(t1, { productId: product.id, locationId: s.binB })).toEqual([]);
    expect(await asOf(t2, { productId: product.id, locationId: s.root })).toHaveLength(2);
    const now = (await levels(t, s.key, { productId: product.id })).map(([code, onHand]) => [code, onHand]);
    expect(await asOf(new Date().toISOString())).toEqual(now);
    expect(topLevelCode(await t.gql(s.key, STOCK_AS_OF, { asOf: t2 }))).toBe('BAD_USER_INPUT');
  });

  it('refuses deleting a product or a bin that has moves or levels', async () => {
    const product = await createProduct(t, s.key, { sku: 'REFERENCED', name: 'Referenced' });
    await stockOp(t, s.key, 'stockReceive', {
      productId: product.id,
      locationId: s.binB,
      quantity: '1',
      unitCost: '1',
    });
    const del = payload(await t.gql(s.key, PRODUCT_DELETE, { input: { id: product.id } }), 'productDelete');
    expect(errorsOf(del as never)).toEqual([['IN_USE', ['input', 'id']]]);
    const bin = payload(await t.gql(s.key, LOCATION_DELETE, { input: { id: s.binB } }), 'locationDelete');
    expect(errorsOf(bin as never)).toEqual([['IN_USE', ['input', 'id']]]);
    // Master data stays editable.
    expect(
      payload(await t.gql(s.key, PRODUCT_UPDATE, { input: { id: product.id, name: 'Renamed' } }), 'productUpdate')
        .errors,
    ).toEqual([]);
  });
});

describe('reads', () => {
  const NESTED = `
    query Q($first: Int) {
      products(first: $first, orderBy: [{ field: SKU }]) {
        nodes { sku averageCost stockLevels { onHand available location { code warehouse { code } } } }
      }
    }`;

  it('reads products with their stock levels and locations in as many statements for 12 products as for 3', async () => {
    const small = await stockOrg(t, 'Stock Reads Small');
    const large = await stockOrg(t, 'Stock Reads Large');
    for (const [org, count] of [
      [small, 3],
      [large, 12],
    ] as const) {
      for (let i = 0; i < count; i++) {
        const product = await createProduct(t, org.key, {
          sku: `P-${String(i).padStart(2, '0')}`,
          name: `Product ${i}`,
        });
        await stockOp(t, org.key, 'stockReceive', {
          productId: product.id,
          locationId: org.binA,
          quantity: '2',
          unitCost: '1',
        });
        await stockOp(t, org.key, 'stockReceive', {
          productId: product.id,
          locationId: org.binB,
          quantity: '3',
          unitCost: '1',
        });
      }
    }
    const run = async (key: string, first: number) => {
      let body: { data: any; errors?: unknown } | undefined;
      const statements = await t.countStatements(async () => {
        body = await t.gql(key, NESTED, { first });
      });
      expect(body?.errors).toBeUndefined();
      expect(body?.data.products.nodes).toHaveLength(first);
      expect(body?.data.products.nodes[0].stockLevels).toHaveLength(2);
      expect(body?.data.products.nodes[0].stockLevels[0].location.warehouse).toEqual({ code: 'WH' });
      return statements;
    };
    await run(small.key, 3);
    await run(large.key, 12);
    expect(await run(large.key, 12)).toBe(await run(small.key, 3));
  });
});

describe('roles and tenancy', () => {
  it("only WAREHOUSE moves stock; readers read; another organization cannot touch this one's stock", async () => {
    const product = await createProduct(t, s.key, { sku: 'GUARDED', name: 'Guarded' });
    await stockOp(t, s.key, 'stockReceive', {
      productId: product.id,
      locationId: s.binA,
      quantity: '2',
      unitCost: '1',
    });
    for (const role of ['SALES', 'PURCHASING', 'PRODUCTION'] as const) {
      const key = await s.org.key(role);
      const res = await t.gql(
        key,
        `mutation M($input: StockIssueInput!) { stockIssue(input: $input) { errors { code } } }`,
        {
          input: { productId: product.id, locationId: s.binA, quantity: '1' },
        },
      );
      expect(topLevelCode(res), role).toBe('FORBIDDEN');
      expect(await levels(t, key, { productId: product.id })).toEqual([['BIN-A', '2', '0']]);
    }
    const other = await stockOrg(t, 'Stock Other Org');
    expect(await levels(t, other.key, { productId: product.id })).toEqual([]);
    expect(
      errorsOf(
        await stockOp(t, other.key, 'stockIssue', { productId: product.id, locationId: other.binA, quantity: '1' }),
      ),
    ).toEqual([['NOT_FOUND', ['input', 'productId']]]);
    const mine = await createProduct(t, other.key, { sku: 'OTHER', name: 'Other' });
    expect(
      errorsOf(
        await stockOp(t, other.key, 'stockReceive', {
          productId: mine.id,
          locationId: s.binA,
          quantity: '1',
          unitCost: '1',
        }),
      ),
    ).toEqual([['NOT_FOUND', ['input', 'locationId']]]);
    expect(
      (await t.gql(other.key, STOCK_AS_OF, { asOf: new Date().toISOString(), productId: product.id })).data.stockAsOf,
    ).toEqual([]);
  });

  it('an idempotency key returns the first move and moves stock once', async () => {
    const product = await createProduct(t, s.key, { sku: 'IDEM-STOCK', name: 'Idem' });
    const idempotencyKey = randomUUID();
    const input = { productId: product.id, locationId: s.binA, quantity: '4', unitCost: '1', idempotencyKey };
    const first = await stockOp(t, s.key, 'stockReceive', input);
    const again = await stockOp(t, s.key, 'stockReceive', input);
    expect(again.stockMove?.id).toBe(first.stockMove?.id);
    expect(await levels(t, s.key, { productId: product.id })).toEqual([['BIN-A', '4', '0']]);
  });
});
