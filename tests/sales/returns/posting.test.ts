// A return's stock value posts as one journal entry for the return (Dr Inventory / Cr COGS, a line
// pair per product), every receipt move of the return naming it; a refused posting writes nothing.
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../support/app.js';
import {
  confirmedOrder,
  entry,
  ledgerBooks,
  readOrder,
  receive,
  returnOk,
  rowId,
  shipLines,
  shipOrg,
} from './helpers.js';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});

describe("posting a return's stock value", () => {
  it("posts one entry for a 3-line return; its lines sum to the moves' values and every move names it", async () => {
    // Widgets at moving average 5.00, gadgets at 4.00: inventory 62.00.
    const o = await shipOrg(t, 'Return One Entry');
    const organizationId = o.org.organizationId;
    const order = await confirmedOrder(t, o, [
      { productId: o.widget, quantity: '4' },
      { productId: o.gadget, quantity: '3' },
      { productId: o.widget, quantity: '2' },
    ]);
    // 6 × 5.00 + 3 × 4.00 = 42.00 shipped.
    await shipLines(t, o, order.id);
    const draft = await returnOk(t, o.sales, {
      salesOrderId: order.id,
      lines: [
        { lineNo: 1, quantity: '1' },
        { lineNo: 2, quantity: '2' },
        { lineNo: 3, quantity: '2' },
      ],
    });
    const entriesBefore = await t.db.prisma.journalEntry.count({ where: { organizationId } });
    const received = await receive(
      t,
      o.key,
      { id: draft.id },
      `value { amount } lines { stockMove { id value journalEntry { number lines { account { code } debit credit description } } } }`,
    );
    expect(received.errors).toEqual([]);
    // 1 × 5.00 + 2 × 4.00 + 2 × 5.00 = 23.00; nothing was invoiced, so no credit note.
    expect(received.salesReturn.value.amount).toBe('23.00');
    expect(await t.db.prisma.journalEntry.count({ where: { organizationId } })).toBe(entriesBefore + 1);
    const moves = received.salesReturn.lines.map((l: any) => l.stockMove);
    expect(moves.map((m: any) => Number(m.value).toFixed(2))).toEqual(['5.00', '8.00', '10.00']);
    expect(new Set(moves.map((m: any) => m.journalEntry.number)).size).toBe(1);
    const posted = moves[0].journalEntry;
    expect(entry({ journalEntry: posted })).toEqual([
      ['1300', '15.00', '0.00'],
      ['5000', '0.00', '15.00'],
      ['1300', '8.00', '0.00'],
      ['5000', '0.00', '8.00'],
    ]);
    expect(posted.lines.map((l: any) => l.description)).toEqual([
      'RECEIPT 3 × W',
      'RECEIPT 3 × W',
      'RECEIPT 2 × G',
      'RECEIPT 2 × G',
    ]);
    const row = await t.db.prisma.journalEntry.findFirstOrThrow({ where: { organizationId, number: posted.number } });
    expect([row.sourceType, row.sourceId, row.sourcePurpose, row.reference]).toEqual([
      'SalesReturn',
      rowId(draft.id),
      'valuation',
      draft.number,
    ]);
    // 62.00 - 42.00 + 23.00.
    expect(await ledgerBooks(t, o.key)).toMatchObject({
      balanced: true,
      inventory: '43.00',
      cogs: '19.00',
      valuation: '43.00',
    });
    // The order lists the shipment's entry and the return's entry, once each.
    const view = await t.gql(o.accounting, `query($id: ID!) { salesOrder(id: $id) { journalEntries { number } } }`, {
      id: order.id,
    });
    expect(view.data.salesOrder.journalEntries).toHaveLength(2);
    expect(view.data.salesOrder.journalEntries.map((e: any) => e.number)).toContain(posted.number);
  });

  it('refuses with NO_PERIOD when no fiscal period covers today, and writes nothing', async () => {
    const o = await shipOrg(t, 'Return No Period');
    const organizationId = o.org.organizationId;
    const order = await confirmedOrder(t, o, [
      { productId: o.widget, quantity: '4' },
      { productId: o.gadget, quantity: '3' },
    ]);
    await shipLines(t, o, order.id);
    const draft = await returnOk(t, o.sales, {
      salesOrderId: order.id,
      lines: [
        { lineNo: 1, quantity: '1' },
        { lineNo: 2, quantity: '1' },
      ],
    });
    await t.db.prisma.period.deleteMany({ where: { organizationId } });
    const counts = () =>
      Promise.all([
        t.db.prisma.stockMove.count({ where: { organizationId } }),
        t.db.prisma.journalEntry.count({ where: { organizationId } }),
        t.db.prisma.auditLog.count({
          where: { organizationId, action: { in: ['stockReturn', 'salesReturnReceive'] } },
        }),
        t.db.prisma.outboxEvent.count({
          where: { organizationId, type: { in: ['stock.documentReturned', 'salesReturn.received'] } },
        }),
      ]);
    const before = await counts();
    const refused = await receive(t, o.warehouse, { id: draft.id });
    expect(refused.errors.map((e) => [e.code, e.field])).toEqual([['NO_PERIOD', ['input', 'id']]]);
    expect(await counts()).toEqual(before);
    expect((await readOrder(t, o.sales, order.id)).status).toBe('SHIPPED');
    const read = await t.gql(o.warehouse, `query($id: ID!) { salesReturn(id: $id) { status value { amount } } }`, {
      id: draft.id,
    });
    expect(read.data.salesReturn).toEqual({ status: 'DRAFT', value: null });
  });
});
