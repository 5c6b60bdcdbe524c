// Closing a sales order short (salesOrderClose): what it still holds goes back to inventory, it never
// ships again, it is invoiced for what shipped whatever the policy, and it stays CLOSED through
// invoicing, voids, payments and returns.
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../support/app.js';
import {
  invoice,
  invoiceOk,
  invoicingOrg,
  pay,
  readInvoicing,
  shipLines,
  type InvoicingOrg,
} from '../invoicing/helpers.js';
import { cancelReturn, createReturn, receiveOk, returnOk, WITH_CREDIT } from '../returns/helpers.js';
import { cancelShipment, createShipment, ship, shipmentOk } from '../shipments/helpers.js';
import { MANAGER_STEP, cancel, confirm, level, mutate, onPostgres, orderOk, policy, rowId } from './helpers.js';

const CLOSED = `id number status version closedAt closeReason invoiceStatus
  lines { lineNo quantityReserved quantityBackordered quantityShipped quantityInvoiced quantityToInvoice availableStock reservations { quantity } }`;

const codes = (result: { errors: { code: string; field: string[] | null }[] }) =>
  result.errors.map((e) => [e.code, e.field?.join('.') ?? null]);
const today = () => new Date().toISOString().slice(0, 10);

async function close(t: TestApp, key: string, input: Record<string, unknown>) {
  return mutate<{ salesOrder: any }>(t, key, 'salesOrderClose', 'SalesOrderCloseInput', `salesOrder { ${CLOSED} }`, {
    reason: 'The customer will not take the rest',
    ...input,
  });
}

async function closeOk(t: TestApp, key: string, input: Record<string, unknown>) {
  const result = await close(t, key, input);
  expect(result.errors).toEqual([]);
  return result.salesOrder;
}

async function readClosed(t: TestApp, key: string, id: string) {
  const res = await t.gql(key, `query($id: ID!) { salesOrder(id: $id) { ${CLOSED} } }`, { id });
  expect(res.errors).toBeUndefined();
  return res.data.salesOrder;
}

/** A confirmed order (backorders allowed) of the given lines. */
async function confirmed(t: TestApp, o: InvoicingOrg, lines: object[]) {
  const order = await orderOk(t, o.sales, { customerId: o.acme, locationId: o.location, lines });
  const result = await confirm(t, o.sales, { id: order.id, allowBackorder: true });
  expect(result.errors).toEqual([]);
  return result.salesOrder;
}

