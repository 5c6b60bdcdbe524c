// The whole sales order in one query: customer, lines with stock, shipments with their moves' values,
// invoices, payments, approval history and every journal entry the order caused. Its SQL statement
// count does not grow with the number of lines.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../support/app.js';
import { APPROVE } from '../../approvals/helpers.js';
import { pay, shipLines, invoiceOk, type InvoicingOrg } from '../invoicing/helpers.js';
import { MANAGER_STEP, confirm, orderOk, orderOrg, policy } from './helpers.js';

const VIEW = `query Q($id: ID!) {
  salesOrder(id: $id) {
    status total { amount }
    customer { name }
    lines { product { sku } availableStock reservations { quantity } }
    shipments { lines { stockMove { value } } }
    invoices { balanceDue { amount } }
    payments { amount payment { amount { amount } } }
    approvalRequest { history { action } }
    journalEntries { lines { account { code } debit credit } }
  }
}`;

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

/** An order of `lineCount` lines (1 widget, 1 gadget, ... each 5 % off) approved by the manager, shipped, invoiced and paid. */
async function paidOrder(lineCount: number) {
  const base = await orderOrg(t, `Order View ${lineCount}`, { widget: String(lineCount), gadget: String(lineCount) });
  const o: InvoicingOrg = {
    ...base,
    accounting: await base.org.key('ACCOUNTING'),
    warehouse: await base.org.key('WAREHOUSE'),
  };
  await policy(t, o, [
    {
      name: 'Any discount',
      conditions: [{ fact: 'MAX_DISCOUNT_PERCENT', operator: 'GT', values: ['0'] }],
      steps: MANAGER_STEP,
    },
  ]);
  const lines = Array.from({ length: lineCount }, (_, i) => ({
    productId: i % 2 ? o.gadget : o.widget,
    quantity: '1',
    discountPercent: '5',
  }));
  const order = await orderOk(t, o.sales, { customerId: o.acme, locationId: o.location, lines });
  const pending = await confirm(t, o.seller.key, { id: order.id });
  expect(pending.salesOrder.status).toBe('PENDING_APPROVAL');
  const approved = await t.gql(o.manager.key, APPROVE, { input: { id: pending.salesOrder.approvalRequest.id } });
  expect(approved.errors).toBeUndefined();
  expect((Object.values(approved.data)[0] as { errors: unknown[] }).errors).toEqual([]);
  await shipLines(
    t,
    o,
    order.id,
    lines.map((_, i) => ({ lineNo: i + 1, quantity: '1' })),
  );
  const invoiced = await invoiceOk(t, o.accounting, { salesOrderId: order.id });
  const paid = await pay(t, o.accounting, {
    customerId: o.acme,
    date: new Date().toISOString().slice(0, 10),
    amount: invoiced.invoice.total.amount,
    allocations: [{ invoiceId: invoiced.invoice.id, amount: invoiced.invoice.total.amount }],
  });
  expect(paid.errors).toEqual([]);
  // ADMIN: the approval and its history are not for every SALES, WAREHOUSE or ACCOUNTING key (only its requester and approvers).
  return { key: o.org.adminKey, sales: o.sales, id: order.id };
}

/** The view, read twice: the first use of a new API key costs statements of its own. */
async function view(order: { key: string; id: string }) {
  await t.gql(order.key, VIEW, { id: order.id });
  let body: any;
  const statements = await t.countStatements(async () => {
    body = await t.gql(order.key, VIEW, { id: order.id });
  });
  expect(body.errors).toBeUndefined();
  return { order: body.data.salesOrder, statements };
}

/** Per entry: account code -> [debit, credit] summed over its lines, to two decimals. */
const byAccount = (entry: any) => {
  const sums: Record<string, [string, string]> = {};
  for (const line of entry.lines) {
    const [d, c] = sums[line.account.code] ?? ['0', '0'];
    sums[line.account.code] = [
      (Number(d) + Number(line.debit)).toFixed(2),
      (Number(c) + Number(line.credit)).toFixed(2),
    ];
  }
  return sums;
};

