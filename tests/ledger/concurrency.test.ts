import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DomainError } from '../../src/platform/index.js';
import { createDraftEntry, postEntry, postFromSource, type EntryLineInput } from '../../src/domain/ledger/index.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { ledgerOrg, onPostgres, pair, type LedgerOrg } from './helpers.js';

// PGlite runs one transaction at a time, so races only happen on PostgreSQL.
describe.skipIf(!onPostgres)('concurrent ledger posting (PostgreSQL)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('posts once when 20 transactions post the same source key at the same time', async () => {
    const org = await ledgerOrg(t, 'Source Race Org');
    const input = {
      source: { type: 'Shipment', id: 'SHP-1', purpose: 'cost' },
      journalCode: 'GEN',
      date: '2026-07-01',
      lines: pair(org.account['5000'], org.account['1300'], '640.00'),
    };
    const results = await Promise.all(Array.from({ length: 20 }, () => org.tx((tx) => postFromSource(tx, org.actor, input))));
    expect(new Set(results.map((result) => result.entryId)).size).toBe(1);
    expect(results.filter((result) => result.created)).toHaveLength(1);
    const entries = await t.db.prisma.journalEntry.findMany({ where: { organizationId: org.organizationId } });
    expect(entries.map((entry) => entry.number)).toEqual(['GEN/2026/00001']);
  });

  it('keeps the books balanced and numbers gapless under 30 simultaneous posts, some unbalanced', async () => {
    const org = await ledgerOrg(t, 'Posting Race Org');
    const a = org.account;
    const accounts = [a['1000'], a['1100'], a['1200'], a['2000'], a['4000'], a['6000']];
    const journals = ['GEN', 'SAL', 'PUR'];
    // Deterministic "random" so a failure can be replayed.
    let seed = 42;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const attempts = Array.from({ length: 30 }, (_, index) => {
      const balanced = index % 3 !== 0;
      const amount = `${1 + random(900)}.${String(random(100)).padStart(2, '0')}`;
      const debitAccount = accounts[random(accounts.length)];
      const creditAccount = accounts[random(accounts.length)];
      const lines: EntryLineInput[] = balanced
        ? [
            { accountId: debitAccount, debit: amount },
            { accountId: creditAccount, credit: amount },
          ]
        : [
            { accountId: debitAccount, debit: amount },
            { accountId: creditAccount, credit: '0.50' },
          ];
      return { reference: `race-${index}`, journal: journals[random(journals.length)], balanced, lines };
    });

    const outcomes = await Promise.allSettled(
      attempts.map((attempt) =>
        org.tx(async (tx) => {
          const { entryId } = await createDraftEntry(tx, org.actor, { journalId: org.journal[attempt.journal], date: '2026-08-15', reference: attempt.reference, lines: attempt.lines });
          return postEntry(tx, org.actor, { id: entryId });
        }),
      ),
    );
    outcomes.forEach((outcome, index) => {
      if (attempts[index].balanced) expect(outcome.status, JSON.stringify(outcome)).toBe('fulfilled');
      else {
        expect(outcome.status).toBe('rejected');
        const reason = (outcome as PromiseRejectedResult).reason as DomainError;
        expect(reason).toBeInstanceOf(DomainError);
        expect(reason.errors[0].code).toBe('UNBALANCED');
      }
    });

    const rejected = attempts.filter((attempt) => !attempt.balanced).map((attempt) => attempt.reference);
    expect(await t.db.prisma.journalEntry.count({ where: { organizationId: org.organizationId, reference: { in: rejected } } })).toBe(0);
    const totals = await t.db.prisma.journalLine.aggregate({ where: { organizationId: org.organizationId, posted: true }, _sum: { debit: true, credit: true } });
    expect(totals._sum.debit?.toFixed(2)).toBe(totals._sum.credit?.toFixed(2));
    expect(await t.db.prisma.journalLine.count({ where: { organizationId: org.organizationId, posted: false } })).toBe(0);

    const entries = await t.db.prisma.journalEntry.findMany({ where: { organizationId: org.organizationId }, include: { journal: true } });
    expect(entries).toHaveLength(attempts.filter((attempt) => attempt.balanced).length);
    for (const code of journals) {
      const numbers = entries.filter((entry) => entry.journal.code === code).map((entry) => Number(entry.number?.split('/')[2]));
      const expected = attempts.filter((attempt) => attempt.balanced && attempt.journal === code).length;
      expect(numbers.sort((x, y) => x - y)).toEqual(Array.from({ length: expected }, (_, index) => index + 1));
    }
  });
});
