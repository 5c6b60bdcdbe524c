// Confirming reserves all of an order's stocked lines in one inventory command (reserveDocumentStock):
// its cost does not grow with the lines, it stays all or nothing, lines sharing a product share its
// stock in line order, and orders listing the same products in opposite orders do not deadlock.
import { beforeAll, describe, expect, it } from 'vitest';
import { metrics } from '../../../src/platform/metrics.js';
import { createTestApp, type TestApp } from '../../support/app.js';
import { cancel, confirm, createOrder, level, onPostgres, orderOk, orderOrg, product, rowId } from './helpers.js';

describe('confirming an order reserves its lines in one command', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });

  it('costs the same SQL statements to create and to confirm with 5 lines as with 20', async () => {
    const o = await orderOrg(t, 'Batch Statement Count', { widget: '100', gadget: '100' });
    const lines = (count: number) =>
      Array.from({ length: count }, (_, i) => ({
        productId: i % 2 ? o.gadget : o.widget,
        quantity: '1',
        unitPrice: '12.50',
      }));
    const cost = async (count: number) => {
      let created: Awaited<ReturnType<typeof createOrder>> | undefined;
      const create = await t.countStatements(async () => {
        created = await createOrder(t, o.sales, { customerId: o.acme, locationId: o.location, lines: lines(count) });
      });
      expect(created!.errors).toEqual([]);
      let confirmed: Awaited<ReturnType<typeof confirm>> | undefined;
      const statements = await t.countStatements(async () => {
        confirmed = await confirm(t, o.sales, { id: created!.salesOrder.id });
      });
      expect(confirmed!.errors).toEqual([]);
      expect(confirmed!.salesOrder.lines.map((l: { quantityReserved: string }) => l.quantityReserved)).toEqual(
        Array(count).fill('1'),
      );
      return { create, confirm: statements };
    };
    await cost(5);
    const five = await cost(5);
    expect(await cost(20)).toEqual(five);
    expect(await level(t, rowId(o.widget), rowId(o.location))).toEqual(['100', String(3 + 3 + 10)]);
  });

  it('records one stockReserve audit entry on the order and one stock.demandReserved event listing the lines', async () => {
    const o = await orderOrg(t, 'Batch Audit', { widget: '100', gadget: '100' });
    const order = await orderOk(t, o.sales, {
      customerId: o.acme,
      locationId: o.location,
      lines: [
        { productId: o.gadget, quantity: '2' },
        { productId: o.service, quantity: '1' },
        { productId: o.widget, quantity: '3' },
      ],
    });
    expect((await confirm(t, o.sales, { id: order.id })).errors).toEqual([]);
    const id = rowId(order.id);
    const audits = await t.db.prisma.auditLog.findMany({
      where: { organizationId: o.org.organizationId, action: 'stockReserve' },
    });
    expect(audits.map((a) => [a.entityType, a.entityId])).toEqual([['SalesOrder', id]]);
    const reservations = await t.db.prisma.stockReservation.findMany({
      where: { demandId: id },
      orderBy: { demandLine: 'asc' },
    });
    const expected = reservations.map((r) => ({
      line: r.demandLine,
      productId: r.productId,
      reservationId: r.id,
      quantity: r.quantity.toFixed(),
    }));
    expect(expected.map((r) => [r.line, r.quantity])).toEqual([
      ['1', '2'],
      ['3', '3'],
    ]);
    const byLine = (lines: { line: string }[]) => [...lines].sort((a, b) => a.line.localeCompare(b.line));
    expect(byLine((audits[0]!.after as { lines: { line: string }[] }).lines)).toEqual(expected);
    const events = await t.db.prisma.outboxEvent.findMany({
      where: { organizationId: o.org.organizationId, type: { in: ['stock.reserved', 'stock.demandReserved'] } },
    });
    expect(events.map((e) => [e.type, e.aggregateType, e.aggregateId])).toEqual([
      ['stock.demandReserved', 'SalesOrder', id],
    ]);
    expect(byLine((events[0]!.payload as { lines: { line: string }[] }).lines)).toEqual(expected);
  });

  it('refuses the whole order when one line is short, naming that line, and writes nothing', async () => {
    const o = await orderOrg(t, 'Batch All Or Nothing', { widget: '100', gadget: '100' });
    const order = await orderOk(t, o.sales, {
      customerId: o.acme,
      locationId: o.location,
      lines: [
        { productId: o.service, quantity: '1' },
        { productId: o.widget, quantity: '60' },
        { productId: o.gadget, quantity: '5' },
        { productId: o.widget, quantity: '50' },
      ],
    });
    const refused = await confirm(t, o.sales, { id: order.id });
    // Line 2 takes 60 of the widgets' 100 first, so line 4 finds 40 (the service line is not reserved).
    expect(refused.errors).toEqual([
      {
        code: 'INSUFFICIENT_STOCK',
        message: 'Line 4: Only 40 available at this location, 50 requested',
        field: ['input', 'lines', '3', 'quantity'],
      },
    ]);
    expect(await level(t, rowId(o.widget), rowId(o.location))).toEqual(['100', '0']);
    expect(await level(t, rowId(o.gadget), rowId(o.location))).toEqual(['100', '0']);
    expect(await t.db.prisma.stockReservation.count({ where: { organizationId: o.org.organizationId } })).toBe(0);
    expect(
      await t.db.prisma.auditLog.count({ where: { organizationId: o.org.organizationId, action: 'stockReserve' } }),
    ).toBe(0);
    const lines = await t.db.prisma.salesOrderLine.findMany({ where: { salesOrderId: rowId(order.id) } });
    expect(lines.every((l) => l.quantityReserved.isZero() && l.quantityBackordered.isZero())).toBe(true);

    const backordered = await confirm(t, o.sales, { id: order.id, allowBackorder: true });
    expect(backordered.errors).toEqual([]);
    expect(
      backordered.salesOrder.lines.map((l: { quantityReserved: string; quantityBackordered: string }) => [
        l.quantityReserved,
        l.quantityBackordered,
      ]),
    ).toEqual([
      ['0', '0'],
      ['60', '0'],
      ['5', '0'],
      ['40', '10'],
    ]);
    expect(await level(t, rowId(o.widget), rowId(o.location))).toEqual(['100', '100']);
  });

  it('reserves a product that allows negative stock in full, creating its level, next to a short line on backorder', async () => {
    const o = await orderOrg(t, 'Batch Negative Stock', { widget: '3', gadget: '0' });
    const loose = await product(t, o.key, { sku: 'L', name: 'Loose', listPrice: '2.00', allowNegativeStock: true });
    const order = await orderOk(t, o.sales, {
      customerId: o.acme,
      locationId: o.location,
      lines: [
        { productId: loose, quantity: '7' },
        { productId: o.widget, quantity: '5' },
        { productId: o.gadget, quantity: '2' },
      ],
    });
    const confirmed = await confirm(t, o.sales, { id: order.id, allowBackorder: true });
    expect(confirmed.errors).toEqual([]);
    expect(
      confirmed.salesOrder.lines.map((l: { quantityReserved: string; quantityBackordered: string }) => [
        l.quantityReserved,
        l.quantityBackordered,
      ]),
    ).toEqual([
      ['7', '0'],
      ['3', '2'],
      ['0', '2'],
    ]);
    expect(await level(t, rowId(loose), rowId(o.location))).toEqual(['0', '7']);
    expect(await level(t, rowId(o.widget), rowId(o.location))).toEqual(['3', '3']);
    // Nothing was reserved for the gadget line, so it has no reservation.
    const reservations = await t.db.prisma.stockReservation.findMany({
      where: { demandId: rowId(order.id) },
      orderBy: { demandLine: 'asc' },
    });
    expect(reservations.map((r) => [r.demandLine, r.quantity.toFixed()])).toEqual([
      ['1', '7'],
      ['2', '3'],
    ]);
  });
});