describe('sales order view', () => {
  it('shows the order, its stock, shipments, invoice, payment, approval and journal entries', async () => {
    const { order } = await view(await paidOrder(2));
    // Widget 10.00 - 5 % = 9.50, tax 19 % 1.805 -> 1.81; gadget 5.00 - 5 % = 4.75, tax 0.9025 -> 0.90.
    // Total 9.50 + 1.81 + 4.75 + 0.90 = 16.96.
    expect(order.status).toBe('PAID');
    expect(order.total.amount).toBe('16.96');
    expect(order.customer.name).toBe('Acme');
    // One of two of each product received; one shipped: nothing left, nothing reserved.
    expect(
      order.lines.map((l: any) => [l.product.sku, l.availableStock, l.reservations.map((r: any) => r.quantity)]),
    ).toEqual([
      ['W', '1', expect.any(Array)],
      ['G', '1', expect.any(Array)],
    ]);
    expect(order.shipments.flatMap((s: any) => s.lines.map((l: any) => l.stockMove.value))).toEqual(['4', '4']);
    expect(order.invoices.map((i: any) => i.balanceDue.amount)).toEqual(['0.00']);
    expect(order.payments.map((p: any) => [p.amount, p.payment.amount.amount])).toEqual([
      ['16.96', expect.stringMatching(/^16\.96/)],
    ]);
    expect(order.approvalRequest.history.map((h: any) => h.action)).toEqual([
      'SUBMITTED',
      'APPROVED',
      'STEP_COMPLETED',
    ]);
    // One COGS entry for the shipment (a line pair per product, each unit at 4.00), the invoice, the payment.
    const entries = order.journalEntries.map(byAccount);
    expect(entries).toHaveLength(3);
    expect(order.journalEntries[0].lines).toHaveLength(4);
    expect(entries[0]).toEqual({ '5000': ['8.00', '0.00'], '1300': ['0.00', '8.00'] });
    expect(entries[1]).toEqual({ '1200': ['16.96', '0.00'], '4000': ['0.00', '14.25'], '2100': ['0.00', '2.71'] });
    expect(entries[2]['1200']).toEqual(['0.00', '16.96']);
    expect(Object.entries(entries[2]).filter(([code]) => code !== '1200')).toEqual([
      [expect.any(String), ['16.96', '0.00']],
    ]);
  });

  it('shows journal entries and payments to ACCOUNTING only', async () => {
    const order = await paidOrder(2);
    for (const field of ['journalEntries { id }', 'payments { amount }']) {
      const res = await t.gql(order.sales, `query Q($id: ID!) { salesOrder(id: $id) { number ${field} } }`, {
        id: order.id,
      });
      expect(res.errors?.map((e: any) => e.path.join('.'))).toEqual([`salesOrder.${field.split(' ')[0]}`]);
    }
    const allowed = await t.gql(
      order.key,
      `query Q($id: ID!) { salesOrder(id: $id) { journalEntries { id } payments { amount } } }`,
      { id: order.id },
    );
    expect(allowed.errors).toBeUndefined();
  });

  it('costs the same number of SQL statements for 2, 20 and 200 lines', async () => {
    const { statements } = await view(await paidOrder(2));
    const twenty = await view(await paidOrder(20));
    // One COGS entry for the shipment whatever its length, the invoice, the payment.
    expect(twenty.order.journalEntries).toHaveLength(3);
    expect(twenty.statements).toBe(statements);
    const large = await view(await paidOrder(200));
    expect(large.order.lines).toHaveLength(200);
    expect(large.order.journalEntries).toHaveLength(3);
    expect(large.order.journalEntries[0].lines).toHaveLength(4);
    expect(large.statements).toBe(statements);
  }, 300_000);
});
