// Sales order to cash through the API, DELIVERED policy: quote, order, confirm, partial shipment,
// invoice what shipped, ship the rest, invoice the rest, pay in two parts, and a return after full
// payment. The books are checked by hand at every step (balance = debit - credit; revenue and tax show
// as negative balances).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../support/app.js';
import { confirm, mutate } from '../orders/helpers.js';
import { createQuote, priceList, transition } from '../helpers.js';
import { ORDER } from '../orders/helpers.js';
import { receiveOk, returnOk } from '../returns/helpers.js';
import {
  books,
  invoiceOk,
  invoicingOrg,
  pay,
  readInvoicing,
  setPolicy,
  shipLines,
  type InvoicingOrg,
} from './helpers.js';

let t: TestApp;
let o: InvoicingOrg;

beforeAll(async () => {
  t = await createTestApp();
  o = await invoicingOrg(t, 'Order To Cash');
});
afterAll(async () => t?.close());

describe('sales order to cash (DELIVERED policy)', () => {
  it('invoices what shipped, then the rest, and follows the payments to PAID', async () => {
    // Opening: 20 widgets + 20 gadgets at 4.00 = 160.00 inventory; nothing sold yet.
    expect(await books(t, o.key)).toEqual({
      balanced: true,
      receivable: '0.00',
      sales: '0.00',
      salesTax: '0.00',
      inventory: '160.00',
      cogs: '0.00',
    });

    const policy = await setPolicy(t, o.sales, o.acme, 'DELIVERED');
    expect(policy.errors).toEqual([]);
    expect(policy.customer.invoicePolicy).toBe('DELIVERED');

    // Widgets: 9.50 each, 8.40 from 10 (the break applies to 12).
    await priceList(t, o.key, {
      name: 'Acme EUR',
      currency: 'EUR',
      customerId: o.acme,
      items: [
        { productId: o.widget, minQuantity: '0', unitPrice: '9.50' },
        { productId: o.widget, minQuantity: '10', unitPrice: '8.40' },
      ],
    });
    const quote = (
      await createQuote(t, o.sales, {
        customerId: o.acme,
        lines: [
          { productId: o.widget, quantity: '12', discountPercent: '5' },
          { productId: o.gadget, quantity: '7' },
        ],
      })
    ).quote;
    await transition(t, o.sales, 'quoteSend', { id: quote.id });
    await transition(t, o.sales, 'quoteAccept', { id: quote.id });
    const converted = await mutate<{ salesOrder: any }>(
      t,
      o.sales,
      'quoteConvert',
      'QuoteConvertInput',
      `salesOrder { ${ORDER} }`,
      {
        quoteId: quote.id,
        locationId: o.location,
      },
    );
    expect(converted.errors).toEqual([]);
    const order = converted.salesOrder;
    // Line 1 (19 % added): 12 x 8.40 = 100.80, 5 % = 5.04, net 95.76, tax 18.1944 -> 18.19, total 113.95.
    // Line 2 (19 % included): 7 x 5.00 = 35.00 = total, tax 35 x 19 / 119 = 5.5882 -> 5.59, net 29.41.
    expect(
      order.lines.map((l: any) => [l.unitPrice, l.priceSource, l.priceIncludesTax, l.subtotal, l.tax, l.total]),
    ).toEqual([
      ['8.4', 'PRICE_LIST', false, '95.76', '18.19', '113.95'],
      ['5', 'LIST_PRICE', true, '29.41', '5.59', '35'],
    ]);
    expect([order.subtotal.amount, order.taxTotal.amount, order.total.amount]).toEqual(['125.17', '23.78', '148.95']);
    expect((await confirm(t, o.sales, { id: order.id })).errors).toEqual([]);

    let state = await readInvoicing(t, o.accounting, order.id);
    // DELIVERED: nothing shipped, nothing to invoice.
    expect([state.status, state.invoiceStatus, state.lines.map((l: any) => l.quantityToInvoice)]).toEqual([
      'CONFIRMED',
      'NOTHING_TO_INVOICE',
      ['0', '0'],
    ]);

    // Ship 5 widgets and 3 gadgets: cost 8 x 4.00 = 32.00 from inventory to COGS.
    await shipLines(t, o, order.id, [
      { lineNo: 1, quantity: '5' },
      { lineNo: 2, quantity: '3' },
    ]);
    state = await readInvoicing(t, o.accounting, order.id);
    expect([state.status, state.invoiceStatus, state.lines.map((l: any) => l.quantityToInvoice)]).toEqual([
      'PARTIALLY_SHIPPED',
      'TO_INVOICE',
      ['5', '3'],
    ]);
    expect(await books(t, o.key)).toEqual({
      balanced: true,
      receivable: '0.00',
      sales: '0.00',
      salesTax: '0.00',
      inventory: '128.00',
      cogs: '32.00',
    });

    // Invoice 1, what shipped. Widgets: 5 x 8.40 = 42.00, 5 % = 2.10, net 39.90, tax 7.581 -> 7.58, total 47.48.
    // Gadgets: 3 x 5.00 = 15.00 = total, tax 15 x 19 / 119 = 2.3950 -> 2.39, net 12.61.
    // Net 52.51, tax 9.97, total 62.48.
    const first = await invoiceOk(t, o.accounting, { salesOrderId: order.id });
    expect(first.invoice).toMatchObject({
      status: 'POSTED',
      currency: 'EUR',
      subtotal: { amount: '52.51' },
      taxTotal: { amount: '9.97' },
      total: { amount: '62.48' },
    });
    expect(first.invoice.salesOrder.number).toBe(order.number);
    expect(
      first.invoice.lines.map((l: any) => [
        l.product.sku,
        l.quantity,
        l.unitPrice,
        l.discountPercent,
        l.taxRate,
        l.priceIncludesTax,
        l.total,
      ]),
    ).toEqual([
      ['W', '5', '8.4', '5', '19', false, '47.48'],
      ['G', '3', '5', '0', '19', true, '15'],
    ]);
    expect(first.salesOrder).toMatchObject({
      status: 'PARTIALLY_SHIPPED',
      invoiceStatus: 'PARTIALLY_INVOICED',
      invoicedAmount: { amount: '62.48' },
      paidAmount: { amount: '0.00' },
    });
    expect(first.salesOrder.lines.map((l: any) => l.quantityInvoiced)).toEqual(['5', '3']);
    expect(await books(t, o.key)).toEqual({
      balanced: true,
      receivable: '62.48',
      sales: '-52.51',
      salesTax: '-9.97',
      inventory: '128.00',
      cogs: '32.00',
    });

    // Ship the rest: 7 widgets and 4 gadgets, 11 x 4.00 = 44.00; COGS 76.00, inventory 84.00.
    await shipLines(t, o, order.id, [
      { lineNo: 1, quantity: '7' },
      { lineNo: 2, quantity: '4' },
    ]);
    state = await readInvoicing(t, o.accounting, order.id);
    expect([state.status, state.invoiceStatus]).toEqual(['SHIPPED', 'TO_INVOICE']);
    expect(await books(t, o.key)).toEqual({
      balanced: true,
      receivable: '62.48',
      sales: '-52.51',
      salesTax: '-9.97',
      inventory: '84.00',
      cogs: '76.00',
    });

    // Invoice 2. Widgets: 7 x 8.40 = 58.80, 5 % = 2.94, net 55.86, tax 10.6134 -> 10.61, total 66.47.
    // Gadgets: 4 x 5.00 = 20.00 = total, tax 20 x 19 / 119 = 3.1933 -> 3.19, net 16.81.
    // Net 72.67, tax 13.80, total 86.47. Both invoices: 148.95, the order's total; net 125.18 and tax
    // 23.77 differ from the order's 125.17 / 23.78 by a cent because each invoice rounds its own lines.
    const second = await invoiceOk(t, o.accounting, {
      salesOrderId: order.id,
      invoiceDate: new Date().toISOString().slice(0, 10),
    });
    expect(second.invoice).toMatchObject({
      subtotal: { amount: '72.67' },
      taxTotal: { amount: '13.80' },
      total: { amount: '86.47' },
    });
    expect(second.salesOrder).toMatchObject({
      status: 'INVOICED',
      invoiceStatus: 'INVOICED',
      invoicedAmount: { amount: '148.95' },
      paidAmount: { amount: '0.00' },
    });
    expect(await books(t, o.key)).toEqual({
      balanced: true,
      receivable: '148.95',
      sales: '-125.18',
      salesTax: '-23.77',
      inventory: '84.00',
      cogs: '76.00',
    });

    // Pay 100.00: all of invoice 1 (62.48) and 37.52 of invoice 2 (48.95 left).
    const today = new Date().toISOString().slice(0, 10);
    const part = await pay(t, o.accounting, {
      customerId: o.acme,
      date: today,
      amount: '100.00',
      allocations: [
        { invoiceId: first.invoice.id, amount: '62.48' },
        { invoiceId: second.invoice.id, amount: '37.52' },
      ],
    });
    expect(part.errors).toEqual([]);
    state = await readInvoicing(t, o.accounting, order.id);
    expect(state).toMatchObject({
      status: 'INVOICED',
      paidAmount: { amount: '100.00' },
      invoicedAmount: { amount: '148.95' },
    });
    expect(state.invoices.map((i: any) => [i.status, i.balanceDue.amount])).toEqual([
      ['PAID', '0.00'],
      ['PARTIALLY_PAID', '48.95'],
    ]);
    expect(await books(t, o.key)).toEqual({
      balanced: true,
      receivable: '48.95',
      sales: '-125.18',
      salesTax: '-23.77',
      inventory: '84.00',
      cogs: '76.00',
    });

    // The rest, auto-allocated (oldest open first): the order is PAID.
    const rest = await pay(t, o.accounting, { customerId: o.acme, date: today, amount: '48.95' });
    expect(rest.errors).toEqual([]);
    state = await readInvoicing(t, o.accounting, order.id);
    expect(state).toMatchObject({ status: 'PAID', invoiceStatus: 'INVOICED', paidAmount: { amount: '148.95' } });
    expect(await books(t, o.key)).toEqual({
      balanced: true,
      receivable: '0.00',
      sales: '-125.18',
      salesTax: '-23.77',
      inventory: '84.00',
      cogs: '76.00',
    });

    // Voiding the last payment reopens invoice 2: back to INVOICED.
    const voided = await mutate(t, o.accounting, 'paymentVoid', 'PaymentVoidInput', 'payment { status }', {
      id: rest.payment.id,
    });
    expect(voided.errors).toEqual([]);
    state = await readInvoicing(t, o.accounting, order.id);
    expect(state).toMatchObject({ status: 'INVOICED', paidAmount: { amount: '100.00' } });
    expect((await books(t, o.key)).receivable).toBe('48.95');

    // Paid again in full: PAID.
    expect((await pay(t, o.accounting, { customerId: o.acme, date: today, amount: '48.95' })).errors).toEqual([]);
    expect((await readInvoicing(t, o.accounting, order.id)).status).toBe('PAID');

    // The customer sends back 2 widgets and 1 gadget. They come back at their issue cost, 3 x 4.00 = 12.00:
    // inventory 84.00 + 12.00, COGS 76.00 - 12.00. DELIVERED: 12 - 2 widgets and 7 - 1 gadgets are kept, all
    // 19 were invoiced, so 2 widgets and 1 gadget are credited, from invoice 2 (the latest), in one note.
    const back = await returnOk(t, o.sales, {
      salesOrderId: order.id,
      reason: 'Customer changed their mind',
      lines: [
        { lineNo: 1, quantity: '2' },
        { lineNo: 2, quantity: '1' },
      ],
    });
    const received = await receiveOk(t, o.warehouse, { id: back.id });
    expect(received).toMatchObject({ status: 'RECEIVED', value: { amount: '12.00', currency: 'EUR' } });
    const notes = await t.gql(
      o.key,
      `query($id: ID!) { salesReturn(id: $id) { creditNotes { creditedInvoice { number } subtotal { amount } taxTotal { amount } total { amount } balanceDue { amount } } } }`,
      { id: back.id },
    );
    // Widgets: 2 x 8.40 = 16.80, 5 % = 0.84, net 15.96, tax 3.0324 -> 3.03, total 18.99. Gadget: 5.00 gross,
    // tax 5 x 19 / 119 = 0.80, net 4.20. Net 20.16, tax 3.83, total 23.99; invoice 2 was paid, so all of it
    // stays open as the customer's credit.
    expect(notes.data.salesReturn.creditNotes).toEqual([
      {
        creditedInvoice: { number: second.invoice.number },
        subtotal: { amount: '20.16' },
        taxTotal: { amount: '3.83' },
        total: { amount: '23.99' },
        balanceDue: { amount: '23.99' },
      },
    ]);
    state = await readInvoicing(t, o.accounting, order.id);
    expect(state).toMatchObject({ status: 'PAID', invoiceStatus: 'INVOICED' });
    expect(state.lines.map((l: any) => l.quantityToInvoice)).toEqual(['0', '0']);
    // Receivable 0.00 - 23.99; revenue -125.18 + 20.16; tax -23.77 + 3.83.
    expect(await books(t, o.key)).toEqual({
      balanced: true,
      receivable: '-23.99',
      sales: '-105.02',
      salesTax: '-19.94',
      inventory: '96.00',
      cogs: '64.00',
    });
  });
});
