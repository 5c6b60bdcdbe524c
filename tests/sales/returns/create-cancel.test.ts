// returnCreate's refusals (every problem reported on its field), draft returns taking their units,
// returnCancel, receiving only drafts, and the audit trail and events of every command.
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../support/app.js';
import { createLocation } from '../../inventory/helpers.js';
import { cancel } from '../orders/helpers.js';
import {
  cancelReturn,
  confirmedOrder,
  createReturn,
  orderLines,
  receive,
  receiveOk,
  returnOk,
  shipLines,
  shipOrg,
  type ShipOrg,
} from './helpers.js';

let t: TestApp;
let o: ShipOrg;
let shipped: { id: string };

const problems = (result: { errors: { code: string; field: string[] | null }[] }) =>
  result.errors.map((e) => [e.code, e.field?.slice(1).join('.')]);

beforeAll(async () => {
  t = await createTestApp();
  o = await shipOrg(t, 'Return Create', { widgets: ['10', '10'], gadgets: '3' });
  // 10 widgets, 3 gadgets, 1 service; 4 widgets shipped.
  shipped = await confirmedOrder(t, o);
  await shipLines(t, o, shipped.id, [{ lineNo: 1, quantity: '4' }]);
});

describe('returnCreate refusals', () => {
  it('takes returns only for orders that shipped', async () => {
    const confirmed = await confirmedOrder(t, o, [{ productId: o.widget, quantity: '1' }]);
    expect(
      problems(await createReturn(t, o.sales, { salesOrderId: confirmed.id, lines: [{ lineNo: 1, quantity: '1' }] })),
    ).toEqual([['NOT_RETURNABLE', 'salesOrderId']]);
    expect((await cancel(t, o.sales, { id: confirmed.id })).errors).toEqual([]);
    const refused = await createReturn(t, o.sales, {
      salesOrderId: confirmed.id,
      lines: [{ lineNo: 1, quantity: '1' }],
    });
    expect(problems(refused)).toEqual([['NOT_RETURNABLE', 'salesOrderId']]);
    expect(refused.errors[0].message).toContain('cancelled');
    expect(
      problems(await createReturn(t, o.sales, { salesOrderId: o.widget, lines: [{ lineNo: 1, quantity: '1' }] })),
    ).toEqual([['NOT_FOUND', 'salesOrderId']]);
  });

  it('refuses services, lines that never shipped, unknown and repeated lines, and more than shipped, all at once', async () => {
    const result = await createReturn(t, o.sales, {
      salesOrderId: shipped.id,
      reason: '  ',
      lines: [
        { lineNo: 1, quantity: '5' },
        { lineNo: 2, quantity: '1' },
        { lineNo: 3, quantity: '1' },
        { lineNo: 9, quantity: '1' },
        { lineNo: 1, quantity: '1' },
        { lineNo: 1, quantity: '0' },
      ],
    });
    expect(problems(result)).toEqual([
      ['REQUIRED', 'reason'],
      ['OVER_RETURN', 'lines.0.quantity'],
      ['NOT_RETURNABLE_LINE', 'lines.1.lineNo'],
      ['NOT_RETURNABLE_LINE', 'lines.2.lineNo'],
      ['NOT_FOUND', 'lines.3.lineNo'],
      ['INVALID_INPUT', 'lines.4.lineNo'],
      [expect.any(String), 'lines.5.quantity'],
      ['INVALID_INPUT', 'lines.5.lineNo'],
    ]);
    expect(result.errors[1].message).toBe(
      'Line 1: 4 can be returned (shipped 4, returned 0, in draft returns 0), 5 requested',
    );
    expect(problems(await createReturn(t, o.sales, { salesOrderId: shipped.id, lines: [] }))).toEqual([
      ['REQUIRED', 'lines'],
    ]);
    expect(
      problems(
        await createReturn(t, o.sales, {
          salesOrderId: shipped.id,
          locationId: o.widget,
          lines: [{ lineNo: 1, quantity: '1' }],
        }),
      ),
    ).toEqual([['NOT_FOUND', 'locationId']]);
    expect(await t.db.prisma.salesReturn.count({ where: { organizationId: o.org.organizationId } })).toBe(0);
  });
});

