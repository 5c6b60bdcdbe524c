// A sales order line's reserved and shipped quantities follow its reservations, so the generic stock
// API (stockReserve, stockRelease, stockConsume) may not touch reservations of SalesOrder demands: only
// the order's own commands do. Other demand types stay open to it.
import { beforeAll, describe, expect, it } from 'vitest';
import { reservationOp } from '../../inventory/helpers.js';
import { createTestApp, type TestApp } from '../../support/app.js';
import { cancel, confirm, level, orderOk, orderOrg, rowId } from './helpers.js';

describe('reservations of sales order lines', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });

  it('are refused to the generic stock API with DEMAND_OWNED, and nothing changes', async () => {
    const o = await orderOrg(t, 'Demand Owner', { widget: '10', gadget: '10' });
    const order = await orderOk(t, o.sales, {
      customerId: o.acme,
      locationId: o.location,
      lines: [{ productId: o.widget, quantity: '4' }],
    });
    const confirmed = await confirm(t, o.sales, { id: order.id });
    expect(confirmed.errors).toEqual([]);
    const warehouse = await o.org.key('WAREHOUSE');
    const demand = { type: 'SalesOrder', id: rowId(order.id), line: '1' };
    const key = { productId: o.widget, locationId: o.location, demand };

    for (const [field, input] of [
      ['stockRelease', { ...key, quantity: '1' }],
      ['stockConsume', { ...key, quantity: '1' }],
      ['stockReserve', { ...key, quantity: '1' }],
    ] as const) {
      const result = await reservationOp(t, warehouse, field, input);
      expect(result.errors.map((e) => [e.code, e.field])).toEqual([['DEMAND_OWNED', ['input', 'demand', 'type']]]);
      expect(result.errors[0].message).toContain('salesOrderCancel');
    }
    // Still 4 reserved for the line, on the level and on the order.
    expect(await level(t, rowId(o.widget), rowId(o.location))).toEqual(['10', '4']);
    const cancelled = await cancel(t, o.sales, { id: order.id });
    expect(cancelled.errors).toEqual([]);
    expect(await level(t, rowId(o.widget), rowId(o.location))).toEqual(['10', '0']);
  });

  it('leaves other demand types to the generic API', async () => {
    const o = await orderOrg(t, 'Demand Open', { widget: '10', gadget: '0' });
    const warehouse = await o.org.key('WAREHOUSE');
    const key = { productId: o.widget, locationId: o.location, demand: { type: 'Project', id: 'P-7', line: '1' } };
    expect((await reservationOp(t, warehouse, 'stockReserve', { ...key, quantity: '3' })).errors).toEqual([]);
    expect((await reservationOp(t, warehouse, 'stockRelease', { ...key, quantity: '1' })).errors).toEqual([]);
    expect((await reservationOp(t, warehouse, 'stockConsume', { ...key, quantity: '2' })).errors).toEqual([]);
    expect(await level(t, rowId(o.widget), rowId(o.location))).toEqual(['8', '0']);
  });
});
