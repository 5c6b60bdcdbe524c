// Shipping consumes all of a shipment's reservations in one inventory command whose SQL statements do
// not grow with the lines (moving average and FIFO alike), with one audit record and one
// stock.documentIssued event for the shipment, and values every line as shipping it alone would.
import { beforeAll, describe, expect, it } from 'vitest';
import { Prisma } from '../../../src/generated/prisma/client.js';
import { metrics } from '../../../src/platform/metrics.js';
import { createTestApp, type TestApp } from '../../support/app.js';
import { stockOp } from '../../inventory/helpers.js';
import { invoiceOk, receiveOk, returnOk } from '../returns/helpers.js';
import {
  books,
  confirm,
  confirmedOrder,
  createShipment,
  level,
  onPostgres,
  orderOk,
  rowId,
  ship,
  shipOrg,
  shipmentOk,
  type ShipOrg,
} from './helpers.js';

const two = (value: Prisma.Decimal | string) => new Prisma.Decimal(value).toFixed(2);

async function fifoProduct(t: TestApp, o: ShipOrg, sku: string, layers: [string, string][]): Promise<string> {
  const created = await t.gql(
    o.key,
    `mutation($input: ProductCreateInput!) { productCreate(input: $input) { product { id } errors { code } } }`,
    {
      input: {
        sku,
        name: `Fifo ${sku}`,
        type: 'STOCKED',
        unitOfMeasure: 'pcs',
        costingMethod: 'FIFO',
        listPrice: '20.00',
      },
    },
  );
  const id = created.data.productCreate.product.id;
  for (const [quantity, unitCost] of layers) {
    expect(
      (await stockOp(t, o.key, 'stockReceive', { productId: id, locationId: o.location, quantity, unitCost })).errors,
    ).toEqual([]);
  }
  return id;
}