describe('drafts and cancelling', () => {
  it('lets drafts take their units, cancelling gives them back, and only drafts are received or cancelled', async () => {
    const bin = await createLocation(t, o.key, { parentId: o.location, code: 'RETURNS' });
    const first = await returnOk(t, o.sales, {
      salesOrderId: shipped.id,
      locationId: bin.id,
      reason: 'Wrong colour',
      returnDate: '2026-11-20',
      lines: [{ lineNo: 1, quantity: '3' }],
    });
    expect(first).toMatchObject({
      number: 'RET-00001',
      status: 'DRAFT',
      reason: 'Wrong colour',
      returnDate: '2026-11-20',
      location: { code: 'RETURNS' },
      version: 1,
    });
    // 4 shipped, 3 in a draft: 1 left.
    expect(
      problems(await createReturn(t, o.sales, { salesOrderId: shipped.id, lines: [{ lineNo: 1, quantity: '2' }] })),
    ).toEqual([['OVER_RETURN', 'lines.0.quantity']]);
    expect(problems(await cancelReturn(t, o.sales, { id: first.id, expectedVersion: 7 }))).toEqual([
      ['STALE_VERSION', 'expectedVersion'],
    ]);
    const cancelled = await cancelReturn(t, o.sales, { id: first.id, expectedVersion: 1 });
    expect(cancelled.errors).toEqual([]);
    expect(cancelled.salesReturn).toMatchObject({ status: 'CANCELLED', version: 2 });
    expect(cancelled.salesReturn.cancelledAt).toBeTruthy();
    expect(problems(await cancelReturn(t, o.sales, { id: first.id }))).toEqual([['RETURN_NOT_DRAFT', 'id']]);
    expect(problems(await receive(t, o.warehouse, { id: first.id }))).toEqual([['RETURN_NOT_DRAFT', 'id']]);

    const second = await returnOk(t, o.sales, { salesOrderId: shipped.id, lines: [{ lineNo: 1, quantity: '4' }] });
    expect(second.number).toBe('RET-00002');
    await receiveOk(t, o.warehouse, { id: second.id });
    expect(problems(await receive(t, o.warehouse, { id: second.id }))).toEqual([['RETURN_NOT_DRAFT', 'id']]);
    expect(problems(await cancelReturn(t, o.sales, { id: second.id }))).toEqual([['RETURN_NOT_DRAFT', 'id']]);
    // Everything shipped came back: nothing more to return.
    expect(
      problems(await createReturn(t, o.sales, { salesOrderId: shipped.id, lines: [{ lineNo: 1, quantity: '1' }] })),
    ).toEqual([['OVER_RETURN', 'lines.0.quantity']]);
    const state = await orderLines(t, o.key, shipped.id);
    expect(state.lines[0]).toMatchObject({ quantityShipped: '4', quantityReturned: '4' });

    const audits = await t.db.prisma.auditLog.findMany({
      where: { organizationId: o.org.organizationId, action: { startsWith: 'salesReturn' } },
      orderBy: { createdAt: 'asc' },
      select: { action: true },
    });
    expect(audits.map((a) => a.action)).toEqual([
      'salesReturnCreate',
      'salesReturnCancel',
      'salesReturnCreate',
      'salesReturnReceive',
    ]);
    const events = await t.db.prisma.outboxEvent.findMany({
      where: { organizationId: o.org.organizationId, type: { startsWith: 'salesReturn.' } },
      orderBy: { createdAt: 'asc' },
      select: { type: true },
    });
    expect(events.map((e) => e.type)).toEqual([
      'salesReturn.created',
      'salesReturn.cancelled',
      'salesReturn.created',
      'salesReturn.received',
    ]);
  });

  it('lists returns by status, order and date, newest number first', async () => {
    const list = async (variables: Record<string, unknown>) => {
      const res = await t.gql(
        o.sales,
        `query($where: SalesReturnWhere, $orderBy: [SalesReturnOrderBy!]) { salesReturns(where: $where, orderBy: $orderBy) { totalCount nodes { number } } }`,
        variables,
      );
      expect(res.errors).toBeUndefined();
      return [res.data.salesReturns.totalCount, res.data.salesReturns.nodes.map((n: any) => n.number)];
    };
    expect(await list({})).toEqual([2, ['RET-00002', 'RET-00001']]);
    expect(await list({ where: { status: { equals: 'RECEIVED' } } })).toEqual([1, ['RET-00002']]);
    expect(await list({ where: { salesOrderId: shipped.id, returnDate: { lte: '2026-11-20' } } })).toEqual([
      1,
      ['RET-00001'],
    ]);
    expect(await list({ orderBy: [{ field: 'RETURN_DATE', direction: 'ASC' }] })).toEqual([
      2,
      ['RET-00001', 'RET-00002'],
    ]);
    const order = await t.gql(o.sales, `query($id: ID!) { salesOrder(id: $id) { returns { number status } } }`, {
      id: shipped.id,
    });
    expect(order.data.salesOrder.returns).toEqual([
      { number: 'RET-00001', status: 'CANCELLED' },
      { number: 'RET-00002', status: 'RECEIVED' },
    ]);
  });
});
