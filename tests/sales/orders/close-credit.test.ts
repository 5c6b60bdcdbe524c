// Closing an order short credits what was invoiced and will never be delivered (ORDERED customers
// invoiced ahead of shipping): one customer credit note per invoice, latest invoice first, as returns
// credit, counted in quantityCredited and creditedAmount; voiding such a note gives the quantities back.
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../support/app.js';
import {
  INVOICE,
  books,
  confirmedOrder as confirmed,
  invoiceOk,
  invoicingOrg,
  pay,
  setPolicy,
  shipLines,
  type InvoicingOrg,
} from '../invoicing/helpers.js';
import { mutate, onPostgres, rowId } from './helpers.js';

const STATE = `id number status invoiceStatus version
  invoicedAmount { amount } creditedAmount { amount } paidAmount { amount }
  lines { lineNo quantityShipped quantityInvoiced quantityCredited quantityToInvoice }
  invoices { id number status balanceDue { amount } }
  closeCreditNotes { ${INVOICE} kind creditedInvoice { number } }
  journalEntries { number }`;

const codes = (result: { errors: { code: string; field: string[] | null }[] }) =>
  result.errors.map((e) => [e.code, e.field?.join('.') ?? null]);
const today = () => new Date().toISOString().slice(0, 10);
const two = (value: string) => Number(value).toFixed(2);
/** A credit note's lines as [sku, quantity, unit price, tax rate, price includes tax, subtotal, tax, total]. */
const noteLines = (note: any) =>
  note.lines.map((l: any) => [
    l.product.sku,
    l.quantity,
    two(l.unitPrice),
    two(l.taxRate),
    l.priceIncludesTax,
    two(l.subtotal),
    two(l.tax),
    two(l.total),
  ]);
/** Each line as [invoiced, credited, to invoice]. */
const quantities = (state: any) =>
  state.lines.map((l: any) => [l.quantityInvoiced, l.quantityCredited, l.quantityToInvoice]);

async function close(t: TestApp, key: string, id: string) {
  return mutate<{ salesOrder: any }>(t, key, 'salesOrderClose', 'SalesOrderCloseInput', 'salesOrder { id status }', {
    id,
    reason: 'The customer will not take the rest',
  });
}

async function read(t: TestApp, key: string, id: string) {
  const res = await t.gql(key, `query($id: ID!) { salesOrder(id: $id) { ${STATE} } }`, { id });
  expect(res.errors).toBeUndefined();
  return res.data.salesOrder;
}

async function voidNote(t: TestApp, key: string, id: string) {
  return mutate<{ creditNote: any }>(t, key, 'creditNoteVoid', 'CreditNoteVoidInput', 'creditNote { status }', { id });
}

const creditNotes = (t: TestApp, o: InvoicingOrg) =>
  t.db.prisma.invoice.count({ where: { organizationId: o.org.organizationId, kind: 'CUSTOMER_CREDIT_NOTE' } });