describe('shipping a shipment in one inventory command', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });

  for (const costing of ['MOVING_AVERAGE', 'FIFO'] as const) {
    it(`costs the same SQL statements to create, ship and return 5 lines as 20 (${costing})`, async () => {
      const o = await shipOrg(t, `Ship Batch Count ${costing}`, { widgets: ['50', '50'], gadgets: '50' });
      const products =
        costing === 'FIFO'
          ? [
              await fifoProduct(
                t,
                o,
                'F1',
                Array.from({ length: 12 }, (_, i) => ['3', `${2 + i / 10}`]),
              ),
              await fifoProduct(
                t,
                o,
                'F2',
                Array.from({ length: 12 }, (_, i) => ['3', `${5 - i / 10}`]),
              ),
            ]
          : [o.widget, o.gadget];
      const cost = async (count: number) => {
        // Two units a line, so FIFO lines cross cost layers of three.
        const lines = Array.from({ length: count }, (_, i) => ({ productId: products[i % 2], quantity: '2' }));
        const order = await confirmedOrder(t, o, lines);
        let created: any;
        const create = await t.countStatements(async () => {
          created = await createShipment(t, o.warehouse, { salesOrderId: order.id }, 'id');
        });
        expect(created.errors).toEqual([]);
        let shipped: any;
        const shipping = await t.countStatements(async () => {
          shipped = await ship(t, o.warehouse, { id: created.shipment.id }, 'id');
        });
        expect(shipped.errors).toEqual([]);
        // Invoiced, so receiving the return also credits it (one credit note, a line per returned line).
        await invoiceOk(t, o.accounting, { salesOrderId: order.id });
        const back = await returnOk(t, o.sales, {
          salesOrderId: order.id,
          lines: Array.from({ length: count }, (_, i) => ({ lineNo: i + 1, quantity: '1' })),
        });
        let received: any;
        const receiving = await t.countStatements(async () => {
          received = await receiveOk(t, o.warehouse, { id: back.id });
        });
        expect(received.status).toBe('RECEIVED');
        return { create, ship: shipping, receive: receiving };
      };
      // The organization's first shipment and return start their number sequences.
      await cost(1);
      const five = await cost(5);
      expect(await cost(20)).toEqual(five);
      expect(await books(t, o.accounting)).toMatchObject({ balanced: true });
      const { inventory, valuation } = await books(t, o.accounting);
      expect(inventory).toBe(valuation);
    });
  }

  it('values FIFO lines sharing a product across layers as shipping them one by one would; one audit record and event for the shipment', async () => {
    const o = await shipOrg(t, 'Ship Batch FIFO Values');
    const organizationId = o.org.organizationId;
    const fifo = await fifoProduct(t, o, 'F', [
      ['3', '2.50'],
      ['4', '3.10'],
      ['5', '1.00'],
    ]);
    const order = await confirmedOrder(t, o, [
      { productId: fifo, quantity: '2' },
      { productId: o.widget, quantity: '3' },
      { productId: fifo, quantity: '4' },
      { productId: fifo, quantity: '3' },
    ]);
    const shipment = await shipmentOk(t, o.warehouse, { salesOrderId: order.id });
    const shipped = await ship(t, o.warehouse, { id: shipment.id });
    expect(shipped.errors).toEqual([]);
    // F line 1: 2 × 2.50 = 5.00. Line 3: 1 × 2.50 + 3 of 4 at 12.40 (9.30) = 11.80. Line 4: the layer's
    // last unit (12.40 − 9.30 = 3.10) + 2 of 5 at 5.00 (2.00) = 5.10. Widgets 3 × 5.00 = 15.00.
    expect(shipped.shipment.lines.map((l: any) => two(l.stockMove.value))).toEqual(['5.00', '15.00', '11.80', '5.10']);
    expect(shipped.shipment.costOfGoods).toEqual({ amount: '36.90', currency: 'EUR' });
    const layers = await t.db.prisma.stockCostLayer.findMany({
      where: { organizationId, productId: rowId(fifo) },
      orderBy: { doneAt: 'asc' },
    });
    expect(layers.map((l) => [l.remainingQuantity.toFixed(), two(l.remainingValue)])).toEqual([
      ['0', '0.00'],
      ['0', '0.00'],
      ['3', '3.00'],
    ]);
    const product = await t.db.prisma.product.findUniqueOrThrow({ where: { id: rowId(fifo) } });
    expect([two(product.stockValue), product.averageCost.toFixed()]).toEqual(['3.00', '1']);
    const consumptions = await t.db.prisma.stockLayerConsumption.findMany({ where: { organizationId } });
    expect(consumptions.map((c) => two(c.value)).sort()).toEqual(['2.00', '2.50', '3.10', '5.00', '9.30']);
    expect(await books(t, o.accounting)).toEqual({
      balanced: true,
      inventory: '50.00',
      cogs: '36.90',
      valuation: '50.00',
    });

    const id = rowId(shipment.id);
    const audits = await t.db.prisma.auditLog.findMany({ where: { organizationId, action: 'stockConsume' } });
    expect(audits.map((a) => [a.entityType, a.entityId])).toEqual([['Shipment', id]]);
    const events = await t.db.prisma.outboxEvent.findMany({
      where: { organizationId, type: { in: ['stock.issued', 'stock.documentIssued'] } },
    });
    expect(events.map((e) => [e.type, e.aggregateType, e.aggregateId])).toEqual([
      ['stock.documentIssued', 'Shipment', id],
    ]);
    const payload = events[0]!.payload as {
      journalEntryId: string;
      lines: { stockMoveId: string; value: string; sourceLine: string }[];
    };
    expect(payload.lines.map((l) => [l.sourceLine, two(l.value)])).toEqual([
      ['1', '5.00'],
      ['2', '15.00'],
      ['3', '11.80'],
      ['4', '5.10'],
    ]);
    expect(payload.lines.map((l) => l.stockMoveId)).toEqual(
      shipped.shipment.lines.map((l: any) => rowId(l.stockMove.id)),
    );
    const moves = await t.db.prisma.stockMove.findMany({ where: { organizationId, kind: 'ISSUE' } });
    expect(moves.every((m) => m.journalEntryId === payload.journalEntryId)).toBe(true);
  });
  it('values moving-average lines sharing a product one after the other, each its rounded share of what the lines before it left', async () => {
    // 3 widgets worth 10.00 (3 × 3.3333 = 9.9999, rounded).
    const o = await shipOrg(t, 'Ship Batch Average Values', { widgets: ['0', '0'], gadgets: '3' });
    expect(
      (
        await stockOp(t, o.key, 'stockReceive', {
          productId: o.widget,
          locationId: o.location,
          quantity: '3',
          unitCost: '3.3333',
        })
      ).errors,
    ).toEqual([]);
    const order = await confirmedOrder(t, o, [
      { productId: o.widget, quantity: '1' },
      { productId: o.gadget, quantity: '1' },
      { productId: o.widget, quantity: '1' },
      { productId: o.widget, quantity: '1' },
    ]);
    const shipment = await shipmentOk(t, o.warehouse, { salesOrderId: order.id });
    const shipped = await ship(t, o.warehouse, { id: shipment.id });
    expect(shipped.errors).toEqual([]);
    // 10.00 / 3 = 3.33 (6.67 left), 6.67 / 2 = 3.335 → 3.34 (3.33 left), then all that is left: 3.33.
    expect(shipped.shipment.lines.map((l: any) => two(l.stockMove.value))).toEqual(['3.33', '4.00', '3.34', '3.33']);
    const widget = await t.db.prisma.product.findUniqueOrThrow({ where: { id: rowId(o.widget) } });
    expect([two(widget.stockValue), widget.averageCost.toFixed()]).toEqual(['0.00', '3.33']);
    expect(await books(t, o.accounting)).toEqual({
      balanced: true,
      inventory: '8.00',
      cogs: '14.00',
      valuation: '8.00',
    });
  });
});

