import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../support/app.js';
import { onPostgres } from '../helpers.js';
import { createCustomer, mutate, postedInvoice, receivablesOrg, type ReceivablesOrg } from './helpers.js';

// PGlite runs one transaction at a time, so races only happen on PostgreSQL.
describe.skipIf(!onPostgres)('concurrent payments and postings (PostgreSQL)', () => {
  let t: TestApp;
  let org: ReceivablesOrg;

  beforeAll(async () => {
    t = await createTestApp();
    org = await receivablesOrg(t, 'Receivables Race Org');
  });
  afterAll(() => t.close());

  it('never allocates more than an invoice is worth when payments race for it', async () => {
    const customer = await createCustomer(t, org, { name: 'Racing Payer' });
    const invoice = await postedInvoice(t, org, {
      customerId: customer,
      issueDate: '2026-08-01',
      lines: [{ description: 'x', unitPrice: '100' }],
    });
    const results = await Promise.all(
      Array.from({ length: 10 }, () =>
        mutate(t, org.key, 'paymentCreate', 'PaymentCreateInput', 'payment { id }', {
          customerId: customer,
          date: '2026-08-02',
          amount: '60',
          method: 'CASH',
          allocations: [{ invoiceId: invoice.id, amount: '60' }],
        }),
      ),
    );
    const succeeded = results.filter((result) => result.errors.length === 0);
    expect(succeeded).toHaveLength(1);
    expect(results.filter((result) => result.errors[0]?.code === 'OVER_ALLOCATION')).toHaveLength(9);
    const after = await t.gql(
      org.key,
      `query($id: ID!, $c: ID) { invoice(id: $id) { status amountPaid { amount } } payments(where: { customerId: $c }) { totalCount } }`,
      {
        id: invoice.id,
        c: customer,
      },
    );
    // The refused payments left nothing behind, not even their journal entries.
    expect(after.data).toEqual({
      invoice: { status: 'PARTIALLY_PAID', amountPaid: { amount: '60.00' } },
      payments: { totalCount: 1 },
    });
  });

  it('keeps the receivable account equal to the open items when auto-allocating payments race', async () => {
    const customer = await createCustomer(t, org, { name: 'Many Payments' });
    for (const day of ['03', '04', '05']) {
      await postedInvoice(t, org, {
        customerId: customer,
        issueDate: `2026-09-${day}`,
        lines: [{ description: 'x', unitPrice: '100' }],
      });
    }
    const results = await Promise.all(
      Array.from({ length: 12 }, () =>
        mutate(t, org.key, 'paymentCreate', 'PaymentCreateInput', 'payment { id }', {
          customerId: customer,
          date: '2026-09-10',
          amount: '30',
          method: 'BANK_TRANSFER',
        }),
      ),
    );
    expect(results.every((result) => result.errors.length === 0)).toBe(true);
    const state = await t.gql(
      org.key,
      `query($c: ID!) {
        invoices(where: { customerId: $c }) { nodes { status amountPaid { amount } } }
        payments(where: { customerId: $c }) { nodes { amountAllocated { amount } unallocated { amount } } }
        openItems(customerId: $c, asOf: "2026-09-30") { openBase }
        agedReceivables(asOf: "2026-09-30") { totals { total } }
        trialBalance(asOf: "2026-09-30") { rows { code balance } }
      }`,
      { c: customer },
    );
    const paid = state.data.invoices.nodes
      .map((node: any) => Number(node.amountPaid.amount))
      .reduce((a: number, b: number) => a + b, 0);
    const allocated = state.data.payments.nodes
      .map((node: any) => Number(node.amountAllocated.amount))
      .reduce((a: number, b: number) => a + b, 0);
    expect(paid).toBe(300);
    expect(allocated).toBe(300);
    expect(state.data.invoices.nodes.every((node: any) => node.status === 'PAID')).toBe(true);
    const open = state.data.openItems
      .map((item: any) => Number(item.openBase))
      .reduce((a: number, b: number) => a + b, 0);
    // 12 x 30 = 360 paid against 300 owed: 60 stays open as the customer's credit.
    expect(open).toBe(-60);
    // The organization's receivables are these and the first test's invoice (100 - 60 = 40 open).
    expect(Number(state.data.agedReceivables.totals.total)).toBe(-20);
    const receivable = state.data.trialBalance.rows.find((row: any) => row.code === '1200');
    expect(Number(receivable.balance)).toBe(Number(state.data.agedReceivables.totals.total));
  });

  it('posts an invoice once when 10 requests post it at the same time', async () => {
    const customer = await createCustomer(t, org, { name: 'Double Poster' });
    const created = await mutate(t, org.key, 'customerInvoiceCreate', 'CustomerInvoiceCreateInput', 'invoice { id }', {
      customerId: customer,
      issueDate: '2026-10-01',
      lines: [{ description: 'x', unitPrice: '10' }],
    });
    const results = await Promise.all(
      Array.from({ length: 10 }, () =>
        mutate(t, org.key, 'customerInvoicePost', 'CustomerInvoicePostInput', 'invoice { number }', {
          id: created.invoice.id,
        }),
      ),
    );
    expect(results.filter((result) => result.errors.length === 0)).toHaveLength(1);
    expect(results.filter((result) => result.errors[0]?.code === 'NOT_DRAFT')).toHaveLength(9);
    const entries = await t.gql(
      org.key,
      `query($id: ID!) { invoice(id: $id) { journalEntry { number } } journalEntries(where: { date: { equals: "2026-10-01" } }) { totalCount } }`,
      {
        id: created.invoice.id,
      },
    );
    expect(entries.data.journalEntries.totalCount).toBe(1);
  });
});