// Each pair of orders lists the same two products in opposite line orders and is confirmed at once.
// The reservation locks products, then levels, each in product id order, so the second confirm waits
// for the first instead of deadlocking: no command is retried and every order is confirmed.
describe.skipIf(!onPostgres)(
  'orders listing the same products in opposite orders, confirmed at once (PostgreSQL)',
  () => {
    const PAIRS = 15;

    it(`confirms all ${PAIRS * 2} orders without a deadlock retry; reserved equals what they hold`, async () => {
      const t = await createTestApp();
      const o = await orderOrg(t, 'Batch Lock Order', { widget: '1000', gadget: '1000' });
      const pairs: [string, string][] = [];
      for (let i = 0; i < PAIRS; i++) {
        const forward = await orderOk(t, o.sales, {
          customerId: o.acme,
          locationId: o.location,
          lines: [
            { productId: o.widget, quantity: '2' },
            { productId: o.gadget, quantity: '1' },
          ],
        });
        const backward = await orderOk(t, o.sales, {
          customerId: o.acme,
          locationId: o.location,
          lines: [
            { productId: o.gadget, quantity: '1' },
            { productId: o.widget, quantity: '2' },
          ],
        });
        pairs.push([forward.id, backward.id]);
      }
      const retriesBefore = metrics.commandRetries;
      for (const [forward, backward] of pairs) {
        const results = await Promise.all([
          confirm(t, o.sales, { id: forward }),
          confirm(t, o.sales, { id: backward }),
        ]);
        expect(results.map((r) => [r.errors, r.salesOrder?.status])).toEqual([
          [[], 'CONFIRMED'],
          [[], 'CONFIRMED'],
        ]);
      }
      expect(metrics.commandRetries - retriesBefore).toBe(0);
      expect(await level(t, rowId(o.widget), rowId(o.location))).toEqual(['1000', String(PAIRS * 2 * 2)]);
      expect(await level(t, rowId(o.gadget), rowId(o.location))).toEqual(['1000', String(PAIRS * 2)]);
    });
  },
);