describe('salesOrderClose credits what was invoiced and never delivered', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });

  it('ORDERED, invoice open: one credit note for the undelivered units with their tax, settling the invoice; the books follow', async () => {
    // Widgets 10.00 + 19 %; gadgets 5.00 with 19 % included; the service 50.00 + 19 %. 20 of each good at 4.00.
    const o = await invoicingOrg(t, 'Close Credit Open');
    const order = await confirmed(t, o, [
      { productId: o.widget, quantity: '10' },
      { productId: o.gadget, quantity: '5' },
      { productId: o.service, quantity: '1' },
    ]);
    // 10 widgets 100.00 + 19.00; 5 gadgets 25.00 gross, tax 25 x 19 / 119 = 3.99, net 21.01; service 50.00 + 9.50.
    const invoice = (await invoiceOk(t, o.accounting, { salesOrderId: order.id })).invoice;
    expect(invoice.total.amount).toBe('203.50');
    await shipLines(t, o, order.id, [
      { lineNo: 1, quantity: '4' },
      { lineNo: 2, quantity: '2' },
    ]);

    expect((await close(t, o.sales, order.id)).errors).toEqual([]);
    const state = await read(t, o.key, order.id);
    expect(state).toMatchObject({ status: 'CLOSED', invoiceStatus: 'INVOICED' });
    // 6 widgets and 3 gadgets never ship; the service counts as delivered and is not credited.
    expect(quantities(state)).toEqual([
      ['10', '6', '0'],
      ['5', '3', '0'],
      ['1', '0', '0'],
    ]);
    expect(state.closeCreditNotes).toHaveLength(1);
    const note = state.closeCreditNotes[0];
    // 6 widgets 60.00 + 11.40 = 71.40; 3 gadgets 15.00 gross, tax 15 x 19 / 119 = 2.39, net 12.61. Total 86.40.
    expect(note).toMatchObject({
      kind: 'CUSTOMER_CREDIT_NOTE',
      status: 'PAID',
      creditedInvoice: { number: invoice.number },
      subtotal: { amount: '72.61' },
      taxTotal: { amount: '13.79' },
      total: { amount: '86.40' },
      balanceDue: { amount: '0.00' },
    });
    expect(noteLines(note)).toEqual([
      ['W', '6', '10.00', '19.00', false, '60.00', '11.40', '71.40'],
      ['G', '3', '5.00', '19.00', true, '12.61', '2.39', '15.00'],
    ]);
    // The note settles 86.40 of the invoice: 4 widgets 47.60 + 2 gadgets 10.00 + the service 59.50 = 117.10 stay open.
    expect(state.invoices).toEqual([
      expect.objectContaining({ number: invoice.number, balanceDue: { amount: '117.10' } }),
    ]);
    expect(state).toMatchObject({
      invoicedAmount: { amount: '203.50' },
      creditedAmount: { amount: '86.40' },
      paidAmount: { amount: '86.40' },
    });
    expect(state.journalEntries.map((e: any) => e.number)).toContain(note.number);

    // Inventory 160.00 - 4 x 4.00 - 2 x 4.00 = 136.00, COGS 24.00. Receivable 203.50 - 86.40 = 117.10;
    // revenue -(100.00 + 21.01 + 50.00) + 72.61 = -98.40; tax -(19.00 + 3.99 + 9.50) + 13.79 = -18.70.
    expect(await books(t, o.key)).toEqual({
      balanced: true,
      receivable: '117.10',
      sales: '-98.40',
      salesTax: '-18.70',
      inventory: '136.00',
      cogs: '24.00',
    });

    const audit = await t.db.prisma.auditLog.findFirstOrThrow({
      where: { organizationId: o.org.organizationId, action: 'salesOrderClose', entityId: rowId(order.id) },
    });
    expect(audit.after).toMatchObject({
      status: 'CLOSED',
      released: [
        { lineNo: 1, reserved: '6', backordered: '0' },
        { lineNo: 2, reserved: '3', backordered: '0' },
      ],
      credited: [
        { lineNo: 1, quantity: '6' },
        { lineNo: 2, quantity: '3' },
      ],
      creditNotes: [{ invoiceId: rowId(note.id), number: note.number, total: '86.4' }],
    });
    const event = await t.db.prisma.outboxEvent.findFirstOrThrow({
      where: { organizationId: o.org.organizationId, type: 'salesOrder.closed', aggregateId: rowId(order.id) },
    });
    expect(event.payload).toMatchObject({
      creditNotes: [{ number: note.number }],
      credited: [
        { lineNo: 1, quantity: '6' },
        { lineNo: 2, quantity: '3' },
      ],
    });

    // Paying the rest pays the invoice; the order stays CLOSED and nothing more is invoiceable.
    const paid = await pay(t, o.accounting, {
      customerId: o.acme,
      date: today(),
      amount: '117.10',
      allocations: [{ invoiceId: invoice.id, amount: '117.10' }],
    });
    expect(paid.errors).toEqual([]);
    const after = await read(t, o.key, order.id);
    expect(after).toMatchObject({
      status: 'CLOSED',
      invoiceStatus: 'INVOICED',
      paidAmount: { amount: '203.50' },
      invoices: [{ status: 'PAID' }],
    });
    expect(quantities(after)).toEqual([
      ['10', '6', '0'],
      ['5', '3', '0'],
      ['1', '0', '0'],
    ]);
    expect(await books(t, o.key)).toMatchObject({ balanced: true, receivable: '0.00' });
  });

  it('ORDERED, invoice paid: the credit note stays customer credit; voiding it gives the quantities back and the order stays CLOSED', async () => {
    const o = await invoicingOrg(t, 'Close Credit Paid');
    const order = await confirmed(t, o, [{ productId: o.widget, quantity: '10' }]);
    const invoice = (await invoiceOk(t, o.accounting, { salesOrderId: order.id })).invoice;
    expect(invoice.total.amount).toBe('119.00');
    const paid = await pay(t, o.accounting, {
      customerId: o.acme,
      date: today(),
      amount: '119.00',
      allocations: [{ invoiceId: invoice.id, amount: '119.00' }],
    });
    expect(paid.errors).toEqual([]);
    await shipLines(t, o, order.id, [{ lineNo: 1, quantity: '4' }]);

    expect((await close(t, o.sales, order.id)).errors).toEqual([]);
    const state = await read(t, o.key, order.id);
    expect(state).toMatchObject({
      status: 'CLOSED',
      invoiceStatus: 'INVOICED',
      invoices: [{ status: 'PAID', balanceDue: { amount: '0.00' } }],
    });
    expect(quantities(state)).toEqual([['10', '6', '0']]);
    // 6 x 10.00 + 19 % = 71.40, left open as the customer's credit.
    const note = state.closeCreditNotes[0];
    expect(state.closeCreditNotes).toHaveLength(1);
    expect(note).toMatchObject({
      status: 'POSTED',
      total: { amount: '71.40' },
      balanceDue: { amount: '71.40' },
      creditedInvoice: { number: invoice.number },
    });
    expect(noteLines(note)).toEqual([['W', '6', '10.00', '19.00', false, '60.00', '11.40', '71.40']]);
    expect(state).toMatchObject({
      invoicedAmount: { amount: '119.00' },
      creditedAmount: { amount: '71.40' },
      paidAmount: { amount: '119.00' },
    });
    // Receivable 119.00 - 119.00 - 71.40; revenue -100.00 + 60.00; tax -19.00 + 11.40.
    expect(await books(t, o.key)).toEqual({
      balanced: true,
      receivable: '-71.40',
      sales: '-40.00',
      salesTax: '-7.60',
      inventory: '144.00',
      cogs: '16.00',
    });

    // Voiding the note gives the 6 back as invoiced: the order stays CLOSED, nothing becomes invoiceable.
    const voided = await voidNote(t, o.accounting, note.id);
    expect(voided.errors).toEqual([]);
    const after = await read(t, o.key, order.id);
    expect(after).toMatchObject({
      status: 'CLOSED',
      invoiceStatus: 'INVOICED',
      creditedAmount: { amount: '0.00' },
      closeCreditNotes: [{ status: 'VOID' }],
    });
    expect(quantities(after)).toEqual([['10', '0', '0']]);
    expect(await books(t, o.key)).toMatchObject({
      balanced: true,
      receivable: '0.00',
      sales: '-100.00',
      salesTax: '-19.00',
    });
    const audit = await t.db.prisma.auditLog.findFirstOrThrow({
      where: { organizationId: o.org.organizationId, action: 'salesOrderCloseCreditVoid', entityId: rowId(order.id) },
    });
    expect(audit.after).toMatchObject({
      status: 'CLOSED',
      creditNoteId: rowId(note.id),
      lines: [{ lineNo: 1, quantity: '6' }],
    });
    expect(
      await t.db.prisma.outboxEvent.count({
        where: {
          organizationId: o.org.organizationId,
          type: 'salesOrder.closeCreditVoided',
          aggregateId: rowId(order.id),
        },
      }),
    ).toBe(1);
  });

  it('DELIVERED: invoiced only what shipped, so closing short credits nothing', async () => {
    const o = await invoicingOrg(t, 'Close Credit Delivered');
    expect((await setPolicy(t, o.key, o.acme, 'DELIVERED')).errors).toEqual([]);
    const order = await confirmed(t, o, [{ productId: o.widget, quantity: '10' }]);
    await shipLines(t, o, order.id, [{ lineNo: 1, quantity: '4' }]);
    const invoice = (await invoiceOk(t, o.accounting, { salesOrderId: order.id })).invoice;
    expect(invoice.total.amount).toBe('47.60');

    expect((await close(t, o.sales, order.id)).errors).toEqual([]);
    const state = await read(t, o.key, order.id);
    expect(state).toMatchObject({
      status: 'CLOSED',
      invoiceStatus: 'INVOICED',
      closeCreditNotes: [],
      creditedAmount: { amount: '0.00' },
    });
    expect(quantities(state)).toEqual([['4', '0', '0']]);
    expect(await creditNotes(t, o)).toBe(0);
    expect(await books(t, o.key)).toMatchObject({
      balanced: true,
      receivable: '47.60',
      sales: '-40.00',
      salesTax: '-7.60',
    });
    const audit = await t.db.prisma.auditLog.findFirstOrThrow({
      where: { organizationId: o.org.organizationId, action: 'salesOrderClose', entityId: rowId(order.id) },
    });
    expect(audit.after).toMatchObject({ credited: [], creditNotes: [] });
  });

  it('two invoices: credits the latest first, one note per invoice; the paid one leaves customer credit', async () => {
    const o = await invoicingOrg(t, 'Close Credit Two');
    const order = await confirmed(t, o, [{ productId: o.widget, quantity: '10' }]);
    // A: 7 widgets 83.30; B: 3 widgets 35.70. A is paid.
    const a = (await invoiceOk(t, o.accounting, { salesOrderId: order.id, lines: [{ lineNo: 1, quantity: '7' }] }))
      .invoice;
    const b = (await invoiceOk(t, o.accounting, { salesOrderId: order.id })).invoice;
    expect([a.total.amount, b.total.amount]).toEqual(['83.30', '35.70']);
    expect(
      (
        await pay(t, o.accounting, {
          customerId: o.acme,
          date: today(),
          amount: '83.30',
          allocations: [{ invoiceId: a.id, amount: '83.30' }],
        })
      ).errors,
    ).toEqual([]);
    await shipLines(t, o, order.id, [{ lineNo: 1, quantity: '2' }]);

    expect((await close(t, o.sales, order.id)).errors).toEqual([]);
    const state = await read(t, o.key, order.id);
    expect(quantities(state)).toEqual([['10', '8', '0']]);
    // 8 never ship: all 3 of B (latest), then 5 of A. B's note (posted first) settles B; A's stays credit.
    expect(
      state.closeCreditNotes.map((n: any) => [
        n.creditedInvoice.number,
        n.lines[0].quantity,
        n.total.amount,
        n.balanceDue.amount,
      ]),
    ).toEqual([
      [b.number, '3', '35.70', '0.00'],
      [a.number, '5', '59.50', '59.50'],
    ]);
    expect(state.closeCreditNotes[0].number < state.closeCreditNotes[1].number).toBe(true);
    expect(state).toMatchObject({ status: 'CLOSED', invoiceStatus: 'INVOICED', creditedAmount: { amount: '95.20' } });
    expect(state.invoices.map((i: any) => [i.number, i.status, i.balanceDue.amount])).toEqual([
      [a.number, 'PAID', '0.00'],
      [b.number, 'PAID', '0.00'],
    ]);
    // Receivable 119.00 - 83.30 - 35.70 - 59.50; revenue -100.00 + 30.00 + 50.00; tax -19.00 + 5.70 + 9.50.
    expect(await books(t, o.key)).toEqual({
      balanced: true,
      receivable: '-59.50',
      sales: '-20.00',
      salesTax: '-3.80',
      inventory: '152.00',
      cogs: '8.00',
    });

    // B cannot be voided while the close's note is applied to it.
    const voidB = await mutate(
      t,
      o.accounting,
      'customerInvoiceVoid',
      'CustomerInvoiceVoidInput',
      'invoice { status }',
      { id: b.id },
    );
    expect(codes(voidB)).toEqual([['HAS_ALLOCATIONS', 'input.id']]);
  });

  it('an applied close note and the invoice it credits cannot be voided (the ledger refuses both); an uncredited invoice of a closed order can', async () => {
    const o = await invoicingOrg(t, 'Close Credit Void');
    const order = await confirmed(t, o, [{ productId: o.widget, quantity: '3' }]);
    const invoice = (await invoiceOk(t, o.accounting, { salesOrderId: order.id })).invoice;
    await shipLines(t, o, order.id, [{ lineNo: 1, quantity: '1' }]);
    expect((await close(t, o.sales, order.id)).errors).toEqual([]);
    const state = await read(t, o.key, order.id);
    expect(quantities(state)).toEqual([['3', '2', '0']]);
    // 35.70 invoiced, 2 x 11.90 = 23.80 credited and applied: 11.90 open.
    expect(state.closeCreditNotes.map((n: any) => [n.total.amount, n.balanceDue.amount])).toEqual([['23.80', '0.00']]);
    expect(state.invoices[0].balanceDue.amount).toBe('11.90');
    const voidInvoice = await mutate(
      t,
      o.accounting,
      'customerInvoiceVoid',
      'CustomerInvoiceVoidInput',
      'invoice { status }',
      { id: invoice.id },
    );
    expect(codes(voidInvoice)).toEqual([['HAS_ALLOCATIONS', 'input.id']]);
    expect(codes(await voidNote(t, o.accounting, state.closeCreditNotes[0].id))).toEqual([
      ['HAS_ALLOCATIONS', 'input.id'],
    ]);
    expect(await read(t, o.key, order.id)).toEqual(state);

    // Closed before invoicing: nothing to credit; its invoice of what shipped voids, and that is invoiceable again.
    const other = await confirmed(t, o, [{ productId: o.widget, quantity: '3' }]);
    await shipLines(t, o, other.id, [{ lineNo: 1, quantity: '1' }]);
    expect((await close(t, o.sales, other.id)).errors).toEqual([]);
    const billed = (await invoiceOk(t, o.accounting, { salesOrderId: other.id })).invoice;
    expect(billed.total.amount).toBe('11.90');
    expect(
      (
        await mutate(t, o.accounting, 'customerInvoiceVoid', 'CustomerInvoiceVoidInput', 'invoice { status }', {
          id: billed.id,
        })
      ).errors,
    ).toEqual([]);
    const after = await read(t, o.key, other.id);
    expect(after).toMatchObject({ status: 'CLOSED', invoiceStatus: 'TO_INVOICE', closeCreditNotes: [] });
    expect(quantities(after)).toEqual([['0', '0', '1']]);
    expect(await creditNotes(t, o)).toBe(1);
  });
});

