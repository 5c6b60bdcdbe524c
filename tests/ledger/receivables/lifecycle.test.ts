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

describe('receivables: validation, drafts, voids and allocation rules', () => {
  let t: TestApp;
  let org: ReceivablesOrg;
  let customer: string;
  let supplier: string;

  beforeAll(async () => {
    t = await createTestApp();
    org = await receivablesOrg(t, 'Lifecycle Org');
    customer = await createCustomer(t, org, { name: 'Lifecycle Co' });
    supplier = await createSupplier(t, org, { name: 'Lifecycle Supplies' });
  });
  afterAll(() => t.close());

  it('reports every input problem with its field and writes nothing', async () => {
    const before = await t.gql(org.key, `{ invoices { totalCount } }`);
    const result = await mutate(t, org.key, 'customerInvoiceCreate', 'CustomerInvoiceCreateInput', 'invoice { id }', {
      customerId: customer,
      issueDate: '2026-02-10',
      dueDate: '2026-02-01',
      lines: [
        { description: ' ', unitPrice: '10' },
        { description: 'Bad', quantity: '0', unitPrice: '-1', discountPercent: '101', taxRate: '20.12345' },
        { description: 'Wrong account', unitPrice: '1', accountId: org.account['1000'] },
      ],
    });
    expect(result.invoice).toBeNull();
    expect(result.errors.map((error: any) => [error.code, error.field.join('.')])).toEqual([
      ['INVALID_DUE_DATE', 'input.dueDate'],
      ['REQUIRED', 'input.lines.0.description'],
      ['INVALID_AMOUNT', 'input.lines.1.quantity'],
      ['INVALID_AMOUNT', 'input.lines.1.unitPrice'],
      ['OUT_OF_RANGE', 'input.lines.1.discountPercent'],
      ['INVALID_SCALE', 'input.lines.1.taxRate'],
      ['INVALID_LINE_ACCOUNT', 'input.lines.2.accountId'],
    ]);
    const empty = await mutate(t, org.key, 'customerInvoiceCreate', 'CustomerInvoiceCreateInput', 'invoice { id }', {
      customerId: customer,
      issueDate: '2026-02-10',
      lines: [],
    });
    expect(empty.errors).toEqual([expect.objectContaining({ code: 'EMPTY_DOCUMENT', field: ['input', 'lines'] })]);
    const badCurrency = await mutate(
      t,
      org.key,
      'customerInvoiceCreate',
      'CustomerInvoiceCreateInput',
      'invoice { id }',
      {
        customerId: customer,
        currency: 'ZZZ',
        issueDate: '2026-02-10',
        lines: [{ description: 'x', unitPrice: '1', quantity: '-1' }],
      },
    );
    expect(badCurrency.errors.map((error: any) => [error.code, error.field.join('.')])).toEqual([
      ['INVALID_CURRENCY', 'input.currency'],
      ['INVALID_AMOUNT', 'input.lines.0.quantity'],
    ]);
    const wrongPartner = await mutate(
      t,
      org.key,
      'customerInvoiceCreate',
      'CustomerInvoiceCreateInput',
      'invoice { id }',
      {
        customerId: supplier,
        issueDate: '2026-02-10',
        lines: [{ description: 'x', unitPrice: '1' }],
      },
    );
    expect(wrongPartner.errors).toEqual([
      expect.objectContaining({ code: 'NOT_FOUND', field: ['input', 'customerId'] }),
    ]);
    const after = await t.gql(org.key, `{ invoices { totalCount } }`);
    expect(after.data.invoices.totalCount).toBe(before.data.invoices.totalCount);
  });

  it('edits drafts with expectedVersion, never posted documents', async () => {
    const created = await mutate(
      t,
      org.key,
      'customerInvoiceCreate',
      'CustomerInvoiceCreateInput',
      `invoice { ${INVOICE} }`,
      {
        customerId: customer,
        issueDate: '2026-02-10',
        lines: [{ description: 'Draft line', unitPrice: '10' }],
      },
    );
    const draft = created.invoice;
    expect(draft).toMatchObject({
      status: 'DRAFT',
      number: null,
      journalEntry: null,
      balanceDue: { amount: '10.00' },
      version: 1,
    });
    const updated = await mutate(
      t,
      org.key,
      'customerInvoiceUpdate',
      'CustomerInvoiceUpdateInput',
      `invoice { ${INVOICE} }`,
      {
        id: draft.id,
        expectedVersion: 1,
        issueDate: '2026-02-11',
        lines: [{ description: 'Two', quantity: '3', unitPrice: '3.333', taxRate: '10' }],
      },
    );
    expect(updated.errors).toEqual([]);
    // 3 x 3.333 = 9.999 -> 10.00; tax 1.00.
    expect(updated.invoice).toMatchObject({
      version: 2,
      total: { amount: '11.00' },
      lines: [{ gross: '10', tax: '1', total: '11' }],
    });
    const stale = await mutate(t, org.key, 'customerInvoiceUpdate', 'CustomerInvoiceUpdateInput', 'invoice { id }', {
      id: draft.id,
      expectedVersion: 1,
      issueDate: '2026-02-11',
      lines: [{ description: 'x', unitPrice: '1' }],
    });
    expect(stale.errors).toEqual([expect.objectContaining({ code: 'STALE_VERSION' })]);
    const posted = await mutate(
      t,
      org.key,
      'customerInvoicePost',
      'CustomerInvoicePostInput',
      'invoice { status number }',
      { id: draft.id },
    );
    expect(posted.invoice.status).toBe('POSTED');
    const again = await mutate(t, org.key, 'customerInvoicePost', 'CustomerInvoicePostInput', 'invoice { id }', {
      id: draft.id,
    });
    expect(again.errors).toEqual([expect.objectContaining({ code: 'NOT_DRAFT' })]);
    const edit = await mutate(t, org.key, 'customerInvoiceUpdate', 'CustomerInvoiceUpdateInput', 'invoice { id }', {
      id: draft.id,
      issueDate: '2026-02-11',
      lines: [{ description: 'x', unitPrice: '1' }],
    });
    expect(edit.errors).toEqual([expect.objectContaining({ code: 'NOT_DRAFT' })]);
    // A bill ID is not a customer invoice.
    const bill = await postedBill(t, org, {
      supplierId: supplier,
      issueDate: '2026-02-01',
      lines: [{ description: 'x', unitPrice: '5' }],
    });
    const crossed = await mutate(t, org.key, 'customerInvoiceVoid', 'CustomerInvoiceVoidInput', 'invoice { id }', {
      id: bill.id,
    });
    expect(crossed.errors).toEqual([expect.objectContaining({ code: 'NOT_FOUND', field: ['input', 'id'] })]);
  });

  it('voids by reversing, and refuses while something is allocated', async () => {
    const invoice = await postedInvoice(t, org, {
      customerId: customer,
      issueDate: '2026-03-02',
      lines: [{ description: 'Void me', unitPrice: '40' }],
    });
    const paid = await mutate(t, org.key, 'paymentCreate', 'PaymentCreateInput', `payment { ${PAYMENT} }`, {
      customerId: customer,
      date: '2026-03-03',
      amount: '15',
      method: 'CARD',
      allocations: [{ invoiceId: invoice.id }],
    });
    expect(paid.payment.allocations.map((a: any) => a.amount)).toEqual(['15']);
    const refused = await mutate(t, org.key, 'customerInvoiceVoid', 'CustomerInvoiceVoidInput', 'invoice { id }', {
      id: invoice.id,
    });
    expect(refused.errors).toEqual([expect.objectContaining({ code: 'HAS_ALLOCATIONS' })]);

    const voidedPayment = await mutate(t, org.key, 'paymentVoid', 'PaymentVoidInput', `payment { ${PAYMENT} }`, {
      id: paid.payment.id,
      date: '2026-03-05',
    });
    expect(voidedPayment.errors).toEqual([]);
    expect(voidedPayment.payment).toMatchObject({ status: 'VOID', allocations: [], unallocated: { amount: '0.00' } });
    const reopened = await t.gql(org.key, `query($id: ID!) { invoice(id: $id) { status balanceDue { amount } } }`, {
      id: invoice.id,
    });
    expect(reopened.data.invoice).toEqual({ status: 'POSTED', balanceDue: { amount: '40.00' } });

    const voided = await mutate(
      t,
      org.key,
      'customerInvoiceVoid',
      'CustomerInvoiceVoidInput',
      `invoice { ${INVOICE} voidedAt }`,
      { id: invoice.id, date: '2026-03-06' },
    );
    expect(voided.errors).toEqual([]);
    expect(voided.invoice).toMatchObject({ status: 'VOID', balanceDue: { amount: '0.00' } });
    const reversal = await t.gql(
      org.key,
      `{ journalEntries(where: { reference: { equals: "Reversal of ${invoice.number}" } }) { nodes { date lines { account { code } debit credit } } } }`,
    );
    expect(reversal.data.journalEntries.nodes).toHaveLength(1);
    expect(reversal.data.journalEntries.nodes[0].date).toBe('2026-03-06');
    expect(entryLines(reversal.data.journalEntries.nodes[0])).toEqual(['1200:Cr 40', '4000:Dr 40']);
    const twice = await mutate(t, org.key, 'customerInvoiceVoid', 'CustomerInvoiceVoidInput', 'invoice { id }', {
      id: invoice.id,
    });
    expect(twice.errors).toEqual([expect.objectContaining({ code: 'ALREADY_VOID' })]);
    // As of before the void, the invoice was open; after, it is gone.
    const items = (asOf: string) =>
      t.gql(org.key, `query($c: ID, $a: Date) { openItems(customerId: $c, asOf: $a) { number } }`, {
        c: customer,
        a: asOf,
      });
    expect((await items('2026-03-05')).data.openItems.map((item: any) => item.number)).toContain(invoice.number);
    expect((await items('2026-03-06')).data.openItems.map((item: any) => item.number)).not.toContain(invoice.number);
  });

  it('refuses allocations that do not fit', async () => {
    const other = await createCustomer(t, org, { name: 'Someone Else' });
    const invoice = await postedInvoice(t, org, {
      customerId: customer,
      issueDate: '2026-04-01',
      lines: [{ description: 'x', unitPrice: '100' }],
    });
    const bill = await postedBill(t, org, {
      supplierId: supplier,
      issueDate: '2026-04-01',
      lines: [{ description: 'x', unitPrice: '100' }],
    });
    const cases: [Record<string, unknown>, string][] = [
      [
        { customerId: customer, amount: '50', allocations: [{ invoiceId: invoice.id, amount: '60' }] },
        'OVER_ALLOCATION',
      ],
      [
        { customerId: customer, amount: '500', allocations: [{ invoiceId: invoice.id, amount: '100.01' }] },
        'OVER_ALLOCATION',
      ],
      [{ customerId: other, amount: '10', allocations: [{ invoiceId: invoice.id }] }, 'PARTNER_MISMATCH'],
      [{ customerId: customer, amount: '10', allocations: [{ invoiceId: bill.id }] }, 'WRONG_DOCUMENT_KIND'],
      [{ customerId: customer, amount: '10', allocations: [{ invoiceId: invoice.id, amount: '0' }] }, 'INVALID_AMOUNT'],
      [{ customerId: customer, amount: '10', bankAccountId: org.account['1200'] }, 'INVALID_BANK_ACCOUNT'],
      [{ customerId: customer, supplierId: supplier, amount: '10' }, 'INVALID_INPUT'],
      [{ customerId: customer, amount: '-5' }, 'INVALID_AMOUNT'],
      [{ customerId: customer, amount: '1.001' }, 'INVALID_SCALE'],
    ];
    for (const [input, code] of cases) {
      const result = await mutate(t, org.key, 'paymentCreate', 'PaymentCreateInput', 'payment { id }', {
        date: '2026-04-02',
        method: 'CASH',
        ...input,
      });
      expect(
        result.errors.map((error: any) => error.code),
        code,
      ).toContain(code);
      expect(result.payment).toBeNull();
    }
    const payments = await t.gql(
      org.key,
      `query($c: ID) { payments(where: { customerId: $c, date: { equals: "2026-04-02" } }) { totalCount } }`,
      { c: customer },
    );
    expect(payments.data.payments.totalCount).toBe(0);
  });

  it('keeps an unallocated remainder as a credit and allocates it later', async () => {
    const late = await createCustomer(t, org, { name: 'Prepaying Co' });
    const prepaid = await mutate(t, org.key, 'paymentCreate', 'PaymentCreateInput', `payment { ${PAYMENT} }`, {
      customerId: late,
      date: '2026-05-01',
      amount: '70',
      method: 'BANK_TRANSFER',
    });
    expect(prepaid.payment).toMatchObject({ allocations: [], unallocated: { amount: '70.00' } });
    const first = await postedInvoice(t, org, {
      customerId: late,
      issueDate: '2026-05-02',
      dueDate: '2026-05-20',
      lines: [{ description: 'a', unitPrice: '50' }],
    });
    const second = await postedInvoice(t, org, {
      customerId: late,
      issueDate: '2026-05-03',
      dueDate: '2026-05-10',
      lines: [{ description: 'b', unitPrice: '50' }],
    });
    const allocated = await mutate(
      t,
      org.key,
      'paymentAllocate',
      'PaymentAllocateInput',
      'allocations { amount date invoice { number } }',
      {
        sourceId: prepaid.payment.id,
      },
    );
    expect(allocated.errors).toEqual([]);
    // Oldest due date first: the second invoice (due 10 May) is settled in full, the first gets the rest.
    expect(allocated.allocations).toEqual([
      { amount: '50', date: '2026-05-03', invoice: { number: second.number } },
      { amount: '20', date: '2026-05-02', invoice: { number: first.number } },
    ]);
    const nothingLeft = await mutate(t, org.key, 'paymentAllocate', 'PaymentAllocateInput', 'allocations { amount }', {
      sourceId: prepaid.payment.id,
    });
    expect(nothingLeft.errors).toEqual([expect.objectContaining({ code: 'NOT_OPEN' })]);
  });

  it('credits a bill in full and refuses credit beyond the document', async () => {
    const bill = await postedBill(t, org, {
      supplierId: supplier,
      issueDate: '2026-06-01',
      lines: [{ description: 'Returned goods', quantity: '2', unitPrice: '25', taxRate: '20' }],
    });
    const note = await mutate(t, org.key, 'creditNoteCreate', 'CreditNoteCreateInput', `creditNote { ${INVOICE} }`, {
      invoiceId: bill.id,
      issueDate: '2026-06-02',
    });
    expect(note.errors).toEqual([]);
    expect(note.creditNote).toMatchObject({ kind: 'SUPPLIER_CREDIT_NOTE', status: 'PAID', total: { amount: '60.00' } });
    expect(note.creditNote.number).toMatch(/^PUR\/2026\/\d{5}$/);
    expect(entryLines(note.creditNote.journalEntry)).toEqual(['2000:Dr 60', '6000:Cr 50', '2100:Cr 10']);
    const billNow = await t.gql(
      org.key,
      `query($id: ID!) { invoice(id: $id) { status balanceDue { amount } creditNotes { number } } }`,
      { id: bill.id },
    );
    expect(billNow.data.invoice).toEqual({
      status: 'PAID',
      balanceDue: { amount: '0.00' },
      creditNotes: [{ number: note.creditNote.number }],
    });
    const more = await mutate(t, org.key, 'creditNoteCreate', 'CreditNoteCreateInput', 'creditNote { id }', {
      invoiceId: bill.id,
      issueDate: '2026-06-03',
      lines: [{ description: 'More', unitPrice: '1' }],
    });
    expect(more.errors).toEqual([expect.objectContaining({ code: 'CREDIT_EXCEEDS_DOCUMENT' })]);
    const applied = await mutate(t, org.key, 'creditNoteVoid', 'CreditNoteVoidInput', 'creditNote { id }', {
      id: note.creditNote.id,
    });
    expect(applied.errors).toEqual([expect.objectContaining({ code: 'HAS_ALLOCATIONS' })]);
  });

  it('replays a create with the same idempotency key', async () => {
    const input = {
      customerId: customer,
      date: '2026-07-01',
      amount: '1.00',
      method: 'CASH',
      autoAllocate: false,
      idempotencyKey: 'pay-once-1',
    };
    const first = await mutate(t, org.key, 'paymentCreate', 'PaymentCreateInput', 'payment { id number }', input);
    const second = await mutate(t, org.key, 'paymentCreate', 'PaymentCreateInput', 'payment { id number }', input);
    expect(second.payment).toEqual(first.payment);
    const conflict = await mutate(t, org.key, 'paymentCreate', 'PaymentCreateInput', 'payment { id }', {
      ...input,
      amount: '2.00',
    });
    expect(conflict.errors).toEqual([expect.objectContaining({ code: 'IDEMPOTENCY_CONFLICT' })]);
  });
});
