import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../support/app.js';
import {
  PAYMENT,
  createCustomer,
  entryLines,
  mutate,
  postedInvoice,
  receivablesOrg,
  type ReceivablesOrg,
} from './helpers.js';

describe('aging buckets at their boundary days', () => {
  let t: TestApp;
  let org: ReceivablesOrg;

  beforeAll(async () => {
    t = await createTestApp();
    org = await receivablesOrg(t, 'Aging Org');
    const customer = await createCustomer(t, org, { name: 'Boundary Co' });
    // As of 30 June: 0, 1, 30, 31, 60, 61, 90 and 91 days past due, worth 1, 2, 4, ... 128.
    const dueDates = [
      '2026-06-30',
      '2026-06-29',
      '2026-05-31',
      '2026-05-30',
      '2026-05-01',
      '2026-04-30',
      '2026-04-01',
      '2026-03-31',
    ];
    for (const [index, dueDate] of dueDates.entries()) {
      await postedInvoice(t, org, {
        customerId: customer,
        issueDate: '2026-03-01',
        dueDate,
        lines: [{ description: 'Item', unitPrice: String(2 ** index) }],
      });
    }
    // An unallocated payment is a credit in the bucket of its own date (10 days old: 1-30).
    const paid = await mutate(t, org.key, 'paymentCreate', 'PaymentCreateInput', 'payment { id }', {
      customerId: customer,
      date: '2026-06-20',
      amount: '0.50',
      method: 'CASH',
      autoAllocate: false,
    });
    expect(paid.errors).toEqual([]);
  });
  afterAll(() => t.close());

  it('puts each day into its bucket', async () => {
    const result = await t.gql(
      org.key,
      `{ agedReceivables(asOf: "2026-06-30") { asOf rows { partnerName current days1To30 days31To60 days61To90 over90 total } totals { total } } }`,
    );
    expect(result.data.agedReceivables).toEqual({
      asOf: '2026-06-30',
      rows: [
        {
          partnerName: 'Boundary Co',
          current: '1.00',
          days1To30: '5.50',
          days31To60: '24.00',
          days61To90: '96.00',
          over90: '128.00',
          total: '254.50',
        },
      ],
      totals: { total: '254.50' },
    });
    const items = await t.gql(
      org.key,
      `query($id: ID) { openItems(customerId: $id, asOf: "2026-06-30") { daysPastDue bucket openAmount } }`,
      {
        id: (await t.gql(org.key, `{ invoices(first: 1) { nodes { customer { id } } } }`)).data.invoices.nodes[0]
          .customer.id,
      },
    );
    expect(items.data.openItems.map((item: any) => [item.daysPastDue, item.bucket])).toEqual([
      [91, 'OVER_90'],
      [90, 'DAYS_61_90'],
      [61, 'DAYS_61_90'],
      [60, 'DAYS_31_60'],
      [31, 'DAYS_31_60'],
      [30, 'DAYS_1_30'],
      [10, 'DAYS_1_30'],
      [1, 'DAYS_1_30'],
      [0, 'CURRENT'],
    ]);
    expect(items.data.openItems.find((item: any) => item.daysPastDue === 10).openAmount).toBe('-0.50');
  });
});

/*
 * A USD invoice of 1,000.00 on 1 Feb at 0.90 is booked at 900.00 EUR; the customer pays 1,000.00 USD on
 * 20 Feb at 0.95 = 950.00 EUR. Clearing the invoice at its booked value leaves a 50.00 EUR exchange gain.
 */
describe('foreign-currency invoices and realized exchange differences', () => {
  let t: TestApp;
  let org: ReceivablesOrg;

  beforeAll(async () => {
    t = await createTestApp();
    org = await receivablesOrg(t, 'FX Org');
    for (const [date, rate] of [
      ['2026-01-01', '0.90'],
      ['2026-02-15', '0.95'],
    ]) {
      const set = await mutate(t, org.accountant, 'exchangeRateSet', 'ExchangeRateSetInput', 'exchangeRate { rate }', {
        currency: 'USD',
        date,
        rate,
      });
      expect(set.errors).toEqual([]);
    }
  });
  afterAll(() => t.close());

  it('books the invoice at its rate and posts the gain when paid at another', async () => {
    const customer = await createCustomer(t, org, { name: 'Yankee Inc', currency: 'USD' });
    const invoice = await postedInvoice(t, org, {
      customerId: customer,
      issueDate: '2026-02-01',
      lines: [{ description: 'Export', unitPrice: '1000.00' }],
    });
    expect(invoice).toMatchObject({ currency: 'USD', total: { amount: '1000.00', currency: 'USD' }, totalBase: '900' });
    const paid = await mutate(t, org.key, 'paymentCreate', 'PaymentCreateInput', `payment { ${PAYMENT} }`, {
      customerId: customer,
      date: '2026-02-20',
      amount: '1000.00',
      method: 'BANK_TRANSFER',
    });
    expect(paid.errors).toEqual([]);
    expect(paid.payment).toMatchObject({ amount: { amount: '1000.00', currency: 'USD' }, amountBase: '950' });
    expect(paid.payment.allocations).toEqual([
      {
        amount: '1000',
        date: '2026-02-20',
        exchangeDifference: '-50',
        invoice: { id: invoice.id, number: invoice.number },
      },
    ]);
    const balances = await t.gql(
      org.key,
      `{ trialBalance(asOf: "2026-02-28") { rows { code balance } totalDebit totalCredit } }`,
    );
    expect(Object.fromEntries(balances.data.trialBalance.rows.map((row: any) => [row.code, row.balance]))).toEqual({
      '1000': '950.00',
      '1200': '0.00',
      '4000': '-900.00',
      '6950': '-50.00',
    });
    const status = await t.gql(org.key, `query($id: ID!) { invoice(id: $id) { status balanceDue { amount } } }`, {
      id: invoice.id,
    });
    expect(status.data.invoice).toEqual({ status: 'PAID', balanceDue: { amount: '0.00' } });
    expect(entryLines(paid.payment.journalEntry)).toEqual(['1000:Dr 950', '1200:Cr 950']);
  });

  it('refuses to settle a USD invoice with a EUR payment', async () => {
    const customer = await createCustomer(t, org, { name: 'Mixed Inc', currency: 'USD' });
    const invoice = await postedInvoice(t, org, {
      customerId: customer,
      issueDate: '2026-02-01',
      lines: [{ description: 'Export', unitPrice: '10.00' }],
    });
    const paid = await mutate(t, org.key, 'paymentCreate', 'PaymentCreateInput', 'payment { id }', {
      customerId: customer,
      date: '2026-02-20',
      amount: '9.00',
      currency: 'EUR',
      method: 'CASH',
      allocations: [{ invoiceId: invoice.id }],
    });
    expect(paid).toMatchObject({
      payment: null,
      errors: [{ code: 'CURRENCY_MISMATCH', field: ['input', 'allocations', '0', 'amount'] }],
    });
  });
});
