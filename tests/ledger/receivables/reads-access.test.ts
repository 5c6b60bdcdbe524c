import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../support/app.js';
import { createCustomer, mutate, postedInvoice, receivablesOrg, type ReceivablesOrg } from './helpers.js';

const NESTED = `query($first: Int) {
  invoices(first: $first, orderBy: [{ field: NUMBER }]) {
    totalCount
    nodes {
      number status total { amount } balanceDue { amount } customer { name }
      lines { description account { code } }
      allocations { amount payment { number method bankAccount { code } } creditNote { number } }
      journalEntry { number lines { debit account { code } } }
    }
  }
}`;

/** An organization with `count` invoices, each with two lines, a partial payment and a credit note. */
async function orgWithInvoices(t: TestApp, count: number): Promise<ReceivablesOrg> {
  const org = await receivablesOrg(t, `Receivables ${count} Org`);
  const customer = await createCustomer(t, org, { name: `Customer of ${count}` });
  for (let index = 0; index < count; index += 1) {
    const invoice = await postedInvoice(t, org, {
      customerId: customer,
      issueDate: '2026-02-10',
      lines: [
        { description: 'a', unitPrice: '10', taxRate: '10' },
        { description: 'b', unitPrice: '5' },
      ],
    });
    const paid = await mutate(t, org.key, 'paymentCreate', 'PaymentCreateInput', 'payment { id }', {
      customerId: customer,
      date: '2026-02-11',
      amount: '3',
      method: 'CASH',
      allocations: [{ invoiceId: invoice.id }],
    });
    expect(paid.errors).toEqual([]);
    const note = await mutate(t, org.key, 'creditNoteCreate', 'CreditNoteCreateInput', 'creditNote { id }', {
      invoiceId: invoice.id,
      issueDate: '2026-02-12',
      lines: [{ description: 'c', unitPrice: '1' }],
    });
    expect(note.errors).toEqual([]);
  }
  return org;
}

