// Races only happen on PostgreSQL (PGlite runs one transaction at a time). salesOrderInvoice locks the
// order row, then its lines; the ledger's void and settlement hooks lock the order after the invoice.
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../support/app.js';
import { mutate } from '../orders/helpers.js';
import {
  books,
  confirmedOrder,
  invoice,
  invoiceOk,
  invoicingOrg,
  onPostgres,
  pay,
  readInvoicing,
  rowId,
  shipLines,
  type InvoicingOrg,
} from './helpers.js';

const today = () => new Date().toISOString().slice(0, 10);

describe.skipIf(!onPostgres)('sales order invoicing at once (PostgreSQL)', () => {
  let t: TestApp;
  let o: InvoicingOrg;

  beforeAll(async () => {
    t = await createTestApp();
    o = await invoicingOrg(t, 'Race Invoicing');
  });

  it('invoices the same quantities once when ten salesOrderInvoice race', async () => {
    // 2 installations: 100.00 + 19.00 tax = 119.00.
    const order = await confirmedOrder(t, o, [{ productId: o.service, quantity: '2' }]);
    const before = await books(t, o.key);
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        invoice(t, o.accounting, {
          salesOrderId: order.id,
          lines: [{ lineNo: 1, quantity: '2' }],
          idempotencyKey: `race-${i}`,
        }),
      ),
    );
    expect(results.filter((r) => r.errors.length === 0)).toHaveLength(1);
    expect(results.flatMap((r) => r.errors.map((e) => [e.code, e.field]))).toEqual(
      Array(9).fill(['OVER_INVOICING', ['input', 'lines', '0', 'quantity']]),
    );
    const line = await t.db.prisma.salesOrderLine.findFirstOrThrow({ where: { salesOrderId: rowId(order.id) } });
    expect(line.quantityInvoiced.toFixed()).toBe('2');
    const invoices = await t.db.prisma.salesOrderInvoice.count({ where: { salesOrderId: rowId(order.id) } });
    expect(invoices).toBe(1);
    const after = await books(t, o.key);
    expect(after.balanced).toBe(true);
    expect((Number(after.receivable) - Number(before.receivable)).toFixed(2)).toBe('119.00');
  });

  it("ends PAID exactly once when payments of one order's two invoices race", async () => {
    for (let round = 0; round < 3; round++) {
      const order = await confirmedOrder(t, o, [
        { productId: o.service, quantity: '1' },
        { productId: o.gadget, quantity: '1' },
      ]);
      await shipLines(t, o, order.id, [{ lineNo: 2, quantity: '1' }]);
      // 59.50 (50.00 + 9.50 tax) and 5.00 (tax included).
      const a = await invoiceOk(t, o.accounting, { salesOrderId: order.id, lines: [{ lineNo: 1, quantity: '1' }] });
      const b = await invoiceOk(t, o.accounting, { salesOrderId: order.id, lines: [{ lineNo: 2, quantity: '1' }] });
      expect(b.salesOrder.status).toBe('INVOICED');
      const paid = await Promise.all([
        pay(t, o.accounting, {
          customerId: o.acme,
          date: today(),
          amount: '59.50',
          allocations: [{ invoiceId: a.invoice.id }],
        }),
        pay(t, o.accounting, {
          customerId: o.acme,
          date: today(),
          amount: '5.00',
          allocations: [{ invoiceId: b.invoice.id }],
        }),
      ]);
      expect(paid.flatMap((r) => r.errors)).toEqual([]);
      expect(await readInvoicing(t, o.accounting, order.id)).toMatchObject({
        status: 'PAID',
        paidAmount: { amount: '64.50' },
      });
      const events = await t.db.prisma.outboxEvent.count({
        where: { aggregateId: rowId(order.id), type: 'salesOrder.paid' },
      });
      expect(events).toBe(1);
    }
    expect((await books(t, o.key)).balanced).toBe(true);
  });

  it("does not deadlock when an order's invoice is voided while its other lines are invoiced", async () => {
    for (let round = 0; round < 3; round++) {
      const order = await confirmedOrder(t, o, [
        { productId: o.service, quantity: '1' },
        { productId: o.service, quantity: '1' },
      ]);
      const first = await invoiceOk(t, o.accounting, { salesOrderId: order.id, lines: [{ lineNo: 1, quantity: '1' }] });
      const [voided, second] = await Promise.all([
        mutate(t, o.accounting, 'customerInvoiceVoid', 'CustomerInvoiceVoidInput', 'invoice { status }', {
          id: first.invoice.id,
        }),
        invoice(t, o.accounting, { salesOrderId: order.id, lines: [{ lineNo: 2, quantity: '1' }] }),
      ]);
      expect([voided.errors, second.errors]).toEqual([[], []]);
      const state = await readInvoicing(t, o.accounting, order.id);
      expect(state.lines.map((l: any) => l.quantityInvoiced)).toEqual(['0', '1']);
      expect(state).toMatchObject({
        status: 'CONFIRMED',
        invoiceStatus: 'TO_INVOICE',
        invoicedAmount: { amount: '59.50' },
      });
    }
    expect((await books(t, o.key)).balanced).toBe(true);
  });
});
