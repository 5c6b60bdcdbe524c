// Issue 21 item 6: numbers a DECIMAL column cannot hold are refused with OUT_OF_RANGE on their field,
// before the database fails the statement with "numeric field overflow"; nothing is written.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../support/app.js';
import { createOrder, orderOk, orderOrg, type OrderOrg } from './helpers.js';

let t: TestApp;
let o: OrderOrg;

beforeAll(async () => {
  t = await createTestApp();
  o = await orderOrg(t, 'Overflow Sales', {});
});
afterAll(() => t.close());

async function written() {
  const where = { organizationId: o.org.organizationId };
  const [orders, lines, audits] = await Promise.all([
    t.db.prisma.salesOrder.count({ where }),
    t.db.prisma.salesOrderLine.count({ where }),
    t.db.prisma.auditLog.count({ where: { ...where, action: { startsWith: 'salesOrder' } } }),
  ]);
  return { orders, lines, audits };
}

describe('salesOrderCreate with numbers too large to store', () => {
  it('refuses a unit price past DECIMAL(20,6) on lines.N.unitPrice', async () => {
    const before = await written();
    const result = await createOrder(t, o.sales, {
      customerId: o.acme,
      lines: [
        { productId: o.widget, quantity: '1' },
        { productId: o.gadget, quantity: '1', unitPrice: '999999999999999' },
      ],
    });
    expect(result.salesOrder).toBeNull();
    expect(result.errors).toEqual([
      {
        code: 'OUT_OF_RANGE',
        message: expect.stringContaining('too large'),
        field: ['input', 'lines', '1', 'unitPrice'],
      },
    ]);
    expect(await written()).toEqual(before);
  });

  it('refuses a line whose quantity x unit price overflows its DECIMAL(20,4) total, on lines.N.quantity', async () => {
    const before = await written();
    // Each figure fits its own column; the product (with 19 % tax) does not.
    const result = await createOrder(t, o.sales, {
      customerId: o.acme,
      lines: [{ productId: o.widget, quantity: '999999999999', unitPrice: '99999999999999' }],
    });
    expect(result.salesOrder).toBeNull();
    expect(result.errors).toEqual([
      { code: 'OUT_OF_RANGE', message: expect.stringContaining('line 1'), field: ['input', 'lines', '0', 'quantity'] },
    ]);
    expect(await written()).toEqual(before);
  });

  it('refuses lines that each fit but whose sum overflows the document total, on lines', async () => {
    const before = await written();
    // 6 x 10^15 + 19 % tax per line fits; two of them do not.
    const line = { productId: o.service, quantity: '600000000000000', unitPrice: '10' };
    const result = await createOrder(t, o.sales, { customerId: o.acme, lines: [line, line] });
    expect(result.salesOrder).toBeNull();
    expect(result.errors).toEqual([
      { code: 'OUT_OF_RANGE', message: expect.stringContaining('document total'), field: ['input', 'lines'] },
    ]);
    expect(await written()).toEqual(before);
  });

  it('still takes the largest figures that fit', async () => {
    const order = await orderOk(t, o.sales, {
      customerId: o.acme,
      lines: [{ productId: o.service, quantity: '600000000000000', unitPrice: '10' }],
    });
    expect(order.total.amount).toBe('7140000000000000.00');
    expect(order.lines[0].unitPrice).toBe('10');
  });
});
