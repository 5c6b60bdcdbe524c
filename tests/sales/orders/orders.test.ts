// Sales orders: figures, validation, idempotency, quoteConvert, confirm with reservations, cancel.
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../support/app.js';
import { virtualLocation } from '../../inventory/helpers.js';
import { assignTax, createQuote, isoDay, priceList, taxRate, transition } from '../helpers.js';
import {
  ORDER,
  cancel,
  confirm,
  createOrder,
  level,
  mutate,
  orderOk,
  orderOrg,
  product,
  readOrder,
  rowId,
  type OrderOrg,
} from './helpers.js';

let t: TestApp;
let o: OrderOrg;

beforeAll(async () => {
  t = await createTestApp();
  o = await orderOrg(t, 'Orders Org', { widget: '100', gadget: '10' });
});

const update = (input: object) =>
  mutate<{ salesOrder: any }>(
    t,
    o.sales,
    'salesOrderUpdate',
    'SalesOrderUpdateInput',
    `salesOrder { ${ORDER} }`,
    input,
  );

describe('sales order figures', () => {
  it('prices a price list break with a discount, a tax-included line and a manual price, and totals them', async () => {
    await priceList(t, o.key, {
      name: 'Acme EUR',
      currency: 'EUR',
      customerId: o.acme,
      items: [
        { productId: o.widget, minQuantity: '0', unitPrice: '9.00' },
        { productId: o.widget, minQuantity: '10', unitPrice: '8.00' },
      ],
    });
    const included = await taxRate(t, o.key, {
      code: 'INC',
      name: 'VAT 19% incl.',
      rate: '19',
      priceIncludesTax: true,
    });
    const gross = await product(t, o.key, { sku: 'T', name: 'Tax-included thing', listPrice: '11.90' });
    await assignTax(t, o.key, { productId: gross, taxRateId: included });
    const order = await orderOk(t, o.sales, {
      customerId: o.acme,
      customerReference: 'PO-4711',
      requestedDeliveryDate: isoDay(7),
      lines: [
        { productId: o.widget, quantity: '12', discountPercent: '10' },
        { productId: gross, quantity: '3' },
        { productId: o.widget, quantity: '1', unitPrice: '7.5', description: 'Sample' },
      ],
    });
    // 12 reaches the 10+ break: 12 x 8.00 = 96.00, 10 % = 9.60, net 86.40, 19 % = 16.416 -> 16.42, total 102.82
    // 3 x 11.90 = 35.70 tax-included: tax 35.70 x 19 / 119 = 5.70, net 30.00
    // 1 x 7.50 manual: tax 1.425 -> 1.43 (half-up), total 8.93
    expect(
      order.lines.map((l: any) => [
        l.priceSource,
        l.unitPrice,
        l.gross,
        l.discount,
        l.subtotal,
        l.tax,
        l.total,
        l.priceIncludesTax,
      ]),
    ).toEqual([
      ['PRICE_LIST', '8', '96', '9.6', '86.4', '16.42', '102.82', false],
      ['LIST_PRICE', '11.9', '35.7', '0', '30', '5.7', '35.7', true],
      ['MANUAL', '7.5', '7.5', '0', '7.5', '1.43', '8.93', false],
    ]);
    // 86.40 + 30.00 + 7.50 = 123.90; 16.42 + 5.70 + 1.43 = 23.55; 147.45
    expect([
      order.subtotal.amount,
      order.discountTotal.amount,
      order.taxTotal.amount,
      order.total.amount,
      order.total.currency,
    ]).toEqual(['123.90', '9.60', '23.55', '147.45', 'EUR']);
    expect(order).toMatchObject({
      status: 'DRAFT',
      version: 1,
      customerReference: 'PO-4711',
      shippingAddress: { line1: '1 Main St', city: 'Berlin', country: 'DE' },
    });
    expect(order.number).toMatch(/^SO-\d{5}$/);
    expect(order.lines[2].description).toBe('Sample');
  });

  it('replaces and re-prices lines on update while DRAFT, with expectedVersion', async () => {
    const order = await orderOk(t, o.sales, { customerId: o.acme, lines: [{ productId: o.gadget, quantity: '1' }] });
    const stale = await update({ id: order.id, expectedVersion: 7, lines: [{ productId: o.gadget, quantity: '2' }] });
    expect(stale.errors.map((e) => e.code)).toEqual(['STALE_VERSION']);
    const updated = await update({
      id: order.id,
      expectedVersion: 1,
      notes: 'Rush',
      lines: [{ productId: o.gadget, quantity: '4', discountPercent: '50' }],
    });
    expect(updated.errors).toEqual([]);
    // 4 x 5.00 = 20.00, 50 % = 10.00, net 10.00, tax 1.90
    expect([
      updated.salesOrder.version,
      updated.salesOrder.notes,
      updated.salesOrder.total.amount,
      updated.salesOrder.lines.length,
    ]).toEqual([2, 'Rush', '11.90', 1]);
    await cancel(t, o.sales, { id: order.id });
    const late = await update({ id: order.id, lines: [{ productId: o.gadget, quantity: '1' }] });
    expect(late.errors.map((e) => [e.code, e.field])).toEqual([['NOT_DRAFT', ['input', 'id']]]);
  });

  it('reports every validation problem at once, with field paths', async () => {
    const result = await createOrder(t, o.sales, {
      customerId: o.acme,
      customerReference: 'x'.repeat(101),
      shippingAddress: { country: 'Germany' },
      locationId: await virtualLocation(t, o.key, 'CUSTOMER'),
      lines: [
        { productId: o.widget, quantity: '0' },
        { productId: o.widget, quantity: '1', discountPercent: '150' },
      ],
    });
    const fields = result.errors.map((e) => `${e.code}:${(e.field ?? []).join('.')}`).sort();
    expect(fields).toContain('TOO_LONG:input.customerReference');
    expect(fields).toContain('INVALID_LOCATION:input.locationId');
    expect(fields).toContain('INVALID_COUNTRY:input.shippingAddress.country');
    expect(fields).toContain('OUT_OF_RANGE:input.lines.1.discountPercent');
    expect(fields.some((f) => f.endsWith(':input.lines.0.quantity'))).toBe(true);
    const empty = await createOrder(t, o.sales, { customerId: o.acme, lines: [] });
    expect(empty.errors.map((e) => [e.code, e.field])).toEqual([['EMPTY_ORDER', ['input', 'lines']]]);
    const later = await createOrder(t, o.sales, {
      customerId: o.acme,
      orderDate: '2026-05-10',
      requestedDeliveryDate: '2026-05-01',
      lines: [{ productId: o.widget, quantity: '1' }],
    });
    expect(later.errors.map((e) => [e.code, e.field])).toEqual([['INVALID_DATE', ['input', 'requestedDeliveryDate']]]);
  });

  it('creates once per idempotency key', async () => {
    const input = { customerId: o.acme, idempotencyKey: 'so-once', lines: [{ productId: o.gadget, quantity: '1' }] };
    const first = await orderOk(t, o.sales, input);
    const again = await orderOk(t, o.sales, input);
    expect(again.id).toBe(first.id);
    const conflict = await createOrder(t, o.sales, { ...input, lines: [{ productId: o.gadget, quantity: '2' }] });
    expect(conflict.errors.map((e) => e.code)).toEqual(['IDEMPOTENCY_CONFLICT']);
    expect(
      await t.db.prisma.salesOrder.count({ where: { organizationId: o.org.organizationId, id: rowId(first.id) } }),
    ).toBe(1);
  });
});

