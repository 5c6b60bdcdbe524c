// Races only happen on PostgreSQL (PGlite runs one transaction at a time). Return commands lock the
// sales order row first, then the return, then inventory's rows, then the credited invoice.
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../support/app.js';
import {
  confirmedOrder,
  createReturn,
  invoiceOk,
  ledgerBooks,
  onPostgres,
  orderLines,
  pay,
  receive,
  returnOk,
  rowId,
  shipLines,
  shipOrg,
} from './helpers.js';

describe.skipIf(!onPostgres)('sales returns at once (PostgreSQL)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });

  it('announces the last returnable units once when ten returns ask for them at once', async () => {
    const o = await shipOrg(t, 'Race Return Create');
    const order = await confirmedOrder(t, o, [{ productId: o.widget, quantity: '4' }]);
    await shipLines(t, o, order.id);
    const created = await Promise.all(
      Array.from({ length: 10 }, () =>
        createReturn(t, o.sales, { salesOrderId: order.id, lines: [{ lineNo: 1, quantity: '3' }] }),
      ),
    );
    expect(created.filter((r) => r.errors.length === 0)).toHaveLength(1);
    expect(new Set(created.flatMap((r) => r.errors.map((e) => e.code)))).toEqual(new Set(['OVER_RETURN']));
    // One unit is left; two drafts for it at once: one wins again.
    const last = await Promise.all(
      [1, 2].map(() => createReturn(t, o.sales, { salesOrderId: order.id, lines: [{ lineNo: 1, quantity: '1' }] })),
    );
    expect(last.map((r) => r.errors.map((e) => e.code)).sort()).toEqual([[], ['OVER_RETURN']]);
    const drafts = [
      created.find((r) => r.errors.length === 0)!.salesReturn,
      last.find((r) => r.errors.length === 0)!.salesReturn,
    ];
    // Both drafts received at once: 3 + 1 = the 4 shipped come back, at 5.00 each.
    const received = await Promise.all(drafts.map((d) => receive(t, o.warehouse, { id: d.id })));
    expect(received.flatMap((r) => r.errors)).toEqual([]);
    const line = await t.db.prisma.salesOrderLine.findFirstOrThrow({ where: { salesOrderId: rowId(order.id) } });
    expect([line.quantityShipped.toFixed(), line.quantityReturned.toFixed()]).toEqual(['4', '4']);
    expect(await ledgerBooks(t, o.key)).toMatchObject({
      balanced: true,
      inventory: '62.00',
      cogs: '0.00',
      valuation: '62.00',
    });
  });

  it('receives a return once when it is received ten times at once: one move, one entry, one credit note', async () => {
    const o = await shipOrg(t, 'Race Return Receive');
    const order = await confirmedOrder(t, o, [{ productId: o.widget, quantity: '4' }]);
    await shipLines(t, o, order.id);
    await invoiceOk(t, o.accounting, { salesOrderId: order.id });
    const draft = await returnOk(t, o.sales, { salesOrderId: order.id, lines: [{ lineNo: 1, quantity: '2' }] });
    const results = await Promise.all(Array.from({ length: 10 }, () => receive(t, o.warehouse, { id: draft.id })));
    expect(results.filter((r) => r.errors.length === 0)).toHaveLength(1);
    expect(results.flatMap((r) => r.errors.map((e) => e.code))).toEqual(Array(9).fill('RETURN_NOT_DRAFT'));
    const moves = await t.db.prisma.stockMove.findMany({
      where: { organizationId: o.org.organizationId, kind: 'RECEIPT', sourceId: rowId(order.id) },
    });
    expect(moves).toHaveLength(1);
    const entries = await t.db.prisma.journalEntry.findMany({
      where: { organizationId: o.org.organizationId, sourceType: 'SalesReturn', sourceId: rowId(draft.id) },
    });
    expect(entries.map((e) => e.id)).toEqual([moves[0]!.journalEntryId]);
    expect(
      await t.db.prisma.invoice.count({
        where: { organizationId: o.org.organizationId, kind: 'CUSTOMER_CREDIT_NOTE' },
      }),
    ).toBe(1);
    // Invoiced 4 x 11.90 = 47.60; 2 credited (23.80); 2 widgets back at 5.00.
    expect(await ledgerBooks(t, o.key)).toEqual({
      balanced: true,
      receivable: '23.80',
      sales: '-20.00',
      salesTax: '-3.80',
      inventory: '52.00',
      cogs: '10.00',
      valuation: '52.00',
    });
    const state = await orderLines(t, o.key, order.id);
    expect(state.lines[0]).toMatchObject({ quantityReturned: '2', quantityCredited: '2', quantityToInvoice: '0' });
  });

  it('keeps the invoice, order and books consistent when a return is received while the invoice is paid', async () => {
    const o = await shipOrg(t, 'Race Return Pay');
    let payments = 0;
    for (let round = 0; round < 3; round++) {
      const order = await confirmedOrder(t, o, [{ productId: o.gadget, quantity: '1' }]);
      await shipLines(t, o, order.id);
      // 1 gadget at 5.00 + 19 % = 5.95.
      const invoice = (await invoiceOk(t, o.accounting, { salesOrderId: order.id })).invoice;
      const draft = await returnOk(t, o.sales, { salesOrderId: order.id, lines: [{ lineNo: 1, quantity: '1' }] });
      const [received, paid] = await Promise.all([
        receive(t, o.warehouse, { id: draft.id }),
        pay(t, o.accounting, {
          customerId: o.acme,
          date: new Date().toISOString().slice(0, 10),
          amount: '5.95',
          allocations: [{ invoiceId: invoice.id, amount: '5.95' }],
        }),
      ]);
      expect(received.errors).toEqual([]);
      // Whichever commits first settles the invoice: a payment first leaves the note as customer credit;
      // the note first leaves nothing open, and the payment's allocation is refused.
      const note = await t.gql(
        o.key,
        `query($id: ID!) { salesReturn(id: $id) { creditNotes { total { amount } balanceDue { amount } } } }`,
        { id: draft.id },
      );
      expect(note.data.salesReturn.creditNotes).toHaveLength(1);
      expect(note.data.salesReturn.creditNotes[0].balanceDue.amount).toBe(paid.errors.length === 0 ? '5.95' : '0.00');
      if (paid.errors.length === 0) payments++;
      const state = await orderLines(t, o.key, order.id);
      expect(state.lines[0]).toMatchObject({ quantityReturned: '1', quantityCredited: '1' });
      expect(state.status).toBe('PAID');
    }
    const books = await ledgerBooks(t, o.key);
    expect(books.balanced).toBe(true);
    expect(books.inventory).toBe(books.valuation);
    // All three gadgets came back at 4.00: nothing left in COGS, revenue and tax are credited in full, and
    // every payment that went through is the customer's credit.
    expect([books.cogs, books.sales, books.salesTax]).toEqual(['0.00', '0.00', '0.00']);
    expect(books.receivable).toBe((-5.95 * payments).toFixed(2));
  });
});
