// Issue 21 item 6: invoice and bill figures a DECIMAL column cannot hold are refused with OUT_OF_RANGE
// on their field (not a masked "numeric field overflow"); nothing is written.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../support/app.js';
import { createCustomer, createSupplier, mutate, receivablesOrg, type ReceivablesOrg } from './helpers.js';

let t: TestApp;
let org: ReceivablesOrg;
let customer: string;
let supplier: string;

beforeAll(async () => {
  t = await createTestApp();
  org = await receivablesOrg(t, 'Overflow Receivables');
  customer = await createCustomer(t, org);
  supplier = await createSupplier(t, org);
});
afterAll(() => t.close());

async function written() {
  const where = { organizationId: org.org.organizationId };
  const [invoices, lines, audits] = await Promise.all([
    t.db.prisma.invoice.count({ where }),
    t.db.prisma.invoiceLine.count({ where }),
    t.db.prisma.auditLog.count({ where }),
  ]);
  return { invoices, lines, audits };
}

describe('invoices and bills with numbers too large to store', () => {
  it('customerInvoiceCreate refuses a unit price past DECIMAL(20,6) and a line total past DECIMAL(20,4)', async () => {
    const before = await written();
    const refused = await mutate(t, org.key, 'customerInvoiceCreate', 'CustomerInvoiceCreateInput', 'invoice { id }', {
      customerId: customer,
      issueDate: '2026-02-10',
      lines: [
        { description: 'Fine', unitPrice: '10' },
        { description: 'Price', unitPrice: '999999999999999' },
      ],
    });
    expect(refused).toEqual({
      invoice: null,
      errors: [{ code: 'OUT_OF_RANGE', message: expect.any(String), field: ['input', 'lines', '1', 'unitPrice'] }],
    });
    const tooMuch = await mutate(t, org.key, 'customerInvoiceCreate', 'CustomerInvoiceCreateInput', 'invoice { id }', {
      customerId: customer,
      issueDate: '2026-02-10',
      lines: [
        { description: 'Fine', unitPrice: '10' },
        { description: 'Huge', quantity: '999999999999', unitPrice: '99999999999999', taxRate: '20' },
      ],
    });
    expect(tooMuch).toEqual({
      invoice: null,
      errors: [
        {
          code: 'OUT_OF_RANGE',
          message: expect.stringContaining('line 2'),
          field: ['input', 'lines', '1', 'quantity'],
        },
      ],
    });
    expect(await written()).toEqual(before);
  });

  it('supplierBillCreate refuses lines whose sum overflows the document total, on lines', async () => {
    const before = await written();
    const line = { description: 'Big', quantity: '900000000000000', unitPrice: '10' };
    const refused = await mutate(t, org.key, 'supplierBillCreate', 'SupplierBillCreateInput', 'bill { id }', {
      supplierId: supplier,
      issueDate: '2026-02-10',
      lines: [line, line],
    });
    expect(refused).toEqual({
      bill: null,
      errors: [{ code: 'OUT_OF_RANGE', message: expect.stringContaining('document total'), field: ['input', 'lines'] }],
    });
    expect(await written()).toEqual(before);
  });
});
