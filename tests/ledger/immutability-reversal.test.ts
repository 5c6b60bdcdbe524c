import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createDraftEntry,
  deleteDraftEntry,
  postEntry,
  reverseEntry,
  trialBalance,
  updateDraftEntry,
} from '../../src/domain/ledger/index.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { expectCode, ledgerOrg, pair, type LedgerOrg } from './helpers.js';

describe('posted entries are immutable; corrections are reversals', () => {
  let t: TestApp;
  let org: LedgerOrg;

  beforeAll(async () => {
    t = await createTestApp();
    org = await ledgerOrg(t, 'Immutable Org');
  });
  afterAll(() => t.close());

  const draft = (amount = '120.00', date = '2026-05-02') =>
    org.tx((tx) =>
      createDraftEntry(tx, org.actor, {
        journalId: org.journal.GEN,
        date,
        memo: 'Office chairs',
        lines: pair(org.account['6000'], org.account['1000'], amount),
      }),
    );

  it('lets the database refuse changes to a posted entry and its lines', async () => {
    const { entryId } = await draft();
    await org.tx((tx) => postEntry(tx, org.actor, { id: entryId }));
    const sql = (statement: string) => t.db.prisma.$executeRawUnsafe(statement, entryId);
    await expect(
      sql('UPDATE "JournalLine" SET "debit" = 1 WHERE "entryId" = $1::uuid AND "debit" > 0'),
    ).rejects.toThrow(/posted/);
    await expect(sql('DELETE FROM "JournalLine" WHERE "entryId" = $1::uuid')).rejects.toThrow(/posted/);
    await expect(sql('DELETE FROM "JournalEntry" WHERE "id" = $1::uuid')).rejects.toThrow(/posted/);
    await expect(sql(`UPDATE "JournalEntry" SET "memo" = 'changed' WHERE "id" = $1::uuid`)).rejects.toThrow(/posted/);
    await expect(
      t.db.prisma.$executeRawUnsafe(
        `INSERT INTO "JournalLine" ("id", "organizationId", "entryId", "lineNo", "accountId", "debit", "currency", "amountCurrency", "date")
         SELECT gen_random_uuid(), "organizationId", "id", 9, $2::uuid, 5, 'EUR', 5, "date" FROM "JournalEntry" WHERE "id" = $1::uuid`,
        entryId,
        org.account['1000'],
      ),
    ).rejects.toThrow(/posted/);
    await expectCode(
      org.tx((tx) => deleteDraftEntry(tx, org.actor, { id: entryId })),
      'ALREADY_POSTED',
      'id',
    );
    await expectCode(
      org.tx((tx) =>
        updateDraftEntry(tx, org.actor, {
          id: entryId,
          journalId: org.journal.GEN,
          date: '2026-05-02',
          lines: pair(org.account['6000'], org.account['1000'], '1.00'),
        }),
      ),
      'ALREADY_POSTED',
      'id',
    );
    const lines = await t.db.prisma.journalLine.findMany({ where: { entryId } });
    expect(lines.map((line) => line.debit.plus(line.credit).toFixed(2))).toEqual(['120.00', '120.00']);
  });

  it('leaves drafts editable and deletable', async () => {
    const { entryId } = await draft('80.00');
    const changed = await t.db.prisma.$executeRawUnsafe(
      'UPDATE "JournalLine" SET "debit" = 1 WHERE "entryId" = $1::uuid AND "debit" > 0',
      entryId,
    );
    expect(changed).toBe(1);
    await org.tx((tx) =>
      updateDraftEntry(tx, org.actor, {
        id: entryId,
        expectedVersion: 1,
        journalId: org.journal.PUR,
        date: '2026-05-03',
        memo: 'Desks',
        lines: [
          { accountId: org.account['6000'], debit: '300.00' },
          { accountId: org.account['2100'], debit: '60.00' },
          { accountId: org.account['2000'], credit: '360.00' },
        ],
      }),
    );
    const updated = await t.db.prisma.journalEntry.findUniqueOrThrow({
      where: { id: entryId },
      include: { lines: { orderBy: { lineNo: 'asc' } } },
    });
    expect(updated).toMatchObject({ journalId: org.journal.PUR, memo: 'Desks', version: 2, status: 'DRAFT' });
    expect(
      updated.lines.map((line) => [
        line.lineNo,
        line.date.toISOString().slice(0, 10),
        line.debit.toFixed(2),
        line.credit.toFixed(2),
      ]),
    ).toEqual([
      [1, '2026-05-03', '300.00', '0.00'],
      [2, '2026-05-03', '60.00', '0.00'],
      [3, '2026-05-03', '0.00', '360.00'],
    ]);
    await expectCode(
      org.tx((tx) =>
        updateDraftEntry(tx, org.actor, {
          id: entryId,
          expectedVersion: 1,
          journalId: org.journal.GEN,
          date: '2026-05-03',
          lines: [],
        }),
      ),
      'STALE_VERSION',
      'expectedVersion',
    );
    await org.tx((tx) => deleteDraftEntry(tx, org.actor, { id: entryId }));
    expect(await t.db.prisma.journalEntry.findUnique({ where: { id: entryId } })).toBeNull();
    expect(await t.db.prisma.journalLine.count({ where: { entryId } })).toBe(0);
  });

  it('reverses a posted entry once, with mirrored lines, and not a reversal or a draft', async () => {
    const { entryId } = await draft('45.50', '2026-05-10');
    const original = await org.tx((tx) => postEntry(tx, org.actor, { id: entryId }));
    const reversal = await org.tx((tx) => reverseEntry(tx, org.actor, { id: entryId, date: '2026-05-20' }));
    expect(reversal.number).toMatch(/^GEN\/2026\/\d{5}$/);
    expect(reversal.number).not.toBe(original.number);
    const stored = await t.db.prisma.journalEntry.findUniqueOrThrow({
      where: { id: reversal.entryId },
      include: { lines: { orderBy: { lineNo: 'asc' } } },
    });
    expect(stored).toMatchObject({
      status: 'POSTED',
      reversalOfId: entryId,
      reference: `Reversal of ${original.number}`,
    });
    expect(stored.date.toISOString().slice(0, 10)).toBe('2026-05-20');
    expect(stored.lines.map((line) => [line.accountId, line.debit.toFixed(2), line.credit.toFixed(2)])).toEqual([
      [org.account['6000'], '0.00', '45.50'],
      [org.account['1000'], '45.50', '0.00'],
    ]);

    await expectCode(
      org.tx((tx) => reverseEntry(tx, org.actor, { id: entryId })),
      'ALREADY_REVERSED',
      'id',
    );
    await expectCode(
      org.tx((tx) => reverseEntry(tx, org.actor, { id: reversal.entryId })),
      'CANNOT_REVERSE_REVERSAL',
      'id',
    );
    const { entryId: draftId } = await draft('1.00');
    await expectCode(
      org.tx((tx) => reverseEntry(tx, org.actor, { id: draftId })),
      'NOT_POSTED',
      'id',
    );

    // The pair nets to nothing over May 10-20.
    const report = await org.tx((tx) => trialBalance(tx, org.actor, { from: '2026-05-10', to: '2026-05-20' }));
    expect(report.rows.map((row) => [row.code, row.balance])).toEqual([
      ['1000', '0.00'],
      ['6000', '0.00'],
    ]);
  });
});
