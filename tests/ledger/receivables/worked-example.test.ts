import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../support/app.js';
import {
  INVOICE,
  PAYMENT,
  createCustomer,
  createSupplier,
  entryLines,
  mutate,
  postedBill,
  postedInvoice,
  receivablesOrg,
  type ReceivablesOrg,
} from './helpers.js';

/*
 * A month of invoicing, computed by hand first (EUR):
 *   INV1 10 Jan: 2 x 100.00 less 10% + 20% tax = 180.00 + 36.00; 1 x 50.00 + 20% = 50.00 + 10.00 -> 276.00
 *   INV2 20 Jan: 1 x 300.00, no tax -> 300.00, due 19 Feb (30 days' terms)
 *   Payment 25 Jan: 400.00 -> INV1 276.00 (paid), INV2 124.00 (176.00 left)
 *   Credit note 28 Jan for INV2: 1 x 76.00 -> applied, INV2 100.00 left
 *   BILL 5 Jan: 10 x 45.50 + 20% tax = 455.00 + 91.00 -> 546.00
 *   Payment out 31 Jan: 300.00, allocated automatically -> BILL 246.00 left
 * Trial balance 31 Jan (debit / credit): 1000 Bank 400/300, 1200 Receivable 576/476, 2000 Payable 300/546,
 *   2100 Sales tax 91/46, 4000 Sales 76/530, 6000 Operating 455/0; totals 1,898.00 each side.
 */
