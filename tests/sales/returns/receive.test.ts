// Receiving sales returns: stock comes back at what it cost when it shipped (moving average and FIFO),
// Dr Inventory / Cr COGS, and what was invoiced for the returned goods is credited, one credit note
// per invoice, latest invoice first. Every amount is worked by hand in the comments.
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../support/app.js';
import { stockOp } from '../../inventory/helpers.js';
import { mutate } from '../orders/helpers.js';
import { assignTax, taxRate } from '../helpers.js';
import {
  WITH_CREDIT,
  confirmedOrder,
  createReturn,
  entry,
  invoiceOk,
  ledgerBooks,
  orderLines,
  pay,
  receiveOk,
  returnOk,
  rowId,
  setPolicy,
  shipLines,
  shipOrg,
} from './helpers.js';

let t: TestApp;
const today = () => new Date().toISOString().slice(0, 10);
const two = (value: string | number) => Number(value).toFixed(2);
const readReturn = async (key: string, id: string) => {
  const res = await t.gql(key, `query($id: ID!) { salesReturn(id: $id) { ${WITH_CREDIT} } }`, { id });
  expect(res.errors).toBeUndefined();
  return res.data.salesReturn;
};
/** The order's invoicedAmount and creditedAmount. */
const amounts = async (key: string, id: string) => {
  const read = await t.gql(
    key,
    `query($id: ID!) { salesOrder(id: $id) { invoicedAmount { amount } creditedAmount { amount } } }`,
    { id },
  );
  expect(read.errors).toBeUndefined();
  return [read.data.salesOrder.invoicedAmount.amount, read.data.salesOrder.creditedAmount.amount];
};
const noteLines = (note: any) =>
  note.lines.map((l: any) => [
    l.description,
    l.quantity,
    two(l.unitPrice),
    two(l.discountPercent),
    two(l.taxRate),
    l.priceIncludesTax,
    two(l.subtotal),
    two(l.tax),
    two(l.total),
  ]);

beforeAll(async () => {
  t = await createTestApp();
});

