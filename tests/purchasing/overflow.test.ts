// Issue 21 item 6: purchase order figures a DECIMAL column cannot hold are refused with OUT_OF_RANGE on
// their field (not a masked "numeric field overflow"); nothing is written.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestOrg } from '../support/app.js';
import { createProduct, rowId, stockReadyOrg } from '../inventory/helpers.js';

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

let t: TestApp;
let org: TestOrg;
let buyer: string;
let supplier: string;
let bolts: string;
let location: string;

beforeAll(async () => {
  t = await createTestApp();
  org = await stockReadyOrg(t, 'Overflow Purchasing');
  buyer = await org.key('PURCHASING', 'WAREHOUSE', 'ACCOUNTING');
  supplier = (
    await mutate(t, buyer, 'supplierCreate', 'SupplierCreateInput', 'supplier { id }', {
      name: 'Bolt Works',
      currency: 'EUR',
    })
  ).supplier.id;
  bolts = (await createProduct(t, buyer, { sku: 'BOLT', name: 'Bolt', unitOfMeasure: 'pc' })).id;
  location = (
    await mutate(t, buyer, 'warehouseCreate', 'WarehouseCreateInput', 'warehouse { rootLocation { id } }', {
      code: 'MAIN',
      name: 'Main',
    })
  ).warehouse.rootLocation.id;
});
afterAll(() => t.close());

async function written() {
  const where = { organizationId: org.organizationId };
  const [orders, lines, moves, entries, audits] = await Promise.all([
    t.db.prisma.purchaseOrder.count({ where }),
    t.db.prisma.purchaseOrderLine.count({ where }),
    t.db.prisma.stockMove.count({ where }),
    t.db.prisma.journalEntry.count({ where }),
    t.db.prisma.auditLog.count({ where }),
  ]);
  const levels = await t.db.prisma.stockLevel.findMany({ where, select: { onHand: true } });
  const received = await t.db.prisma.purchaseOrderLine.findMany({ where, select: { quantityReceived: true } });
  return {
    orders,
    lines,
    moves,
    entries,
    audits,
    levels: levels.map((l) => l.onHand.toFixed()),
    received: received.map((l) => l.quantityReceived.toFixed()),
  };
}

const create = (lines: object[]) =>
  mutate(t, buyer, 'purchaseOrderCreate', 'PurchaseOrderCreateInput', 'purchaseOrder { id total { amount } }', {
    supplierId: supplier,
    orderDate: '2026-05-04',
    lines,
  });

describe('purchase orders with numbers too large to store', () => {
  it('refuses a unit price past DECIMAL(20,6) on lines.N.unitPrice', async () => {
    const before = await written();
    const refused = await create([{ productId: bolts, quantity: '1', unitPrice: '999999999999999' }]);
    expect(refused).toEqual({
      purchaseOrder: null,
      errors: [{ code: 'OUT_OF_RANGE', message: expect.any(String), field: ['input', 'lines', '0', 'unitPrice'] }],
    });
    expect(await written()).toEqual(before);
  });

  it('refuses a line whose quantity x unit price overflows its DECIMAL(20,4) total, on lines.N.quantity', async () => {
    const before = await written();
    const refused = await create([
      { productId: bolts, quantity: '1', unitPrice: '1' },
      { productId: bolts, quantity: '100000000000', unitPrice: '99999999999999', taxRate: '19' },
    ]);
    expect(refused).toEqual({
      purchaseOrder: null,
      errors: [
        {
          code: 'OUT_OF_RANGE',
          message: expect.stringContaining('line 2'),
          field: ['input', 'lines', '1', 'quantity'],
        },
      ],
    });
    expect(await written()).toEqual(before);
  });

  it('refuses lines that each fit but whose sum overflows the order total, on lines', async () => {
    const before = await written();
    const line = { productId: bolts, quantity: '900000000000000', unitPrice: '10' };
    const refused = await create([line, line]);
    expect(refused).toEqual({
      purchaseOrder: null,
      errors: [{ code: 'OUT_OF_RANGE', message: expect.stringContaining('document total'), field: ['input', 'lines'] }],
    });
    expect(await written()).toEqual(before);
  });

  it('purchaseOrderReceive refuses a receipt that takes on hand past DECIMAL(20,4), on lines.N.quantity', async () => {
    const ordered = await create([{ productId: bolts, quantity: '2000', unitPrice: '0' }]);
    expect(ordered.errors).toEqual([]);
    await mutate(t, buyer, 'purchaseOrderSend', 'PurchaseOrderStateInput', 'purchaseOrder { status }', {
      id: ordered.purchaseOrder.id,
    });
    const receive = (quantity: string) =>
      mutate(t, buyer, 'purchaseOrderReceive', 'PurchaseOrderReceiveInput', 'purchaseOrder { status }', {
        id: ordered.purchaseOrder.id,
        locationId: location,
        lines: [{ lineNo: 1, quantity }],
      });
    expect((await receive('1')).errors).toEqual([]);
    // 10^16 units cannot be ordered (a quantity stays below 10^15); the level is set near its limit directly.
    await t.db.prisma.stockLevel.updateMany({
      where: { organizationId: org.organizationId, productId: rowId(bolts) },
      data: { onHand: '9999999999999000' },
    });
    const before = await written();
    const refused = await receive('1000');
    expect(refused).toEqual({
      purchaseOrder: null,
      errors: [
        {
          code: 'OUT_OF_RANGE',
          message: expect.stringContaining('on hand'),
          field: ['input', 'lines', '0', 'quantity'],
        },
      ],
    });
    expect(await written()).toEqual(before);
  });
});
