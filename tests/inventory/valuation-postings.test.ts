import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';
import { createProduct, createWarehouse, errorsOf, rowId, stockOp, stockReadyOrg } from './helpers.js';
import { entryLines, eur, inventoryBalance, pause, valuation, valuedOp } from './valuation-support.js';

let t: TestApp;
let key: string;
let main: string;
let east: string;
const today = () => new Date().toISOString().slice(0, 10);

beforeAll(async () => {
  t = await createTestApp();
  const org = await stockReadyOrg(t, 'Valuation Postings Org');
  key = await org.key('WAREHOUSE', 'ACCOUNTING');
  main = (await createWarehouse(t, key, { code: 'MAIN', name: 'Main' })).rootLocation.id;
  east = (await createWarehouse(t, key, { code: 'EAST', name: 'East' })).rootLocation.id;
});

afterAll(async () => {
  await t.close();
});

// Accounts of the default chart: 1300 Inventory, 2150 Goods received not invoiced, 5000 COGS, 5900 Inventory adjustments.
describe('moving average, worked by hand (EUR, 2 decimals)', () => {
  it('values every move, posts it once, and leaves no residue when all stock is gone', async () => {
    const p = (await createProduct(t, key, { sku: 'MA-1', name: 'Average widget' })).id;
    // 1. Receive 10 at 4 into MAIN: 40.00. Stock 10 worth 40.00, average 4.
    const r1 = await valuedOp(t, key, 'stockReceive', {
      productId: p,
      locationId: main,
      quantity: '10',
      unitCost: '4',
    });
    expect([eur(r1.value), r1.unitCost, r1.product.averageCost, eur(r1.product.stockValue)]).toEqual([
      '40.00',
      '4',
      '4',
      '40.00',
    ]);
    expect(entryLines(r1)).toEqual([
      ['1300', '40.00', '0.00'],
      ['2150', '0.00', '40.00'],
    ]);
    // In the stock journal, dated the move's UTC day; the first stock entry of the organization's year.
    expect([r1.journalEntry!.number, r1.journalEntry!.date]).toEqual([`STK/${today().slice(0, 4)}/00001`, today()]);
    // 2. Receive 5 at 5.333333: 26.666665 → 26.67. Stock 15 worth 66.67, average 66.67 / 15 = 4.444666… → 4.444667.
    const r2 = await valuedOp(t, key, 'stockReceive', {
      productId: p,
      locationId: main,
      quantity: '5',
      unitCost: '5.333333',
    });
    expect([eur(r2.value), r2.product.averageCost, eur(r2.product.stockValue)]).toEqual(['26.67', '4.444667', '66.67']);
    expect(entryLines(r2)).toEqual([
      ['1300', '26.67', '0.00'],
      ['2150', '0.00', '26.67'],
    ]);
    // 3. Issue 4 from MAIN: 66.67 × 4 / 15 = 17.778666… → 17.78 (unit 4.445). Stock 11 worth 48.89, average 4.444545.
    const i1 = await valuedOp(t, key, 'stockIssue', { productId: p, locationId: main, quantity: '4' });
    expect([eur(i1.value), i1.unitCost, i1.product.averageCost, eur(i1.product.stockValue)]).toEqual([
      '17.78',
      '4.445',
      '4.444545',
      '48.89',
    ]);
    expect(entryLines(i1)).toEqual([
      ['5000', '17.78', '0.00'],
      ['1300', '0.00', '17.78'],
    ]);
    const afterIssue = new Date().toISOString();
    await pause();
    // 4. Transfer 3 MAIN → EAST: 48.89 × 3 / 11 = 13.333636… → 13.33 (unit 4.443333); nothing posted, stock value unchanged.
    const tr = await valuedOp(t, key, 'stockTransfer', {
      productId: p,
      fromLocationId: main,
      toLocationId: east,
      quantity: '3',
    });
    expect([eur(tr.value), tr.unitCost, eur(tr.product.stockValue), tr.journalEntry]).toEqual([
      '13.33',
      '4.443333',
      '48.89',
      null,
    ]);
    // 5. Found 2 at 6 in EAST: 12.00. Stock 13 worth 60.89, average 4.683846.
    const up = await valuedOp(t, key, 'stockAdjust', {
      productId: p,
      locationId: east,
      quantity: '2',
      unitCost: '6',
      reason: 'Found',
    });
    expect([eur(up.value), up.product.averageCost, eur(up.product.stockValue)]).toEqual(['12.00', '4.683846', '60.89']);
    expect(entryLines(up)).toEqual([
      ['1300', '12.00', '0.00'],
      ['5900', '0.00', '12.00'],
    ]);
    // 6. Lost 1 in MAIN: 60.89 / 13 = 4.683846… → 4.68. Stock 12 worth 56.21.
    const down = await valuedOp(t, key, 'stockAdjust', {
      productId: p,
      locationId: main,
      quantity: '-1',
      reason: 'Lost',
    });
    expect([eur(down.value), down.unitCost, eur(down.product.stockValue)]).toEqual(['4.68', '4.68', '56.21']);
    expect(entryLines(down)).toEqual([
      ['5900', '4.68', '0.00'],
      ['1300', '0.00', '4.68'],
    ]);
    // 7. Scrap 2 in EAST: 56.21 × 2 / 12 = 9.368333… → 9.37. Stock 10 worth 46.84 (MAIN 7, EAST 3).
    const scrap = await valuedOp(t, key, 'stockScrap', {
      productId: p,
      locationId: east,
      quantity: '2',
      reason: 'Broken',
    });
    expect([eur(scrap.value), eur(scrap.product.stockValue)]).toEqual(['9.37', '46.84']);
    expect(entryLines(scrap)).toEqual([
      ['5900', '9.37', '0.00'],
      ['1300', '0.00', '9.37'],
    ]);
    // Per warehouse: MAIN 40 + 26.67 - 17.78 - 13.33 - 4.68 = 30.88; EAST 13.33 + 12 - 9.37 = 15.96; total 46.84 = the ledger.
    expect(await valuation(t, key)).toEqual({
      total: '46.84',
      rows: [
        ['MA-1', 'EAST', '3', '15.96'],
        ['MA-1', 'MAIN', '7', '30.88'],
      ],
    });
    expect(await inventoryBalance(t, key)).toBe('46.84');
    // As of right after the issue: 40 + 26.67 - 17.78 = 48.89, all in MAIN.
    expect(await valuation(t, key, { asOf: afterIssue })).toEqual({
      total: '48.89',
      rows: [['MA-1', 'MAIN', '11', '48.89']],
    });
    // 8. Issue 7 from MAIN: 46.84 × 7 / 10 = 32.788 → 32.79; then the last 3 from EAST take exactly what is left, 14.05.
    const i2 = await valuedOp(t, key, 'stockIssue', { productId: p, locationId: main, quantity: '7' });
    expect(eur(i2.value)).toBe('32.79');
    const last = await valuedOp(t, key, 'stockIssue', { productId: p, locationId: east, quantity: '3' });
    expect([eur(last.value), last.unitCost, eur(last.product.stockValue)]).toEqual(['14.05', '4.683333', '0.00']);
    // Nothing on hand, nothing valued: the per-warehouse values follow the moves (MAIN gave more than it got), the sum is 0.
    expect(await valuation(t, key)).toEqual({
      total: '0.00',
      rows: [
        ['MA-1', 'EAST', '0', '1.91'],
        ['MA-1', 'MAIN', '0', '-1.91'],
      ],
    });
    expect(await inventoryBalance(t, key)).toBe('0.00');
  });
});