describe('returnReceive', () => {
  it('brings moving-average goods back at their issue cost and credits the invoiced units (ORDERED)', async () => {
    // Widgets 5 at 4.00 + 5 at 6.00 (average 5.00, 50.00), gadgets 3 at 4.00: inventory 62.00.
    const o = await shipOrg(t, 'Return Average');
    const order = await confirmedOrder(t, o, [{ productId: o.widget, quantity: '10' }]);
    // 6 shipped at 5.00 = 30.00.
    await shipLines(t, o, order.id, [{ lineNo: 1, quantity: '6' }]);
    // 4 more arrive at 8.00: the widgets left are worth 4 x 5.00 + 32.00 = 52.00 for 8, average 6.50.
    expect(
      (
        await stockOp(t, o.key, 'stockReceive', {
          productId: o.widget,
          locationId: o.location,
          quantity: '4',
          unitCost: '8',
        })
      ).errors,
    ).toEqual([]);
    // ORDERED: all 10 invoiced, 10 x 10.00 = 100.00 + 19 % = 119.00.
    const invoice = (await invoiceOk(t, o.accounting, { salesOrderId: order.id })).invoice;
    expect(invoice.total.amount).toBe('119.00');
    expect(await ledgerBooks(t, o.key)).toEqual({
      balanced: true,
      receivable: '119.00',
      sales: '-100.00',
      salesTax: '-19.00',
      inventory: '64.00',
      cogs: '30.00',
      valuation: '64.00',
    });

    const draft = await returnOk(t, o.sales, { salesOrderId: order.id, lines: [{ lineNo: 1, quantity: '2' }] });
    expect(draft).toMatchObject({
      number: 'RET-00001',
      status: 'DRAFT',
      reason: 'Damaged in transit',
      returnDate: today(),
      location: { code: 'STOCK' },
      value: null,
    });
    expect(draft.lines).toEqual([
      expect.objectContaining({ lineNo: 1, quantity: '2', quantityCredited: '0', value: null, stockMove: null }),
    ]);
    // Draft returns take their units: 6 shipped, 2 in the draft, 4 left to return.
    const over = await createReturn(t, o.sales, { salesOrderId: order.id, lines: [{ lineNo: 1, quantity: '5' }] });
    expect(over.errors.map((e) => [e.code, e.field])).toEqual([['OVER_RETURN', ['input', 'lines', '0', 'quantity']]]);

    const received = await receiveOk(t, o.warehouse, { id: draft.id });
    // Back at the issue cost, 2 x 5.00 = 10.00, not at today's average 6.50.
    expect(received).toMatchObject({ status: 'RECEIVED', value: { amount: '10.00', currency: 'EUR' }, version: 2 });
    expect(received.receivedAt).toBeTruthy();
    expect(received.lines[0].stockMove).toMatchObject({
      kind: 'RECEIPT',
      quantity: '2',
      fromLocation: { type: 'CUSTOMER' },
      toLocation: { code: 'STOCK' },
    });
    expect([two(received.lines[0].stockMove.value), two(received.lines[0].stockMove.unitCost)]).toEqual([
      '10.00',
      '5.00',
    ]);

    const full = await readReturn(o.key, draft.id);
    expect(entry(full.lines[0].stockMove)).toEqual([
      ['1300', '10.00', '0.00'],
      ['5000', '0.00', '10.00'],
    ]);
    // Ordered 10, 2 back: 8 to pay for, 10 invoiced: 2 credited, 2 x 10.00 = 20.00 + 3.80 = 23.80, applied to the open invoice.
    expect(full.creditNotes).toHaveLength(1);
    const note = full.creditNotes[0];
    expect(note).toMatchObject({
      kind: 'CUSTOMER_CREDIT_NOTE',
      creditedInvoice: { number: invoice.number },
      total: { amount: '23.80' },
      subtotal: { amount: '20.00' },
      taxTotal: { amount: '3.80' },
      balanceDue: { amount: '0.00' },
    });
    expect(noteLines(note)).toEqual([['Widget', '2', '10.00', '0.00', '19.00', false, '20.00', '3.80', '23.80']]);
    expect(full.lines[0].quantityCredited).toBe('2');
    const inv = await t.gql(o.accounting, `query($id: ID!) { invoice(id: $id) { balanceDue { amount } } }`, {
      id: invoice.id,
    });
    expect(inv.data.invoice.balanceDue.amount).toBe('95.20');

    // Receivable 119.00 - 23.80; revenue -100.00 + 20.00; tax -19.00 + 3.80; inventory 64.00 + 10.00; COGS 30.00 - 10.00.
    expect(await ledgerBooks(t, o.key)).toEqual({
      balanced: true,
      receivable: '95.20',
      sales: '-80.00',
      salesTax: '-15.20',
      inventory: '74.00',
      cogs: '20.00',
      valuation: '74.00',
    });
    let state = await orderLines(t, o.key, order.id);
    expect(state).toMatchObject({ status: 'PARTIALLY_SHIPPED', invoiceStatus: 'INVOICED' });
    expect(state.lines[0]).toMatchObject({
      quantityShipped: '6',
      quantityInvoiced: '10',
      quantityReturned: '2',
      quantityCredited: '2',
      quantityToInvoice: '0',
    });

    // The average is now 62.00 / 10 = 6.20: the last 4 ship at 24.80, and the order is INVOICED.
    await shipLines(t, o, order.id);
    state = await orderLines(t, o.key, order.id);
    expect(state.status).toBe('INVOICED');
    expect(await ledgerBooks(t, o.key)).toMatchObject({
      balanced: true,
      inventory: '49.20',
      cogs: '44.80',
      valuation: '49.20',
    });
    // The order's entries: two shipments, the invoice, the return's receipt and its credit note.
    const view = await t.gql(
      o.accounting,
      `query($id: ID!) { salesOrder(id: $id) { journalEntries { lines { account { code } debit credit } } } }`,
      { id: order.id },
    );
    expect(view.errors).toBeUndefined();
    const entries = view.data.salesOrder.journalEntries.map((journalEntry: any) => entry({ journalEntry }));
    expect(entries).toHaveLength(5);
    expect(entries).toContainEqual([
      ['1300', '10.00', '0.00'],
      ['5000', '0.00', '10.00'],
    ]);
    expect(
      entries.some((lines: string[][]) => lines.some(([code, debit]) => code === '4000' && debit === '20.00')),
    ).toBe(true);
  });

  it('brings FIFO goods back at their issue cost as a new layer; uninvoiced goods get no credit note and are no longer invoiceable (DELIVERED)', async () => {
    const f = await shipOrg(t, 'Return FIFO', { widgets: ['0', '0'], gadgets: '0' });
    expect((await setPolicy(t, f.sales, f.acme, 'DELIVERED')).errors).toEqual([]);
    const fifo = (
      await t.gql(
        f.key,
        `mutation($input: ProductCreateInput!) { productCreate(input: $input) { product { id } errors { code } } }`,
        {
          input: {
            sku: 'F',
            name: 'Fifo part',
            type: 'STOCKED',
            unitOfMeasure: 'pcs',
            costingMethod: 'FIFO',
            listPrice: '20.00',
          },
        },
      )
    ).data.productCreate.product.id;
    for (const [quantity, unitCost] of [
      ['3', '4'],
      ['3', '7'],
    ]) {
      expect(
        (await stockOp(t, f.key, 'stockReceive', { productId: fifo, locationId: f.location, quantity, unitCost }))
          .errors,
      ).toEqual([]);
    }
    const order = await confirmedOrder(t, f, [{ productId: fifo, quantity: '6' }]);
    // 4 ship, oldest layer first: 3 x 4.00 + 1 x 7.00 = 19.00. Inventory 33.00 - 19.00 = 14.00.
    await shipLines(t, f, order.id, [{ lineNo: 1, quantity: '4' }]);
    expect((await orderLines(t, f.key, order.id)).lines[0].quantityToInvoice).toBe('4');

    // 1 back: its share of the 19.00 the 4 cost, 19.00 / 4 = 4.75.
    const first = await receiveOk(t, f.warehouse, {
      id: (await returnOk(t, f.sales, { salesOrderId: order.id, lines: [{ lineNo: 1, quantity: '1' }] })).id,
    });
    expect(first.value).toEqual({ amount: '4.75', currency: 'EUR' });
    const full = await readReturn(f.key, first.id);
    expect(full.creditNotes).toEqual([]);
    expect(full.lines[0].quantityCredited).toBe('0');
    expect(entry(full.lines[0].stockMove)).toEqual([
      ['1300', '4.75', '0.00'],
      ['5000', '0.00', '4.75'],
    ]);
    const layer = await t.db.prisma.stockCostLayer.findFirstOrThrow({
      where: { moveId: rowId(full.lines[0].stockMove.id) },
    });
    expect([
      layer.quantity.toFixed(),
      layer.remainingQuantity.toFixed(),
      layer.unitCost.toFixed(2),
      layer.value.toFixed(2),
    ]).toEqual(['1', '1', '4.75', '4.75']);
    // DELIVERED: shipped 4 less 1 back, nothing invoiced: 3 to invoice. No receivable, revenue or tax moved.
    let state = await orderLines(t, f.key, order.id);
    expect(state.lines[0]).toMatchObject({ quantityReturned: '1', quantityCredited: '0', quantityToInvoice: '3' });
    expect(state.invoiceStatus).toBe('TO_INVOICE');
    expect(await ledgerBooks(t, f.key)).toEqual({
      balanced: true,
      receivable: '0.00',
      sales: '0.00',
      salesTax: '0.00',
      inventory: '18.75',
      cogs: '14.25',
      valuation: '18.75',
    });

    // The other 3: what the issue is still worth, 19.00 - 4.75 = 14.25; all 19.00 came back.
    const second = await receiveOk(t, f.warehouse, {
      id: (await returnOk(t, f.sales, { salesOrderId: order.id, lines: [{ lineNo: 1, quantity: '3' }] })).id,
    });
    expect(second.value.amount).toBe('14.25');
    expect(await ledgerBooks(t, f.key)).toMatchObject({
      balanced: true,
      inventory: '33.00',
      cogs: '0.00',
      valuation: '33.00',
    });
    state = await orderLines(t, f.key, order.id);
    expect(state.lines[0]).toMatchObject({ quantityReturned: '4', quantityToInvoice: '0' });
    expect(state.invoiceStatus).toBe('NOTHING_TO_INVOICE');
    const nothing = await mutate(t, f.accounting, 'salesOrderInvoice', 'SalesOrderInvoiceInput', 'invoice { id }', {
      salesOrderId: order.id,
      idempotencyKey: 'none-left',
    });
    expect(nothing.errors.map((e) => e.code)).toEqual(['NOTHING_TO_INVOICE']);
  });

  it('credits the latest invoice first, one credit note per invoice with its tax; a paid invoice leaves customer credit; voiding a note gives its quantities back (DELIVERED)', async () => {
    const o = await shipOrg(t, 'Return Credits');
    const gross = await taxRate(t, o.key, {
      code: 'GROSS',
      name: 'VAT 19% included',
      rate: '19',
      priceIncludesTax: true,
    });
    await assignTax(t, o.key, { productId: o.gadget, taxRateId: gross });
    expect((await setPolicy(t, o.sales, o.acme, 'DELIVERED')).errors).toEqual([]);
    const order = await confirmedOrder(t, o, [
      { productId: o.widget, quantity: '6' },
      { productId: o.gadget, quantity: '3' },
    ]);
    // 5 widgets at 5.00 + 3 gadgets at 4.00 = 37.00 shipped; inventory 62.00 - 37.00 = 25.00.
    await shipLines(t, o, order.id, [
      { lineNo: 1, quantity: '5' },
      { lineNo: 2, quantity: '3' },
    ]);
    // Invoice A: 3 widgets 30.00 + 5.70 = 35.70; 3 gadgets 15.00 gross, tax 15 x 19 / 119 = 2.39, net 12.61. Total 50.70.
    const a = (
      await invoiceOk(t, o.accounting, {
        salesOrderId: order.id,
        lines: [
          { lineNo: 1, quantity: '3' },
          { lineNo: 2, quantity: '3' },
        ],
      })
    ).invoice;
    expect(a.total.amount).toBe('50.70');
    // Invoice B: 2 widgets 20.00 + 3.80 = 23.80.
    const b = (await invoiceOk(t, o.accounting, { salesOrderId: order.id, lines: [{ lineNo: 1, quantity: '2' }] }))
      .invoice;
    expect(b.total.amount).toBe('23.80');
    const paid = await pay(t, o.accounting, {
      customerId: o.acme,
      date: today(),
      amount: '50.70',
      allocations: [{ invoiceId: a.id, amount: '50.70' }],
    });
    expect(paid.errors).toEqual([]);

    const draft = await returnOk(t, o.sales, {
      salesOrderId: order.id,
      lines: [
        { lineNo: 2, quantity: '1' },
        { lineNo: 1, quantity: '3' },
      ],
    });
    expect(draft.lines.map((l: any) => [l.lineNo, l.quantity])).toEqual([
      [1, '3'],
      [2, '1'],
    ]);
    await receiveOk(t, o.warehouse, { id: draft.id });
    const full = await readReturn(o.key, draft.id);
    // 3 widgets at 5.00 and 1 gadget at 4.00 come back: 19.00.
    expect(full.value.amount).toBe('19.00');
    expect(full.lines.map((l: any) => [l.lineNo, l.value.amount, l.quantityCredited])).toEqual([
      [1, '15.00', '3'],
      [2, '4.00', '1'],
    ]);
    // Widgets: 5 invoiced, 5 - 3 = 2 kept: 3 credited, 2 from B (latest) and 1 from A. Gadgets: 3 invoiced, 2 kept: 1 from A.
    const notes = Object.fromEntries(full.creditNotes.map((n: any) => [n.creditedInvoice.number, n]));
    expect(Object.keys(notes).sort()).toEqual([a.number, b.number].sort());
    // Note for B: 2 widgets, 23.80, applied to B, which is then settled.
    expect(noteLines(notes[b.number])).toEqual([
      ['Widget', '2', '10.00', '0.00', '19.00', false, '20.00', '3.80', '23.80'],
    ]);
    expect(notes[b.number].balanceDue.amount).toBe('0.00');
    // Note for A: 1 widget 10.00 + 1.90 = 11.90; 1 gadget 5.00 gross, tax 5 x 19 / 119 = 0.80, net 4.20. Total 16.90,
    // left open as the customer's credit because A was paid.
    expect(noteLines(notes[a.number])).toEqual([
      ['Widget', '1', '10.00', '0.00', '19.00', false, '10.00', '1.90', '11.90'],
      ['Gadget', '1', '5.00', '0.00', '19.00', true, '4.20', '0.80', '5.00'],
    ]);
    expect(notes[a.number]).toMatchObject({ total: { amount: '16.90' }, balanceDue: { amount: '16.90' } });

    // Receivable: 50.70 + 23.80 - 50.70 paid - 23.80 - 16.90 = -16.90 (customer credit).
    // Revenue: -(30.00 + 12.61 + 20.00) + 20.00 + 10.00 + 4.20 = -28.41. Tax: -(5.70 + 2.39 + 3.80) + 3.80 + 1.90 + 0.80 = -5.39.
    // Inventory 25.00 + 19.00 = 44.00; COGS 37.00 - 19.00 = 18.00.
    expect(await ledgerBooks(t, o.key)).toEqual({
      balanced: true,
      receivable: '-16.90',
      sales: '-28.41',
      salesTax: '-5.39',
      inventory: '44.00',
      cogs: '18.00',
      valuation: '44.00',
    });
    // The order: invoiced 50.70 + 23.80, credited by the return's two notes 23.80 + 16.90.
    expect(await amounts(o.key, order.id)).toEqual(['74.50', '40.70']);
    let state = await orderLines(t, o.key, order.id);
    expect(state.lines.map((l: any) => [l.quantityReturned, l.quantityCredited, l.quantityToInvoice])).toEqual([
      ['3', '3', '0'],
      ['1', '1', '0'],
    ]);
    expect(state.status).toBe('PARTIALLY_SHIPPED');

    // The ledger refuses to void A while its payment stands; once the payment is voided, sales refuses
    // while the return's credit note still credits it.
    const payment = await t.gql(o.accounting, `{ payments { nodes { id } } }`);
    const voidPayment = await mutate(t, o.accounting, 'paymentVoid', 'PaymentVoidInput', 'payment { status }', {
      id: payment.data.payments.nodes[0].id,
    });
    expect(voidPayment.errors).toEqual([]);
    const voidA = await mutate(
      t,
      o.accounting,
      'customerInvoiceVoid',
      'CustomerInvoiceVoidInput',
      'invoice { status }',
      { id: a.id },
    );
    expect(voidA.errors.map((e) => [e.code, e.field])).toEqual([['HAS_ALLOCATIONS', ['input', 'id']]]);
    expect(voidA.errors[0].message).toContain(draft.number);

    // Voiding the note for A gives 1 widget and 1 gadget back as invoiced: nothing more to invoice.
    const voided = await mutate(t, o.accounting, 'creditNoteVoid', 'CreditNoteVoidInput', 'creditNote { status }', {
      id: notes[a.number].id,
    });
    expect(voided.errors).toEqual([]);
    expect(voided.creditNote.status).toBe('VOID');
    state = await orderLines(t, o.key, order.id);
    expect(state.lines.map((l: any) => [l.quantityInvoiced, l.quantityCredited, l.quantityToInvoice])).toEqual([
      ['5', '2', '0'],
      ['3', '0', '0'],
    ]);
    const after = await readReturn(o.key, draft.id);
    expect(after.lines.map((l: any) => l.quantityCredited)).toEqual(['2', '0']);
    expect(await amounts(o.key, order.id)).toEqual(['74.50', '23.80']);
    expect(after.creditNotes.map((n: any) => n.status).sort()).toEqual(['PAID', 'VOID'].sort());
    // The note's entry is reversed: receivable 74.50 - 23.80 = 50.70 open on A; revenue -62.61 + 20.00; tax -11.89 + 3.80.
    expect(await ledgerBooks(t, o.key)).toMatchObject({
      balanced: true,
      receivable: '50.70',
      sales: '-42.61',
      salesTax: '-8.09',
      inventory: '44.00',
      cogs: '18.00',
    });
  });
});
