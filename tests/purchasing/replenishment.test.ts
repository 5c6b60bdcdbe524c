import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestOrg } from '../support/app.js';
import { createProduct, stockReadyOrg } from '../inventory/helpers.js';

const ERRORS = 'errors { code message field }';
const SUGGESTIONS = `query($w: ID) { replenishmentSuggestions(warehouseId: $w) {
  product { sku } available incoming reorderPoint quantity supplierPrice { supplier { code } price { amount currency } minQuantity } } }`;

async function mutate(t: TestApp, key: string, name: string, inputType: string, selection: string, input: object) {
  const result = await t.gql(
    key,
    `mutation($input: ${inputType}!) { ${name}(input: $input) { ${selection} ${ERRORS} } }`,
    { input },
  );
  expect(result.errors).toBeUndefined();
  expect(result.data[name].errors).toEqual([]);
  return result.data[name];
}

/** An organization with `count` products below their reorder point (stock 10 of 50 each), one of them with open orders. */
async function setUp(t: TestApp, name: string, count: number) {
  const org = await stockReadyOrg(t, name);
  const key = await org.key('PURCHASING', 'WAREHOUSE');
  const cheap = (
    await mutate(t, key, 'supplierCreate', 'SupplierCreateInput', 'supplier { id }', {
      code: 'CHEAP',
      name: 'Cheap Ltd',
    })
  ).supplier.id;
  const dear = (
    await mutate(t, key, 'supplierCreate', 'SupplierCreateInput', 'supplier { id }', { code: 'DEAR', name: 'Dear Ltd' })
  ).supplier.id;
  const main = (
    await mutate(t, key, 'warehouseCreate', 'WarehouseCreateInput', 'warehouse { rootLocation { id } }', {
      code: 'MAIN',
      name: 'Main',
    })
  ).warehouse.rootLocation.id;
  const other = (
    await mutate(t, key, 'warehouseCreate', 'WarehouseCreateInput', 'warehouse { id rootLocation { id } }', {
      code: 'EAST',
      name: 'East',
    })
  ).warehouse;
  const products: string[] = [];
  for (let index = 0; index < count; index += 1) {
    const product = await createProduct(t, key, {
      sku: `RP-${String(index).padStart(3, '0')}`,
      name: `Reorder ${index}`,
      unitOfMeasure: 'pc',
      reorderPoint: '50',
      lotSizeRule: 'MULTIPLE_OF',
      lotSizeQuantity: '25',
    });
    products.push(product.id);
    await mutate(t, key, 'stockReceive', 'StockReceiveInput', 'stockMove { id }', {
      productId: product.id,
      locationId: main,
      quantity: '10',
      unitCost: '1',
    });
    await mutate(t, key, 'stockReceive', 'StockReceiveInput', 'stockMove { id }', {
      productId: product.id,
      locationId: other.rootLocation.id,
      quantity: '30',
      unitCost: '1',
    });
    await mutate(t, key, 'supplierPriceSet', 'SupplierPriceSetInput', 'supplierPrice { id }', {
      supplierId: cheap,
      productId: product.id,
      price: '2',
      minQuantity: '100',
    });
    await mutate(t, key, 'supplierPriceSet', 'SupplierPriceSetInput', 'supplierPrice { id }', {
      supplierId: dear,
      productId: product.id,
      price: '3',
    });
  }
  // Enough stock and one that is not bought: never suggested.
  const full = await createProduct(t, key, { sku: 'FULL', name: 'Full', unitOfMeasure: 'pc', reorderPoint: '5' });
  await mutate(t, key, 'stockReceive', 'StockReceiveInput', 'stockMove { id }', {
    productId: full.id,
    locationId: main,
    quantity: '10',
    unitCost: '1',
  });
  await createProduct(t, key, {
    sku: 'MADE',
    name: 'Made',
    unitOfMeasure: 'pc',
    reorderPoint: '5',
    procurement: 'MAKE',
  });
  // 15 of the first product are on a sent order, 100 more on a draft (drafts do not count).
  const sent = await mutate(t, key, 'purchaseOrderCreate', 'PurchaseOrderCreateInput', 'purchaseOrder { id }', {
    supplierId: dear,
    orderDate: '2026-05-01',
    lines: [{ productId: products[0], quantity: '15' }],
  });
  await mutate(t, key, 'purchaseOrderSend', 'PurchaseOrderStateInput', 'purchaseOrder { id }', {
    id: sent.purchaseOrder.id,
  });
  await mutate(t, key, 'purchaseOrderCreate', 'PurchaseOrderCreateInput', 'purchaseOrder { id }', {
    supplierId: dear,
    orderDate: '2026-05-01',
    lines: [{ productId: products[0], quantity: '100' }],
  });
  return { org, key, eastId: other.id };
}

describe('purchasing: replenishment suggestions', () => {
  let t: TestApp;
  let small: { org: TestOrg; key: string; eastId: string };
  let large: { org: TestOrg; key: string; eastId: string };

  beforeAll(async () => {
    t = await createTestApp();
    small = await setUp(t, 'Replenish Small Org', 2);
    large = await setUp(t, 'Replenish Large Org', 8);
  });
  afterAll(() => t.close());

  it('suggests what is below its reorder point, counting incoming, with the price tier the quantity reaches', async () => {
    const result = await t.gql(small.key, SUGGESTIONS, { w: null });
    expect(result.errors).toBeUndefined();
    // In all warehouses: 40 available of 50. RP-000 also has 15 incoming, so nothing to order.
    expect(result.data.replenishmentSuggestions).toEqual([
      {
        product: { sku: 'RP-001' },
        available: '40',
        incoming: '0',
        reorderPoint: '50',
        quantity: '25',
        supplierPrice: { supplier: { code: 'DEAR' }, price: { amount: '3.00', currency: 'EUR' }, minQuantity: '0' },
      },
    ]);
    // In the east warehouse alone: 30 available; 50 - 30 - 15 = 5 -> 25, 50 - 30 = 20 -> 25; FULL has no stock there.
    const east = await t.gql(small.key, SUGGESTIONS, { w: small.eastId });
    expect(
      east.data.replenishmentSuggestions.map((row: any) => [
        row.product.sku,
        row.available,
        row.incoming,
        row.quantity,
      ]),
    ).toEqual([
      ['FULL', '0', '0', '5'],
      ['RP-000', '30', '15', '25'],
      ['RP-001', '30', '0', '25'],
    ]);
  });

  it('costs the same statements for 8 suggestions as for 2, and needs a purchasing reader', async () => {
    const run = async (key: string) => {
      let count = 0;
      const statements = await t.countStatements(async () => {
        const result = await t.gql(key, SUGGESTIONS, { w: null });
        expect(result.errors).toBeUndefined();
        count = result.data.replenishmentSuggestions.length;
      });
      return { statements, count };
    };
    await run(small.key);
    const few = await run(small.key);
    const many = await run(large.key);
    expect([few.count, many.count]).toEqual([1, 7]);
    expect(many.statements).toBe(few.statements);
    const sales = await small.org.key('SALES');
    const denied = await t.gql(sales, SUGGESTIONS, { w: null });
    expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