describe('FIFO, worked by hand', () => {
  it('consumes the oldest layers first; the part that empties a layer takes its remaining value', async () => {
    const p = (await createProduct(t, key, { sku: 'FF-1', name: 'Fifo widget', costingMethod: 'FIFO' })).id;
    // Layers: L1 10 at 3 = 30.00; L2 10 at 3.333333 = 33.33333 → 33.33.
    const r1 = await valuedOp(t, key, 'stockReceive', {
      productId: p,
      locationId: main,
      quantity: '10',
      unitCost: '3',
    });
    await pause();
    const r2 = await valuedOp(t, key, 'stockReceive', {
      productId: p,
      locationId: main,
      quantity: '10',
      unitCost: '3.333333',
    });
    expect([eur(r1.value), eur(r2.value), eur(r2.product.stockValue)]).toEqual(['30.00', '33.33', '63.33']);
    // Issue 4: 4 of L1 = 30 × 4 / 10 = 12.00. L1 left 6 worth 18.00.
    const i1 = await valuedOp(t, key, 'stockIssue', { productId: p, locationId: main, quantity: '4' });
    expect([eur(i1.value), i1.unitCost]).toEqual(['12.00', '3']);
    expect(entryLines(i1)).toEqual([
      ['5000', '12.00', '0.00'],
      ['1300', '0.00', '12.00'],
    ]);
    // Issue 9: the 6 of L1 (empties it: 18.00) + 3 of L2 (33.33 × 3 / 10 = 9.999 → 10.00) = 28.00, unit 3.111111. L2 left 7 worth 23.33.
    const i2 = await valuedOp(t, key, 'stockIssue', { productId: p, locationId: main, quantity: '9' });
    expect([eur(i2.value), i2.unitCost, eur(i2.product.stockValue)]).toEqual(['28.00', '3.111111', '23.33']);
    // Transfer 2 MAIN → EAST carries 23.33 × 2 / 7 = 6.665714… → 6.67; layers stay, nothing posted.
    const tr = await valuedOp(t, key, 'stockTransfer', {
      productId: p,
      fromLocationId: main,
      toLocationId: east,
      quantity: '2',
    });
    expect([eur(tr.value), tr.journalEntry]).toEqual(['6.67', null]);
    // Found 3 at 4 in EAST: layer L3 3 worth 12.00. Stock 10 worth 35.33.
    const up = await valuedOp(t, key, 'stockAdjust', {
      productId: p,
      locationId: east,
      quantity: '3',
      unitCost: '4',
      reason: 'Found',
    });
    expect([eur(up.value), eur(up.product.stockValue)]).toEqual(['12.00', '35.33']);
    // Lost 1 in EAST: from L2 (oldest with stock), 23.33 / 7 = 3.332857… → 3.33. L2 left 6 worth 20.00.
    const down = await valuedOp(t, key, 'stockAdjust', {
      productId: p,
      locationId: east,
      quantity: '-1',
      reason: 'Lost',
    });
    expect([eur(down.value)]).toEqual(['3.33']);
    expect(entryLines(down)).toEqual([
      ['5900', '3.33', '0.00'],
      ['1300', '0.00', '3.33'],
    ]);
    // Scrap 1 in MAIN: L2 20.00 / 6 = 3.333… → 3.33. L2 left 5 worth 16.67.
    const scrap = await valuedOp(t, key, 'stockScrap', { productId: p, locationId: main, quantity: '1' });
    expect(eur(scrap.value)).toBe('3.33');
    const layers = async () =>
      (await t.db.prisma.stockCostLayer.findMany({ where: { productId: rowId(p) }, orderBy: { doneAt: 'asc' } })).map(
        (l) => [l.quantity.toFixed(), l.remainingQuantity.toFixed(), eur(l.remainingValue.toFixed())],
      );
    expect(await layers()).toEqual([
      ['10', '0', '0.00'],
      ['10', '5', '16.67'],
      ['3', '3', '12.00'],
    ]);
    // The MA product is at 0; this one 63.33 - 12 - 28 + 12 - 3.33 - 3.33 = 28.67.
    expect(await inventoryBalance(t, key)).toBe('28.67');
    // Issue 4 from MAIN: L2 16.67 × 4 / 5 = 13.336 → 13.34; then 4 from EAST: the last of L2 (3.33) + all of L3 (12.00) = 15.33.
    expect(eur((await valuedOp(t, key, 'stockIssue', { productId: p, locationId: main, quantity: '4' })).value)).toBe(
      '13.34',
    );
    const last = await valuedOp(t, key, 'stockIssue', { productId: p, locationId: east, quantity: '4' });
    expect([eur(last.value), eur(last.product.stockValue)]).toEqual(['15.33', '0.00']);
    expect(await layers()).toEqual([
      ['10', '0', '0.00'],
      ['10', '0', '0.00'],
      ['3', '0', '0.00'],
    ]);
    // In 30 + 33.33 + 12 = 75.33, out 12 + 28 + 3.33 + 3.33 + 13.34 + 15.33 = 75.33; the MA product is at 0 too.
    expect(await inventoryBalance(t, key)).toBe('0.00');
    expect((await valuation(t, key)).total).toBe('0.00');
  });

  it('refuses negative stock for FIFO and a costing method change once the product has moves', async () => {
    const create = await t.gql(
      key,
      `mutation($input: ProductCreateInput!) { productCreate(input: $input) { product { id } errors { code field } } }`,
      {
        input: { sku: 'FF-NEG', name: 'Fifo negative', costingMethod: 'FIFO', allowNegativeStock: true },
      },
    );
    expect(create.data.productCreate.errors).toEqual([
      { code: 'FIFO_NEGATIVE_STOCK', field: ['input', 'allowNegativeStock'] },
    ]);
    const fifo = (await createProduct(t, key, { sku: 'FF-2', name: 'Fifo two', costingMethod: 'FIFO' })).id;
    const update = (input: Record<string, unknown>) =>
      t.gql(
        key,
        `mutation($input: ProductUpdateInput!) { productUpdate(input: $input) { product { costingMethod } errors { code field } } }`,
        {
          input: { id: fifo, ...input },
        },
      );
    expect((await update({ allowNegativeStock: true })).data.productUpdate.errors).toEqual([
      { code: 'FIFO_NEGATIVE_STOCK', field: ['input', 'allowNegativeStock'] },
    ]);
    // Without moves the method may still change (and then negative stock is fine).
    expect(
      (await update({ costingMethod: 'MOVING_AVERAGE', allowNegativeStock: true })).data.productUpdate.errors,
    ).toEqual([]);
    expect((await update({ costingMethod: 'FIFO', allowNegativeStock: false })).data.productUpdate.errors).toEqual([]);
    await valuedOp(t, key, 'stockReceive', { productId: fifo, locationId: main, quantity: '1', unitCost: '1' });
    expect((await update({ costingMethod: 'MOVING_AVERAGE' })).data.productUpdate.errors).toEqual([
      { code: 'COSTING_METHOD_LOCKED', field: ['input', 'costingMethod'] },
    ]);
  });
});

