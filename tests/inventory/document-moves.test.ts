// consumeDocumentReservations and returnDocumentToStock, called as other domains call them: the moves
// of one document post one journal entry, exactly once, and zero values post nothing.
import { beforeAll, describe, expect, it } from 'vitest';
import { Prisma } from '../../src/generated/prisma/client.js';
import {
  consumeDocumentReservations,
  reserveDocumentStock,
  returnDocumentToStock,
  type DocumentConsumeInput,
  type DocumentReturnInput,
} from '../../src/domain/inventory/index.js';
import { tenantClient } from '../../src/platform/db/tenant-client.js';
import { DomainError, systemActor } from '../../src/platform/index.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { createProduct, rowId, stockOp, stockOrg } from './helpers.js';

const q = (value: string) => new Prisma.Decimal(value);
const two = (value: Prisma.Decimal) => value.toFixed(2);

describe('the moves of a document', () => {
  let t: TestApp;
  let s: Awaited<ReturnType<typeof stockOrg>>;
  const products: Record<string, string> = {};

  beforeAll(async () => {
    t = await createTestApp();
    s = await stockOrg(t, 'Document Moves Org');
    // BOLT: moving average 2.00; NUT: FIFO 4 at 1.00 then 4 at 3.00; FREE: received at no cost.
    for (const [sku, costingMethod, receipts] of [
      ['DM-BOLT', 'MOVING_AVERAGE', [['20', '2']]],
      [
        'DM-NUT',
        'FIFO',
        [
          ['4', '1'],
          ['4', '3'],
        ],
      ],
      ['DM-FREE', 'MOVING_AVERAGE', [['5', '0']]],
    ] as const) {
      const id = (
        await createProduct(t, s.key, { sku, name: sku, type: 'STOCKED', unitOfMeasure: 'pcs', costingMethod })
      ).id;
      products[sku] = rowId(id);
      for (const [quantity, unitCost] of receipts) {
        expect(
          (await stockOp(t, s.key, 'stockReceive', { productId: id, locationId: s.binA, quantity, unitCost })).errors,
        ).toEqual([]);
      }
    }
  });

  const organizationId = () => s.org.organizationId;
  const inTx = <T>(work: (tx: any) => Promise<T>) => tenantClient(t.db.prisma, organizationId()).$transaction(work);
  const actor = () => systemActor(organizationId());
  const reserve = (document: string, lines: [string, string, string][]) =>
    inTx((tx) =>
      reserveDocumentStock(tx, actor(), {
        locationId: rowId(s.binA),
        demand: { type: 'Delivery', id: document },
        lines: lines.map(([line, sku, quantity]) => ({ line, productId: products[sku]!, quantity: q(quantity) })),
      }),
    );
  const consumeInput = (document: string, lines: [string, string, string][]): DocumentConsumeInput => ({
    posting: {
      source: { type: 'Delivery', id: document, purpose: 'cogs' },
      reference: document,
      memo: `Delivery ${document}`,
    },
    locationId: rowId(s.binA),
    lines: lines.map(([line, sku, quantity]) => ({
      productId: products[sku]!,
      quantity: q(quantity),
      demand: { type: 'Delivery', id: document, line },
    })),
  });
  const consume = (input: DocumentConsumeInput) => inTx((tx) => consumeDocumentReservations(tx, actor(), input));
  const refusal = async (work: Promise<unknown>) => {
    const error = await work.then(
      () => null,
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(DomainError);
    return (error as DomainError).errors.map((e) => [e.code, e.field?.join('.') ?? null]);
  };
  const inventoryBalance = async () => {
    const rows = await t.db.prisma.$queryRaw<{ balance: Prisma.Decimal | null }[]>`
      SELECT SUM(l."debit" - l."credit") AS balance FROM "JournalLine" l
      JOIN "JournalEntry" e ON e."id" = l."entryId" JOIN "Account" a ON a."id" = l."accountId"
      WHERE e."organizationId" = ${organizationId()}::uuid AND e."status" = 'POSTED' AND a."code" = '1300'`;
    return two(new Prisma.Decimal(rows[0]?.balance ?? 0));
  };
  const stockValue = async () => {
    const sum = await t.db.prisma.product.aggregate({
      where: { organizationId: organizationId() },
      _sum: { stockValue: true },
    });
    return two(sum._sum.stockValue ?? q('0'));
  };

  it('posts one entry per document, a line pair per product; zero values post nothing; FIFO layers are recorded', async () => {
    await reserve('D-1', [
      ['1', 'DM-BOLT', '3'],
      ['2', 'DM-NUT', '6'],
      ['3', 'DM-FREE', '2'],
      ['4', 'DM-BOLT', '1'],
    ]);
    const done = await consume(
      consumeInput('D-1', [
        ['1', 'DM-BOLT', '3'],
        ['2', 'DM-NUT', '6'],
        ['3', 'DM-FREE', '2'],
        ['4', 'DM-BOLT', '1'],
      ]),
    );
    // BOLT 3 × 2.00 and 1 × 2.00; NUT 4 × 1.00 + 2 × 3.00 = 10.00; FREE 0.00.
    expect(done.lines.map((line) => two(line.value))).toEqual(['6.00', '10.00', '0.00', '2.00']);
    expect(done.journalEntryId).not.toBeNull();
    const entry = await t.db.prisma.journalEntry.findUniqueOrThrow({
      where: { id: done.journalEntryId! },
      include: { lines: { orderBy: { lineNo: 'asc' }, include: { account: { select: { code: true } } } } },
    });
    expect([entry.sourceType, entry.sourceId, entry.sourcePurpose, entry.reference, entry.memo]).toEqual([
      'Delivery',
      'D-1',
      'cogs',
      'D-1',
      'Delivery D-1',
    ]);
    expect(entry.lines.map((l) => [l.account.code, two(l.debit), two(l.credit), l.description])).toEqual([
      ['5000', '8.00', '0.00', 'ISSUE 4 × DM-BOLT'],
      ['1300', '0.00', '8.00', 'ISSUE 4 × DM-BOLT'],
      ['5000', '10.00', '0.00', 'ISSUE 6 × DM-NUT'],
      ['1300', '0.00', '10.00', 'ISSUE 6 × DM-NUT'],
    ]);
    const moves = await t.db.prisma.stockMove.findMany({
      where: { id: { in: done.lines.map((line) => line.stockMoveId) } },
    });
    const byId = new Map(moves.map((m) => [m.id, m]));
    expect(done.lines.map((line) => byId.get(line.stockMoveId)!.journalEntryId)).toEqual([
      entry.id,
      entry.id,
      null,
      entry.id,
    ]);
    expect(new Set(moves.map((m) => m.doneAt!.getTime())).size).toBe(1);
    const consumptions = await t.db.prisma.stockLayerConsumption.findMany({
      where: { moveId: done.lines[1]!.stockMoveId },
      orderBy: { value: 'asc' },
    });
    expect(consumptions.map((c) => [c.quantity.toFixed(), two(c.value)])).toEqual([
      ['4', '4.00'],
      ['2', '6.00'],
    ]);
    expect(await inventoryBalance()).toBe(await stockValue());

    // Nothing of value: no entry at all.
    await reserve('D-2', [['1', 'DM-FREE', '1']]);
    const free = await consume(consumeInput('D-2', [['1', 'DM-FREE', '1']]));
    expect(free.journalEntryId).toBeNull();
    expect(await t.db.prisma.journalEntry.count({ where: { organizationId: organizationId(), sourceId: 'D-2' } })).toBe(
      0,
    );
  });

  it('names a refused line by its index and writes nothing', async () => {
    await reserve('D-3', [
      ['1', 'DM-BOLT', '2'],
      ['2', 'DM-BOLT', '1'],
    ]);
    const moves = () => t.db.prisma.stockMove.count({ where: { organizationId: organizationId() } });
    const before = [await moves(), await inventoryBalance()];
    expect(
      await refusal(
        consume(
          consumeInput('D-3', [
            ['1', 'DM-BOLT', '2'],
            ['2', 'DM-BOLT', '5'],
          ]),
        ),
      ),
    ).toEqual([['EXCEEDS_RESERVATION', 'input.lines.1.quantity']]);
    expect(
      await refusal(
        consume(
          consumeInput('D-3', [
            ['1', 'DM-BOLT', '2'],
            ['9', 'DM-BOLT', '1'],
          ]),
        ),
      ),
    ).toEqual([['NOT_FOUND', 'input.lines.1.demand']]);
    expect([await moves(), await inventoryBalance()]).toEqual(before);
    const reservations = await t.db.prisma.stockReservation.findMany({
      where: { demandId: 'D-3' },
      orderBy: { demandLine: 'asc' },
    });
    expect(reservations.map((r) => [r.quantity.toFixed(), r.consumed.toFixed()])).toEqual([
      ['2', '0'],
      ['1', '0'],
    ]);
  });

  it("moves a document's stock once: a replay under the same source is refused and writes nothing", async () => {
    await reserve('D-4', [['1', 'DM-BOLT', '4']]);
    const first = await consume(consumeInput('D-4', [['1', 'DM-BOLT', '2']]));
    expect(first.journalEntryId).not.toBeNull();
    const before = await t.db.prisma.stockMove.count({ where: { organizationId: organizationId() } });
    // Same lines (the ledger's key and lines match) and different lines alike.
    expect(await refusal(consume(consumeInput('D-4', [['1', 'DM-BOLT', '2']])))).toEqual([['POSTING_REFUSED', null]]);
    expect(await refusal(consume(consumeInput('D-4', [['1', 'DM-BOLT', '1']])))).toEqual([['POSTING_REFUSED', null]]);
    expect(await t.db.prisma.stockMove.count({ where: { organizationId: organizationId() } })).toBe(before);
    expect(await t.db.prisma.journalEntry.count({ where: { organizationId: organizationId(), sourceId: 'D-4' } })).toBe(
      1,
    );
    expect(await inventoryBalance()).toBe(await stockValue());
  });

  it("returns a document's lines at their issue cost in one entry, Dr Inventory / Cr COGS", async () => {
    await reserve('D-5', [
      ['1', 'DM-BOLT', '2'],
      ['2', 'DM-NUT', '1'],
    ]);
    await consume(
      consumeInput('D-5', [
        ['1', 'DM-BOLT', '2'],
        ['2', 'DM-NUT', '1'],
      ]),
    );
    const input = (lines: [string, string, string][]): DocumentReturnInput => ({
      posting: {
        source: { type: 'DeliveryReturn', id: 'R-5', purpose: 'valuation' },
        reference: 'R-5',
        memo: 'Return R-5',
      },
      locationId: rowId(s.binA),
      lines: lines.map(([line, sku, quantity]) => ({
        productId: products[sku]!,
        quantity: q(quantity),
        issuedFor: { type: 'Delivery', id: 'D-5', line },
      })),
    });
    const run = (lines: [string, string, string][]) => inTx((tx) => returnDocumentToStock(tx, actor(), input(lines)));
    expect(
      await refusal(
        run([
          ['1', 'DM-BOLT', '1'],
          ['1', 'DM-BOLT', '1'],
        ]),
      ),
    ).toEqual([['INVALID_INPUT', 'input.lines.1.issuedFor']]);
    expect(await refusal(run([['1', 'DM-BOLT', '3']]))).toEqual([['OUT_OF_RANGE', 'input.lines.0.quantity']]);
    const done = await run([
      ['2', 'DM-NUT', '1'],
      ['1', 'DM-BOLT', '2'],
    ]);
    // The nut left at 3.00 (the first layer was used up by D-1), the bolts at 2.00.
    expect(done.lines.map((line) => two(line.value))).toEqual(['3.00', '4.00']);
    const entry = await t.db.prisma.journalEntry.findUniqueOrThrow({
      where: { id: done.journalEntryId! },
      include: { lines: { orderBy: { lineNo: 'asc' }, include: { account: { select: { code: true } } } } },
    });
    expect(entry.lines.map((l) => [l.account.code, two(l.debit), two(l.credit), l.description])).toEqual([
      ['1300', '3.00', '0.00', 'RECEIPT 1 × DM-NUT'],
      ['5000', '0.00', '3.00', 'RECEIPT 1 × DM-NUT'],
      ['1300', '4.00', '0.00', 'RECEIPT 2 × DM-BOLT'],
      ['5000', '0.00', '4.00', 'RECEIPT 2 × DM-BOLT'],
    ]);
    const moves = await t.db.prisma.stockMove.findMany({
      where: { id: { in: done.lines.map((line) => line.stockMoveId) } },
    });
    expect(moves.every((m) => m.journalEntryId === entry.id)).toBe(true);
    // The FIFO nut comes back as a layer at its issue cost.
    const layer = await t.db.prisma.stockCostLayer.findFirstOrThrow({ where: { moveId: done.lines[0]!.stockMoveId } });
    expect([layer.quantity.toFixed(), two(layer.value)]).toEqual(['1', '3.00']);
    expect(await inventoryBalance()).toBe(await stockValue());
  });
});
