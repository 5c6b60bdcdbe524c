import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../support/app.js';
import { createProduct } from '../../inventory/helpers.js';
import { createCustomer, mutate, receivablesOrg, type ReceivablesOrg } from './helpers.js';

describe('receivables: lines for products', () => {
  let t: TestApp;
  let org: ReceivablesOrg;

  beforeAll(async () => {
    t = await createTestApp();
    org = await receivablesOrg(t, 'Invoice Products Org');
  });
  afterAll(() => t.close());

  it('names the product on a line, taking its name as the description when none is given', async () => {
    const warehouse = await org.org.key('WAREHOUSE', 'ACCOUNTING', 'SALES');
    const product = await createProduct(t, warehouse, { sku: 'LAMP-1', name: 'Desk lamp', unitOfMeasure: 'pc' });
    const customer = await createCustomer(t, org, { name: 'Lamp Buyer' });
    const created = await mutate(
      t,
      warehouse,
      'customerInvoiceCreate',
      'CustomerInvoiceCreateInput',
      'invoice { id lines { description product { sku } total } }',
      {
        customerId: customer,
        issueDate: '2026-04-01',
        lines: [
          { productId: product.id, quantity: '2', unitPrice: '39.90' },
          { description: 'Delivery', unitPrice: '5' },
        ],
      },
    );
    expect(created.errors).toEqual([]);
    expect(created.invoice.lines).toEqual([
      { description: 'Desk lamp', product: { sku: 'LAMP-1' }, total: '79.8' },
      { description: 'Delivery', product: null, total: '5' },
    ]);
    // An accountant alone reads the product of a line, too.
    const read = await t.gql(
      org.accountant,
      `query($id: ID!) { invoice(id: $id) { lines { product { sku name } } } }`,
      { id: created.invoice.id },
    );
    expect(read.errors).toBeUndefined();
    expect(read.data.invoice.lines[0].product).toEqual({ sku: 'LAMP-1', name: 'Desk lamp' });
    const unknown = await mutate(
      t,
      warehouse,
      'customerInvoiceCreate',
      'CustomerInvoiceCreateInput',
      'invoice { id }',
      {
        customerId: customer,
        issueDate: '2026-04-01',
        lines: [{ productId: customer, unitPrice: '1' }],
      },
    );
    expect(unknown.errors).toEqual([
      expect.objectContaining({ code: 'NOT_FOUND', field: ['input', 'lines', '0', 'productId'] }),
    ]);
  });
});