describe('a refused posting', () => {
  it('writes neither move, level, stock value nor entry when no fiscal period covers the day', async () => {
    const org = await t.newOrg('Valuation No Books Org');
    const k = await org.key('WAREHOUSE', 'ACCOUNTING');
    const location = (await createWarehouse(t, k, { code: 'WH', name: 'WH' })).rootLocation.id;
    const p = (await createProduct(t, k, { sku: 'NB-1', name: 'No books' })).id;
    const refused = await stockOp(t, k, 'stockReceive', {
      productId: p,
      locationId: location,
      quantity: '5',
      unitCost: '2',
    });
    expect(errorsOf(refused)).toEqual([['NO_PERIOD', null]]);
    expect(refused.stockMove).toBeNull();
    const organizationId = org.organizationId;
    const [moves, levels, entries, product] = await Promise.all([
      t.db.prisma.stockMove.count({ where: { organizationId } }),
      t.db.prisma.stockLevel.count({ where: { organizationId } }),
      t.db.prisma.journalEntry.count({ where: { organizationId } }),
      t.db.prisma.product.findFirstOrThrow({ where: { organizationId } }),
    ]);
    expect([moves, levels, entries, product.stockValue.toFixed(), product.averageCost.toFixed()]).toEqual([
      0,
      0,
      0,
      '0',
      '0',
    ]);
  });
});