describe('receivables API: nested reads, roles and tenancy', () => {
  let t: TestApp;
  let small: ReceivablesOrg;
  let large: ReceivablesOrg;

  beforeAll(async () => {
    t = await createTestApp();
    small = await orgWithInvoices(t, 2);
    large = await orgWithInvoices(t, 12);
  });
  afterAll(() => t.close());

  it('reads documents with lines, allocations, payments and entries in as many statements for 24 documents as for 4', async () => {
    const run = async (org: ReceivablesOrg, first: number) => {
      let body: { data: any; errors?: unknown } | undefined;
      const statements = await t.countStatements(async () => {
        body = await t.gql(org.key, NESTED, { first });
      });
      expect(body?.errors).toBeUndefined();
      expect(body?.data.invoices.nodes).toHaveLength(first);
      const invoice = body?.data.invoices.nodes.find((node: any) => node.allocations.length === 2);
      expect(invoice).toMatchObject({
        status: 'PARTIALLY_PAID',
        total: { amount: '16.00' },
        balanceDue: { amount: '12.00' },
        allocations: [
          { amount: '3', payment: { method: 'CASH', bankAccount: { code: '1000' } } },
          { amount: '1', creditNote: {} },
        ],
      });
      return statements;
    };
    await run(small, 4);
    await run(large, 24);
    expect(await run(large, 24)).toBe(await run(small, 4));
  });

  it("reads a customer's documents and payments from the customer, in constant statements", async () => {
    const query = `{ customers(first: 5) { nodes { name
      invoices(first: 30) { totalCount nodes { number kind balanceDue { amount } lines { description } } }
      payments(first: 30) { totalCount nodes { number amount { amount } allocations { amount } } } } } }`;
    const run = async (org: ReceivablesOrg) => {
      let body: { data: any; errors?: unknown } | undefined;
      const statements = await t.countStatements(async () => {
        body = await t.gql(org.key, query);
      });
      expect(body?.errors).toBeUndefined();
      return { statements, customer: body?.data.customers.nodes[0] };
    };
    await run(small);
    const few = await run(small);
    const many = await run(large);
    expect(few.customer.invoices.totalCount).toBe(4);
    expect(many.customer.invoices.totalCount).toBe(24);
    expect(many.customer.payments.totalCount).toBe(12);
    expect(many.customer.invoices.nodes.filter((node: any) => node.kind === 'CUSTOMER_CREDIT_NOTE')).toHaveLength(12);
    expect(many.statements).toBe(few.statements);
    const sales = await small.org.key('SALES');
    const denied = await t.gql(sales, `{ customers(first: 1) { nodes { name invoices { totalCount } } } }`);
    expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('names the customers of aged receivables in as many statements for four customers as for one', async () => {
    const orgWithCustomers = async (count: number) => {
      const org = await receivablesOrg(t, `Aging ${count} Org`);
      for (let index = 0; index < count; index += 1) {
        const customerId = await createCustomer(t, org, { name: `Aged ${index}` });
        await postedInvoice(t, org, {
          customerId,
          issueDate: '2026-02-10',
          lines: [{ description: 'a', unitPrice: '10' }],
        });
      }
      return org;
    };
    const run = async (org: ReceivablesOrg) => {
      let body: { data: any; errors?: unknown } | undefined;
      const statements = await t.countStatements(async () => {
        body = await t.gql(org.key, `{ agedReceivables(asOf: "2026-12-31") { rows { partnerCode partnerName } } }`);
      });
      expect(body?.errors).toBeUndefined();
      return { statements, names: body?.data.agedReceivables.rows.map((row: any) => row.partnerName) };
    };
    const one = await orgWithCustomers(1);
    const four = await orgWithCustomers(4);
    await run(one);
    const few = await run(one);
    const many = await run(four);
    expect(few.names).toEqual(['Aged 0']);
    expect(many.names).toEqual(['Aged 0', 'Aged 1', 'Aged 2', 'Aged 3']);
    expect(many.statements).toBe(few.statements);
  });

  it('needs ACCOUNTING to read or write, and shows nothing of other organizations', async () => {
    const sales = await small.org.key('SALES');
    const denied = await t.gql(sales, `{ invoices { totalCount } }`);
    expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const write = await t.gql(
      sales,
      `mutation { paymentCreate(input: { date: "2026-02-01", amount: "1", method: CASH }) { errors { code } } }`,
    );
    expect(write.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const aging = await t.gql(sales, `{ agedReceivables { currency } }`);
    expect(aging.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const theirs = await t.gql(
      large.key,
      `{ invoices(first: 1) { nodes { id customer { id } } } payments(first: 1) { nodes { id } } }`,
    );
    const invoiceId = theirs.data.invoices.nodes[0].id;
    const mine = await t.gql(
      small.key,
      `query($i: ID!, $p: ID!) { invoice(id: $i) { id } payment(id: $p) { id } node(id: $i) { id } }`,
      {
        i: invoiceId,
        p: theirs.data.payments.nodes[0].id,
      },
    );
    expect(mine.data).toEqual({ invoice: null, payment: null, node: null });
    const voided = await mutate(t, small.key, 'customerInvoiceVoid', 'CustomerInvoiceVoidInput', 'invoice { id }', {
      id: invoiceId,
    });
    expect(voided.errors).toEqual([expect.objectContaining({ code: 'NOT_FOUND' })]);
    const pay = await mutate(t, small.key, 'paymentCreate', 'PaymentCreateInput', 'payment { id }', {
      customerId: theirs.data.invoices.nodes[0].customer.id,
      date: '2026-02-01',
      amount: '1',
      method: 'CASH',
    });
    expect(pay.errors).toEqual([expect.objectContaining({ code: 'NOT_FOUND', field: ['input', 'customerId'] })]);
    const aged = await t.gql(small.key, `{ agedReceivables(asOf: "2026-12-31") { rows { partnerName } } }`);
    expect(aged.data.agedReceivables.rows).toEqual([{ partnerName: 'Customer of 2' }]);
  });

  it('refuses a customer with documents from being deleted', async () => {
    const customers = await t.gql(small.key, `{ invoices(first: 1) { nodes { customer { id version } } } }`);
    const customer = customers.data.invoices.nodes[0].customer;
    const result = await t.gql(
      small.key,
      `mutation($input: CustomerStateInput!) { customerDelete(input: $input) { errors { code } } }`,
      {
        input: { id: customer.id },
      },
    );
    expect(result.data.customerDelete.errors).toEqual([{ code: 'CUSTOMER_IN_USE' }]);
  });
});