// Shipments lock products, then levels, then reservations, then FIFO layers, in product order, as
// confirming locks products and levels: shipments and confirms over the same products in opposite line
// orders wait for each other instead of deadlocking, and the books stay equal to the valuation.
describe.skipIf(!onPostgres)('shipments over the same products at once (PostgreSQL)', () => {
  const SHIPMENTS = 8;

  it(`ships ${SHIPMENTS} shipments in opposite line orders while orders confirm, without a deadlock retry`, async () => {
    const t = await createTestApp();
    const o = await shipOrg(t, 'Ship Batch Race', { widgets: ['100', '100'], gadgets: '0' });
    const fifo = await fifoProduct(
      t,
      o,
      'F',
      Array.from({ length: 20 }, (_, i) => ['5', `${1 + i / 4}`]),
    );
    const forward = [
      { productId: o.widget, quantity: '3' },
      { productId: fifo, quantity: '4' },
    ];
    const backward = [
      { productId: fifo, quantity: '3' },
      { productId: o.widget, quantity: '2' },
      { productId: fifo, quantity: '1' },
    ];
    const shipments = [];
    for (let i = 0; i < SHIPMENTS; i++) {
      const order = await confirmedOrder(t, o, i % 2 ? backward : forward);
      shipments.push(await shipmentOk(t, o.warehouse, { salesOrderId: order.id }));
    }
    const drafts = [];
    for (let i = 0; i < SHIPMENTS / 2; i++)
      drafts.push(
        await orderOk(t, o.sales, { customerId: o.acme, locationId: o.location, lines: i % 2 ? forward : backward }),
      );
    const retriesBefore = metrics.commandRetries;
    const results = await Promise.all([
      ...shipments.map((shipment) => ship(t, o.warehouse, { id: shipment.id }, 'id')),
      ...drafts.map((draft) => confirm(t, o.sales, { id: draft.id })),
    ]);
    expect(results.flatMap((r) => r.errors)).toEqual([]);
    expect(metrics.commandRetries - retriesBefore).toBe(0);
    // Each shipment takes 3 or 2 widgets and 4 FIFO units; the 4 confirmed orders hold as much.
    expect(await level(t, rowId(o.widget), rowId(o.location))).toEqual(['180', '10']);
    expect(await level(t, rowId(fifo), rowId(o.location))).toEqual(['68', '16']);
    const product = await t.db.prisma.product.findUniqueOrThrow({ where: { id: rowId(fifo) } });
    const layers = await t.db.prisma.stockCostLayer.aggregate({
      where: { productId: rowId(fifo) },
      _sum: { remainingQuantity: true, remainingValue: true },
    });
    expect([layers._sum.remainingQuantity!.toFixed(), two(layers._sum.remainingValue!)]).toEqual([
      '68',
      two(product.stockValue),
    ]);
    const b = await books(t, o.accounting);
    expect(b.balanced).toBe(true);
    expect(b.inventory).toBe(b.valuation);
  });
});
