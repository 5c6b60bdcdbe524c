// An order confirmed short of stock ships what it holds, reserves the backordered rest once stock
// comes in (salesOrderReserve), and ships that too.
import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../support/app.js';
import { stockOp } from '../../inventory/helpers.js';
import { confirm, mutate, orderOk } from '../orders/helpers.js';
import { books, createShipment, level, rowId, ship, shipOrg, shipmentOk } from './helpers.js';

const reserve = (t: Awaited<ReturnType<typeof createTestApp>>, key: string, input: object) =>
  mutate<{ salesOrder: any }>(
    t,
    key,
    'salesOrderReserve',
    'SalesOrderReserveInput',
    'salesOrder { status lines { lineNo quantityReserved quantityBackordered quantityShipped } }',
    input,
  );

describe('backorders', () => {
  it('ships what is reserved, reserves the rest when stock arrives, then ships it', async () => {
    const t = await createTestApp();
    // 4 widgets at 4.00 on hand; the order wants 10 widgets and 2 gadgets (3 on hand).
    const o = await shipOrg(t, 'Ship Backorders', { widgets: ['4', '0'], gadgets: '3' });
    const order = await orderOk(t, o.sales, {
      customerId: o.acme,
      locationId: o.location,
      lines: [
        { productId: o.widget, quantity: '10' },
        { productId: o.gadget, quantity: '2' },
      ],
    });
    expect((await reserve(t, o.sales, { id: order.id })).errors.map((e) => e.code)).toEqual(['NOT_SHIPPABLE']);
    const confirmed = await confirm(t, o.sales, { id: order.id, allowBackorder: true });
    expect(confirmed.salesOrder.lines.map((l: any) => [l.quantityReserved, l.quantityBackordered])).toEqual([
      ['4', '6'],
      ['2', '0'],
    ]);

    const first = await shipmentOk(t, o.warehouse, { salesOrderId: order.id });
    expect(first.lines.map((l: any) => [l.orderLine.lineNo, l.quantity])).toEqual([
      [1, '4'],
      [2, '2'],
    ]);
    expect((await ship(t, o.warehouse, { id: first.id })).shipment.salesOrder.status).toBe('PARTIALLY_SHIPPED');
    expect((await createShipment(t, o.warehouse, { salesOrderId: order.id })).errors.map((e) => e.code)).toEqual([
      'NOTHING_TO_SHIP',
    ]);
    // No widget is available yet.
    expect((await reserve(t, o.warehouse, { id: order.id })).errors.map((e) => e.code)).toEqual(['INSUFFICIENT_STOCK']);

    // 5 arrive at 6.00: the 6 backordered take 5, 1 stays backordered.
    expect(
      (
        await stockOp(t, o.key, 'stockReceive', {
          productId: o.widget,
          locationId: o.location,
          quantity: '5',
          unitCost: '6',
        })
      ).errors,
    ).toEqual([]);
    const reserved = await reserve(t, o.warehouse, { id: order.id });
    expect(reserved.errors).toEqual([]);
    expect(reserved.salesOrder.lines).toEqual([
      { lineNo: 1, quantityReserved: '5', quantityBackordered: '1', quantityShipped: '4' },
      { lineNo: 2, quantityReserved: '0', quantityBackordered: '0', quantityShipped: '2' },
    ]);
    expect(await level(t, rowId(o.widget), rowId(o.location))).toEqual(['5', '5']);
    const second = await shipmentOk(t, o.warehouse, { salesOrderId: order.id });
    const shipped = (await ship(t, o.warehouse, { id: second.id })).shipment;
    // 5 × 6.00 = 30.00; the order still lacks 1 widget.
    expect(shipped.costOfGoods.amount).toBe('30.00');
    expect(shipped.salesOrder.status).toBe('PARTIALLY_SHIPPED');

    expect(
      (
        await stockOp(t, o.key, 'stockReceive', {
          productId: o.widget,
          locationId: o.location,
          quantity: '1',
          unitCost: '7',
        })
      ).errors,
    ).toEqual([]);
    expect((await reserve(t, o.warehouse, { id: order.id })).errors).toEqual([]);
    expect((await reserve(t, o.warehouse, { id: order.id })).errors.map((e) => e.code)).toEqual([
      'NOTHING_BACKORDERED',
    ]);
    const last = (await ship(t, o.warehouse, { id: (await shipmentOk(t, o.warehouse, { salesOrderId: order.id })).id }))
      .shipment;
    expect(last.costOfGoods.amount).toBe('7.00');
    expect(last.salesOrder.status).toBe('SHIPPED');
    // 16.00 + 12.00 (gadgets: 3 × 4.00) + 30.00 + 7.00 in; 4 × 4.00 + 2 × 4.00 + 30.00 + 7.00 out: 4.00 left (1 gadget).
    expect(await books(t, o.accounting)).toEqual({
      balanced: true,
      inventory: '4.00',
      cogs: '61.00',
      valuation: '4.00',
    });
    const audits = await t.db.prisma.auditLog.count({
      where: { organizationId: o.org.organizationId, action: 'salesOrderReserve' },
    });
    expect(audits).toBe(2);
  });
});