describe('quoteConvert', () => {
  it('turns an accepted quote into a draft order with the quoted figures, once', async () => {
    const quote = (
      await createQuote(t, o.sales, {
        customerId: o.acme,
        lines: [{ productId: o.gadget, quantity: '3', discountPercent: '5' }],
      })
    ).quote;
    const convert = (input: object) =>
      mutate<{ salesOrder: any }>(t, o.sales, 'quoteConvert', 'QuoteConvertInput', `salesOrder { ${ORDER} }`, input);
    expect((await convert({ quoteId: quote.id })).errors.map((e) => e.code)).toEqual(['QUOTE_NOT_ACCEPTED']);
    await transition(t, o.sales, 'quoteSend', { id: quote.id });
    await transition(t, o.sales, 'quoteAccept', { id: quote.id });
    const converted = await convert({ quoteId: quote.id, locationId: o.location, customerReference: 'PO-9' });
    expect(converted.errors).toEqual([]);
    // 3 x 5.00 = 15.00, 5 % = 0.75, net 14.25, tax 2.7075 -> 2.71, total 16.96: as quoted
    expect(converted.salesOrder).toMatchObject({
      status: 'DRAFT',
      quote: { number: quote.number },
      customerReference: 'PO-9',
      location: { code: 'STOCK' },
    });
    expect([converted.salesOrder.total.amount, quote.total.amount]).toEqual(['16.96', '16.96']);
    expect(converted.salesOrder.lines.map((l: any) => [l.quantity, l.unitPrice, l.discountPercent, l.total])).toEqual([
      ['3', '5', '5', '16.96'],
    ]);
    const twice = await convert({ quoteId: quote.id });
    expect(twice.errors.map((e) => [e.code, e.field])).toEqual([['QUOTE_CONVERTED', ['input', 'quoteId']]]);
    const link = await t.gql(o.sales, `query($id: ID!) { quote(id: $id) { salesOrder { number } } }`, { id: quote.id });
    expect(link.data.quote.salesOrder.number).toBe(converted.salesOrder.number);
  });
});

