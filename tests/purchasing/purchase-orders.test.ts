import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestOrg } from '../support/app.js';
import { createProduct } from '../inventory/helpers.js';
import { onPostgres } from '../ledger/helpers.js';

const ERRORS = 'errors { code message field }';
const ORDER = `id number status currency orderDate expectedDate version subtotal { amount } taxTotal { amount } total { amount currency }
  supplier { code } lines { lineNo description quantity unitPrice taxRate subtotal tax total expectedDate quantityReceived product { sku } }`;

async function mutate(t: TestApp, key: string, name: string, inputType: string, selection: string, input: object) {
  const result = await t.gql(
    key,
    `mutation($input: ${inputType}!) { ${name}(input: $input) { ${selection} ${ERRORS} } }`,
    { input },
  );
  expect(result.errors).toBeUndefined();
  return result.data[name];
}

describe('purchasing: supplier prices and purchase orders', () => {
  let t: TestApp;
  let org: TestOrg;
  let buyer: string;
  let supplier: string;
  let bolts: string;
  let nuts: string;

  beforeAll(async () => {
    t = await createTestApp();
    org = await t.newOrg('Purchasing Org');
    buyer = await org.key('PURCHASING');
    const created = await mutate(t, buyer, 'supplierCreate', 'SupplierCreateInput', 'supplier { id }', {
      name: 'Bolt Works',
      currency: 'EUR',
    });
    supplier = created.supplier.id;
    bolts = (await createProduct(t, buyer, { sku: 'BOLT-8', name: 'Bolt M8', unitOfMeasure: 'pc' })).id;
    nuts = (await createProduct(t, buyer, { sku: 'NUT-8', name: 'Nut M8', unitOfMeasure: 'pc' })).id;
  });
  afterAll(() => t.close());

  it('keeps one price per supplier, product and minimum quantity, and picks the tier a quantity reaches', async () => {
    for (const [minQuantity, price] of [
      ['0', '0.120000'],
      ['1000', '0.095'],
      ['5000', '0.08'],
    ]) {
      const set = await mutate(
        t,
        buyer,
        'supplierPriceSet',
        'SupplierPriceSetInput',
        'supplierPrice { price { amount currency } minQuantity }',
        {
          supplierId: supplier,
          productId: bolts,
          minQuantity,
          price,
          leadTimeDays: 10,
        },
      );
      expect(set.errors).toEqual([]);
    }
    const replaced = await mutate(
      t,
      buyer,
      'supplierPriceSet',
      'SupplierPriceSetInput',
      'supplierPrice { price { amount } }',
      {
        supplierId: supplier,
        productId: bolts,
        minQuantity: '1000',
        price: '0.09',
      },
    );
    expect(replaced.supplierPrice.price.amount).toBe('0.09');
    const prices = await t.gql(
      buyer,
      `query($id: ID!) { node(id: $id) { ... on Product { supplierPrices { minQuantity price { amount } } } } }`,
      { id: bolts },
    );
    expect(prices.data.node.supplierPrices).toEqual([
      { minQuantity: '5000', price: { amount: '0.08' } },
      { minQuantity: '1000', price: { amount: '0.09' } },
      { minQuantity: '0', price: { amount: '0.12' } },
    ]);
    const bad = await mutate(t, buyer, 'supplierPriceSet', 'SupplierPriceSetInput', 'supplierPrice { id }', {
      supplierId: supplier,
      productId: bolts,
      price: '-1',
      minQuantity: '0.00001',
      leadTimeDays: -1,
    });
    expect(bad.errors.map((error: any) => [error.code, error.field.join('.')])).toEqual([
      ['INVALID_AMOUNT', 'input.price'],
      ['INVALID_SCALE', 'input.minQuantity'],
      ['OUT_OF_RANGE', 'input.leadTimeDays'],
    ]);
  });

  it("creates a draft order priced from the supplier's tiers, with server-computed totals", async () => {
    const created = await mutate(
      t,
      buyer,
      'purchaseOrderCreate',
      'PurchaseOrderCreateInput',
      `purchaseOrder { ${ORDER} }`,
      {
        supplierId: supplier,
        orderDate: '2026-05-04',
        expectedDate: '2026-05-14',
        lines: [
          { productId: bolts, quantity: '1200', taxRate: '19' },
          {
            productId: nuts,
            quantity: '100',
            unitPrice: '0.045',
            description: 'Nuts, zinc plated',
            expectedDate: '2026-05-20',
          },
        ],
      },
    );
    expect(created.errors).toEqual([]);
    // 1,200 x 0.09 = 108.00 + 19% = 20.52; 100 x 0.045 = 4.50.
    expect(created.purchaseOrder).toMatchObject({
      number: 'PO-00001',
      status: 'DRAFT',
      currency: 'EUR',
      supplier: { code: 'SUP-00001' },
      subtotal: { amount: '112.50' },
      taxTotal: { amount: '20.52' },
      total: { amount: '133.02', currency: 'EUR' },
      lines: [
        {
          lineNo: 1,
          description: 'Bolt M8',
          quantity: '1200',
          unitPrice: '0.09',
          subtotal: '108',
          tax: '20.52',
          total: '128.52',
          expectedDate: '2026-05-14',
          quantityReceived: '0',
          product: { sku: 'BOLT-8' },
        },
        {
          lineNo: 2,
          description: 'Nuts, zinc plated',
          unitPrice: '0.045',
          subtotal: '4.5',
          total: '4.5',
          expectedDate: '2026-05-20',
        },
      ],
    });
    const noPrice = await mutate(t, buyer, 'purchaseOrderCreate', 'PurchaseOrderCreateInput', 'purchaseOrder { id }', {
      supplierId: supplier,
      orderDate: '2026-05-04',
      lines: [
        { productId: nuts, quantity: '10' },
        { productId: bolts, quantity: '0' },
      ],
    });
    expect(noPrice.errors.map((error: any) => [error.code, error.field.join('.')])).toEqual([
      ['PRICE_REQUIRED', 'input.lines.0.unitPrice'],
      ['INVALID_AMOUNT', 'input.lines.1.quantity'],
    ]);
    const empty = await mutate(t, buyer, 'purchaseOrderCreate', 'PurchaseOrderCreateInput', 'purchaseOrder { id }', {
      supplierId: supplier,
      orderDate: '2026-05-04',
      lines: [],
    });
    expect(empty.errors).toEqual([expect.objectContaining({ code: 'EMPTY_ORDER' })]);
    const list = await t.gql(buyer, `{ purchaseOrders { totalCount nodes { number } } }`);
    expect(list.data.purchaseOrders).toEqual({ totalCount: 1, nodes: [{ number: 'PO-00001' }] });
  });

  it('edits drafts only, sends, and cancels what nothing was received against', async () => {
    const created = await mutate(
      t,
      buyer,
      'purchaseOrderCreate',
      'PurchaseOrderCreateInput',
      'purchaseOrder { id version }',
      {
        supplierId: supplier,
        orderDate: '2026-06-01',
        lines: [{ productId: bolts, quantity: '6000' }],
      },
    );
    const id = created.purchaseOrder.id;
    const updated = await mutate(
      t,
      buyer,
      'purchaseOrderUpdate',
      'PurchaseOrderUpdateInput',
      `purchaseOrder { ${ORDER} }`,
      {
        id,
        expectedVersion: 1,
        orderDate: '2026-06-02',
        lines: [{ productId: bolts, quantity: '5000' }],
      },
    );
    expect(updated.purchaseOrder).toMatchObject({
      version: 2,
      total: { amount: '400.00' },
      lines: [{ unitPrice: '0.08' }],
    });
    const stale = await mutate(t, buyer, 'purchaseOrderUpdate', 'PurchaseOrderUpdateInput', 'purchaseOrder { id }', {
      id,
      expectedVersion: 1,
      orderDate: '2026-06-02',
      lines: [{ productId: bolts, quantity: '1' }],
    });
    expect(stale.errors).toEqual([expect.objectContaining({ code: 'STALE_VERSION' })]);
    const sent = await mutate(
      t,
      buyer,
      'purchaseOrderSend',
      'PurchaseOrderStateInput',
      'purchaseOrder { status sentAt }',
      { id },
    );
    expect(sent.purchaseOrder.status).toBe('SENT');
    const edit = await mutate(t, buyer, 'purchaseOrderUpdate', 'PurchaseOrderUpdateInput', 'purchaseOrder { id }', {
      id,
      orderDate: '2026-06-02',
      lines: [{ productId: bolts, quantity: '1' }],
    });
    expect(edit.errors).toEqual([expect.objectContaining({ code: 'NOT_DRAFT' })]);
    const cancelled = await mutate(
      t,
      buyer,
      'purchaseOrderCancel',
      'PurchaseOrderStateInput',
      'purchaseOrder { status cancelledAt }',
      { id },
    );
    expect(cancelled.purchaseOrder.status).toBe('CANCELLED');
    const again = await mutate(t, buyer, 'purchaseOrderCancel', 'PurchaseOrderStateInput', 'purchaseOrder { id }', {
      id,
    });
    expect(again.errors).toEqual([expect.objectContaining({ code: 'NOT_CANCELLABLE' })]);
    const events = await t.gql(
      await org.key('ADMIN'),
      `query($id: ID!) { auditLog(where: { entityId: $id }) { nodes { action } } }`,
      { id },
    );
    expect(events.data.auditLog.nodes.map((node: any) => node.action).sort()).toEqual([
      'purchaseOrderCancel',
      'purchaseOrderCreate',
      'purchaseOrderSend',
      'purchaseOrderUpdate',
    ]);
  });

  it('lets PURCHASING write, ACCOUNTING and WAREHOUSE read, and others nothing', async () => {
    const accounting = await org.key('ACCOUNTING');
    const read = await t.gql(accounting, `{ purchaseOrders { totalCount } }`);
    expect(read.errors).toBeUndefined();
    const write = await t.gql(accounting, `mutation { purchaseOrderCancel(input: { id: "x" }) { errors { code } } }`);
    expect(write.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const sales = await org.key('SALES');
    const denied = await t.gql(sales, `{ purchaseOrders { totalCount } }`);
    expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const other = await t.newOrg('Other Purchasing Org');
    const theirs = await t.gql(await other.key('PURCHASING'), `{ purchaseOrders { totalCount } }`);
    expect(theirs.data.purchaseOrders.totalCount).toBe(0);
    const order = (await t.gql(buyer, `{ purchaseOrders(first: 1) { nodes { id } } }`)).data.purchaseOrders.nodes[0].id;
    const foreign = await t.gql(await other.key('PURCHASING'), `query($id: ID!) { purchaseOrder(id: $id) { id } }`, {
      id: order,
    });
    expect(foreign.data.purchaseOrder).toBeNull();
  });

  it.skipIf(!onPostgres)('numbers orders gaplessly when 10 are created at once', async () => {
    const results = await Promise.all(
      Array.from({ length: 10 }, () =>
        mutate(t, buyer, 'purchaseOrderCreate', 'PurchaseOrderCreateInput', 'purchaseOrder { number }', {
          supplierId: supplier,
          orderDate: '2026-07-01',
          lines: [{ productId: nuts, quantity: '1', unitPrice: '1' }],
        }),
      ),
    );
    const numbers = results.map((result) => result.purchaseOrder.number).sort();
    expect(new Set(numbers).size).toBe(10);
    const all = await t.gql(buyer, `{ purchaseOrders(first: 100, orderBy: [{ field: NUMBER }]) { nodes { number } } }`);
    expect(all.data.purchaseOrders.nodes.map((node: any) => node.number)).toEqual(
      Array.from(
        { length: all.data.purchaseOrders.nodes.length },
        (_, index) => `PO-${String(index + 1).padStart(5, '0')}`,
      ),
    );
  });
});