describe('salesOrderClose', () => {
  let t: TestApp;
  let o: InvoicingOrg;

  beforeAll(async () => {
    t = await createTestApp();
    // 20 widgets and 20 gadgets at 4.00; widgets 10.00 + 19 % tax, the service 50.00 + 19 %.
    o = await invoicingOrg(t, 'Close Org');
  });

  it('closes a partially shipped order: reservations released, backorders dropped, stock available again', async () => {
    const order = await confirmed(t, o, [
      { productId: o.widget, quantity: '15' },
      { productId: o.gadget, quantity: '25' },
      { productId: o.service, quantity: '1' },
    ]);
    expect(order.lines.map((l: any) => [l.quantityReserved, l.quantityBackordered])).toEqual([
      ['15', '0'],
      ['20', '5'],
      ['0', '0'],
    ]);
    await shipLines(t, o, order.id, [{ lineNo: 1, quantity: '5' }]);
    const before = await readClosed(t, o.sales, order.id);
    expect(before.status).toBe('PARTIALLY_SHIPPED');
    // Widgets: 15 on hand, 10 held; gadgets: all 20 held.
    expect(before.lines.slice(0, 2).map((l: any) => l.availableStock)).toEqual(['5', '0']);

    const closed = await closeOk(t, o.sales, {
      id: order.id,
      expectedVersion: before.version,
      reason: '  Customer cancelled the rest  ',
    });
    expect(closed).toMatchObject({
      status: 'CLOSED',
      closeReason: 'Customer cancelled the rest',
      version: before.version + 1,
    });
    expect(Date.parse(closed.closedAt)).toBeGreaterThan(Date.now() - 60_000);
    expect(closed.lines.map((l: any) => [l.quantityReserved, l.quantityBackordered, l.quantityShipped])).toEqual([
      ['0', '0', '5'],
      ['0', '0', '0'],
      ['0', '0', '0'],
    ]);
    expect(closed.lines.slice(0, 2).map((l: any) => l.availableStock)).toEqual(['15', '20']);
    expect(closed.lines.slice(0, 2).map((l: any) => l.reservations.map((r: any) => r.quantity))).toEqual([
      ['0'],
      ['0'],
    ]);
    expect(await level(t, rowId(o.widget), rowId(o.location))).toEqual(['15', '0']);
    expect(await level(t, rowId(o.gadget), rowId(o.location))).toEqual(['20', '0']);

    const audit = await t.db.prisma.auditLog.findFirstOrThrow({
      where: { organizationId: o.org.organizationId, action: 'salesOrderClose', entityId: rowId(order.id) },
    });
    expect(audit.before).toEqual({ status: 'PARTIALLY_SHIPPED' });
    expect(audit.after).toEqual({
      status: 'CLOSED',
      reason: 'Customer cancelled the rest',
      released: [
        { lineNo: 1, reserved: '10', backordered: '0' },
        { lineNo: 2, reserved: '20', backordered: '5' },
      ],
      // Nothing was invoiced, so nothing is credited (close-credit.test.ts).
      credited: [],
      creditNotes: [],
    });
    const events = await t.db.prisma.outboxEvent.findMany({
      where: { organizationId: o.org.organizationId, aggregateId: rowId(order.id), type: 'salesOrder.closed' },
    });
    expect(events).toHaveLength(1);
    expect(events[0]!.payload).toMatchObject({
      number: order.number,
      status: 'CLOSED',
      reason: 'Customer cancelled the rest',
    });
    // One inventory release for the order, listing both lines.
    const released = await t.db.prisma.outboxEvent.findMany({
      where: { organizationId: o.org.organizationId, type: 'stock.demandReleased', aggregateId: rowId(order.id) },
    });
    expect(released).toHaveLength(1);
    expect(
      (released[0]!.payload as { lines: { line: string; quantity: string }[] }).lines
        .map((l) => [l.line, l.quantity])
        .sort(),
    ).toEqual([
      ['1', '10'],
      ['2', '20'],
    ]);

    // Closed for good: no more shipping, reserving, cancelling or closing; the version does not move.
    expect(codes(await createShipment(t, o.warehouse, { salesOrderId: order.id }))).toEqual([
      ['NOT_SHIPPABLE', 'input.salesOrderId'],
    ]);
    const reserve = await mutate(t, o.sales, 'salesOrderReserve', 'SalesOrderReserveInput', 'salesOrder { id }', {
      id: order.id,
    });
    expect(codes(reserve)).toEqual([['NOT_SHIPPABLE', 'input.id']]);
    expect(codes(await cancel(t, o.sales, { id: order.id }))).toEqual([['NOT_CANCELLABLE', 'input.id']]);
    const again = await close(t, o.sales, { id: order.id });
    expect(codes(again)).toEqual([['NOT_CLOSABLE', 'input.id']]);
    expect(again.errors[0]!.message).toContain('closed');
    expect((await readClosed(t, o.sales, order.id)).version).toBe(closed.version);
  });

  it('invoices an ORDERED order only for what shipped once closed, then counts it INVOICED; a payment keeps it CLOSED', async () => {
    const order = await confirmed(t, o, [
      { productId: o.widget, quantity: '10' },
      { productId: o.service, quantity: '1' },
    ]);
    await shipLines(t, o, order.id, [{ lineNo: 1, quantity: '4' }]);
    expect((await readInvoicing(t, o.accounting, order.id)).lines.map((l: any) => l.quantityToInvoice)).toEqual([
      '10',
      '1',
    ]);
    await closeOk(t, o.sales, { id: order.id });
    let state = await readInvoicing(t, o.accounting, order.id);
    expect(state).toMatchObject({ status: 'CLOSED', invoiceStatus: 'TO_INVOICE' });
    // The 6 widgets that never shipped are not invoiced any more; the service still is.
    expect(state.lines.map((l: any) => l.quantityToInvoice)).toEqual(['4', '1']);

    const over = await invoice(t, o.accounting, { salesOrderId: order.id, lines: [{ lineNo: 1, quantity: '5' }] });
    expect(codes(over)).toEqual([['OVER_INVOICING', 'input.lines.0.quantity']]);
    // 4 x 10.00 + 19 % = 47.60; 50.00 + 19 % = 59.50.
    const billed = await invoiceOk(t, o.accounting, { salesOrderId: order.id });
    expect(billed.invoice.lines.map((l: any) => [l.product.sku, l.quantity])).toEqual([
      ['W', '4'],
      ['S', '1'],
    ]);
    expect(billed.invoice.total.amount).toBe('107.10');
    expect(billed.salesOrder).toMatchObject({ status: 'CLOSED', invoiceStatus: 'INVOICED' });
    expect(codes(await invoice(t, o.accounting, { salesOrderId: order.id }))).toEqual([
      ['NOTHING_TO_INVOICE', 'input.salesOrderId'],
    ]);

    const paid = await pay(t, o.accounting, {
      customerId: o.acme,
      date: today(),
      amount: '107.10',
      allocations: [{ invoiceId: billed.invoice.id, amount: '107.10' }],
    });
    expect(paid.errors).toEqual([]);
    state = await readInvoicing(t, o.accounting, order.id);
    expect(state).toMatchObject({ status: 'CLOSED', invoiceStatus: 'INVOICED', paidAmount: { amount: '107.10' } });
    expect(state.invoices.map((i: any) => i.status)).toEqual(['PAID']);
  });

  it('takes a return of what shipped after closing, credits what was invoiced for it, and stays CLOSED', async () => {
    const order = await confirmed(t, o, [{ productId: o.widget, quantity: '6' }]);
    await shipLines(t, o, order.id, [{ lineNo: 1, quantity: '4' }]);
    await closeOk(t, o.sales, { id: order.id });
    const billed = await invoiceOk(t, o.accounting, { salesOrderId: order.id });
    expect(billed.invoice.lines.map((l: any) => l.quantity)).toEqual(['4']);
    const widgetsBefore = await level(t, rowId(o.widget), rowId(o.location));

    // Only what shipped comes back.
    const tooMany = await createReturn(t, o.sales, { salesOrderId: order.id, lines: [{ lineNo: 1, quantity: '5' }] });
    expect(codes(tooMany)).toEqual([['OVER_RETURN', 'input.lines.0.quantity']]);
    const back = await returnOk(t, o.sales, { salesOrderId: order.id, lines: [{ lineNo: 1, quantity: '1' }] });
    const received = await receiveOk(t, o.key, { id: back.id }, WITH_CREDIT);
    expect(received.salesOrder.status).toBe('CLOSED');
    // The customer keeps 3 of the 4 invoiced: 1 x 10.00 + 19 % credited.
    expect(received.creditNotes.map((n: any) => [n.kind, n.total.amount, n.creditedInvoice.number])).toEqual([
      ['CUSTOMER_CREDIT_NOTE', '11.90', billed.invoice.number],
    ]);
    expect(await level(t, rowId(o.widget), rowId(o.location))).toEqual([
      String(Number(widgetsBefore[0]) + 1),
      widgetsBefore[1],
    ]);
    const state = await readInvoicing(t, o.accounting, order.id);
    expect(state).toMatchObject({ status: 'CLOSED', invoiceStatus: 'INVOICED', lines: [{ quantityToInvoice: '0' }] });
  });

  it('refuses draft, pending, cancelled and stale orders, open shipments and returns, a missing reason, naming the field; nothing is written', async () => {
    const draft = await orderOk(t, o.sales, {
      customerId: o.acme,
      locationId: o.location,
      lines: [{ productId: o.widget, quantity: '1' }],
    });
    const refusedDraft = await close(t, o.sales, { id: draft.id });
    expect(codes(refusedDraft)).toEqual([['NOT_CLOSABLE', 'input.id']]);
    expect(refusedDraft.errors[0]!.message).toContain('salesOrderCancel');

    await policy(t, o, [
      {
        name: 'Big discount',
        conditions: [{ fact: 'MAX_DISCOUNT_PERCENT', operator: 'GT', values: ['15'] }],
        steps: MANAGER_STEP,
      },
    ]);
    const discounted = await orderOk(t, o.sales, {
      customerId: o.acme,
      locationId: o.location,
      lines: [{ productId: o.widget, quantity: '1', discountPercent: '20' }],
    });
    const pending = await confirm(t, o.seller.key, { id: discounted.id });
    expect(pending.salesOrder.status).toBe('PENDING_APPROVAL');
    const refusedPending = await close(t, o.sales, { id: discounted.id });
    expect(codes(refusedPending)).toEqual([['NOT_CLOSABLE', 'input.id']]);
    expect(refusedPending.errors[0]!.message).toContain('salesOrderCancel');

    const cancelled = await confirmed(t, o, [{ productId: o.widget, quantity: '1' }]);
    expect((await cancel(t, o.sales, { id: cancelled.id })).errors).toEqual([]);
    expect(codes(await close(t, o.sales, { id: cancelled.id }))).toEqual([['NOT_CLOSABLE', 'input.id']]);

    const order = await confirmed(t, o, [{ productId: o.widget, quantity: '2' }]);
    expect(codes(await close(t, o.sales, { id: order.id, expectedVersion: order.version + 1 }))).toEqual([
      ['STALE_VERSION', 'input.expectedVersion'],
    ]);
    expect(codes(await close(t, o.sales, { id: order.id, reason: '   ' }))).toEqual([['REQUIRED', 'input.reason']]);
    expect(codes(await close(t, o.sales, { id: order.id, reason: 'x'.repeat(501) }))).toEqual([
      ['TOO_LONG', 'input.reason'],
    ]);

    const first = await shipmentOk(t, o.warehouse, { salesOrderId: order.id, lines: [{ lineNo: 1, quantity: '1' }] });
    const second = await shipmentOk(t, o.warehouse, { salesOrderId: order.id, lines: [{ lineNo: 1, quantity: '1' }] });
    const open = await close(t, o.sales, { id: order.id });
    expect(codes(open)).toEqual([['OPEN_SHIPMENTS', 'input.id']]);
    expect(open.errors[0]!.message).toContain(`${first.number}, ${second.number}`);
    expect((await ship(t, o.warehouse, { id: first.id })).errors).toEqual([]);
    expect((await cancelShipment(t, o.warehouse, { id: second.id })).errors).toEqual([]);

    const announced = await returnOk(t, o.sales, { salesOrderId: order.id, lines: [{ lineNo: 1, quantity: '1' }] });
    const openReturn = await close(t, o.sales, { id: order.id });
    expect(codes(openReturn)).toEqual([['OPEN_RETURNS', 'input.id']]);
    expect(openReturn.errors[0]!.message).toContain(announced.number);

    // None of the refusals changed the order or released its stock.
    const unchanged = await readClosed(t, o.sales, order.id);
    expect(unchanged).toMatchObject({
      status: 'PARTIALLY_SHIPPED',
      closedAt: null,
      closeReason: null,
      lines: [{ quantityReserved: '1', quantityShipped: '1' }],
    });
    const audits = await t.db.prisma.auditLog.count({
      where: {
        organizationId: o.org.organizationId,
        action: 'salesOrderClose',
        entityId: { in: [draft.id, discounted.id, cancelled.id, order.id].map(rowId) },
      },
    });
    expect(audits).toBe(0);

    expect((await cancelReturn(t, o.sales, { id: announced.id })).errors).toEqual([]);
    expect((await closeOk(t, o.sales, { id: order.id })).lines[0]).toMatchObject({
      quantityReserved: '0',
      quantityShipped: '1',
    });
  });

  it('needs role SALES: a WAREHOUSE-only key is FORBIDDEN', async () => {
    const order = await confirmed(t, o, [{ productId: o.widget, quantity: '1' }]);
    const res = await t.gql(
      o.warehouse,
      'mutation($input: SalesOrderCloseInput!) { salesOrderClose(input: $input) { errors { code } } }',
      {
        input: { id: order.id, reason: 'No' },
      },
    );
    expect(res.errors?.map((e: any) => e.extensions.code)).toEqual(['FORBIDDEN']);
    expect((await readClosed(t, o.sales, order.id)).status).toBe('CONFIRMED');
  });
});

