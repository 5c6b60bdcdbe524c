// Issue 21 item 6: a move that would take on hand (DECIMAL(20,4)) or the product's stock value past
// what its column holds is refused with OUT_OF_RANGE on its quantity; nothing of it is written.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';
import { createProduct, rowId, stockOp, stockOrg } from './helpers.js';

let t: TestApp;
let s: Awaited<ReturnType<typeof stockOrg>>;

beforeAll(async () => {
  t = await createTestApp();
  s = await stockOrg(t, 'Overflow Stock');
});
afterAll(() => t.close());

/** What a refused move must leave as it was: levels, product books, moves, layers, entries, audit and events. */
async function snapshot(productId: string) {
  const organizationId = s.org.organizationId;
  const where = { organizationId };
  const [levels, product, moves, layers, entries, audits, events] = await Promise.all([
    t.db.prisma.stockLevel.findMany({
      where: { ...where, productId },
      select: { locationId: true, onHand: true, reserved: true },
      orderBy: { locationId: 'asc' },
    }),
    t.db.prisma.product.findUniqueOrThrow({
      where: { id: productId },
      select: { stockValue: true, averageCost: true },
    }),
    t.db.prisma.stockMove.count({ where }),
    t.db.prisma.stockCostLayer.count({ where }),
    t.db.prisma.journalEntry.count({ where }),
    t.db.prisma.auditLog.count({ where }),
    t.db.prisma.outboxEvent.count({ where }),
  ]);
  return {
    levels: levels.map((level) => [level.locationId, level.onHand.toFixed(), level.reserved.toFixed()]),
    product: [product.stockValue.toFixed(), product.averageCost.toFixed()],
    moves,
    layers,
    entries,
    audits,
    events,
  };
}

/** A product with stock received at BIN-A, whose level is then set just below the column's limit. */
async function nearlyFull(sku: string, options: { allowNegativeStock?: boolean; onHand: string }) {
  const product = await createProduct(t, s.key, {
    sku,
    name: sku,
    unitOfMeasure: 'pcs',
    allowNegativeStock: options.allowNegativeStock ?? false,
  });
  const received = await stockOp(t, s.key, 'stockReceive', {
    productId: product.id,
    locationId: s.binA,
    quantity: '1',
    unitCost: '0',
  });
  expect(received.errors).toEqual([]);
  // Reaching 10^16 units through the API takes a hundred receipts of 10^14; the level is set directly instead.
  await t.db.prisma.stockLevel.updateMany({
    where: { organizationId: s.org.organizationId, productId: rowId(product.id) },
    data: { onHand: options.onHand },
  });
  return { id: product.id, row: rowId(product.id) };
}

describe('stock moves too large to store', () => {
  it('stockReceive refuses to take on hand past DECIMAL(20,4), on quantity', async () => {
    const product = await nearlyFull('FULL-R', { onHand: '9999999999999000' });
    const before = await snapshot(product.row);
    const refused = await stockOp(t, s.key, 'stockReceive', {
      productId: product.id,
      locationId: s.binA,
      quantity: '1000',
      unitCost: '0',
    });
    expect(refused.stockMove).toBeNull();
    expect(refused.errors).toEqual([
      { code: 'OUT_OF_RANGE', message: expect.stringContaining('on hand'), field: ['input', 'quantity'] },
    ]);
    expect(await snapshot(product.row)).toEqual(before);
    // Up to the last unit that fits is fine.
    const fits = await stockOp(t, s.key, 'stockReceive', {
      productId: product.id,
      locationId: s.binA,
      quantity: '999.9999',
      unitCost: '0',
    });
    expect(fits.errors).toEqual([]);
  });

  it('stockAdjust refuses an increase that takes on hand past DECIMAL(20,4), on quantity', async () => {
    const product = await nearlyFull('FULL-A', { onHand: '9999999999999000' });
    const before = await snapshot(product.row);
    const refused = await stockOp(t, s.key, 'stockAdjust', {
      productId: product.id,
      locationId: s.binA,
      quantity: '5000',
      unitCost: '0',
      reason: 'Found',
    });
    expect(refused.stockMove).toBeNull();
    expect(refused.errors).toEqual([
      { code: 'OUT_OF_RANGE', message: expect.stringContaining('on hand'), field: ['input', 'quantity'] },
    ]);
    expect(await snapshot(product.row)).toEqual(before);
  });

  it('stockIssue refuses, with negative stock allowed, to take on hand below -10^16, on quantity', async () => {
    const product = await nearlyFull('FULL-N', { allowNegativeStock: true, onHand: '-9999999999999000' });
    const before = await snapshot(product.row);
    const refused = await stockOp(t, s.key, 'stockIssue', {
      productId: product.id,
      locationId: s.binA,
      quantity: '1000',
    });
    expect(refused.stockMove).toBeNull();
    expect(refused.errors).toEqual([
      { code: 'OUT_OF_RANGE', message: expect.stringContaining('on hand'), field: ['input', 'quantity'] },
    ]);
    expect(await snapshot(product.row)).toEqual(before);
  });

  it('stockReceive refuses a move whose value (quantity x unit cost) the stock value cannot hold, on quantity', async () => {
    const product = await createProduct(t, s.key, { sku: 'COSTLY', name: 'Costly', unitOfMeasure: 'pcs' });
    const before = await snapshot(rowId(product.id));
    const refused = await stockOp(t, s.key, 'stockReceive', {
      productId: product.id,
      locationId: s.binA,
      quantity: '99999999999',
      unitCost: '99999999',
    });
    expect(refused.stockMove).toBeNull();
    expect(refused.errors).toEqual([
      { code: 'OUT_OF_RANGE', message: expect.stringContaining('stock value'), field: ['input', 'quantity'] },
    ]);
    expect(await snapshot(rowId(product.id))).toEqual(before);
  });
});
