import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';
import { topLevelCode } from './support.js';
import { billingOrg, ERRORS, mutate, receive, sentOrder, type BillingOrg } from './billing-helpers.js';

const BILL =
  'id kind status reference supplier { id } total { amount } balanceDue { amount } lines { lineNo quantity unitPrice total product { sku } }';
const BILL_FROM_ORDER = `mutation($input: SupplierBillFromPurchaseOrderInput!) {
  supplierBillFromPurchaseOrder(input: $input) { billId bill { ${BILL} } ${ERRORS} }
}`;
const NODE = `query($id: ID!) { node(id: $id) { __typename ... on Invoice { ${BILL} } } }`;

/* A PURCHASING key may read the supplier bills it may create, but no other ledger document or ledger data. */
describe('purchasing: who reads supplier bills', () => {
  let t: TestApp;
  let org: BillingOrg;
  let buyer: string;
  let accountant: string;
  let orderId: string;
  let billId: string;
  let customerInvoiceId: string;
  let creditNoteId: string;

  beforeAll(async () => {
    t = await createTestApp();
    org = await billingOrg(t, 'Bill Access Org', { '2026-03-01': '0.90' }, { A: 'STOCKED' });
    buyer = await org.org.key('PURCHASING');
    accountant = await org.org.key('ACCOUNTING');
    orderId = await sentOrder(t, org, [{ productId: org.products.A, quantity: '2', unitPrice: '10', taxRate: '0' }]);
    await receive(t, org, orderId, '2026-03-05', [{ lineNo: 1, quantity: '2' }]);

    const seller = await org.org.key('SALES', 'ACCOUNTING');
    const customer = await mutate(t, seller, 'customerCreate', 'CustomerCreateInput', 'customer { id }', {
      name: 'Acme',
      kind: 'COMPANY',
    });
    const invoice = await mutate(t, seller, 'customerInvoiceCreate', 'CustomerInvoiceCreateInput', 'invoice { id }', {
      customerId: customer.customer.id,
      issueDate: '2026-03-10',
      lines: [{ description: 'Consulting', unitPrice: '100' }],
    });
    expect(invoice.errors).toEqual([]);
    customerInvoiceId = invoice.invoice.id;
    expect(
      (
        await mutate(t, seller, 'customerInvoicePost', 'CustomerInvoicePostInput', 'invoice { id }', {
          id: customerInvoiceId,
        })
      ).errors,
    ).toEqual([]);
  });
  afterAll(() => t.close());

  it('lets a PURCHASING-only key read the bill it creates, in the payload and by node(id:) and invoice(id:)', async () => {
    const result = await t.gql(buyer, BILL_FROM_ORDER, {
      input: {
        purchaseOrderId: orderId,
        billDate: '2026-03-20',
        supplierReference: 'INV-77',
        idempotencyKey: 'buyer-bill',
      },
    });
    expect(result.errors).toBeUndefined();
    const payload = result.data.supplierBillFromPurchaseOrder;
    expect(payload.errors).toEqual([]);
    billId = payload.billId;
    const expected = {
      id: billId,
      kind: 'SUPPLIER_BILL',
      status: 'POSTED',
      reference: 'INV-77',
      supplier: { id: org.supplierId },
      total: { amount: '20.00' },
      balanceDue: { amount: '20.00' },
      lines: [{ lineNo: 1, quantity: '2', unitPrice: '10', total: '20', product: { sku: 'A' } }],
    };
    expect(payload.bill).toEqual(expected);

    const node = await t.gql(buyer, NODE, { id: billId });
    expect(node.errors).toBeUndefined();
    expect(node.data.node).toEqual({ __typename: 'Invoice', ...expected });
    const nodes = await t.gql(buyer, `query($ids: [ID!]!) { nodes(ids: $ids) { id } }`, { ids: [billId] });
    expect(nodes.errors).toBeUndefined();
    expect(nodes.data.nodes).toEqual([{ id: billId }]);
    const byId = await t.gql(buyer, `query($id: ID!) { invoice(id: $id) { id kind } }`, { id: billId });
    expect(byId.errors).toBeUndefined();
    expect(byId.data.invoice).toEqual({ id: billId, kind: 'SUPPLIER_BILL' });
    const fromOrder = await t.gql(
      buyer,
      `query($id: ID!) { purchaseOrder(id: $id) { bills { id } lines { bills { id } } } }`,
      { id: orderId },
    );
    expect(fromOrder.errors).toBeUndefined();
    expect(fromOrder.data.purchaseOrder).toEqual({ bills: [{ id: billId }], lines: [{ bills: [{ id: billId }] }] });
  });

  it('keeps customer invoices, credit notes and ledger data from a PURCHASING-only key', async () => {
    const credit = await mutate(t, accountant, 'creditNoteCreate', 'CreditNoteCreateInput', 'creditNote { id }', {
      invoiceId: billId,
      issueDate: '2026-03-21',
      lines: [{ description: 'Damaged', unitPrice: '1' }],
    });
    expect(credit.errors).toEqual([]);
    creditNoteId = credit.creditNote.id;
    for (const id of [customerInvoiceId, creditNoteId]) {
      const node = await t.gql(buyer, NODE, { id });
      expect(topLevelCode(node)).toBe('FORBIDDEN');
      expect(node.data.node).toBeNull();
      const byId = await t.gql(buyer, `query($id: ID!) { invoice(id: $id) { id } }`, { id });
      expect(topLevelCode(byId)).toBe('FORBIDDEN');
      expect(byId.data?.invoice ?? null).toBeNull();
    }
    const nodes = await t.gql(buyer, `query($ids: [ID!]!) { nodes(ids: $ids) { id } }`, {
      ids: [billId, customerInvoiceId],
    });
    expect(topLevelCode(nodes)).toBe('FORBIDDEN');
    expect(nodes.data.nodes).toEqual([{ id: billId }, null]);
    for (const query of [
      `{ invoices { totalCount } }`,
      `{ payments { totalCount } }`,
      `query($id: ID!) { supplier(id: $id) { bills { totalCount } } }`,
      `query($id: ID!) { node(id: $id) { ... on Invoice { journalEntry { number } } } }`,
      `query($id: ID!) { node(id: $id) { ... on Invoice { lines { account { code } } } } }`,
      `query($id: ID!) { node(id: $id) { ... on Invoice { allocations { amount } } } }`,
      `query($id: ID!) { node(id: $id) { ... on Invoice { creditNotes { id } } } }`,
    ]) {
      const result = await t.gql(buyer, query, { id: query.includes('supplier(') ? org.supplierId : billId });
      expect(topLevelCode(result), query).toBe('FORBIDDEN');
    }
  });

  it('lets ACCOUNTING read bills, credit notes and customer invoices alike', async () => {
    const result = await t.gql(
      accountant,
      `query($ids: [ID!]!) { nodes(ids: $ids) { ... on Invoice { kind journalEntry { number } lines { account { code } } } } }`,
      {
        ids: [billId, creditNoteId, customerInvoiceId],
      },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data.nodes.map((node: { kind: string }) => node.kind)).toEqual([
      'SUPPLIER_BILL',
      'SUPPLIER_CREDIT_NOTE',
      'CUSTOMER_INVOICE',
    ]);
  });

  it('still refuses bills to WAREHOUSE, which reads purchase orders', async () => {
    const warehouse = await org.org.key('WAREHOUSE');
    expect(topLevelCode(await t.gql(warehouse, NODE, { id: billId }))).toBe('FORBIDDEN');
    expect(
      topLevelCode(
        await t.gql(warehouse, `query($id: ID!) { purchaseOrder(id: $id) { bills { id } } }`, { id: orderId }),
      ),
    ).toBe('FORBIDDEN');
  });
});
