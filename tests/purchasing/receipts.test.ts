import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestOrg } from '../support/app.js';
import { createProduct, stockReadyOrg } from '../inventory/helpers.js';
import { onPostgres } from '../ledger/helpers.js';

const ERRORS = 'errors { code message field }';

async function mutate(t: TestApp, key: string, name: string, inputType: string, selection: string, input: object) {
  const result = await t.gql(
    key,
    `mutation($input: ${inputType}!) { ${name}(input: $input) { ${selection} ${ERRORS} } }`,
    { input },
  );
  expect(result.errors).toBeUndefined();
  return result.data[name];
}

/*
 * 100 bolts at 0.50 USD and 2 hours of installation (a service) at 80 USD, ordered from a US supplier.
 * The USD rate is 0.90 EUR, so bolts go into stock at 0.45 EUR each. Two partial receipts of 60 and 45
 * (5% over the order, inside the 10% tolerance) give 105 on hand; a further 6 would be 111, over it.
 */
describe('purchasing: receiving against purchase orders', () => {
  let t: TestApp;
  let org: TestOrg;
  let buyer: string;
  let order: { id: string };
  let location: string;
  let bolts: string;

  beforeAll(async () => {
    t = await createTestApp();
    org = await stockReadyOrg(t, 'Receiving Org');
    buyer = await org.key('PURCHASING', 'WAREHOUSE', 'ACCOUNTING');
    const rate = await mutate(t, buyer, 'exchangeRateSet', 'ExchangeRateSetInput', 'exchangeRate { rate }', {
      currency: 'USD',
      date: '2026-01-01',
      rate: '0.90',
    });
    expect(rate.errors).toEqual([]);
    const supplier = (
      await mutate(t, buyer, 'supplierCreate', 'SupplierCreateInput', 'supplier { id }', {
        name: 'US Fasteners',
        currency: 'USD',
      })
    ).supplier.id;
    bolts = (await createProduct(t, buyer, { sku: 'BOLT-10', name: 'Bolt M10', unitOfMeasure: 'pc' })).id;
    const install = (
      await createProduct(t, buyer, { sku: 'SVC-INSTALL', name: 'Installation', unitOfMeasure: 'h', type: 'SERVICE' })
    ).id;
    const warehouse = await mutate(
      t,
      buyer,
      'warehouseCreate',
      'WarehouseCreateInput',
      'warehouse { rootLocation { id } }',
      { code: 'MAIN', name: 'Main' },
    );
    location = warehouse.warehouse.rootLocation.id;
    const created = await mutate(t, buyer, 'purchaseOrderCreate', 'PurchaseOrderCreateInput', 'purchaseOrder { id }', {
      supplierId: supplier,
      orderDate: '2026-03-01',
      lines: [
        { productId: bolts, quantity: '100', unitPrice: '0.50' },
        { productId: install, quantity: '2', unitPrice: '80' },
      ],
    });
    order = created.purchaseOrder;
  });
  afterAll(() => t.close());

  it('refuses receipts before the order is sent', async () => {
    const early = await mutate(t, buyer, 'purchaseOrderReceive', 'PurchaseOrderReceiveInput', 'purchaseOrder { id }', {
      id: order.id,
      locationId: location,
      date: '2026-03-05',
      lines: [{ lineNo: 1, quantity: '1' }],
    });
    expect(early.errors).toEqual([expect.objectContaining({ code: 'NOT_RECEIVABLE' })]);
  });

  it('receives in parts, at the order price in base currency, within the tolerance', async () => {
    await mutate(t, buyer, 'purchaseOrderSend', 'PurchaseOrderStateInput', 'purchaseOrder { status }', {
      id: order.id,
    });
    const first = await mutate(
      t,
      buyer,
      'purchaseOrderReceive',
      'PurchaseOrderReceiveInput',
      'purchaseOrder { status lines { lineNo quantityReceived } }',
      {
        id: order.id,
        locationId: location,
        date: '2026-03-05',
        lines: [
          { lineNo: 1, quantity: '60' },
          { lineNo: 2, quantity: '2' },
        ],
      },
    );
    expect(first.errors).toEqual([]);
    expect(first.purchaseOrder).toEqual({
      status: 'PARTIALLY_RECEIVED',
      lines: [
        { lineNo: 1, quantityReceived: '60' },
        { lineNo: 2, quantityReceived: '2' },
      ],
    });
    const second = await mutate(
      t,
      buyer,
      'purchaseOrderReceive',
      'PurchaseOrderReceiveInput',
      'purchaseOrder { status lines { quantityReceived } }',
      {
        id: order.id,
        locationId: location,
        date: '2026-03-06',
        lines: [{ lineNo: 1, quantity: '45' }],
      },
    );
    expect(second.purchaseOrder).toEqual({
      status: 'RECEIVED',
      lines: [{ quantityReceived: '105' }, { quantityReceived: '2' }],
    });
    const over = await mutate(t, buyer, 'purchaseOrderReceive', 'PurchaseOrderReceiveInput', 'purchaseOrder { id }', {
      id: order.id,
      locationId: location,
      lines: [{ lineNo: 1, quantity: '6' }],
    });
    expect(over.errors).toEqual([expect.objectContaining({ code: 'NOT_RECEIVABLE' })]);

    const stock = await t.gql(
      buyer,
      `query($p: ID!) { stockLevels(where: { productId: $p }) { nodes { onHand location { code } } } product: node(id: $p) { ... on Product { averageCost } } }`,
      {
        p: bolts,
      },
    );
    expect(stock.errors).toBeUndefined();
    expect(stock.data.stockLevels.nodes).toEqual([{ onHand: '105', location: { code: 'STOCK' } }]);
    expect(Number(stock.data.product.averageCost)).toBe(0.45);
    const moves = await t.gql(
      buyer,
      `{ stockMoves(first: 10) { totalCount nodes { quantity unitCost value journalEntry { lines { account { code } debit credit } } } } }`,
    );
    // The service line is counted on the order but never stocked.
    expect(moves.data.stockMoves.totalCount).toBe(2);
    // Each receipt is worth round(quantity × unitCost) and posts Dr Inventory / Cr Goods received not invoiced:
    // 45 × 0.45 = 20.25 and 60 × 0.45 = 27.00 (newest first).
    expect(moves.data.stockMoves.nodes).toEqual([
      {
        quantity: '45',
        unitCost: '0.45',
        value: '20.25',
        journalEntry: {
          lines: [
            { account: { code: '1300' }, debit: '20.25', credit: '0' },
            { account: { code: '2150' }, debit: '0', credit: '20.25' },
          ],
        },
      },
      {
        quantity: '60',
        unitCost: '0.45',
        value: '27',
        journalEntry: {
          lines: [
            { account: { code: '1300' }, debit: '27', credit: '0' },
            { account: { code: '2150' }, debit: '0', credit: '27' },
          ],
        },
      },
    ]);
  });

  it('refuses what would go over the tolerance, unknown lines, and virtual locations, writing nothing', async () => {
    const supplierId = (
      await t.gql(buyer, `query($id: ID!) { purchaseOrder(id: $id) { supplier { id } } }`, { id: order.id })
    ).data.purchaseOrder.supplier.id;
    const created = await mutate(t, buyer, 'purchaseOrderCreate', 'PurchaseOrderCreateInput', 'purchaseOrder { id }', {
      supplierId,
      orderDate: '2026-03-10',
      lines: [{ productId: bolts, quantity: '10', unitPrice: '0.50' }],
    });
    const id = created.purchaseOrder.id;
    await mutate(t, buyer, 'purchaseOrderSend', 'PurchaseOrderStateInput', 'purchaseOrder { status }', { id });
    const bad = await mutate(t, buyer, 'purchaseOrderReceive', 'PurchaseOrderReceiveInput', 'purchaseOrder { id }', {
      id,
      locationId: location,
      date: '2026-03-11',
      lines: [
        { lineNo: 1, quantity: '11.0001' },
        { lineNo: 7, quantity: '1' },
      ],
    });
    expect(bad.errors.map((error: any) => [error.code, error.field.join('.')])).toEqual([
      ['OVER_RECEIPT', 'input.lines.0.quantity'],
      ['NOT_FOUND', 'input.lines.1.lineNo'],
    ]);
    const supplierLocation = (
      await t.gql(buyer, `{ locations(where: { type: { equals: SUPPLIER } }) { nodes { id } } }`)
    ).data.locations.nodes[0].id;
    const virtual = await mutate(
      t,
      buyer,
      'purchaseOrderReceive',
      'PurchaseOrderReceiveInput',
      'purchaseOrder { id }',
      {
        id,
        locationId: supplierLocation,
        date: '2026-03-11',
        lines: [{ lineNo: 1, quantity: '11' }],
      },
    );
    expect(virtual.errors).toEqual([expect.objectContaining({ code: 'INVALID_LOCATION' })]);
    const after = await t.gql(
      buyer,
      `query($id: ID!) { purchaseOrder(id: $id) { status lines { quantityReceived } } }`,
      { id },
    );
    expect(after.data.purchaseOrder).toEqual({ status: 'SENT', lines: [{ quantityReceived: '0' }] });
    const sales = await org.key('SALES');
    const denied = await t.gql(
      sales,
      `mutation($input: PurchaseOrderReceiveInput!) { purchaseOrderReceive(input: $input) { errors { code } } }`,
      {
        input: { id, locationId: location, lines: [{ lineNo: 1, quantity: '1' }] },
      },
    );
    expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it.skipIf(!onPostgres)('never receives past the tolerance when receipts race', async () => {
    const supplierId = (
      await t.gql(buyer, `query($id: ID!) { purchaseOrder(id: $id) { supplier { id } } }`, { id: order.id })
    ).data.purchaseOrder.supplier.id;
    const created = await mutate(t, buyer, 'purchaseOrderCreate', 'PurchaseOrderCreateInput', 'purchaseOrder { id }', {
      supplierId,
      orderDate: '2026-04-01',
      lines: [{ productId: bolts, quantity: '100', unitPrice: '0.50' }],
    });
    const id = created.purchaseOrder.id;
    await mutate(t, buyer, 'purchaseOrderSend', 'PurchaseOrderStateInput', 'purchaseOrder { status }', { id });
    const results = await Promise.all(
      Array.from({ length: 6 }, () =>
        mutate(t, buyer, 'purchaseOrderReceive', 'PurchaseOrderReceiveInput', 'purchaseOrder { id }', {
          id,
          locationId: location,
          date: '2026-04-02',
          lines: [{ lineNo: 1, quantity: '30' }],
        }),
      ),
    );
    // 30 + 30 + 30 = 90; a fourth would make 120, over the 110 the tolerance allows.
    expect(results.filter((result) => result.errors.length === 0)).toHaveLength(3);
    expect(results.filter((result) => result.errors[0]?.code === 'OVER_RECEIPT')).toHaveLength(3);
    const after = await t.gql(
      buyer,
      `query($id: ID!) { purchaseOrder(id: $id) { status lines { quantityReceived } } }`,
      { id },
    );
    expect(after.data.purchaseOrder).toEqual({ status: 'PARTIALLY_RECEIVED', lines: [{ quantityReceived: '90' }] });
  });
});
