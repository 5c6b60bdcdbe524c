import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DomainError, systemActor } from '../../src/platform/index.js';
import { tenantClient } from '../../src/platform/db/tenant-client.js';
import {
  closePeriod,
  createDraftEntry,
  postEntry,
  postFromSource,
  reverseEntry,
  setExchangeRate,
  setUpLedger,
  type EntryLineInput,
} from '../../src/domain/ledger/index.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { ledgerOrg, onPostgres, orgWithoutLedger, pair } from './helpers.js';

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
    const results = await Promise.all(
      Array.from({ length: 20 }, () => org.tx((tx) => postFromSource(tx, org.actor, input))),
    );
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
          const { entryId } = await createDraftEntry(tx, org.actor, {
            journalId: org.journal[attempt.journal],
            date: '2026-08-15',
            reference: attempt.reference,
            lines: attempt.lines,
          });
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
    expect(
      await t.db.prisma.journalEntry.count({
        where: { organizationId: org.organizationId, reference: { in: rejected } },
      }),
    ).toBe(0);
    const totals = await t.db.prisma.journalLine.aggregate({
      where: { organizationId: org.organizationId, posted: true },
      _sum: { debit: true, credit: true },
    });
    expect(totals._sum.debit?.toFixed(2)).toBe(totals._sum.credit?.toFixed(2));
    expect(await t.db.prisma.journalLine.count({ where: { organizationId: org.organizationId, posted: false } })).toBe(
      0,
    );

    const entries = await t.db.prisma.journalEntry.findMany({
      where: { organizationId: org.organizationId },
      include: { journal: true },
    });
    expect(entries).toHaveLength(attempts.filter((attempt) => attempt.balanced).length);
    for (const code of journals) {
      const numbers = entries
        .filter((entry) => entry.journal.code === code)
        .map((entry) => Number(entry.number?.split('/')[2]));
      const expected = attempts.filter((attempt) => attempt.balanced && attempt.journal === code).length;
      expect(numbers.sort((x, y) => x - y)).toEqual(Array.from({ length: expected }, (_, index) => index + 1));
    }
  });

  it('lets exactly one of 10 simultaneous reversals of an entry win', async () => {
    const org = await ledgerOrg(t, 'Reversal Race Org');
    const { entryId } = await org.tx(async (tx) => {
      const draft = await createDraftEntry(tx, org.actor, {
        journalId: org.journal.GEN,
        date: '2026-09-01',
        lines: pair(org.account['6000'], org.account['1000'], '300.00'),
      });
      return postEntry(tx, org.actor, { id: draft.entryId });
    });
    const outcomes = await Promise.allSettled(
      Array.from({ length: 10 }, () => org.tx((tx) => reverseEntry(tx, org.actor, { id: entryId }))),
    );
    expect(outcomes.filter((outcome) => outcome.status === 'fulfilled')).toHaveLength(1);
    for (const outcome of outcomes.filter((candidate) => candidate.status === 'rejected')) {
      expect(((outcome as PromiseRejectedResult).reason as DomainError).errors[0].code).toBe('ALREADY_REVERSED');
    }
    expect(
      await t.db.prisma.journalEntry.count({ where: { organizationId: org.organizationId, reversalOfId: entryId } }),
    ).toBe(1);
  });

  it('never lets a post land in a period after its close committed', async () => {
    const org = await ledgerOrg(t, 'Close Race Org');
    const october = org.periods[9];
    const posts = Array.from({ length: 15 }, (_, index) =>
      org.tx(async (tx) => {
        const draft = await createDraftEntry(tx, org.actor, {
          journalId: org.journal.GEN,
          date: '2026-10-15',
          reference: `close-race-${index}`,
          lines: pair(org.account['1100'], org.account['3000'], '10.00'),
        });
        return postEntry(tx, org.actor, { id: draft.entryId });
      }),
    );
    const close = org.tx((tx) => closePeriod(tx, org.actor, { id: october }));
    const [closed, ...outcomes] = await Promise.allSettled([close, ...posts]);
    expect(closed.status).toBe('fulfilled');
    const period = await t.db.prisma.period.findUniqueOrThrow({ where: { id: october } });
    expect(period.status).toBe('CLOSED');
    const posted = await t.db.prisma.journalEntry.findMany({
      where: { organizationId: org.organizationId, status: 'POSTED' },
    });
    expect(posted).toHaveLength(outcomes.filter((outcome) => outcome.status === 'fulfilled').length);
    for (const outcome of outcomes.filter((candidate) => candidate.status === 'rejected')) {
      expect(((outcome as PromiseRejectedResult).reason as DomainError).errors[0].code).toBe('PERIOD_CLOSED');
    }
    // The close's update waits for every post holding the period FOR SHARE, and later posts wait for the close:
    // each accepted post was stamped before the period row changed (both stamps come from this process's clock).
    for (const entry of posted) expect(entry.postedAt!.getTime()).toBeLessThanOrEqual(period.updatedAt.getTime());
  });

  it('sets up one chart when 8 transactions set up the same ledger at once, and keeps one rate per day', async () => {
    const other = await orgWithoutLedger(t, 'Set-up Race Org');
    const actor = systemActor(other.organizationId);
    const client = tenantClient(t.db.prisma, other.organizationId);
    const options = { maxWait: 60_000, timeout: 60_000 };
    const setups = await Promise.all(
      Array.from({ length: 8 }, () =>
        client.$transaction((tx) => setUpLedger(tx, actor, { baseCurrency: 'EUR' }), options),
      ),
    );
    expect(setups.filter((result) => result.created)).toHaveLength(1);
    expect(await t.db.prisma.journal.count({ where: { organizationId: other.organizationId } })).toBe(6); // GEN, SAL, PUR, CSH, BNK, STK

    const rates = ['0.91', '0.92', '0.93', '0.94', '0.95', '0.96', '0.97', '0.98', '0.99', '1.01'];
    await Promise.all(
      rates.map((rate) =>
        client.$transaction((tx) => setExchangeRate(tx, actor, { currency: 'USD', date: '2026-03-01', rate }), options),
      ),
    );
    const stored = await t.db.prisma.exchangeRate.findMany({ where: { organizationId: other.organizationId } });
    expect(stored).toHaveLength(1);
    expect(rates).toContain(stored[0].rate.toString());
  });
});
