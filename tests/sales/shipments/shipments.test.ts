// The worked example: an order for 10 widgets (moving average 5.00 from receipts at 4.00 and 6.00),
// 3 gadgets (4.00) and a service, shipped in two shipments. Every figure is computed by hand.
import { beforeAll, describe, expect, it } from 'vitest';
import { Prisma } from '../../../src/generated/prisma/client.js';
import { createTestApp, type TestApp } from '../../support/app.js';
import { stockOp } from '../../inventory/helpers.js';
import {
  ENTRY,
  SHIPMENT,
  books,
  confirmedOrder,
  createShipment,
  entryOf,
  level,
  readOrder,
  rowId,
  ship,
  shipOrg,
  shipmentOk,
  type ShipOrg,
} from './helpers.js';

const two = (value: string | null | undefined) =>
  value === null || value === undefined ? value : new Prisma.Decimal(value).toFixed(2);
const WITH_ENTRY = SHIPMENT.replace('stockMove { id', `stockMove { ${ENTRY} id`);

describe('shipping a sales order', () => {
  let t: TestApp;
  let o: ShipOrg;

  beforeAll(async () => {
    t = await createTestApp();
    o = await shipOrg(t, 'Ship Worked Example');
  });

  it('ships 4 widgets, then the rest with the gadgets: COGS at cost, order states, line quantities and books', async () => {
    // Before: Inventory = 5 × 4.00 + 5 × 6.00 + 3 × 4.00 = 62.00.
    expect(await books(t, o.accounting)).toMatchObject({ balanced: true, inventory: '62.00', valuation: '62.00' });
    const order = await confirmedOrder(t, o);
    expect(order.lines.map((l: any) => [l.lineNo, l.quantityReserved])).toEqual([
      [1, '10'],
      [2, '3'],
      [3, '0'],
    ]);

    const first = await shipmentOk(t, o.warehouse, {
      salesOrderId: order.id,
      lines: [{ lineNo: 1, quantity: '4' }],
      carrier: 'DHL',
      trackingReference: 'JD0001',
      plannedDate: '2026-12-01',
    });
    expect(first).toMatchObject({
      number: 'SH-00001',
      status: 'DRAFT',
      carrier: 'DHL',
      trackingReference: 'JD0001',
      plannedDate: '2026-12-01',
      costOfGoods: null,
      location: { code: 'STOCK' },
    });
    expect(first.lines).toEqual([{ quantity: '4', orderLine: { lineNo: 1 }, product: { sku: 'W' }, stockMove: null }]);

    const shipped = await ship(t, o.key, { id: first.id, expectedVersion: first.version }, WITH_ENTRY);
    expect(shipped.errors).toEqual([]);
    const s1 = shipped.shipment;
    expect(s1.status).toBe('SHIPPED');
    expect(s1.shippedAt).not.toBeNull();
    expect(s1.salesOrder.status).toBe('PARTIALLY_SHIPPED');
    // 4 × 5.00 (moving average) = 20.00: Dr 5000 Cost of goods sold / Cr 1300 Inventory.
    expect(s1.costOfGoods).toEqual({ amount: '20.00', currency: 'EUR' });
    const move1 = s1.lines[0].stockMove;
    expect([move1.kind, move1.quantity, two(move1.value), two(move1.unitCost), move1.toLocation.type]).toEqual([
      'ISSUE',
      '4',
      '20.00',
      '5.00',
      'CUSTOMER',
    ]);
    expect(entryOf(move1)!.map(([code, dr, cr]) => [code, two(dr), two(cr)])).toEqual([
      ['5000', '20.00', '0.00'],
      ['1300', '0.00', '20.00'],
    ]);

    let after = await readOrder(t, o.sales, order.id);
    expect(after.status).toBe('PARTIALLY_SHIPPED');
    const quantities = (read: any) => read.lines.map((l: any) => [l.lineNo, l.quantityReserved, l.quantityShipped]);
    const withShipped = async () =>
      (
        await t.gql(
          o.sales,
          `query($id: ID!) { salesOrder(id: $id) { lines { lineNo quantityReserved quantityShipped } } }`,
          { id: order.id },
        )
      ).data.salesOrder;
    expect(quantities(await withShipped())).toEqual([
      [1, '6', '4'],
      [2, '3', '0'],
      [3, '0', '0'],
    ]);
    expect(await level(t, rowId(o.widget), rowId(o.location))).toEqual(['6', '6']);
    // Inventory 62.00 - 20.00 = 42.00.
    expect(await books(t, o.accounting)).toEqual({
      balanced: true,
      inventory: '42.00',
      cogs: '20.00',
      valuation: '42.00',
    });

    // The rest by default: 6 widgets (6 × 5.00 = 30.00) and 3 gadgets (3 × 4.00 = 12.00); the service does not ship.
    const second = await shipmentOk(t, o.warehouse, { salesOrderId: order.id });
    expect(second.number).toBe('SH-00002');
    expect(second.lines.map((l: any) => [l.orderLine.lineNo, l.product.sku, l.quantity])).toEqual([
      [1, 'W', '6'],
      [2, 'G', '3'],
    ]);
    const s2 = (await ship(t, o.key, { id: second.id }, WITH_ENTRY)).shipment;
    expect(s2.salesOrder.status).toBe('SHIPPED');
    expect(s2.costOfGoods).toEqual({ amount: '42.00', currency: 'EUR' });
    expect(s2.lines.map((l: any) => [l.product.sku, two(l.stockMove.value)])).toEqual([
      ['W', '30.00'],
      ['G', '12.00'],
    ]);
    // One entry for the shipment, a debit and a credit line per product in the shipment's line order; both moves name it.
    const secondEntry = [
      ['5000', '30.00', '0.00'],
      ['1300', '0.00', '30.00'],
      ['5000', '12.00', '0.00'],
      ['1300', '0.00', '12.00'],
    ];
    for (const line of s2.lines)
      expect(entryOf(line.stockMove)!.map(([code, dr, cr]) => [code, two(dr), two(cr)])).toEqual(secondEntry);
    expect(quantities(await withShipped())).toEqual([
      [1, '0', '10'],
      [2, '0', '3'],
      [3, '0', '0'],
    ]);
    expect(await level(t, rowId(o.widget), rowId(o.location))).toEqual(['0', '0']);
    expect(await level(t, rowId(o.gadget), rowId(o.location))).toEqual(['0', '0']);
    expect(await books(t, o.accounting)).toEqual({
      balanced: true,
      inventory: '0.00',
      cogs: '62.00',
      valuation: '0.00',
    });

    // One move per line shipped and one entry per shipment; the reservations are consumed, not released.
    const moves = await t.db.prisma.stockMove.findMany({
      where: { organizationId: o.org.organizationId, kind: 'ISSUE' },
    });
    expect(moves).toHaveLength(3);
    expect(new Set(moves.map((m) => m.journalEntryId)).size).toBe(2);
    const entries = await t.db.prisma.journalEntry.findMany({
      where: { organizationId: o.org.organizationId, sourceType: 'Shipment' },
      orderBy: { number: 'asc' },
    });
    expect(entries.map((e) => [e.sourceId, e.sourcePurpose, e.reference])).toEqual([
      [rowId(first.id), 'cogs', 'SH-00001'],
      [rowId(second.id), 'cogs', 'SH-00002'],
    ]);
    const reservations = await t.db.prisma.stockReservation.findMany({
      where: { demandId: rowId(order.id) },
      orderBy: { demandLine: 'asc' },
    });
    expect(reservations.map((r) => [r.demandLine, r.quantity.toFixed(), r.consumed.toFixed()])).toEqual([
      ['1', '0', '10'],
      ['2', '0', '3'],
    ]);

    after = await t.gql(
      o.sales,
      `query($id: ID!) { salesOrder(id: $id) { shipments { number status costOfGoods { amount } } } }`,
      { id: order.id },
    );
    expect(after.data.salesOrder.shipments).toEqual([
      { number: 'SH-00001', status: 'SHIPPED', costOfGoods: { amount: '20.00' } },
      { number: 'SH-00002', status: 'SHIPPED', costOfGoods: { amount: '42.00' } },
    ]);
    const audits = await t.db.prisma.auditLog.findMany({
      where: { organizationId: o.org.organizationId, action: { startsWith: 'shipment' } },
      select: { action: true, entityType: true },
    });
    expect(
      audits
        .filter((a) => a.entityType === 'Shipment')
        .map((a) => a.action)
        .sort(),
    ).toEqual(['shipmentCreate', 'shipmentCreate', 'shipmentShip', 'shipmentShip']);
    const events = await t.db.prisma.outboxEvent.findMany({
      where: { organizationId: o.org.organizationId, type: { startsWith: 'shipment.' } },
      select: { type: true },
    });
    expect(events.map((e) => e.type).sort()).toEqual([
      'shipment.created',
      'shipment.created',
      'shipment.shipped',
      'shipment.shipped',
    ]);
  });

  it('ships a FIFO product across two cost layers at their own costs', async () => {
    const f = await shipOrg(t, 'Ship FIFO', { widgets: ['0', '0'], gadgets: '0' });
    const fifo = (
      await t.gql(
        f.key,
        `mutation($input: ProductCreateInput!) { productCreate(input: $input) { product { id } errors { code } } }`,
        {
          input: {
            sku: 'F',
            name: 'Fifo part',
            type: 'STOCKED',
            unitOfMeasure: 'pcs',
            costingMethod: 'FIFO',
            listPrice: '20.00',
          },
        },
      )
    ).data.productCreate.product.id;
    for (const [quantity, unitCost] of [
      ['3', '2.50'],
      ['4', '3.10'],
    ]) {
      expect(
        (await stockOp(t, f.key, 'stockReceive', { productId: fifo, locationId: f.location, quantity, unitCost }))
          .errors,
      ).toEqual([]);
    }
    const order = await confirmedOrder(t, f, [{ productId: fifo, quantity: '5' }]);
    const shipment = await shipmentOk(t, f.warehouse, { salesOrderId: order.id });
    const shipped = (await ship(t, f.key, { id: shipment.id }, WITH_ENTRY)).shipment;
    // Oldest layer first: 3 × 2.50 + 2 × 3.10 = 7.50 + 6.20 = 13.70.
    expect(shipped.costOfGoods).toEqual({ amount: '13.70', currency: 'EUR' });
    expect(two(shipped.lines[0].stockMove.value)).toBe('13.70');
    expect(entryOf(shipped.lines[0].stockMove)!.map(([code, dr, cr]) => [code, two(dr), two(cr)])).toEqual([
      ['5000', '13.70', '0.00'],
      ['1300', '0.00', '13.70'],
    ]);
    // What is left: 2 × 3.10 = 6.20.
    expect(await books(t, f.accounting)).toEqual({
      balanced: true,
      inventory: '6.20',
      cogs: '13.70',
      valuation: '6.20',
    });
    expect(shipped.salesOrder.status).toBe('SHIPPED');
  });

  it('lists shipments by status, order and dates', async () => {
    const l = await shipOrg(t, 'Ship Lists', { widgets: ['10', '0'], gadgets: '0' });
    const a = await confirmedOrder(t, l, [{ productId: l.widget, quantity: '3' }]);
    const b = await confirmedOrder(t, l, [{ productId: l.widget, quantity: '2' }]);
    const sa = await shipmentOk(t, l.warehouse, { salesOrderId: a.id, plannedDate: '2026-12-01' });
    const sb = await shipmentOk(t, l.warehouse, { salesOrderId: b.id, plannedDate: '2026-12-05' });
    expect((await ship(t, l.warehouse, { id: sa.id })).errors).toEqual([]);
    const list = async (where: object) => {
      const res = await t.gql(
        l.sales,
        `query($where: ShipmentWhere) { shipments(where: $where) { totalCount nodes { number } } }`,
        { where },
      );
      expect(res.errors).toBeUndefined();
      return [res.data.shipments.totalCount, res.data.shipments.nodes.map((n: any) => n.number)];
    };
    expect(await list({})).toEqual([2, ['SH-00002', 'SH-00001']]);
    expect(await list({ status: { equals: 'DRAFT' } })).toEqual([1, [sb.number]]);
    expect(await list({ salesOrderId: b.id })).toEqual([1, [sb.number]]);
    expect(await list({ plannedDate: { lte: '2026-12-02' } })).toEqual([1, [sa.number]]);
    expect(await list({ shippedAt: { gte: new Date(Date.now() - 3_600_000).toISOString() } })).toEqual([
      1,
      [sa.number],
    ]);
    const one = await t.gql(l.accounting, `query($id: ID!) { shipment(id: $id) { number salesOrder { number } } }`, {
      id: sa.id,
    });
    expect(one.data.shipment).toEqual({ number: sa.number, salesOrder: { number: a.number } });
  });

  it('counts a shipment once per idempotency key', async () => {
    const i = await shipOrg(t, 'Ship Idempotent');
    const order = await confirmedOrder(t, i);
    const input = { salesOrderId: order.id, lines: [{ lineNo: 2, quantity: '1' }], idempotencyKey: 'ship-gadget-1' };
    const first = await createShipment(t, i.warehouse, input);
    const again = await createShipment(t, i.warehouse, input);
    expect(again.errors).toEqual([]);
    expect(again.shipment.id).toBe(first.shipment.id);
    const conflict = await createShipment(t, i.warehouse, { ...input, lines: [{ lineNo: 2, quantity: '2' }] });
    expect(conflict.errors.map((e) => e.code)).toEqual(['IDEMPOTENCY_CONFLICT']);
    const shipped = await ship(t, i.warehouse, { id: first.shipment.id, idempotencyKey: 'ship-it' });
    const repeated = await ship(t, i.warehouse, { id: first.shipment.id, idempotencyKey: 'ship-it' });
    expect([shipped.errors, repeated.errors]).toEqual([[], []]);
    expect(await t.db.prisma.shipment.count({ where: { organizationId: i.org.organizationId } })).toBe(1);
    expect(await t.db.prisma.stockMove.count({ where: { organizationId: i.org.organizationId, kind: 'ISSUE' } })).toBe(
      1,
    );
  });
});