describe('confirming', () => {
  it("reserves exactly the stocked lines' quantities and not services", async () => {
    const order = await orderOk(t, o.sales, {
      customerId: o.acme,
      locationId: o.location,
      lines: [
        { productId: o.widget, quantity: '7' },
        { productId: o.service, quantity: '1' },
        { productId: o.widget, quantity: '2.5' },
      ],
    });
    const before = await level(t, rowId(o.widget), rowId(o.location));
    const confirmed = await confirm(t, o.sales, { id: order.id, expectedVersion: 1 });
    expect(confirmed.errors).toEqual([]);
    expect(confirmed.salesOrder).toMatchObject({
      status: 'CONFIRMED',
      confirmedWithoutApproval: true,
      approvalRequest: null,
    });
    expect(
      confirmed.salesOrder.lines.map((l: any) => [
        l.lineNo,
        l.quantityReserved,
        l.quantityBackordered,
        l.reservations.map((r: any) => [r.quantity, r.demand.line]),
      ]),
    ).toEqual([
      [1, '7', '0', [['7', '1']]],
      [2, '0', '0', []],
      [3, '2.5', '0', [['2.5', '3']]],
    ]);
    expect(confirmed.salesOrder.lines[0].reservations[0].demand).toMatchObject({
      type: 'SalesOrder',
      id: rowId(order.id),
    });
    const after = await level(t, rowId(o.widget), rowId(o.location));
    expect(Number(after[1]) - Number(before[1])).toBe(9.5);
    expect(after[0]).toBe(before[0]);
    expect(confirmed.salesOrder.lines[0].availableStock).toBe(String(Number(after[0]) - Number(after[1])));
    const again = await confirm(t, o.sales, { id: order.id });
    expect(again.errors.map((e) => e.code)).toEqual(['NOT_DRAFT']);

    const cancelled = await cancel(t, o.sales, { id: order.id });
    expect(cancelled.errors).toEqual([]);
    expect(cancelled.salesOrder.status).toBe('CANCELLED');
    expect(
      cancelled.salesOrder.lines.map((l: any) => [l.quantityReserved, l.reservations.map((r: any) => r.quantity)]),
    ).toEqual([
      ['0', ['0']],
      ['0', []],
      ['0', ['0']],
    ]);
    expect(await level(t, rowId(o.widget), rowId(o.location))).toEqual(before);
    expect((await cancel(t, o.sales, { id: order.id })).errors.map((e) => e.code)).toEqual(['NOT_CANCELLABLE']);
  });

  it('is all or nothing by default: a short line fails with INSUFFICIENT_STOCK and nothing stays reserved', async () => {
    const gadgets = await level(t, rowId(o.gadget), rowId(o.location));
    const widgets = await level(t, rowId(o.widget), rowId(o.location));
    const order = await orderOk(t, o.sales, {
      customerId: o.acme,
      locationId: o.location,
      lines: [
        { productId: o.widget, quantity: '5' },
        { productId: o.gadget, quantity: '11' },
      ],
    });
    const refused = await confirm(t, o.sales, { id: order.id });
    expect(refused.errors.map((e) => [e.code, e.field])).toEqual([
      ['INSUFFICIENT_STOCK', ['input', 'lines', '1', 'quantity']],
    ]);
    expect(await level(t, rowId(o.gadget), rowId(o.location))).toEqual(gadgets);
    expect(await level(t, rowId(o.widget), rowId(o.location))).toEqual(widgets);
    const still = await readOrder(t, o.sales, order.id);
    expect([still.status, still.version, still.lines.map((l: any) => l.quantityReserved)]).toEqual([
      'DRAFT',
      1,
      ['0', '0'],
    ]);
    expect(await t.db.prisma.stockReservation.count({ where: { demandId: rowId(order.id) } })).toBe(0);
    expect(
      await t.db.prisma.auditLog.count({
        where: { entityType: 'SalesOrder', entityId: rowId(order.id), action: 'salesOrderConfirm' },
      }),
    ).toBe(0);

    const backordered = await confirm(t, o.sales, { id: order.id, allowBackorder: true });
    expect(backordered.errors).toEqual([]);
    expect(backordered.salesOrder.status).toBe('CONFIRMED');
    expect(backordered.salesOrder.lines.map((l: any) => [l.quantityReserved, l.quantityBackordered])).toEqual([
      ['5', '0'],
      [gadgets[0], String(11 - Number(gadgets[0]))],
    ]);
    expect(await level(t, rowId(o.gadget), rowId(o.location))).toEqual([gadgets[0], gadgets[0]]);
    await cancel(t, o.sales, { id: order.id });
    expect(await level(t, rowId(o.gadget), rowId(o.location))).toEqual(gadgets);
  });

  it('backorders everything when nothing is available', async () => {
    const empty = await product(t, o.key, { sku: 'E', name: 'Empty', listPrice: '1' });
    const order = await orderOk(t, o.sales, {
      customerId: o.acme,
      locationId: o.location,
      lines: [{ productId: empty, quantity: '4' }],
    });
    expect((await confirm(t, o.sales, { id: order.id })).errors.map((e) => e.code)).toEqual(['INSUFFICIENT_STOCK']);
    const confirmed = await confirm(t, o.sales, { id: order.id, allowBackorder: true });
    expect(
      confirmed.salesOrder.lines.map((l: any) => [l.quantityReserved, l.quantityBackordered, l.availableStock]),
    ).toEqual([['0', '4', '0']]);
  });

  it('confirms once per idempotency key', async () => {
    const order = await orderOk(t, o.sales, {
      customerId: o.acme,
      locationId: o.location,
      lines: [{ productId: o.widget, quantity: '1' }],
    });
    const before = await level(t, rowId(o.widget), rowId(o.location));
    const first = await confirm(t, o.sales, { id: order.id, idempotencyKey: 'confirm-once' });
    const again = await confirm(t, o.sales, { id: order.id, idempotencyKey: 'confirm-once' });
    expect([first.errors, again.errors, again.salesOrder.status, again.salesOrder.version]).toEqual([
      [],
      [],
      'CONFIRMED',
      2,
    ]);
    expect(await level(t, rowId(o.widget), rowId(o.location))).toEqual([before[0], String(Number(before[1]) + 1)]);
    expect(
      await t.db.prisma.auditLog.count({
        where: { entityType: 'SalesOrder', entityId: rowId(order.id), action: 'salesOrderConfirm' },
      }),
    ).toBe(1);
  });

  it('needs a location for stocked lines, not for services only', async () => {
    const stocked = await orderOk(t, o.sales, { customerId: o.acme, lines: [{ productId: o.widget, quantity: '1' }] });
    expect((await confirm(t, o.sales, { id: stocked.id })).errors.map((e) => [e.code, e.field])).toEqual([
      ['LOCATION_REQUIRED', ['input', 'id']],
    ]);
    const services = await orderOk(t, o.sales, {
      customerId: o.acme,
      lines: [{ productId: o.service, quantity: '2' }],
    });
    const confirmed = await confirm(t, o.sales, { id: services.id });
    expect(confirmed.errors).toEqual([]);
    expect(confirmed.salesOrder.lines[0].availableStock).toBeNull();
  });
});