describe.skipIf(!onPostgres)('salesOrderClose credits at once (PostgreSQL)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });

  it('keeps the invoice, order and books consistent when a close credits an invoice while it is paid', async () => {
    const o = await invoicingOrg(t, 'Race Close Pay');
    let payments = 0;
    for (let round = 0; round < 4; round++) {
      const order = await confirmed(t, o, [{ productId: o.widget, quantity: '2' }]);
      // 2 x 11.90 = 23.80 invoiced, 1 ships, 1 is credited on close: 11.90.
      const invoice = (await invoiceOk(t, o.accounting, { salesOrderId: order.id })).invoice;
      await shipLines(t, o, order.id, [{ lineNo: 1, quantity: '1' }]);
      const [closed, paid] = await Promise.all([
        close(t, o.sales, order.id),
        pay(t, o.accounting, {
          customerId: o.acme,
          date: today(),
          amount: '23.80',
          allocations: [{ invoiceId: invoice.id, amount: '23.80' }],
        }),
      ]);
      expect(closed.errors).toEqual([]);
      // A payment first leaves the note as customer credit; the note first leaves 11.90 open, and the
      // payment's allocation of 23.80 is refused.
      const state = await read(t, o.key, order.id);
      expect(state).toMatchObject({ status: 'CLOSED', invoiceStatus: 'INVOICED' });
      expect(quantities(state)).toEqual([['2', '1', '0']]);
      expect(state.closeCreditNotes).toHaveLength(1);
      expect(state.closeCreditNotes[0].balanceDue.amount).toBe(paid.errors.length === 0 ? '11.90' : '0.00');
      expect(state.invoices[0].balanceDue.amount).toBe(paid.errors.length === 0 ? '0.00' : '11.90');
      if (paid.errors.length === 0) payments++;
    }
    // Per round: 23.80 invoiced, 11.90 credited; each payment that went through paid 23.80.
    const result = await books(t, o.key);
    expect(result).toMatchObject({ balanced: true, sales: '-40.00', salesTax: '-7.60' });
    expect(result.receivable).toBe((4 * 11.9 - 23.8 * payments).toFixed(2));
  });

  it('credits once when the order is closed twice at once', async () => {
    const o = await invoicingOrg(t, 'Race Close Close');
    const order = await confirmed(t, o, [{ productId: o.widget, quantity: '5' }]);
    await invoiceOk(t, o.accounting, { salesOrderId: order.id });
    await shipLines(t, o, order.id, [{ lineNo: 1, quantity: '2' }]);
    const results = await Promise.all([close(t, o.sales, order.id), close(t, o.sales, order.id)]);
    expect(results.map((r) => codes(r)).sort()).toEqual([[], [['NOT_CLOSABLE', 'input.id']]]);
    expect(await creditNotes(t, o)).toBe(1);
    expect(quantities(await read(t, o.key, order.id))).toEqual([['5', '3', '0']]);
    // 59.50 invoiced, 3 x 11.90 = 35.70 credited.
    expect(await books(t, o.key)).toMatchObject({
      balanced: true,
      receivable: '23.80',
      sales: '-20.00',
      salesTax: '-3.80',
    });
  });
});
