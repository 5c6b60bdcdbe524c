// The runner's safety net through HTTP: a return whose stock would take on hand past DECIMAL(20,4) is
// not checked before its bulk level update (returns are bounded by what was issued, so only a level
// already near the limit gets there); PostgreSQL's "numeric field overflow" (22003) then comes back as
// the payload error OUT_OF_RANGE instead of a masked internal error, and the whole receipt rolls back.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../support/app.js';
import { confirmedOrder, receive, returnOk, rowId, shipLines, shipOrg, type ShipOrg } from './helpers.js';

let t: TestApp;
let o: ShipOrg;

beforeAll(async () => {
  t = await createTestApp();
  o = await shipOrg(t, 'Return Overflow');
});
afterAll(() => t.close());

async function snapshot(returnId: string) {
  const where = { organizationId: o.org.organizationId };
  const [levels, moves, entries, notes, salesReturn] = await Promise.all([
    t.db.prisma.stockLevel.findMany({ where: { ...where, productId: rowId(o.widget) }, select: { onHand: true } }),
    t.db.prisma.stockMove.count({ where }),
    t.db.prisma.journalEntry.count({ where }),
    t.db.prisma.invoice.count({ where }),
    t.db.prisma.salesReturn.findUniqueOrThrow({
      where: { id: rowId(returnId) },
      select: { status: true, version: true },
    }),
  ]);
  return { levels: levels.map((level) => level.onHand.toFixed()), moves, entries, notes, salesReturn };
}

describe('returnReceive into a level its column cannot hold', () => {
  it('answers OUT_OF_RANGE as a payload error and writes nothing', async () => {
    const order = await confirmedOrder(t, o, [{ productId: o.widget, quantity: '2' }]);
    await shipLines(t, o, order.id);
    const draft = await returnOk(t, o.sales, { salesOrderId: order.id, lines: [{ lineNo: 1, quantity: '1' }] });
    await t.db.prisma.stockLevel.updateMany({
      where: { organizationId: o.org.organizationId, productId: rowId(o.widget), locationId: rowId(o.location) },
      data: { onHand: '9999999999999999.5' },
    });
    const before = await snapshot(draft.id);
    const res = await t.gql(
      o.warehouse,
      `mutation($input: SalesReturnStateInput!) { returnReceive(input: $input) { salesReturn { id } errors { code message field } } }`,
      { input: { id: draft.id } },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data.returnReceive).toEqual({
      salesReturn: null,
      errors: [{ code: 'OUT_OF_RANGE', message: 'A number is too large to store', field: null }],
    });
    expect(await snapshot(draft.id)).toEqual(before);
    expect(before.salesReturn.status).toBe('DRAFT');
    // With room on the level the same receipt goes through.
    await t.db.prisma.stockLevel.updateMany({
      where: { organizationId: o.org.organizationId, productId: rowId(o.widget), locationId: rowId(o.location) },
      data: { onHand: '8' },
    });
    expect((await receive(t, o.warehouse, { id: draft.id })).errors).toEqual([]);
  });
});
