// salesOrder { invoices { balanceDue lines { product } } } costs the same number of SQL statements with
// 2 lines as with 20.
import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../support/app.js';
import { confirmedOrder, invoiceOk, invoicingOrg } from './helpers.js';

const NESTED = `query Q($id: ID!) {
  salesOrder(id: $id) {
    number status invoiceStatus
    invoicedAmount { amount } paidAmount { amount }
    lines { lineNo quantityInvoiced quantityToInvoice }
    invoices {
      number status total { amount } balanceDue { amount currency }
      salesOrder { number }
      lines { quantity priceIncludesTax product { sku name } }
    }
  }
}`;

describe('sales order invoices query cost', () => {
  it('is constant in the number of lines', async () => {
    const t = await createTestApp();
    const invoicedOrder = async (lineCount: number) => {
      const o = await invoicingOrg(t, `Invoice Count ${lineCount}`);
      const lines = Array.from({ length: lineCount }, (_, i) => ({
        productId: i % 2 ? o.gadget : o.service,
        quantity: '2',
      }));
      const order = await confirmedOrder(t, o, lines);
      // Two invoices: one for one of each line, one for the rest.
      await invoiceOk(t, o.accounting, {
        salesOrderId: order.id,
        lines: lines.map((_, i) => ({ lineNo: i + 1, quantity: '1' })),
      });
      await invoiceOk(t, o.accounting, { salesOrderId: order.id });
      return { key: o.accounting, id: order.id };
    };
    const small = await invoicedOrder(2);
    const large = await invoicedOrder(20);
    const run = async ({ key, id }: { key: string; id: string }, lines: number) => {
      let body: any;
      const statements = await t.countStatements(async () => {
        body = await t.gql(key, NESTED, { id });
      });
      expect(body.errors).toBeUndefined();
      const order = body.data.salesOrder;
      expect(order.invoiceStatus).toBe('INVOICED');
      expect(order.invoices).toHaveLength(2);
      expect(order.invoices.every((i: any) => i.lines.length === lines && i.salesOrder.number === order.number)).toBe(
        true,
      );
      return statements;
    };
    await run(small, 2);
    const statements = await run(small, 2);
    expect(await run(large, 20)).toBe(statements);
  });
});