describe('reading moves with their values and entries', () => {
  const MOVES = `query($first: Int) { stockMoves(first: $first) { nodes { kind value journalEntry { number lines { debit credit account { code } } } } } }`;

  it('takes as many SQL statements for 12 moves as for 4', async () => {
    const sizes = [] as { key: string; count: number }[];
    for (const [name, pairs] of [
      ['Valuation Reads Small', 2],
      ['Valuation Reads Large', 6],
    ] as const) {
      const org = await stockReadyOrg(t, name);
      const k = await org.key('WAREHOUSE', 'ACCOUNTING');
      const location = (await createWarehouse(t, k, { code: 'WH', name: 'WH' })).rootLocation.id;
      const p = (await createProduct(t, k, { sku: 'READ-1', name: 'Read' })).id;
      for (let i = 0; i < pairs; i++) {
        await valuedOp(t, k, 'stockReceive', { productId: p, locationId: location, quantity: '2', unitCost: '1.5' });
        await valuedOp(t, k, 'stockIssue', { productId: p, locationId: location, quantity: '1' });
      }
      sizes.push({ key: k, count: pairs * 2 });
    }
    const run = async ({ key: k, count }: { key: string; count: number }) => {
      let body: { data: any; errors?: unknown } | undefined;
      const statements = await t.countStatements(async () => {
        body = await t.gql(k, MOVES, { first: 50 });
      });
      expect(body?.errors).toBeUndefined();
      expect(body?.data.stockMoves.nodes).toHaveLength(count);
      // Newest first: the last issue of 1 out of 2 on hand worth 3.00 takes 1.50.
      expect(body?.data.stockMoves.nodes[0]).toMatchObject({
        kind: 'ISSUE',
        value: '1.5',
        journalEntry: { lines: [{ account: { code: '5000' } }, { account: { code: '1300' } }] },
      });
      return statements;
    };
    await run(sizes[0]!);
    expect(await run(sizes[1]!)).toBe(await run(sizes[0]!));
  });
});
