import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../support/app.js';
import {
  ERRORS,
  INVOICE,
  createCustomer,
  createSupplier,
  entryLines,
  mutate,
  postedInvoice,
  receivablesOrg,
  type ReceivablesOrg,
} from './helpers.js';

/*
 * A mixed invoice, computed by hand first (EUR):
 *   line 1, tax included: 3 x 9.99 = 29.97 gross; 5% discount = round(1.4985) = 1.50; total = 28.47;
 *     tax = round(28.47 x 19 / 119 = 4.5456...) = 4.55; net = 28.47 - 4.55 = 23.92
 *     (added on top it would have been 28.47 + 5.41 = 33.88)
 *   line 2, tax excluded: 2 x 50.00 = 100.00; tax 7% = 7.00; total 107.00
 *   document: subtotal 123.92, discount 1.50, tax 11.55, total 135.47
 *   entry: Dr 1200 135.47; Cr 4000 23.92; Cr 4000 100.00; Cr 2100 11.55
 *   credit note of the whole invoice: the same lines and figures, mirrored, settling it completely.
 */
const LINES = `lines { lineNo priceIncludesTax unitPrice taxRate gross discount subtotal tax total account { code } }`;

describe('tax-included invoice lines', () => {
  let t: TestApp;
  let org: ReceivablesOrg;
  let customer: string;
  let invoice: any;

  beforeAll(async () => {
    t = await createTestApp();
    org = await receivablesOrg(t, 'Tax Included Org');
    customer = await createCustomer(t, org, { name: 'Corner Shop' });
    invoice = await postedInvoice(t, org, {
      customerId: customer,
      issueDate: '2026-03-02',
      lines: [
        {
          description: 'Mugs (consumer price)',
          quantity: '3',
          unitPrice: '9.99',
          discountPercent: '5',
          taxRate: '19',
          priceIncludesTax: true,
        },
        { description: 'Books', quantity: '2', unitPrice: '50.00', taxRate: '7' },
      ],
    });
  });
  afterAll(() => t.close());

  it('takes the tax out of a tax-included line and adds it on top of the other', async () => {
    const read = await t.gql(org.key, `query($id: ID!) { invoice(id: $id) { ${LINES} } }`, { id: invoice.id });
    expect(
      read.data.invoice.lines.map((line: any) => [
        line.priceIncludesTax,
        line.gross,
        line.discount,
        line.subtotal,
        line.tax,
        line.total,
      ]),
    ).toEqual([
      [true, '29.97', '1.5', '23.92', '4.55', '28.47'],
      [false, '100', '0', '100', '7', '107'],
    ]);
    expect(invoice).toMatchObject({
      subtotal: { amount: '123.92' },
      discountTotal: { amount: '1.50' },
      taxTotal: { amount: '11.55' },
      total: { amount: '135.47' },
      totalBase: '135.47',
    });
  });

  it('posts net revenue, tax and the total as for any invoice', () => {
    expect(entryLines(invoice.journalEntry)).toEqual([
      '1200:Dr 135.47',
      '4000:Cr 23.92',
      '4000:Cr 100',
      '2100:Cr 11.55',
    ]);
  });

  it('copies the tax mode into a credit note of the whole document', async () => {
    const noted = await mutate(
      t,
      org.key,
      'creditNoteCreate',
      'CreditNoteCreateInput',
      `creditNote { ${INVOICE} ${LINES} }`,
      {
        invoiceId: invoice.id,
        issueDate: '2026-03-05',
      },
    );
    expect(noted.errors).toEqual([]);
    const note = noted.creditNote;
    expect(
      note.lines.map((line: any) => [line.priceIncludesTax, line.unitPrice, line.subtotal, line.tax, line.total]),
    ).toEqual([
      [true, '9.99', '23.92', '4.55', '28.47'],
      [false, '50', '100', '7', '107'],
    ]);
    expect(note).toMatchObject({
      kind: 'CUSTOMER_CREDIT_NOTE',
      taxTotal: { amount: '11.55' },
      total: { amount: '135.47' },
      status: 'PAID',
    });
    expect(entryLines(note.journalEntry)).toEqual(['1200:Cr 135.47', '4000:Dr 23.92', '4000:Dr 100', '2100:Dr 11.55']);
    const after = await t.gql(org.key, `query($id: ID!) { invoice(id: $id) { status balanceDue { amount } } }`, {
      id: invoice.id,
    });
    expect(after.data.invoice).toEqual({ status: 'PAID', balanceDue: { amount: '0.00' } });
  });

  it('keeps the mode through a draft update and defaults it to false', async () => {
    const created = await mutate(
      t,
      org.key,
      'customerInvoiceCreate',
      'CustomerInvoiceCreateInput',
      `invoice { id version ${LINES} }`,
      {
        customerId: customer,
        issueDate: '2026-03-10',
        lines: [{ description: 'Gift card', unitPrice: '11.90', taxRate: '19', priceIncludesTax: true }],
      },
    );
    expect(created.errors).toEqual([]);
    // 11.90 x 19 / 119 = 1.90 exactly: net 10.00
    expect(
      created.invoice.lines.map((line: any) => [line.priceIncludesTax, line.subtotal, line.tax, line.total]),
    ).toEqual([[true, '10', '1.9', '11.9']]);
    const updated = await mutate(
      t,
      org.key,
      'customerInvoiceUpdate',
      'CustomerInvoiceUpdateInput',
      `invoice { ${LINES} total { amount } }`,
      {
        id: created.invoice.id,
        expectedVersion: created.invoice.version,
        issueDate: '2026-03-10',
        lines: [{ description: 'Gift card', unitPrice: '11.90', taxRate: '19' }],
      },
    );
    expect(updated.errors).toEqual([]);
    expect(
      updated.invoice.lines.map((line: any) => [line.priceIncludesTax, line.subtotal, line.tax, line.total]),
    ).toEqual([[false, '11.9', '2.26', '14.16']]);
    expect(updated.invoice.total).toEqual({ amount: '14.16' });
  });

  it('reports line problems at the same field paths with the flag set', async () => {
    const result = await t.gql(
      org.key,
      `mutation($input: CustomerInvoiceCreateInput!) { customerInvoiceCreate(input: $input) { invoice { id } ${ERRORS} } }`,
      {
        input: {
          customerId: customer,
          issueDate: '2026-03-11',
          lines: [
            { description: 'Fine', unitPrice: '10', taxRate: '19', priceIncludesTax: true },
            { description: 'Bad', quantity: '0', unitPrice: '10', taxRate: '101', priceIncludesTax: true },
          ],
        },
      },
    );
    expect(result.data.customerInvoiceCreate.invoice).toBeNull();
    expect(result.data.customerInvoiceCreate.errors.map((error: any) => [error.code, error.field.join('.')])).toEqual([
      ['INVALID_AMOUNT', 'input.lines.1.quantity'],
      ['OUT_OF_RANGE', 'input.lines.1.taxRate'],
    ]);
  });

  it('bills a supplier at tax-included prices too', async () => {
    const supplier = await createSupplier(t, org, { name: 'Cash and Carry' });
    const created = await mutate(t, org.key, 'supplierBillCreate', 'SupplierBillCreateInput', `bill { id }`, {
      supplierId: supplier,
      issueDate: '2026-03-12',
      lines: [{ description: 'Coffee', quantity: '4', unitPrice: '5.35', taxRate: '7', priceIncludesTax: true }],
    });
    expect(created.errors).toEqual([]);
    const posted = await mutate(t, org.key, 'supplierBillPost', 'SupplierBillPostInput', `bill { ${INVOICE} }`, {
      id: created.bill.id,
    });
    expect(posted.errors).toEqual([]);
    // 4 x 5.35 = 21.40 total; tax = 21.40 x 7 / 107 = 1.40; net 20.00
    expect(entryLines(posted.bill.journalEntry)).toEqual(['2000:Cr 21.4', '6000:Dr 20', '2100:Dr 1.4']);
  });
});