describe.skipIf(!onPostgres)('salesOrderClose at once (PostgreSQL)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });

  it('never lets both a close and a shipmentCreate of one order succeed', async () => {
    const o = await invoicingOrg(t, 'Race Close Ship');
    for (let round = 0; round < 8; round++) {
      const order = await confirmed(t, o, [{ productId: o.widget, quantity: '2' }]);
      const [created, closed] = await Promise.all([
        createShipment(t, o.warehouse, { salesOrderId: order.id }),
        close(t, o.sales, { id: order.id }),
      ]);
      const shipmentWon = created.errors.length === 0;
      expect(shipmentWon !== (closed.errors.length === 0)).toBe(true);
      if (shipmentWon) {
        expect(codes(closed)).toEqual([['OPEN_SHIPMENTS', 'input.id']]);
        const after = await readClosed(t, o.sales, order.id);
        expect(after).toMatchObject({ status: 'CONFIRMED', lines: [{ quantityReserved: '2' }] });
        // Settle it so the next round starts from the same stock: cancel the draft, then close.
        expect((await cancelShipment(t, o.warehouse, { id: created.shipment.id })).errors).toEqual([]);
        await closeOk(t, o.sales, { id: order.id });
      } else {
        expect(codes(created)).toEqual([['NOT_SHIPPABLE', 'input.salesOrderId']]);
        expect(await t.db.prisma.shipment.count({ where: { salesOrderId: rowId(order.id) } })).toBe(0);
      }
      expect(await level(t, rowId(o.widget), rowId(o.location))).toEqual(['20', '0']);
    }
  });
});
