// Races only happen on PostgreSQL (PGlite runs one transaction at a time). Every command locks the
// sales order row first, then shipments, then inventory's rows.
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../support/app.js';
import {
  books,
  cancel,
  confirmedOrder,
  createShipment,
  level,
  onPostgres,
  readOrder,
  rowId,
  ship,
  shipOrg,
  shipmentOk,
} from './helpers.js';

describe.skipIf(!onPostgres)('shipments at once (PostgreSQL)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });

  it('ships a shipment once when it is shipped 10 times at once: one move per line, one entry for the shipment', async () => {
    const o = await shipOrg(t, 'Race Ship Ten');
    const order = await confirmedOrder(t, o);
    const shipment = await shipmentOk(t, o.warehouse, { salesOrderId: order.id });
    const results = await Promise.all(Array.from({ length: 10 }, () => ship(t, o.warehouse, { id: shipment.id })));
    expect(results.filter((r) => r.errors.length === 0)).toHaveLength(1);
    expect(results.flatMap((r) => r.errors.map((e) => e.code))).toEqual(Array(9).fill('SHIPMENT_NOT_DRAFT'));
    const moves = await t.db.prisma.stockMove.findMany({
      where: { organizationId: o.org.organizationId, kind: 'ISSUE' },
    });
    expect(moves).toHaveLength(2);
    const entries = await t.db.prisma.journalEntry.findMany({
      where: { organizationId: o.org.organizationId, sourceType: 'Shipment', sourceId: rowId(shipment.id) },
    });
    expect(entries).toHaveLength(1);
    expect(moves.map((m) => m.journalEntryId)).toEqual([entries[0]!.id, entries[0]!.id]);
    expect(await level(t, rowId(o.widget), rowId(o.location))).toEqual(['0', '0']);
    expect(await level(t, rowId(o.gadget), rowId(o.location))).toEqual(['0', '0']);
    expect((await readOrder(t, o.sales, order.id)).status).toBe('SHIPPED');
    // 10 × 5.00 + 3 × 4.00 = 62.00 left the books exactly once.
    expect(await books(t, o.accounting)).toEqual({
      balanced: true,
      inventory: '0.00',
      cogs: '62.00',
      valuation: '0.00',
    });
  });

  it('never ships more than is reserved when shipments of one order race', async () => {
    const o = await shipOrg(t, 'Race Two Shipments', { widgets: ['50', '50'], gadgets: '0' });
    for (let round = 0; round < 5; round++) {
      const order = await confirmedOrder(t, o, [{ productId: o.widget, quantity: '6' }]);
      // Ten drafts asking for 4 of the 6 reserved at once: exactly one is created.
      const created = await Promise.all(
        Array.from({ length: 10 }, () =>
          createShipment(t, o.warehouse, { salesOrderId: order.id, lines: [{ lineNo: 1, quantity: '4' }] }),
        ),
      );
      expect(created.filter((r) => r.errors.length === 0)).toHaveLength(1);
      expect(new Set(created.flatMap((r) => r.errors.map((e) => e.code)))).toEqual(new Set(['OVER_SHIPMENT']));
      const rest = await shipmentOk(t, o.warehouse, { salesOrderId: order.id });
      expect(rest.lines[0].quantity).toBe('2');
      // Both shipments of the order ship at once: 4 + 2 = the 6 reserved, never more.
      const winner = created.find((r) => r.errors.length === 0)!.shipment;
      const shipped = await Promise.all([
        ship(t, o.warehouse, { id: winner.id }),
        ship(t, o.warehouse, { id: rest.id }),
      ]);
      expect(shipped.flatMap((r) => r.errors)).toEqual([]);
      const after = await readOrder(t, o.sales, order.id);
      expect(after.status).toBe('SHIPPED');
      const line = await t.db.prisma.salesOrderLine.findFirstOrThrow({ where: { salesOrderId: rowId(order.id) } });
      expect([line.quantityReserved.toFixed(), line.quantityShipped.toFixed()]).toEqual(['0', '6']);
    }
    // 100 received, 5 × 6 shipped.
    expect(await level(t, rowId(o.widget), rowId(o.location))).toEqual(['70', '0']);
    const shippedQuantity = await t.db.prisma.stockMove.aggregate({
      where: { organizationId: o.org.organizationId, kind: 'ISSUE' },
      _sum: { quantity: true },
    });
    expect(shippedQuantity._sum.quantity!.toFixed()).toBe('30');
    const b = await books(t, o.accounting);
    expect(b.balanced).toBe(true);
    expect(b.inventory).toBe(b.valuation);
  });

  it('lets exactly one of salesOrderCancel and shipmentShip win; stock and reservations follow the winner', async () => {
    const o = await shipOrg(t, 'Race Cancel Ship', { widgets: ['50', '50'], gadgets: '0' });
    let shippedUnits = 0;
    for (let round = 0; round < 8; round++) {
      const order = await confirmedOrder(t, o, [{ productId: o.widget, quantity: '3' }]);
      const shipment = await shipmentOk(t, o.warehouse, { salesOrderId: order.id });
      const [shipped, cancelled] = await Promise.all([
        ship(t, o.warehouse, { id: shipment.id }),
        cancel(t, o.sales, { id: order.id }),
      ]);
      const shipWon = shipped.errors.length === 0;
      const cancelWon = cancelled.errors.length === 0;
      expect(shipWon !== cancelWon).toBe(true);
      expect(shipWon ? cancelled.errors.map((e) => e.code) : shipped.errors.map((e) => e.code)).toEqual([
        shipWon ? 'NOT_CANCELLABLE' : 'SHIPMENT_NOT_DRAFT',
      ]);
      const after = await readOrder(t, o.sales, order.id);
      expect(after.status).toBe(shipWon ? 'SHIPPED' : 'CANCELLED');
      const reservation = await t.db.prisma.stockReservation.findFirstOrThrow({ where: { demandId: rowId(order.id) } });
      expect([reservation.quantity.toFixed(), reservation.consumed.toFixed()]).toEqual(
        shipWon ? ['0', '3'] : ['0', '0'],
      );
      if (shipWon) shippedUnits += 3;
      expect(await level(t, rowId(o.widget), rowId(o.location))).toEqual([String(100 - shippedUnits), '0']);
    }
    const moves = await t.db.prisma.stockMove.count({ where: { organizationId: o.org.organizationId, kind: 'ISSUE' } });
    expect(moves * 3).toBe(shippedUnits);
    const b = await books(t, o.accounting);
    expect(b.balanced).toBe(true);
    expect(b.inventory).toBe(b.valuation);
  });
});
