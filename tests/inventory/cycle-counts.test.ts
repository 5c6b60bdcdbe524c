import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';
import { createProduct, errorsOf, levels, payload, reservationOp, stockOp, stockOrg, topLevelCode } from './helpers.js';

let t: TestApp;
let s: Awaited<ReturnType<typeof stockOrg>>;

beforeAll(async () => {
  t = await createTestApp();
  s = await stockOrg(t, 'Cycle Count Org');
});
afterAll(() => t.close());

const COUNT = `
  id state version postedAt location { code }
  lines { product { sku } location { code } expectedQuantity countedQuantity postedDifference }`;

async function op(field: string, input: Record<string, unknown>) {
  const inputType =
    field === 'cycleCountPost' || field === 'cycleCountCancel'
      ? 'CycleCountStateInput'
      : `${field.charAt(0).toUpperCase()}${field.slice(1)}Input`;
  const res = await t.gql(
    s.key,
    `mutation M($input: ${inputType}!) { ${field}(input: $input) { cycleCount { ${COUNT} } errors { code message field } } }`,
    { input },
  );
  return payload<{ cycleCount: Record<string, any> | null }>(res, field);
}

describe('cycle counts', () => {
  it('opens a sheet for a location and its bins, records counts, and posts the differences as adjustments', async () => {
    const bolts = await createProduct(t, s.key, { sku: 'CC-BOLT', name: 'Bolt' });
    const nuts = await createProduct(t, s.key, { sku: 'CC-NUT', name: 'Nut' });
    const washers = await createProduct(t, s.key, { sku: 'CC-WASHER', name: 'Washer' });
    await stockOp(t, s.key, 'stockReceive', { productId: bolts.id, locationId: s.binA, quantity: '10', unitCost: '1' });
    await stockOp(t, s.key, 'stockReceive', { productId: nuts.id, locationId: s.binB, quantity: '5', unitCost: '2' });
    const opened = await op('cycleCountCreate', { locationId: s.root, note: 'Quarterly' });
    expect(opened.errors).toEqual([]);
    const lines = (opened.cycleCount!.lines as { product: { sku: string } }[]).filter((l) =>
      l.product.sku.startsWith('CC-'),
    );
    expect(lines).toEqual(
      expect.arrayContaining([
        {
          product: { sku: 'CC-BOLT' },
          location: { code: 'BIN-A' },
          expectedQuantity: '10',
          countedQuantity: null,
          postedDifference: null,
        },
        {
          product: { sku: 'CC-NUT' },
          location: { code: 'BIN-B' },
          expectedQuantity: '5',
          countedQuantity: null,
          postedDifference: null,
        },
      ]),
    );
    const id = opened.cycleCount!.id;
    // Bolts: 8 counted (2 lost); washers found in BIN-B; nuts not counted yet, then counted 5.
    const recorded = await op('cycleCountRecord', {
      id,
      counts: [
        { productId: bolts.id, locationId: s.binA, countedQuantity: '8' },
        { productId: washers.id, locationId: s.binB, countedQuantity: '3' },
      ],
    });
    expect(recorded.errors).toEqual([]);
    expect(
      errorsOf(
        await op('cycleCountRecord', {
          id,
          counts: [{ productId: bolts.id, locationId: s.binA, countedQuantity: '-1' }],
        }),
      ),
    ).toEqual([['OUT_OF_RANGE', ['input', 'counts', '0', 'countedQuantity']]]);
    // An issue after the count was opened: posting compares with on hand now.
    await stockOp(t, s.key, 'stockIssue', { productId: bolts.id, locationId: s.binA, quantity: '1' });
    const posted = await op('cycleCountPost', { id });
    expect(posted.errors).toEqual([]);
    expect(posted.cycleCount).toMatchObject({ state: 'POSTED' });
    const byProduct = Object.fromEntries(
      (posted.cycleCount!.lines as { product: { sku: string }; postedDifference: string | null }[]).map((l) => [
        l.product.sku,
        l.postedDifference,
      ]),
    );
    expect(byProduct).toMatchObject({ 'CC-BOLT': '-1', 'CC-WASHER': '3', 'CC-NUT': null });
    expect(await levels(t, s.key, { productId: bolts.id })).toEqual([['BIN-A', '8', '0']]);
    expect(await levels(t, s.key, { productId: washers.id })).toEqual([['BIN-B', '3', '0']]);
    expect(await levels(t, s.key, { productId: nuts.id })).toEqual([['BIN-B', '5', '0']]);
    const moves = await t.gql(
      s.key,
      `query Q($w: StockMoveWhere) { stockMoves(where: $w) { totalCount nodes { kind reason quantity reference { type id } } } }`,
      {
        w: { referenceType: 'CYCLE_COUNT' },
      },
    );
    expect(moves.data.stockMoves.totalCount).toBe(2);
    expect(
      moves.data.stockMoves.nodes.every(
        (m: { kind: string; reason: string }) => m.kind === 'ADJUSTMENT' && m.reason === 'Cycle count',
      ),
    ).toBe(true);
    // The bolt lost (9 on hand worth 9.00 → 1.00) posts Dr Inventory adjustments / Cr Inventory; the washers were
    // found at their average cost of 0, a zero value that posts nothing.
    const valued = await t.gql(
      await s.org.key('WAREHOUSE', 'ACCOUNTING'),
      `query Q($w: StockMoveWhere) { stockMoves(where: $w) { nodes { product { sku } value journalEntry { lines { account { code } debit credit } } } } }`,
      { w: { referenceType: 'CYCLE_COUNT' } },
    );
    expect(valued.data.stockMoves.nodes).toEqual(
      expect.arrayContaining([
        { product: { sku: 'CC-WASHER' }, value: '0', journalEntry: null },
        {
          product: { sku: 'CC-BOLT' },
          value: '1',
          journalEntry: {
            lines: [
              { account: { code: '5900' }, debit: '1', credit: '0' },
              { account: { code: '1300' }, debit: '0', credit: '1' },
            ],
          },
        },
      ]),
    );
    // Posted is final.
    expect(errorsOf(await op('cycleCountPost', { id }))).toEqual([['NOT_OPEN', ['input', 'id']]]);
    expect(
      errorsOf(
        await op('cycleCountRecord', {
          id,
          counts: [{ productId: bolts.id, locationId: s.binA, countedQuantity: '1' }],
        }),
      ),
    ).toEqual([['NOT_OPEN', ['input', 'id']]]);
  });

  it('refuses counts outside the sheet, a count below what is reserved, and cancels without adjusting', async () => {
    const product = await createProduct(t, s.key, { sku: 'CC-RES', name: 'Reserved' });
    await stockOp(t, s.key, 'stockReceive', {
      productId: product.id,
      locationId: s.binA,
      quantity: '4',
      unitCost: '1',
    });
    await reservationOp(t, s.key, 'stockReserve', {
      productId: product.id,
      locationId: s.binA,
      demand: { type: 'SALES_ORDER', id: 'SO-CC' },
      quantity: '3',
    });
    const sheet = await op('cycleCountCreate', { locationId: s.binA });
    const id = sheet.cycleCount!.id;
    expect(
      errorsOf(
        await op('cycleCountRecord', {
          id,
          counts: [{ productId: product.id, locationId: s.binB, countedQuantity: '1' }],
        }),
      ),
    ).toEqual([['INVALID_LOCATION', ['input', 'counts', '0', 'locationId']]]);
    expect(
      (
        await op('cycleCountRecord', {
          id,
          counts: [{ productId: product.id, locationId: s.binA, countedQuantity: '2' }],
        })
      ).errors,
    ).toEqual([]);
    expect(errorsOf(await op('cycleCountPost', { id }))).toEqual([['INSUFFICIENT_STOCK', ['input', 'id']]]);
    expect(await levels(t, s.key, { productId: product.id })).toEqual([['BIN-A', '4', '3']]);
    const cancelled = await op('cycleCountCancel', { id });
    expect(cancelled.cycleCount).toMatchObject({ state: 'CANCELLED' });
    expect(await levels(t, s.key, { productId: product.id })).toEqual([['BIN-A', '4', '3']]);
  });

  it('only WAREHOUSE counts; readers list sheets', async () => {
    const sales = await s.org.key('SALES');
    const res = await t.gql(
      sales,
      `mutation M($input: CycleCountCreateInput!) { cycleCountCreate(input: $input) { errors { code } } }`,
      {
        input: { locationId: s.root },
      },
    );
    expect(topLevelCode(res)).toBe('FORBIDDEN');
    const list = await t.gql(sales, `{ cycleCounts(where: { state: { in: [POSTED, CANCELLED] } }) { totalCount } }`);
    expect(list.errors).toBeUndefined();
    expect(list.data.cycleCounts.totalCount).toBeGreaterThanOrEqual(0);
  });
});
