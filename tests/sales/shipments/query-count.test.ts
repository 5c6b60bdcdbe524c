// salesOrder { shipments { lines { product stockMove { value } } } } costs the same number of SQL
// statements with 2 lines as with 20.
import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../support/app.js';
import { confirmedOrder, ship, shipOrg, shipmentOk } from './helpers.js';

const NESTED = `query Q($id: ID!) {
  salesOrder(id: $id) {
    number status
    lines { lineNo quantityShipped }
    shipments {
      number status costOfGoods { amount currency } location { code }
      lines { quantity orderLine { lineNo } product { sku name } stockMove { value unitCost toLocation { type } } }
    }
  }
}`;

describe('shipment query cost', () => {
  it('is constant in the number of lines', async () => {
    const t = await createTestApp();
    const shippedOrder = async (lineCount: number) => {
      const o = await shipOrg(t, `Shipment Count ${lineCount}`, { widgets: ['50', '50'], gadgets: '50' });
      const lines = Array.from({ length: lineCount }, (_, i) => ({
        productId: i % 2 ? o.gadget : o.widget,
        quantity: '2',
      }));
      const order = await confirmedOrder(t, o, lines);
      // Two shipments: one shipped (with moves), one draft (without).
      const half = Array.from({ length: lineCount }, (_, i) => ({ lineNo: i + 1, quantity: '1' }));
      const first = await shipmentOk(t, o.warehouse, { salesOrderId: order.id, lines: half });
      expect((await ship(t, o.warehouse, { id: first.id })).errors).toEqual([]);
      await shipmentOk(t, o.warehouse, { salesOrderId: order.id });
      return { key: o.sales, id: order.id };
    };
    const small = await shippedOrder(2);
    const large = await shippedOrder(20);
    const run = async ({ key, id }: { key: string; id: string }, lines: number) => {
      let body: any;
      const statements = await t.countStatements(async () => {
        body = await t.gql(key, NESTED, { id });
      });
      expect(body.errors).toBeUndefined();
      const [shipped, draft] = body.data.salesOrder.shipments;
      expect([shipped.status, draft.status]).toEqual(['SHIPPED', 'DRAFT']);
      expect(shipped.lines).toHaveLength(lines);
      expect(shipped.lines.every((l: any) => l.stockMove.toLocation.type === 'CUSTOMER')).toBe(true);
      expect(draft.lines.every((l: any) => l.stockMove === null)).toBe(true);
      return statements;
    };
    await run(small, 2);
    const statements = await run(small, 2);
    expect(await run(large, 20)).toBe(statements);
  });
});
