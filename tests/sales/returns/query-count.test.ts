// salesReturns { lines { product stockMove } creditNotes } costs the same number of SQL statements with
// 2 lines as with 20.
import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../support/app.js';
import { confirmedOrder, invoiceOk, receiveOk, returnOk, shipLines, shipOrg } from './helpers.js';

const LIST = `query Q($order: ID!) {
  salesReturns(first: 10, where: { salesOrderId: $order }) {
    totalCount
    nodes {
      number status reason returnDate value { amount currency } location { code } salesOrder { number status }
      lines { lineNo quantity quantityCredited value { amount } orderLine { lineNo quantityReturned } product { sku name } stockMove { value unitCost fromLocation { type } } }
      creditNotes { number total { amount } creditedInvoice { number } }
    }
  }
}`;

describe('sales return query cost', () => {
  it('is constant in the number of lines', async () => {
    const t = await createTestApp();
    const returned = async (lineCount: number) => {
      const o = await shipOrg(t, `Return Count ${lineCount}`, { widgets: ['50', '50'], gadgets: '50' });
      const lines = Array.from({ length: lineCount }, (_, i) => ({
        productId: i % 2 ? o.gadget : o.widget,
        quantity: '2',
      }));
      const order = await confirmedOrder(t, o, lines);
      await shipLines(t, o, order.id);
      await invoiceOk(t, o.accounting, { salesOrderId: order.id });
      // Two returns: one received (moves, credit note), one draft (neither).
      const one = Array.from({ length: lineCount }, (_, i) => ({ lineNo: i + 1, quantity: '1' }));
      const first = await returnOk(t, o.sales, { salesOrderId: order.id, lines: one });
      await receiveOk(t, o.warehouse, { id: first.id });
      await returnOk(t, o.sales, { salesOrderId: order.id, lines: one });
      return { key: o.key, order: order.id };
    };
    const small = await returned(2);
    const large = await returned(20);
    const run = async ({ key, order }: { key: string; order: string }, lines: number) => {
      let body: any;
      const statements = await t.countStatements(async () => {
        body = await t.gql(key, LIST, { order });
      });
      expect(body.errors).toBeUndefined();
      const [draft, received] = body.data.salesReturns.nodes;
      expect([draft.status, received.status]).toEqual(['DRAFT', 'RECEIVED']);
      expect(received.lines).toHaveLength(lines);
      expect(
        received.lines.every((l: any) => l.stockMove.fromLocation.type === 'CUSTOMER' && l.quantityCredited === '1'),
      ).toBe(true);
      expect(received.creditNotes).toHaveLength(1);
      expect(draft.lines.every((l: any) => l.stockMove === null)).toBe(true);
      return statements;
    };
    await run(small, 2);
    const statements = await run(small, 2);
    expect(await run(large, 20)).toBe(statements);
  });
});