describe('receivables and payables: worked example', () => {
  let t: TestApp;
  let org: ReceivablesOrg;
  let customer: string;
  let supplier: string;
  let inv1: any;
  let inv2: any;
  let bill: any;
  let paymentIn: any;
  let credit: any;
  let paymentOut: any;

  beforeAll(async () => {
    t = await createTestApp();
    org = await receivablesOrg(t, 'Invoicing Org');
    customer = await createCustomer(t, org, { name: 'Zeta Retail', paymentTermsDays: 30 });
    supplier = await createSupplier(t, org, { name: 'Parts Ltd', paymentTermsDays: 14 });
    inv1 = await postedInvoice(t, org, {
      customerId: customer,
      issueDate: '2026-01-10',
      reference: 'PO-77',
      lines: [
        { description: 'Widget', quantity: '2', unitPrice: '100.00', discountPercent: '10', taxRate: '20' },
        { description: 'Setup', unitPrice: '50', taxRate: '20' },
      ],
    });
    inv2 = await postedInvoice(t, org, {
      customerId: customer,
      issueDate: '2026-01-20',
      lines: [{ description: 'Consulting', unitPrice: '300' }],
    });
    bill = await postedBill(t, org, {
      supplierId: supplier,
      issueDate: '2026-01-05',
      reference: 'B-991',
      lines: [{ description: 'Bolts', quantity: '10', unitPrice: '45.50', taxRate: '20' }],
    });
    const paid = await mutate(t, org.key, 'paymentCreate', 'PaymentCreateInput', `payment { ${PAYMENT} }`, {
      customerId: customer,
      date: '2026-01-25',
      amount: '400.00',
      method: 'BANK_TRANSFER',
      allocations: [{ invoiceId: inv1.id, amount: '276.00' }, { invoiceId: inv2.id }],
    });
    expect(paid.errors).toEqual([]);
    paymentIn = paid.payment;
    const noted = await mutate(t, org.key, 'creditNoteCreate', 'CreditNoteCreateInput', `creditNote { ${INVOICE} }`, {
      invoiceId: inv2.id,
      issueDate: '2026-01-28',
      memo: 'Goodwill',
      lines: [{ description: 'Discount agreed', unitPrice: '76' }],
    });
    expect(noted.errors).toEqual([]);
    credit = noted.creditNote;
    const out = await mutate(t, org.key, 'paymentCreate', 'PaymentCreateInput', `payment { ${PAYMENT} }`, {
      supplierId: supplier,
      date: '2026-01-31',
      amount: '300',
      method: 'CHECK',
      reference: 'CHK-1',
    });
    expect(out.errors).toEqual([]);
    paymentOut = out.payment;
  });
  afterAll(() => t.close());

  it('computes line and document figures on the server', () => {
    expect(inv1.lines.map((line: any) => [line.gross, line.discount, line.subtotal, line.tax, line.total])).toEqual([
      ['200', '20', '180', '36', '216'],
      ['50', '0', '50', '10', '60'],
    ]);
    expect(inv1).toMatchObject({
      kind: 'CUSTOMER_INVOICE',
      number: 'SAL/2026/00001',
      currency: 'EUR',
      subtotal: { amount: '230.00', currency: 'EUR' },
      discountTotal: { amount: '20.00' },
      taxTotal: { amount: '46.00' },
      total: { amount: '276.00' },
      totalBase: '276',
      dueDate: '2026-02-09',
    });
    expect(inv2).toMatchObject({ number: 'SAL/2026/00002', dueDate: '2026-02-19', total: { amount: '300.00' } });
    expect(bill).toMatchObject({
      kind: 'SUPPLIER_BILL',
      number: 'PUR/2026/00001',
      total: { amount: '546.00' },
      dueDate: '2026-01-19',
    });
  });

  it('posts invoices Dr receivable, Cr revenue and tax; bills Dr expense and tax, Cr payable', () => {
    expect(entryLines(inv1.journalEntry)).toEqual(['1200:Dr 276', '4000:Cr 180', '4000:Cr 50', '2100:Cr 46']);
    expect(entryLines(bill.journalEntry)).toEqual(['2000:Cr 546', '6000:Dr 455', '2100:Dr 91']);
    expect(entryLines(paymentIn.journalEntry)).toEqual(['1000:Dr 400', '1200:Cr 400']);
    expect(paymentIn.journalEntry.number).toBe('BNK/2026/00001');
    expect(entryLines(credit.journalEntry)).toEqual(['1200:Cr 76', '4000:Dr 76']);
    expect(entryLines(paymentOut.journalEntry)).toEqual(['1000:Cr 300', '2000:Dr 300']);
  });

  it('allocates one payment over several invoices and tracks balances due', async () => {
    expect(paymentIn).toMatchObject({ amountAllocated: { amount: '400.00' }, unallocated: { amount: '0.00' } });
    expect(paymentIn.allocations.map((a: any) => [a.invoice.number, a.amount, a.date])).toEqual([
      ['SAL/2026/00001', '276', '2026-01-25'],
      ['SAL/2026/00002', '124', '2026-01-25'],
    ]);
    const read = await t.gql(
      org.key,
      `query($a: ID!, $b: ID!) { a: invoice(id: $a) { ${INVOICE} } b: invoice(id: $b) { ${INVOICE} } }`,
      {
        a: inv1.id,
        b: inv2.id,
      },
    );
    expect(read.data.a).toMatchObject({
      status: 'PAID',
      amountPaid: { amount: '276.00' },
      balanceDue: { amount: '0.00' },
    });
    expect(read.data.b).toMatchObject({
      status: 'PARTIALLY_PAID',
      amountPaid: { amount: '200.00' },
      balanceDue: { amount: '100.00' },
    });
    expect(read.data.b.allocations.map((a: any) => [a.payment?.number ?? a.creditNote?.number, a.amount])).toEqual([
      ['BNK/2026/00001', '124'],
      [credit.number, '76'],
    ]);
    expect(credit).toMatchObject({ kind: 'CUSTOMER_CREDIT_NOTE', status: 'PAID', balanceDue: { amount: '0.00' } });
    expect(paymentOut.allocations.map((a: any) => [a.invoice.number, a.amount])).toEqual([['PUR/2026/00001', '300']]);
    const billNow = await t.gql(org.key, `query($id: ID!) { invoice(id: $id) { status balanceDue { amount } } }`, {
      id: bill.id,
    });
    expect(billNow.data.invoice).toEqual({ status: 'PARTIALLY_PAID', balanceDue: { amount: '246.00' } });
  });

  it('gives the hand-computed trial balance', async () => {
    const result = await t.gql(
      org.key,
      `{ trialBalance(asOf: "2026-01-31") { rows { code debit credit } totalDebit totalCredit } }`,
    );
    expect(
      Object.fromEntries(result.data.trialBalance.rows.map((row: any) => [row.code, [row.debit, row.credit]])),
    ).toEqual({
      '1000': ['400.00', '300.00'],
      '1200': ['576.00', '476.00'],
      '2000': ['300.00', '546.00'],
      '2100': ['91.00', '46.00'],
      '4000': ['76.00', '530.00'],
      '6000': ['455.00', '0.00'],
    });
    expect(result.data.trialBalance).toMatchObject({ totalDebit: '1898.00', totalCredit: '1898.00' });
  });

  it('lists open items and ages them', async () => {
    const items = await t.gql(
      org.key,
      `query($c: ID) { openItems(customerId: $c, asOf: "2026-03-15") { number openAmount openBase daysPastDue bucket } }`,
      {
        c: customer,
      },
    );
    expect(items.data.openItems).toEqual([
      { number: 'SAL/2026/00002', openAmount: '100.00', openBase: '100.00', daysPastDue: 24, bucket: 'DAYS_1_30' },
    ]);
    // Before the payment, both invoices were open in full.
    const earlier = await t.gql(
      org.key,
      `query($c: ID) { openItems(customerId: $c, asOf: "2026-01-24") { number openAmount } }`,
      { c: customer },
    );
    expect(earlier.data.openItems).toEqual([
      { number: 'SAL/2026/00001', openAmount: '276.00' },
      { number: 'SAL/2026/00002', openAmount: '300.00' },
    ]);
    const payables = await t.gql(
      org.key,
      `{ agedPayables(asOf: "2026-03-15") { currency rows { partnerName current days1To30 days31To60 total } totals { total } } }`,
    );
    expect(payables.data.agedPayables).toEqual({
      currency: 'EUR',
      rows: [{ partnerName: 'Parts Ltd', current: '0.00', days1To30: '0.00', days31To60: '246.00', total: '246.00' }],
      totals: { total: '246.00' },
    });
  });
});
