import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestOrg } from '../support/app.js';
import { createProduct, stockReadyOrg } from './helpers.js';

const ERRORS = 'errors { code message field }';
const VALUATION = `query($asOf: DateTime, $w: ID) { inventoryValuation(asOf: $asOf, warehouseId: $w) {
  currency totalValue rows { product { sku } warehouse { code } quantity value unitCost } } }`;

async function mutate(t: TestApp, key: string, name: string, inputType: string, input: object) {
  const result = await t.gql(key, `mutation($input: ${inputType}!) { ${name}(input: $input) { ${ERRORS} } }`, {
    input,
  });
  expect(result.errors).toBeUndefined();
  expect(result.data[name].errors).toEqual([]);
}

const pause = () => new Promise((resolve) => setTimeout(resolve, 5));

/*
 * Moving average, by hand: receive 10 at 5.00 (value 50.00), receive 10 at 8.00 (average 6.50, value
 * 130.00), issue 5 at 6.50 (97.50 left), move 5 to the east warehouse at 6.50: MAIN 10 = 65.00,
 * EAST 5 = 32.50. A second product: 3 at 1.125 = 3.375, a move value of 3.38 (half-up), 3.38 / 3 = 1.126667 per unit.
 */
describe('inventory valuation', () => {
  let t: TestApp;
  let org: TestOrg;
  let key: string;
  let afterFirstReceipt: string;
  let eastId: string;

  beforeAll(async () => {
    t = await createTestApp();
    org = await stockReadyOrg(t, 'Valuation Org');
    key = await org.key('WAREHOUSE');
    const warehouse = async (code: string) =>
      (
        await t.gql(
          key,
          `mutation($input: WarehouseCreateInput!) { warehouseCreate(input: $input) { warehouse { id rootLocation { id } } } }`,
          {
            input: { code, name: code },
          },
        )
      ).data.warehouseCreate.warehouse;
    const main = await warehouse('MAIN');
    const east = await warehouse('EAST');
    eastId = east.id;
    const widget = (await createProduct(t, key, { sku: 'VAL-1', name: 'Widget', unitOfMeasure: 'pc' })).id;
    const screw = (await createProduct(t, key, { sku: 'VAL-2', name: 'Screw', unitOfMeasure: 'pc' })).id;
    await mutate(t, key, 'stockReceive', 'StockReceiveInput', {
      productId: widget,
      locationId: main.rootLocation.id,
      quantity: '10',
      unitCost: '5',
    });
    await pause();
    afterFirstReceipt = new Date().toISOString();
    await pause();
    await mutate(t, key, 'stockReceive', 'StockReceiveInput', {
      productId: widget,
      locationId: main.rootLocation.id,
      quantity: '10',
      unitCost: '8',
    });
    await mutate(t, key, 'stockIssue', 'StockIssueInput', {
      productId: widget,
      locationId: main.rootLocation.id,
      quantity: '5',
    });
    await mutate(t, key, 'stockTransfer', 'StockTransferInput', {
      productId: widget,
      fromLocationId: main.rootLocation.id,
      toLocationId: east.rootLocation.id,
      quantity: '5',
    });
    await mutate(t, key, 'stockReceive', 'StockReceiveInput', {
      productId: screw,
      locationId: east.rootLocation.id,
      quantity: '3',
      unitCost: '1.125',
    });
  });
  afterAll(() => t.close());

  it('values stock per product and warehouse at the moving average', async () => {
    const now = await t.gql(key, VALUATION, {});
    expect(now.errors).toBeUndefined();
    expect(now.data.inventoryValuation).toEqual({
      currency: 'EUR',
      totalValue: '100.88',
      rows: [
        { product: { sku: 'VAL-1' }, warehouse: { code: 'EAST' }, quantity: '5', value: '32.50', unitCost: '6.5' },
        { product: { sku: 'VAL-1' }, warehouse: { code: 'MAIN' }, quantity: '10', value: '65.00', unitCost: '6.5' },
        { product: { sku: 'VAL-2' }, warehouse: { code: 'EAST' }, quantity: '3', value: '3.38', unitCost: '1.126667' },
      ],
    });
  });

  it('values a past moment and a single warehouse', async () => {
    const past = await t.gql(key, VALUATION, { asOf: afterFirstReceipt });
    expect(past.data.inventoryValuation).toMatchObject({
      totalValue: '50.00',
      rows: [{ product: { sku: 'VAL-1' }, quantity: '10', value: '50.00' }],
    });
    const east = await t.gql(key, VALUATION, { w: eastId });
    expect(east.data.inventoryValuation.rows.map((row: any) => [row.product.sku, row.value])).toEqual([
      ['VAL-1', '32.50'],
      ['VAL-2', '3.38'],
    ]);
    const hr = await org.key('HR');
    expect((await t.gql(hr, VALUATION, {})).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
