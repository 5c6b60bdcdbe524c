// Races only happen on PostgreSQL (PGlite runs one transaction at a time).
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../support/app.js';
import { APPROVE } from '../../approvals/helpers.js';
import {
  MANAGER_STEP,
  cancel,
  confirm,
  level,
  onPostgres,
  orderOk,
  orderOrg,
  policy,
  readOrder,
  rowId,
  type OrderOrg,
} from './helpers.js';

const ORDERS = 100;

describe.skipIf(!onPostgres)('confirming sales orders at once (PostgreSQL)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });

  /** Stock for exactly 30 orders of 2 widgets + 1 gadget; half the orders list the gadget first. */
  async function hundredOrders(name: string): Promise<{ o: OrderOrg; ids: string[] }> {
    const o = await orderOrg(t, name, { widget: '60', gadget: '30' });
    // A policy whose rule never matches here: every confirm goes through the engine and is confirmed at once.
    await policy(t, o, [
      {
        name: 'Huge discount',
        conditions: [{ fact: 'MAX_DISCOUNT_PERCENT', operator: 'GT', values: ['50'] }],
        steps: MANAGER_STEP,
      },
    ]);
    const ids: string[] = [];
    for (let i = 0; i < ORDERS; i++) {
      const lines = [
        { productId: o.widget, quantity: '2' },
        { productId: o.gadget, quantity: '1' },
      ];
      ids.push(
        (
          await orderOk(t, o.sales, {
            customerId: o.acme,
            locationId: o.location,
            lines: i % 2 ? lines.reverse() : lines,
          })
        ).id,
      );
    }
    return { o, ids };
  }

  it('confirms exactly the 30 orders the stock covers; the others fail and leave nothing behind', async () => {
    const { o, ids } = await hundredOrders('Race All Or Nothing');
    const results = await Promise.all(ids.map((id) => confirm(t, o.seller.key, { id })));
    const confirmed = results.filter((r) => r.errors.length === 0);
    const refused = results.filter((r) => r.errors.length > 0);
    expect(confirmed).toHaveLength(30);
    expect(confirmed.every((r) => r.salesOrder.status === 'CONFIRMED')).toBe(true);
    expect(new Set(refused.map((r) => r.errors.map((e) => e.code).join()))).toEqual(new Set(['INSUFFICIENT_STOCK']));
    expect(await level(t, rowId(o.widget), rowId(o.location))).toEqual(['60', '60']);
    expect(await level(t, rowId(o.gadget), rowId(o.location))).toEqual(['30', '30']);

    const refusedIds = ids.filter((_, i) => results[i]!.errors.length > 0).map(rowId);
    expect(await t.db.prisma.stockReservation.count({ where: { demandId: { in: refusedIds } } })).toBe(0);
    const audits = await t.db.prisma.auditLog.findMany({
      where: { entityId: { in: refusedIds } },
      select: { action: true },
    });
    expect(new Set(audits.map((a) => a.action))).toEqual(new Set(['salesOrderCreate']));
    // One reservation audit record per confirmed order (inventory's document reservation), listing both lines.
    const reserveAudits = await t.db.prisma.auditLog.findMany({
      where: { organizationId: o.org.organizationId, action: 'stockReserve' },
    });
    expect(reserveAudits).toHaveLength(30);
    const confirmedIds = ids.filter((_, i) => results[i]!.errors.length === 0).map(rowId);
    expect(new Set(reserveAudits.map((a) => `${a.entityType}:${a.entityId}`))).toEqual(
      new Set(confirmedIds.map((id) => `SalesOrder:${id}`)),
    );
    expect(reserveAudits.every((a) => (a.after as { lines: unknown[] }).lines.length === 2)).toBe(true);
    expect(await t.db.prisma.approvalRequest.count({ where: { organizationId: o.org.organizationId } })).toBe(0);
    const lines = await t.db.prisma.salesOrderLine.findMany({ where: { salesOrderId: { in: refusedIds } } });
    expect(lines.every((l) => l.quantityReserved.isZero() && l.quantityBackordered.isZero())).toBe(true);
    const statuses = await t.db.prisma.salesOrder.groupBy({
      by: ['status'],
      where: { organizationId: o.org.organizationId },
      _count: true,
    });
    expect(Object.fromEntries(statuses.map((s) => [s.status, s._count]))).toEqual({ CONFIRMED: 30, DRAFT: 70 });
  });

  it('with allowBackorder confirms all 100 and reserves exactly the stock', async () => {
    const { o, ids } = await hundredOrders('Race Backorder');
    const results = await Promise.all(ids.map((id) => confirm(t, o.seller.key, { id, allowBackorder: true })));
    expect(results.flatMap((r) => r.errors)).toEqual([]);
    expect(results.every((r) => r.salesOrder.status === 'CONFIRMED')).toBe(true);
    expect(await level(t, rowId(o.widget), rowId(o.location))).toEqual(['60', '60']);
    expect(await level(t, rowId(o.gadget), rowId(o.location))).toEqual(['30', '30']);
    const sums = await t.db.prisma.salesOrderLine.groupBy({
      by: ['productId'],
      where: { organizationId: o.org.organizationId },
      _sum: { quantityReserved: true, quantityBackordered: true },
    });
    const byProduct = Object.fromEntries(
      sums.map((s) => [s.productId, [s._sum.quantityReserved!.toFixed(), s._sum.quantityBackordered!.toFixed()]]),
    );
    // 100 orders want 200 widgets and 100 gadgets: 60 and 30 reserved, the rest backordered.
    expect(byProduct).toEqual({ [rowId(o.widget)]: ['60', '140'], [rowId(o.gadget)]: ['30', '70'] });
    const reservations = await t.db.prisma.stockReservation.aggregate({
      where: { organizationId: o.org.organizationId },
      _sum: { quantity: true },
    });
    expect(reservations._sum.quantity!.toFixed()).toBe('90');
  });

  it('confirms an order once when the same confirm arrives twice at once', async () => {
    const o = await orderOrg(t, 'Race Double Confirm', { widget: '10', gadget: '0' });
    for (let round = 0; round < 5; round++) {
      const order = await orderOk(t, o.sales, {
        customerId: o.acme,
        locationId: o.location,
        lines: [{ productId: o.widget, quantity: '2' }],
      });
      const results = await Promise.all([confirm(t, o.sales, { id: order.id }), confirm(t, o.sales, { id: order.id })]);
      expect(results.filter((r) => r.errors.length === 0)).toHaveLength(1);
      expect(results.flatMap((r) => r.errors.map((e) => e.code))).toEqual(['NOT_DRAFT']);
    }
    expect(await level(t, rowId(o.widget), rowId(o.location))).toEqual(['10', '10']);
  });

  it('lets exactly one of a simultaneous approval and cancel win, and the stock follows the winner', async () => {
    const o = await orderOrg(t, 'Race Approve Cancel', { widget: '100', gadget: '0' });
    await policy(t, o, [
      {
        name: 'Any discount',
        conditions: [{ fact: 'MAX_DISCOUNT_PERCENT', operator: 'GT', values: ['0'] }],
        steps: MANAGER_STEP,
      },
    ]);
    let reserved = 0;
    for (let round = 0; round < 8; round++) {
      const order = await orderOk(t, o.sales, {
        customerId: o.acme,
        locationId: o.location,
        lines: [{ productId: o.widget, quantity: '3', discountPercent: '5' }],
      });
      const pending = await confirm(t, o.seller.key, { id: order.id });
      expect(pending.salesOrder.status).toBe('PENDING_APPROVAL');
      const [approved, cancelled] = await Promise.all([
        t.gql(o.manager.key, APPROVE, { input: { id: pending.salesOrder.approvalRequest.id } }),
        cancel(t, o.seller.key, { id: order.id }),
      ]);
      const approveWon = approved.data.approvalRequestApprove.errors.length === 0;
      const cancelWon = cancelled.errors.length === 0;
      expect(approveWon !== cancelWon).toBe(true);
      const after = await readOrder(t, o.sales, order.id);
      expect(after.status).toBe(approveWon ? 'CONFIRMED' : 'CANCELLED');
      expect(after.lines[0].quantityReserved).toBe(approveWon ? '3' : '0');
      if (approveWon) reserved += 3;
      expect(await level(t, rowId(o.widget), rowId(o.location))).toEqual(['100', String(reserved)]);
    }
  });
});
