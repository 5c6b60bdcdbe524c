// What shipments refuse, with the code and the field that names the problem, and that a refusal
// leaves nothing behind.
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../support/app.js';
import { orderOk } from '../orders/helpers.js';
import {
  cancel,
  cancelShipment,
  confirmedOrder,
  createShipment,
  level,
  readOrder,
  rowId,
  ship,
  shipOrg,
  shipmentOk,
  type ShipOrg,
} from './helpers.js';

const codes = (result: { errors: { code: string; field: string[] | null }[] }) =>
  result.errors.map((e) => [e.code, e.field?.join('.') ?? null]);

describe('shipment refusals', () => {
  let t: TestApp;
  let o: ShipOrg;

  beforeAll(async () => {
    t = await createTestApp();
    o = await shipOrg(t, 'Ship Refusals', { widgets: ['50', '50'], gadgets: '50' });
  });

  it('refuses more than a line can ship, naming lines.N.quantity, counting draft shipments', async () => {
    const order = await confirmedOrder(t, o);
    const over = await createShipment(t, o.warehouse, {
      salesOrderId: order.id,
      lines: [
        { lineNo: 2, quantity: '1' },
        { lineNo: 1, quantity: '11' },
      ],
    });
    expect(codes(over)).toEqual([['OVER_SHIPMENT', 'input.lines.1.quantity']]);
    await shipmentOk(t, o.warehouse, { salesOrderId: order.id, lines: [{ lineNo: 1, quantity: '7' }] });
    // 10 reserved, 7 in a draft: 3 can still ship.
    const more = await createShipment(t, o.warehouse, {
      salesOrderId: order.id,
      lines: [{ lineNo: 1, quantity: '4' }],
    });
    expect(codes(more)).toEqual([['OVER_SHIPMENT', 'input.lines.0.quantity']]);
    const bad = await createShipment(t, o.warehouse, {
      salesOrderId: order.id,
      lines: [
        { lineNo: 3, quantity: '1' },
        { lineNo: 9, quantity: '1' },
        { lineNo: 2, quantity: '0' },
        { lineNo: 2, quantity: '1' },
        { lineNo: 2, quantity: '1' },
      ],
    });
    expect(codes(bad)).toEqual([
      ['INVALID_INPUT', 'input.lines.0.lineNo'],
      ['NOT_FOUND', 'input.lines.1.lineNo'],
      ['INVALID_AMOUNT', 'input.lines.2.quantity'],
      ['INVALID_INPUT', 'input.lines.3.lineNo'],
      ['INVALID_INPUT', 'input.lines.4.lineNo'],
    ]);
    // The rest by default: 3 widgets and 3 gadgets.
    const rest = await shipmentOk(t, o.warehouse, { salesOrderId: order.id });
    expect(rest.lines.map((l: any) => [l.orderLine.lineNo, l.quantity])).toEqual([
      [1, '3'],
      [2, '3'],
    ]);
    const nothing = await createShipment(t, o.warehouse, { salesOrderId: order.id });
    expect(codes(nothing)).toEqual([['NOTHING_TO_SHIP', 'input.salesOrderId']]);
    expect(await t.db.prisma.shipment.count({ where: { salesOrderId: rowId(order.id) } })).toBe(2);
  });

  it('refuses an order that is not confirmed, and an order with only services', async () => {
    const draft = await orderOk(t, o.sales, {
      customerId: o.acme,
      locationId: o.location,
      lines: [{ productId: o.widget, quantity: '1' }],
    });
    expect(codes(await createShipment(t, o.warehouse, { salesOrderId: draft.id }))).toEqual([
      ['NOT_SHIPPABLE', 'input.salesOrderId'],
    ]);
    const services = await confirmedOrder(t, o, [{ productId: o.service, quantity: '2' }]);
    expect(codes(await createShipment(t, o.warehouse, { salesOrderId: services.id }))).toEqual([
      ['NOTHING_TO_SHIP', 'input.salesOrderId'],
    ]);
    expect(codes(await createShipment(t, o.warehouse, { salesOrderId: o.acme }))).toEqual([
      ['NOT_FOUND', 'input.salesOrderId'],
    ]);
  });

  it('ships once; a shipped shipment cannot be cancelled; a cancelled one cannot ship', async () => {
    const order = await confirmedOrder(t, o, [{ productId: o.widget, quantity: '2' }]);
    const shipment = await shipmentOk(t, o.warehouse, { salesOrderId: order.id });
    expect((await ship(t, o.warehouse, { id: shipment.id })).errors).toEqual([]);
    expect(codes(await ship(t, o.warehouse, { id: shipment.id }))).toEqual([['SHIPMENT_NOT_DRAFT', 'input.id']]);
    expect(codes(await cancelShipment(t, o.warehouse, { id: shipment.id }))).toEqual([
      ['SHIPMENT_NOT_DRAFT', 'input.id'],
    ]);
    expect(await t.db.prisma.stockMove.count({ where: { sourceId: rowId(order.id) } })).toBe(1);

    const other = await confirmedOrder(t, o, [
      { productId: o.widget, quantity: '2' },
      { productId: o.gadget, quantity: '1' },
    ]);
    const partial = await shipmentOk(t, o.warehouse, { salesOrderId: other.id, lines: [{ lineNo: 1, quantity: '1' }] });
    expect((await ship(t, o.warehouse, { id: partial.id })).errors).toEqual([]);
    expect(codes(await ship(t, o.warehouse, { id: partial.id }))).toEqual([['SHIPMENT_NOT_DRAFT', 'input.id']]);
    const dropped = await shipmentOk(t, o.warehouse, { salesOrderId: other.id, lines: [{ lineNo: 2, quantity: '1' }] });
    const cancelled = await cancelShipment(t, o.warehouse, { id: dropped.id, expectedVersion: dropped.version });
    expect(cancelled.errors).toEqual([]);
    expect(cancelled.shipment.status).toBe('CANCELLED');
    expect(codes(await ship(t, o.warehouse, { id: dropped.id }))).toEqual([['SHIPMENT_NOT_DRAFT', 'input.id']]);
    expect(codes(await ship(t, o.warehouse, { id: partial.id, expectedVersion: 1 }))).toEqual([
      ['STALE_VERSION', 'input.expectedVersion'],
    ]);
    // The cancelled shipment's gadget can ship again.
    expect(
      (await shipmentOk(t, o.warehouse, { salesOrderId: other.id, lines: [{ lineNo: 2, quantity: '1' }] })).status,
    ).toBe('DRAFT');
  });

  it("refuses to cancel a sales order once something shipped; a cancelled order's drafts are cancelled and cannot ship", async () => {
    const shippedOrder = await confirmedOrder(t, o, [{ productId: o.widget, quantity: '4' }]);
    const first = await shipmentOk(t, o.warehouse, {
      salesOrderId: shippedOrder.id,
      lines: [{ lineNo: 1, quantity: '1' }],
    });
    expect((await ship(t, o.warehouse, { id: first.id })).errors).toEqual([]);
    const refused = await cancel(t, o.sales, { id: shippedOrder.id });
    expect(refused.errors.map((e) => e.code)).toEqual(['NOT_CANCELLABLE']);
    expect((await readOrder(t, o.sales, shippedOrder.id)).status).toBe('PARTIALLY_SHIPPED');

    const before = await level(t, rowId(o.widget), rowId(o.location));
    const order = await confirmedOrder(t, o, [{ productId: o.widget, quantity: '2' }]);
    const draft = await shipmentOk(t, o.warehouse, { salesOrderId: order.id });
    expect((await cancel(t, o.sales, { id: order.id })).errors).toEqual([]);
    const onCancelled = await ship(t, o.warehouse, { id: draft.id });
    expect(codes(onCancelled)).toEqual([['SHIPMENT_NOT_DRAFT', 'input.id']]);
    expect(onCancelled.errors[0]!.message).toContain(`its order ${order.number} was cancelled`);
    const read = await t.gql(o.warehouse, `query($id: ID!) { shipment(id: $id) { status } }`, { id: draft.id });
    expect(read.data.shipment.status).toBe('CANCELLED');
    expect(codes(await createShipment(t, o.warehouse, { salesOrderId: order.id }))).toEqual([
      ['NOT_SHIPPABLE', 'input.salesOrderId'],
    ]);
    expect(await level(t, rowId(o.widget), rowId(o.location))).toEqual(before);
  });

  it('refuses to ship when no fiscal period is open, and writes nothing', async () => {
    const closed = await shipOrg(t, 'Ship No Period');
    const order = await confirmedOrder(t, closed, [{ productId: closed.widget, quantity: '10' }]);
    const shipment = await shipmentOk(t, closed.warehouse, { salesOrderId: order.id });
    const today = new Date().toISOString().slice(0, 10);
    const years = await t.gql(closed.accounting, `{ fiscalYears { periods { id startDate endDate } } }`);
    const period = years.data.fiscalYears[0].periods.find((p: any) => p.startDate <= today && today <= p.endDate);
    const close = await t.gql(
      closed.accounting,
      `mutation($input: PeriodIdInput!) { periodClose(input: $input) { errors { code } } }`,
      { input: { id: period.id } },
    );
    expect(close.data.periodClose.errors).toEqual([]);
    const refused = await ship(t, closed.warehouse, { id: shipment.id });
    expect(refused.errors.map((e) => e.code)).toEqual(['PERIOD_CLOSED']);
    // The shipment's one cost entry is refused, not a line: reported on the shipment.
    expect(refused.errors[0]!.field).toEqual(['input', 'id']);
    expect(
      await t.db.prisma.stockMove.count({ where: { organizationId: closed.org.organizationId, kind: 'ISSUE' } }),
    ).toBe(0);
    expect(await level(t, rowId(closed.widget), rowId(closed.location))).toEqual(['10', '10']);
    expect((await readOrder(t, closed.sales, order.id)).status).toBe('CONFIRMED');
  });
});
