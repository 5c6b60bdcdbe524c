// salesOrder { customer lines { product availableStock reservations } approvalRequest { history } } costs the
// same number of SQL statements with 2 lines as with 20.
import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../support/app.js';
import { MANAGER_STEP, confirm, orderOk, orderOrg, policy } from './helpers.js';

const NESTED = `query Q($id: ID!) {
  salesOrder(id: $id) {
    number status total { amount }
    customer { code name }
    lines { lineNo total quantityReserved availableStock product { sku name } taxRate { code }
      reservations { quantity demand { type id line } location { code } product { sku } } }
    approvalRequest { status history { action comment actor { name } } }
    createdBy { name }
  }
}`;

describe('sales order query cost', () => {
  it('is constant in the number of lines', async () => {
    const t = await createTestApp();
    const pendingOrder = async (lineCount: number) => {
      const o = await orderOrg(t, `Order Count ${lineCount}`);
      await policy(t, o, [
        {
          name: 'Any discount',
          conditions: [{ fact: 'MAX_DISCOUNT_PERCENT', operator: 'GT', values: ['0'] }],
          steps: MANAGER_STEP,
        },
      ]);
      const lines = Array.from({ length: lineCount }, (_, i) => ({
        productId: i % 2 ? o.gadget : o.widget,
        quantity: '1',
        discountPercent: '5',
      }));
      const order = await orderOk(t, o.sales, { customerId: o.acme, locationId: o.location, lines });
      const pending = await confirm(t, o.seller.key, { id: order.id });
      expect(pending.salesOrder.status).toBe('PENDING_APPROVAL');
      // The approver reads it: the approval's read rule asks the database for approvers (once per level).
      // Its first request records the key's use; that statement is not the query's.
      await t.gql(o.manager.key, '{ viewer { name } }');
      return { key: o.manager.key, id: order.id };
    };
    const small = await pendingOrder(2);
    const large = await pendingOrder(20);
    const run = async ({ key, id }: { key: string; id: string }, lines: number) => {
      let body: any;
      const statements = await t.countStatements(async () => {
        body = await t.gql(key, NESTED, { id });
      });
      expect(body.errors).toBeUndefined();
      expect(body.data.salesOrder.lines).toHaveLength(lines);
      expect(
        body.data.salesOrder.lines.every((l: any) => l.reservations.length === 1 && l.availableStock !== null),
      ).toBe(true);
      expect(body.data.salesOrder.approvalRequest.history.map((h: any) => h.action)).toEqual(['SUBMITTED']);
      return statements;
    };
    await run(small, 2);
    const statements = await run(small, 2);
    expect(await run(large, 20)).toBe(statements);
  });
});
