import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';
import {
  createProduct,
  errorsOf,
  levels,
  reservationOp,
  stockOp,
  stockOrg,
  topLevelCode,
  type ProductData,
} from './helpers.js';

let t: TestApp;
let s: Awaited<ReturnType<typeof stockOrg>>;

beforeAll(async () => {
  t = await createTestApp();
  s = await stockOrg(t, 'Reservations Org');
});
afterAll(() => t.close());

async function stocked(sku: string, quantity: string, extra: Record<string, unknown> = {}): Promise<ProductData> {
  const product = await createProduct(t, s.key, { sku, name: sku, ...extra });
  const receipt = await stockOp(t, s.key, 'stockReceive', {
    productId: product.id,
    locationId: s.binA,
    quantity,
    unitCost: '2',
  });
  expect(receipt.errors).toEqual([]);
  return product;
}

const order = (line: string) => ({ type: 'SALES_ORDER', id: 'SO-1', line });

describe('reservations', () => {
  it('reserve lowers available, adds up per demand, and keeps unreserved issues off the reserved units', async () => {
    const product = await stocked('RES-1', '10');
    const first = await reservationOp(t, s.key, 'stockReserve', {
      productId: product.id,
      locationId: s.binA,
      demand: order('1'),
      quantity: '4',
    });
    expect(first.errors).toEqual([]);
    expect(first.reservation).toMatchObject({
      quantity: '4',
      consumed: '0',
      demand: { type: 'SALES_ORDER', id: 'SO-1', line: '1' },
      location: { code: 'BIN-A' },
    });
    const again = await reservationOp(t, s.key, 'stockReserve', {
      productId: product.id,
      locationId: s.binA,
      demand: order('1'),
      quantity: '2',
    });
    expect(again.reservation).toMatchObject({ id: first.reservation!.id, quantity: '6' });
    expect(await levels(t, s.key, { productId: product.id })).toEqual([['BIN-A', '10', '6']]);
    // 4 available: a fifth unit for another demand, or an unreserved issue of 5, is refused.
    expect(
      errorsOf(
        await reservationOp(t, s.key, 'stockReserve', {
          productId: product.id,
          locationId: s.binA,
          demand: order('2'),
          quantity: '5',
        }),
      ),
    ).toEqual([['INSUFFICIENT_STOCK', ['input', 'quantity']]]);
    expect(
      errorsOf(await stockOp(t, s.key, 'stockIssue', { productId: product.id, locationId: s.binA, quantity: '5' })),
    ).toEqual([['INSUFFICIENT_STOCK', ['input', 'quantity']]]);
    expect(
      (await stockOp(t, s.key, 'stockIssue', { productId: product.id, locationId: s.binA, quantity: '4' })).errors,
    ).toEqual([]);
    expect(await levels(t, s.key, { productId: product.id })).toEqual([['BIN-A', '6', '6']]);
    // Nothing there at all: no level row yet.
    expect(
      errorsOf(
        await reservationOp(t, s.key, 'stockReserve', {
          productId: product.id,
          locationId: s.binB,
          demand: order('3'),
          quantity: '1',
        }),
      ),
    ).toEqual([['INSUFFICIENT_STOCK', ['input', 'quantity']]]);
  });

  it('release gives stock back, partly or wholly, never more than reserved', async () => {
    const product = await stocked('RES-2', '5');
    const key = { productId: product.id, locationId: s.binA, demand: order('1') };
    await reservationOp(t, s.key, 'stockReserve', { ...key, quantity: '5' });
    expect(errorsOf(await reservationOp(t, s.key, 'stockRelease', { ...key, quantity: '6' }))).toEqual([
      ['EXCEEDS_RESERVATION', ['input', 'quantity']],
    ]);
    expect((await reservationOp(t, s.key, 'stockRelease', { ...key, quantity: '2' })).reservation).toMatchObject({
      quantity: '3',
    });
    expect(await levels(t, s.key, { productId: product.id })).toEqual([['BIN-A', '5', '3']]);
    expect((await reservationOp(t, s.key, 'stockRelease', key)).reservation).toMatchObject({ quantity: '0' });
    expect(await levels(t, s.key, { productId: product.id })).toEqual([['BIN-A', '5', '0']]);
    expect(errorsOf(await reservationOp(t, s.key, 'stockRelease', key))).toEqual([
      ['EXCEEDS_RESERVATION', ['input', 'quantity']],
    ]);
    expect(errorsOf(await reservationOp(t, s.key, 'stockRelease', { ...key, demand: order('9') }))).toEqual([
      ['NOT_FOUND', ['input', 'demand']],
    ]);
  });

  it('consume issues reserved stock with a move referencing the demand, lowering on hand, reserved and the reservation', async () => {
    const product = await stocked('RES-3', '8');
    const key = { productId: product.id, locationId: s.binA, demand: { type: 'WORK_ORDER', id: 'WO-7', line: '2' } };
    await reservationOp(t, s.key, 'stockReserve', { ...key, quantity: '5' });
    const consumed = await reservationOp(t, s.key, 'stockConsume', {
      ...key,
      quantity: '3',
      destination: 'PRODUCTION',
    });
    expect(consumed.errors).toEqual([]);
    expect(consumed.reservation).toMatchObject({ quantity: '2', consumed: '3' });
    // 8 on hand worth 16.00: 3 take 16 × 3 / 8 = 6.00 (posted Dr Cost of goods sold / Cr Inventory).
    expect(consumed.stockMove).toMatchObject({
      kind: 'ISSUE',
      quantity: '3',
      unitCost: '2',
      value: '6',
      reference: { type: 'WORK_ORDER', id: 'WO-7', line: '2' },
      fromLocation: { code: 'BIN-A' },
      toLocation: { code: 'PRODUCTION' },
    });
    expect(await levels(t, s.key, { productId: product.id })).toEqual([['BIN-A', '5', '2']]);
    // More than is left reserved is refused, even though 5 are on hand; nothing is written.
    expect(errorsOf(await reservationOp(t, s.key, 'stockConsume', { ...key, quantity: '3' }))).toEqual([
      ['EXCEEDS_RESERVATION', ['input', 'quantity']],
    ]);
    expect(await levels(t, s.key, { productId: product.id })).toEqual([['BIN-A', '5', '2']]);
    expect((await reservationOp(t, s.key, 'stockConsume', { ...key, quantity: '2' })).stockMove).toMatchObject({
      toLocation: { code: 'CUSTOMER' },
    });
    expect(await levels(t, s.key, { productId: product.id })).toEqual([['BIN-A', '3', '0']]);
    const list = await t.gql(
      s.key,
      `query Q($w: StockReservationWhere) { stockReservations(where: $w) { totalCount nodes { quantity consumed } } }`,
      {
        w: { demandId: 'WO-7', open: false },
      },
    );
    expect(list.data.stockReservations).toEqual({ totalCount: 1, nodes: [{ quantity: '0', consumed: '5' }] });
  });

  it("validates the demand and quantity; only WAREHOUSE reserves; other organizations cannot reserve this one's stock", async () => {
    const product = await stocked('RES-4', '1');
    expect(
      errorsOf(
        await reservationOp(t, s.key, 'stockReserve', {
          productId: product.id,
          locationId: s.binA,
          demand: { type: ' ', id: '' },
          quantity: '0',
        }),
      ),
    ).toEqual([
      ['OUT_OF_RANGE', ['input', 'quantity']],
      ['REQUIRED', ['input', 'demand', 'type']],
      ['REQUIRED', ['input', 'demand', 'id']],
    ]);
    const sales = await s.org.key('SALES');
    const res = await t.gql(
      sales,
      `mutation M($input: StockReserveInput!) { stockReserve(input: $input) { errors { code } } }`,
      {
        input: { productId: product.id, locationId: s.binA, demand: order('1'), quantity: '1' },
      },
    );
    expect(topLevelCode(res)).toBe('FORBIDDEN');
    const other = await stockOrg(t, 'Reservations Other Org');
    expect(
      errorsOf(
        await reservationOp(t, other.key, 'stockReserve', {
          productId: product.id,
          locationId: other.binA,
          demand: order('1'),
          quantity: '1',
        }),
      ),
    ).toEqual([['NOT_FOUND', ['input', 'productId']]]);
  });

  it('a product that allows negative stock can be reserved beyond what is on hand', async () => {
    const product = await stocked('RES-NEG', '1', { allowNegativeStock: true });
    expect(
      (
        await reservationOp(t, s.key, 'stockReserve', {
          productId: product.id,
          locationId: s.binB,
          demand: order('1'),
          quantity: '3',
        })
      ).errors,
    ).toEqual([]);
    expect(await levels(t, s.key, { productId: product.id })).toEqual([
      ['BIN-A', '1', '0'],
      ['BIN-B', '0', '3'],
    ]);
  });
});
