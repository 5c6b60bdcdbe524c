// A shipment's cost of goods sold posts as one journal entry for the shipment, not one per line:
// a debit and a credit line per product, every move of the shipment naming that entry.
import { beforeAll, describe, expect, it } from 'vitest';
import { Prisma } from '../../../src/generated/prisma/client.js';
import { createTestApp, type TestApp } from '../../support/app.js';
import { books, confirmedOrder, level, readOrder, rowId, ship, shipOrg, shipmentOk } from './helpers.js';

const two = (value: Prisma.Decimal | string) => new Prisma.Decimal(value).toFixed(2);

describe("posting a shipment's cost", () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });

  it("posts one entry for a 3-line shipment whose lines sum to the moves' values; every move, the audit record and the event name it", async () => {
    // Widgets at moving average 5.00 (50.00 for 10), gadgets 3 at 4.00: inventory 62.00.
    const o = await shipOrg(t, 'Ship One Entry');
    const organizationId = o.org.organizationId;
    const order = await confirmedOrder(t, o, [
      { productId: o.widget, quantity: '4' },
      { productId: o.gadget, quantity: '3' },
      { productId: o.widget, quantity: '2' },
    ]);
    const shipment = await shipmentOk(t, o.warehouse, { salesOrderId: order.id });
    const entriesBefore = await t.db.prisma.journalEntry.count({ where: { organizationId } });
    const shipped = await ship(t, o.warehouse, { id: shipment.id });
    expect(shipped.errors).toEqual([]);
    // 4 × 5.00 + 3 × 4.00 + 2 × 5.00 = 20.00 + 12.00 + 10.00 = 42.00.
    expect(shipped.shipment.costOfGoods).toEqual({ amount: '42.00', currency: 'EUR' });
    expect(await t.db.prisma.journalEntry.count({ where: { organizationId } })).toBe(entriesBefore + 1);

    const moves = await t.db.prisma.stockMove.findMany({ where: { organizationId, kind: 'ISSUE' } });
    expect(moves.map((m) => two(m.value)).sort()).toEqual(['10.00', '12.00', '20.00']);
    const entry = await t.db.prisma.journalEntry.findFirstOrThrow({
      where: { organizationId, sourceType: 'Shipment', sourceId: rowId(shipment.id), sourcePurpose: 'cogs' },
      include: {
        lines: { orderBy: { lineNo: 'asc' }, include: { account: { select: { code: true } } } },
        journal: { select: { code: true } },
      },
    });
    expect(moves.every((m) => m.journalEntryId === entry.id)).toBe(true);
    expect([entry.status, entry.journal.code, entry.reference]).toEqual(['POSTED', 'STK', shipment.number]);
    // The widget's two lines are one line pair (6 × W, 30.00), in the shipment's line order.
    expect(entry.lines.map((l) => [l.account.code, two(l.debit), two(l.credit), l.description])).toEqual([
      ['5000', '30.00', '0.00', 'ISSUE 6 × W'],
      ['1300', '0.00', '30.00', 'ISSUE 6 × W'],
      ['5000', '12.00', '0.00', 'ISSUE 3 × G'],
      ['1300', '0.00', '12.00', 'ISSUE 3 × G'],
    ]);
    const debits = entry.lines.reduce((sum, l) => sum.plus(l.debit), new Prisma.Decimal(0));
    expect(two(debits)).toBe(two(moves.reduce((sum, m) => sum.plus(m.value), new Prisma.Decimal(0))));
    expect(await books(t, o.accounting)).toEqual({
      balanced: true,
      inventory: '20.00',
      cogs: '42.00',
      valuation: '20.00',
    });

    // One audit record and one stock.documentIssued event for the shipment, listing its three moves.
    const ids = moves.map((m) => m.id).sort();
    const audits = await t.db.prisma.auditLog.findMany({ where: { organizationId, action: 'stockConsume' } });
    expect(audits.map((a) => [a.entityType, a.entityId])).toEqual([['Shipment', rowId(shipment.id)]]);
    const events = await t.db.prisma.outboxEvent.findMany({
      where: { organizationId, type: { in: ['stock.issued', 'stock.documentIssued'] } },
    });
    expect(events.map((e) => [e.type, e.aggregateType, e.aggregateId])).toEqual([
      ['stock.documentIssued', 'Shipment', rowId(shipment.id)],
    ]);
    for (const listed of [audits[0]!.after, events[0]!.payload] as {
      journalEntryId: string;
      lines: { stockMoveId: string }[];
    }[]) {
      expect(listed.journalEntryId).toBe(entry.id);
      expect(listed.lines.map((l) => l.stockMoveId).sort()).toEqual(ids);
    }

    // GraphQL: each move's journalEntry is the shipment's entry.
    const read = await t.gql(
      o.accounting,
      `query($id: ID!) { shipment(id: $id) { lines { stockMove { journalEntry { number } } } } }`,
      { id: shipment.id },
    );
    expect(read.errors).toBeUndefined();
    expect(new Set(read.data.shipment.lines.map((l: any) => l.stockMove.journalEntry.number))).toEqual(
      new Set([entry.number]),
    );
  });

  it('posts one entry however many lines ship, in far fewer statements than one per line', async () => {
    const o = await shipOrg(t, 'Ship Many Lines', { widgets: ['50', '50'], gadgets: '50' });
    const organizationId = o.org.organizationId;
    const statements = async (lineCount: number) => {
      const lines = Array.from({ length: lineCount }, (_, i) => ({
        productId: i % 2 ? o.gadget : o.widget,
        quantity: '1',
      }));
      const order = await confirmedOrder(t, o, lines);
      const shipment = await shipmentOk(t, o.warehouse, { salesOrderId: order.id });
      let result: any;
      const count = await t.countStatements(async () => {
        result = await ship(t, o.warehouse, { id: shipment.id }, 'id');
      });
      expect(result.errors).toEqual([]);
      const entries = await t.db.prisma.journalEntry.findMany({
        where: { organizationId, sourceType: 'Shipment', sourceId: rowId(shipment.id) },
        include: { lines: true },
      });
      expect(entries).toHaveLength(1);
      expect(entries[0]!.lines).toHaveLength(4);
      return count;
    };
    const two = await statements(2);
    const twenty = await statements(20);
    // A ledger posting costs more than ten statements; per extra line only the issue itself is paid.
    const perLine = (twenty - two) / 18;
    expect(perLine).toBeLessThan(16);
    const moves = await t.db.prisma.stockMove.findMany({
      where: { organizationId, kind: 'ISSUE' },
      select: { journalEntryId: true },
    });
    expect(moves).toHaveLength(22);
    expect(new Set(moves.map((m) => m.journalEntryId)).size).toBe(2);
  });

  it('refuses to ship with NO_PERIOD when no fiscal period covers today, and writes nothing', async () => {
    const o = await shipOrg(t, 'Ship No Period');
    const organizationId = o.org.organizationId;
    const order = await confirmedOrder(t, o, [
      { productId: o.widget, quantity: '4' },
      { productId: o.gadget, quantity: '3' },
    ]);
    const shipment = await shipmentOk(t, o.warehouse, { salesOrderId: order.id });
    // The books end before today: stock came in while they were open.
    await t.db.prisma.period.deleteMany({ where: { organizationId } });
    const counts = () =>
      Promise.all([
        t.db.prisma.stockMove.count({ where: { organizationId } }),
        t.db.prisma.journalEntry.count({ where: { organizationId } }),
        t.db.prisma.auditLog.count({ where: { organizationId, action: { in: ['stockConsume', 'shipmentShip'] } } }),
        t.db.prisma.outboxEvent.count({
          where: { organizationId, type: { in: ['stock.documentIssued', 'shipment.shipped'] } },
        }),
      ]);
    const before = await counts();
    const refused = await ship(t, o.warehouse, { id: shipment.id });
    expect(refused.errors.map((e) => [e.code, e.field])).toEqual([['NO_PERIOD', ['input', 'id']]]);
    expect(refused.errors[0]!.message).toContain('No fiscal period covers');
    expect(await counts()).toEqual(before);
    expect(await level(t, rowId(o.widget), rowId(o.location))).toEqual(['10', '4']);
    expect(await level(t, rowId(o.gadget), rowId(o.location))).toEqual(['3', '3']);
    expect((await readOrder(t, o.sales, order.id)).status).toBe('CONFIRMED');
    const read = await t.gql(o.warehouse, `query($id: ID!) { shipment(id: $id) { status costOfGoods { amount } } }`, {
      id: shipment.id,
    });
    expect(read.data.shipment).toEqual({ status: 'DRAFT', costOfGoods: null });
    const widget = await t.db.prisma.product.findUniqueOrThrow({ where: { id: rowId(o.widget) } });
    expect(two(widget.stockValue)).toBe('50.00');
  });
});