describe('cancelling an order releases its lines in one command', () => {
  it('costs the same SQL statements with 5 lines as with 20, gives every unit back, and records one release', async () => {
    const t = await createTestApp();
    const o = await orderOrg(t, 'Batch Release', { widget: '100', gadget: '100' });
    const lines = (count: number) =>
      Array.from({ length: count }, (_, i) => ({
        productId: i % 2 ? o.gadget : o.widget,
        quantity: '1',
        unitPrice: '12.50',
      }));
    const cancelCost = async (count: number) => {
      const order = await orderOk(t, o.sales, { customerId: o.acme, locationId: o.location, lines: lines(count) });
      expect((await confirm(t, o.sales, { id: order.id })).errors).toEqual([]);
      let cancelled: Awaited<ReturnType<typeof cancel>> | undefined;
      const statements = await t.countStatements(async () => {
        cancelled = await cancel(t, o.sales, { id: order.id });
      });
      expect(cancelled!.errors).toEqual([]);
      expect(cancelled!.salesOrder.lines.map((l: { quantityReserved: string }) => l.quantityReserved)).toEqual(
        Array(count).fill('0'),
      );
      const events = await t.db.prisma.outboxEvent.findMany({
        where: { organizationId: o.org.organizationId, type: 'stock.demandReleased', aggregateId: rowId(order.id) },
      });
      expect(events).toHaveLength(1);
      expect((events[0]!.payload as { lines: unknown[] }).lines).toHaveLength(count);
      return statements;
    };
    await cancelCost(5);
    expect(await cancelCost(20)).toBe(await cancelCost(5));
    expect(await level(t, rowId(o.widget), rowId(o.location))).toEqual(['100', '0']);
    expect(await level(t, rowId(o.gadget), rowId(o.location))).toEqual(['100', '0']);
  });
});

// A release locks the levels in product order as a reservation does, so cancels and confirms of orders
// over the same products, in opposite line orders, wait for each other instead of deadlocking.
describe.skipIf(!onPostgres)('orders cancelled while others over the same products are confirmed (PostgreSQL)', () => {
  const PAIRS = 12;

  it(`cancels and confirms ${PAIRS} pairs at once without a deadlock retry; reserved equals what the confirmed hold`, async () => {
    const t = await createTestApp();
    const o = await orderOrg(t, 'Batch Release Race', { widget: '1000', gadget: '1000' });
    const forwardLines = [
      { productId: o.widget, quantity: '2' },
      { productId: o.gadget, quantity: '1' },
    ];
    const backwardLines = [
      { productId: o.gadget, quantity: '1' },
      { productId: o.widget, quantity: '2' },
    ];
    const pairs: [string, string][] = [];
    for (let i = 0; i < PAIRS; i++) {
      const toCancel = await orderOk(t, o.sales, { customerId: o.acme, locationId: o.location, lines: forwardLines });
      expect((await confirm(t, o.sales, { id: toCancel.id })).errors).toEqual([]);
      const toConfirm = await orderOk(t, o.sales, { customerId: o.acme, locationId: o.location, lines: backwardLines });
      pairs.push([toCancel.id, toConfirm.id]);
    }
    const retriesBefore = metrics.commandRetries;
    for (const [toCancel, toConfirm] of pairs) {
      const [cancelled, confirmed] = await Promise.all([
        cancel(t, o.sales, { id: toCancel }),
        confirm(t, o.sales, { id: toConfirm }),
      ]);
      expect([cancelled.errors, cancelled.salesOrder?.status, confirmed.errors, confirmed.salesOrder?.status]).toEqual([
        [],
        'CANCELLED',
        [],
        'CONFIRMED',
      ]);
    }
    expect(metrics.commandRetries - retriesBefore).toBe(0);
    expect(await level(t, rowId(o.widget), rowId(o.location))).toEqual(['1000', String(PAIRS * 2)]);
    expect(await level(t, rowId(o.gadget), rowId(o.location))).toEqual(['1000', String(PAIRS)]);
  });
});
