// ORDERED policy (the default): invoicing before shipping, an invoice for the whole order equal to
// the order to the cent, refusals, voids giving quantities back, credit notes, idempotency and roles.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../support/app.js';
import { cancel, mutate, rowId } from '../orders/helpers.js';
import {
  books,
  confirmedOrder,
  invoice,
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
const today = () => new Date().toISOString().slice(0, 10);

beforeAll(async () => {
  t = await createTestApp();
  o = await invoicingOrg(t, 'Ordered Policy');
});
afterAll(async () => t?.close());

/** 3 widgets at 10.00 less 7.5 %, 4 gadgets at 5.00 (19 % included), 1 installation at 50.00. */
const LINES = () => [
  { productId: o.widget, quantity: '3', discountPercent: '7.5' },
  { productId: o.gadget, quantity: '4' },
  { productId: o.service, quantity: '1' },
];

describe('ORDERED policy', () => {
  it('is the default, invoices the whole order before shipping to the cent, and shipping then makes it INVOICED', async () => {
    const read = await t.gql(o.sales, `query($id: ID!) { customer(id: $id) { invoicePolicy } }`, { id: o.acme });
    expect(read.data.customer.invoicePolicy).toBe('ORDERED');
    const order = await confirmedOrder(t, o, LINES());
    // Widgets: 30.00, 7.5 % = 2.25, net 27.75, tax 5.2725 -> 5.27, total 33.02.
    // Gadgets: 20.00 included, tax 20 x 19 / 119 = 3.1933 -> 3.19, net 16.81.
    // Installation: 50.00, tax 9.50, total 59.50. Order: net 94.56, tax 17.96, total 112.52.
    expect([order.subtotal.amount, order.taxTotal.amount, order.total.amount]).toEqual(['94.56', '17.96', '112.52']);
    const before = await books(t, o.key);

    const result = await invoiceOk(t, o.accounting, { salesOrderId: order.id });
    expect([result.invoice.subtotal.amount, result.invoice.taxTotal.amount, result.invoice.total.amount]).toEqual([
      '94.56',
      '17.96',
      '112.52',
    ]);
    expect(result.invoice.lines.map((l: any) => [l.subtotal, l.tax, l.total])).toEqual(
      order.lines.map((l: any) => [l.subtotal, l.tax, l.total]),
    );
    // Invoiced in full, not shipped: the shipping status stays CONFIRMED.
    expect(result.salesOrder).toMatchObject({
      status: 'CONFIRMED',
      invoiceStatus: 'INVOICED',
      invoicedAmount: { amount: '112.52' },
    });
    const after = await books(t, o.key);
    // Receivable +112.52, sales -94.56, tax -17.96; nothing shipped yet.
    expect(after).toMatchObject({ balanced: true, inventory: before.inventory, cogs: before.cogs });
    expect([after.receivable, after.sales, after.salesTax].map(Number)).toEqual(
      [Number(before.receivable) + 112.52, Number(before.sales) - 94.56, Number(before.salesTax) - 17.96].map((n) =>
        Number(n.toFixed(2)),
      ),
    );

    const again = await invoice(t, o.accounting, { salesOrderId: order.id });
    expect(again.errors.map((e) => [e.code, e.field])).toEqual([['NOTHING_TO_INVOICE', ['input', 'salesOrderId']]]);
    // Invoiced orders cannot be cancelled.
    expect((await cancel(t, o.sales, { id: order.id })).errors.map((e) => e.code)).toEqual(['NOT_CANCELLABLE']);

    await shipLines(t, o, order.id, [
      { lineNo: 1, quantity: '3' },
      { lineNo: 2, quantity: '4' },
    ]);
    expect((await readInvoicing(t, o.accounting, order.id)).status).toBe('INVOICED');
    const paid = await pay(t, o.accounting, {
      customerId: o.acme,
      date: today(),
      amount: '112.52',
      allocations: [{ invoiceId: result.invoice.id }],
    });
    expect(paid.errors).toEqual([]);
    expect((await readInvoicing(t, o.accounting, order.id)).status).toBe('PAID');
  });

  it('refuses more than is invoiceable on lines.N.quantity, unknown lines, and orders not confirmed', async () => {
    const order = await confirmedOrder(t, o, LINES());
    const over = await invoice(t, o.accounting, {
      salesOrderId: order.id,
      lines: [
        { lineNo: 1, quantity: '1' },
        { lineNo: 2, quantity: '4.5' },
        { lineNo: 9, quantity: '1' },
      ],
    });
    expect(over.errors.map((e) => [e.code, e.field])).toEqual([
      ['OVER_INVOICING', ['input', 'lines', '1', 'quantity']],
      ['NOT_FOUND', ['input', 'lines', '2', 'lineNo']],
    ]);
    expect(over.invoice).toBeNull();
    const partial = await invoiceOk(t, o.accounting, {
      salesOrderId: order.id,
      lines: [{ lineNo: 2, quantity: '1.5' }],
    });
    expect(partial.salesOrder.lines.map((l: any) => [l.quantityInvoiced, l.quantityToInvoice])).toEqual([
      ['0', '3'],
      ['1.5', '2.5'],
      ['0', '1'],
    ]);
    expect(partial.salesOrder.invoiceStatus).toBe('TO_INVOICE');
    const rest = await invoice(t, o.accounting, { salesOrderId: order.id, lines: [{ lineNo: 2, quantity: '2.5001' }] });
    expect(rest.errors.map((e) => [e.code, e.field])).toEqual([
      ['OVER_INVOICING', ['input', 'lines', '0', 'quantity']],
    ]);

    // DELIVERED: only what shipped; services as ordered.
    expect((await setPolicy(t, o.sales, o.acme, 'DELIVERED')).errors).toEqual([]);
    try {
      const delivered = await confirmedOrder(t, o, LINES());
      const refused = await invoice(t, o.accounting, {
        salesOrderId: delivered.id,
        lines: [{ lineNo: 1, quantity: '1' }],
      });
      expect(refused.errors.map((e) => [e.code, e.field])).toEqual([
        ['OVER_INVOICING', ['input', 'lines', '0', 'quantity']],
      ]);
      const service = await invoiceOk(t, o.accounting, { salesOrderId: delivered.id });
      expect(service.invoice.lines.map((l: any) => [l.product.sku, l.quantity])).toEqual([['S', '1']]);
      expect(service.salesOrder.invoiceStatus).toBe('PARTIALLY_INVOICED');
    } finally {
      expect((await setPolicy(t, o.accounting, o.acme, 'ORDERED')).errors).toEqual([]);
    }

    const draft = await mutate<{ salesOrder: any }>(
      t,
      o.sales,
      'salesOrderCreate',
      'SalesOrderCreateInput',
      'salesOrder { id }',
      {
        customerId: o.acme,
        lines: [{ productId: o.service, quantity: '1' }],
      },
    );
    const notConfirmed = await invoice(t, o.accounting, { salesOrderId: draft.salesOrder.id });
    expect(notConfirmed.errors.map((e) => [e.code, e.field])).toEqual([['NOT_INVOICEABLE', ['input', 'salesOrderId']]]);
    // A customer's ID is no sales order's.
    const bogus = await invoice(t, o.accounting, { salesOrderId: o.acme });
    expect(bogus.errors.map((e) => e.code)).toEqual(['NOT_FOUND']);
  });

  it('gives quantities back when the invoice is voided, and the order state follows', async () => {
    const order = await confirmedOrder(t, o, LINES());
    await shipLines(t, o, order.id, [
      { lineNo: 1, quantity: '3' },
      { lineNo: 2, quantity: '4' },
    ]);
    const full = await invoiceOk(t, o.accounting, { salesOrderId: order.id });
    expect(full.salesOrder.status).toBe('INVOICED');
    const before = await books(t, o.key);

    const voided = await mutate(
      t,
      o.accounting,
      'customerInvoiceVoid',
      'CustomerInvoiceVoidInput',
      'invoice { status }',
      { id: full.invoice.id },
    );
    expect(voided.errors).toEqual([]);
    const state = await readInvoicing(t, o.accounting, order.id);
    expect(state).toMatchObject({
      status: 'SHIPPED',
      invoiceStatus: 'TO_INVOICE',
      invoicedAmount: { amount: '0.00' },
      paidAmount: { amount: '0.00' },
    });
    expect(state.lines.map((l: any) => [l.quantityInvoiced, l.quantityToInvoice])).toEqual([
      ['0', '3'],
      ['0', '4'],
      ['0', '1'],
    ]);
    expect(state.invoices.map((i: any) => [i.status, i.balanceDue.amount])).toEqual([['VOID', '0.00']]);
    // The reversal takes the 112.52 back off receivable, sales and tax.
    const after = await books(t, o.key);
    expect(after.balanced).toBe(true);
    expect((Number(before.receivable) - Number(after.receivable)).toFixed(2)).toBe('112.52');
    expect((Number(after.sales) - Number(before.sales)).toFixed(2)).toBe('94.56');

    const reinvoiced = await invoiceOk(t, o.accounting, { salesOrderId: order.id });
    expect(reinvoiced.salesOrder).toMatchObject({ status: 'INVOICED', invoicedAmount: { amount: '112.52' } });
    expect(reinvoiced.salesOrder.invoices.map((i: any) => i.status)).toEqual(['VOID', 'POSTED']);
  });

  it('counts a credit note settling the invoice as paid', async () => {
    const order = await confirmedOrder(t, o, [{ productId: o.service, quantity: '2' }]);
    // 2 x 50.00 = 100.00 + 19.00 tax = 119.00; a service-only order is INVOICED once invoiced.
    const made = await invoiceOk(t, o.accounting, { salesOrderId: order.id });
    expect(made.salesOrder).toMatchObject({ status: 'INVOICED', invoicedAmount: { amount: '119.00' } });
    const note = await mutate(
      t,
      o.accounting,
      'creditNoteCreate',
      'CreditNoteCreateInput',
      'creditNote { id status }',
      {
        invoiceId: made.invoice.id,
        issueDate: today(),
        lines: [{ description: 'Goodwill', quantity: '2', unitPrice: '50', taxRate: '19' }],
      },
    );
    expect(note.errors).toEqual([]);
    expect(await readInvoicing(t, o.accounting, order.id)).toMatchObject({
      status: 'PAID',
      paidAmount: { amount: '119.00' },
    });
  });

  it('returns the first result for a repeated idempotency key and refuses another input under it', async () => {
    const order = await confirmedOrder(t, o, [{ productId: o.service, quantity: '3' }]);
    const input = { salesOrderId: order.id, lines: [{ lineNo: 1, quantity: '1' }], idempotencyKey: `same-${order.id}` };
    const first = await invoiceOk(t, o.accounting, input);
    const second = await invoiceOk(t, o.accounting, input);
    expect(second.invoice.id).toBe(first.invoice.id);
    expect(second.salesOrder.lines[0].quantityInvoiced).toBe('1');
    const other = await invoice(t, o.accounting, { ...input, lines: [{ lineNo: 1, quantity: '2' }] });
    expect(other.errors.map((e) => e.code)).toEqual(['IDEMPOTENCY_CONFLICT']);
    // One audit record and one event for the order, whatever the repeats.
    const where = { entityId: rowId(order.id), action: 'salesOrderInvoice' };
    expect(await t.db.prisma.auditLog.count({ where })).toBe(1);
    const events = await t.db.prisma.outboxEvent.findMany({
      where: { aggregateId: rowId(order.id), type: 'salesOrder.invoiced' },
    });
    expect(events.map((e) => (e.payload as any).lines)).toEqual([[{ lineNo: 1, quantity: '1' }]]);
  });

  it('moves the invoice policy to the survivor of a customer merge when the survivor has none', async () => {
    const create = async (name: string) =>
      (
        await mutate<{ customer: any }>(t, o.key, 'customerCreate', 'CustomerCreateInput', 'customer { id }', {
          name,
          kind: 'COMPANY',
          currency: 'EUR',
        })
      ).customer.id;
    const [source, target] = [await create('Merge Source'), await create('Merge Target')];
    expect((await setPolicy(t, o.sales, source, 'DELIVERED')).errors).toEqual([]);
    const merged = await mutate(t, o.key, 'customerMerge', 'CustomerMergeInput', 'customer { id invoicePolicy }', {
      sourceId: source,
      targetId: target,
    });
    expect(merged.errors).toEqual([]);
    expect(merged.customer.invoicePolicy).toBe('DELIVERED');
  });

  it('lets ACCOUNTING invoice, SALES and ACCOUNTING set the policy, and nobody else', async () => {
    const order = await confirmedOrder(t, o, [{ productId: o.service, quantity: '1' }]);
    for (const key of [o.sales, o.warehouse]) {
      const res = await t.gql(
        key,
        `mutation($input: SalesOrderInvoiceInput!) { salesOrderInvoice(input: $input) { invoice { id } } }`,
        {
          input: { salesOrderId: order.id, idempotencyKey: `role-${key}` },
        },
      );
      expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    const res = await t.gql(
      o.warehouse,
      `mutation($input: CustomerInvoicePolicySetInput!) { customerInvoicePolicySet(input: $input) { customer { id } } }`,
      {
        input: { customerId: o.acme, invoicePolicy: 'DELIVERED' },
      },
    );
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    // SALES reads the order's invoiceStatus but not its invoices (ledger documents).
    const read = await t.gql(o.sales, `query($id: ID!) { salesOrder(id: $id) { invoiceStatus invoices { id } } }`, {
      id: order.id,
    });
    expect(read.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const status = await t.gql(o.sales, `query($id: ID!) { salesOrder(id: $id) { invoiceStatus } }`, { id: order.id });
    expect(status.data.salesOrder.invoiceStatus).toBe('TO_INVOICE');
  });
});
