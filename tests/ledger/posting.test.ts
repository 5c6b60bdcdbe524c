import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createAccount,
  createDraftEntry,
  createFiscalYear,
  deactivateAccount,
  postEntry,
  rateFor,
  setExchangeRate,
  type EntryLineInput,
} from '../../src/domain/ledger/index.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { expectCode, ledgerOrg, pair, type LedgerOrg } from './helpers.js';

describe('posting journal entries', () => {
  let t: TestApp;
  let org: LedgerOrg;

  beforeAll(async () => {
    t = await createTestApp();
    org = await ledgerOrg(t, 'Posting Org');
  });
  afterAll(() => t.close());

  const post = (journal: string, date: string, lines: EntryLineInput[]) =>
    org.tx(async (tx) => {
      const { entryId } = await createDraftEntry(tx, org.actor, { journalId: org.journal[journal], date, lines });
      return postEntry(tx, org.actor, { id: entryId });
    });

  it('refuses malformed lines with their field paths', async () => {
    const a = org.account;
    await expectCode(post('GEN', '2026-02-01', [{ accountId: a['1000'], debit: '10.00' }]), 'TOO_FEW_LINES');
    await expectCode(
      post('GEN', '2026-02-01', [
        { accountId: a['1000'], debit: '10.00' },
        { accountId: a['4000'], debit: '5.00', credit: '5.00' },
      ]),
      'INVALID_LINE',
      'lines.1.debit',
    );
    await expectCode(
      post('GEN', '2026-02-01', [
        { accountId: a['1000'], debit: '-10.00' },
        { accountId: a['4000'], credit: '10.00' },
      ]),
      'INVALID_LINE',
      'lines.0.debit',
    );
    await expectCode(
      post('GEN', '2026-02-01', [{ accountId: a['1000'] }, { accountId: a['4000'], credit: '10.00' }]),
      'INVALID_LINE',
      'lines.0.debit',
    );
    await expectCode(post('GEN', '2026-02-01', pair(a['1000'], a['4000'], '10.001')), 'INVALID_SCALE', 'lines.0.debit');
    await expectCode(
      post('GEN', '2026-02-01', pair(a['1000'], '00000000-0000-4000-8000-000000000000', '10.00')),
      'NOT_FOUND',
      'lines.1.accountId',
    );
    await expectCode(post('GEN', '2026-02-30', pair(a['1000'], a['4000'], '10.00')), 'INVALID_DATE', 'date');
    await expectCode(
      post('GEN', '2026-02-01', [
        { accountId: a['1000'], debit: '10.00' },
        { accountId: a['4000'], credit: '9.99' },
      ]),
      'UNBALANCED',
    );
    await expectCode(post('GEN', '2031-02-01', pair(a['1000'], a['4000'], '10.00')), 'NO_PERIOD', 'date');
    expect(await t.db.prisma.journalEntry.count({ where: { organizationId: org.organizationId } })).toBe(0);
  });

  it('refuses inactive accounts', async () => {
    const { accountId } = await org.tx((tx) =>
      createAccount(tx, org.actor, { code: '4800', name: 'Old income', type: 'REVENUE' }),
    );
    const draft = await org.tx((tx) =>
      createDraftEntry(tx, org.actor, {
        journalId: org.journal.GEN,
        date: '2026-02-02',
        lines: pair(org.account['1000'], accountId, '5.00'),
      }),
    );
    await org.tx((tx) => deactivateAccount(tx, org.actor, { id: accountId }));
    await expectCode(
      org.tx((tx) => postEntry(tx, org.actor, { id: draft.entryId })),
      'ACCOUNT_INACTIVE',
      'lines.1.accountId',
    );
  });

  it('numbers entries gaplessly per journal and fiscal year, reusing numbers of rolled-back posts', async () => {
    await org.tx((tx) => createFiscalYear(tx, org.actor, { name: '2027', startDate: '2027-01-01' }));
    const a = org.account;
    const numbers: string[] = [];
    numbers.push((await post('GEN', '2026-03-01', pair(a['1000'], a['3000'], '100.00'))).number);
    numbers.push((await post('SAL', '2026-03-02', pair(a['1200'], a['4000'], '50.00'))).number);
    // Posted, then the caller's transaction fails: its number goes back.
    const failed = org.tx(async (tx) => {
      const { entryId } = await createDraftEntry(tx, org.actor, {
        journalId: org.journal.GEN,
        date: '2026-03-03',
        lines: pair(a['1000'], a['3000'], '1.00'),
      });
      await postEntry(tx, org.actor, { id: entryId });
      throw new Error('caller failed after posting');
    });
    await expect(failed).rejects.toThrow('caller failed after posting');
    numbers.push((await post('GEN', '2026-03-04', pair(a['1000'], a['3000'], '100.00'))).number);
    numbers.push((await post('GEN', '2027-01-05', pair(a['1000'], a['3000'], '100.00'))).number);
    numbers.push((await post('SAL', '2026-12-31', pair(a['1200'], a['4000'], '50.00'))).number);
    numbers.push((await post('GEN', '2026-03-05', pair(a['1000'], a['3000'], '100.00'))).number);
    expect(numbers).toEqual([
      'GEN/2026/00001',
      'SAL/2026/00001',
      'GEN/2026/00002',
      'GEN/2027/00001',
      'SAL/2026/00002',
      'GEN/2026/00003',
    ]);
    const entry = await t.db.prisma.journalEntry.findFirstOrThrow({
      where: { organizationId: org.organizationId, number: 'GEN/2026/00001' },
      include: { lines: true },
    });
    expect(entry.status).toBe('POSTED');
    expect(entry.postedAt).toBeInstanceOf(Date);
    expect(entry.lines.every((line) => line.posted)).toBe(true);
    const events = await t.db.prisma.outboxEvent.count({
      where: { organizationId: org.organizationId, type: 'journalEntry.posted' },
    });
    expect(events).toBe(6);
  });

  it('refuses posting twice', async () => {
    const { entryId } = await org.tx((tx) =>
      createDraftEntry(tx, org.actor, {
        journalId: org.journal.GEN,
        date: '2026-03-10',
        lines: pair(org.account['1000'], org.account['3000'], '1.00'),
      }),
    );
    await org.tx((tx) => postEntry(tx, org.actor, { id: entryId }));
    await expectCode(
      org.tx((tx) => postEntry(tx, org.actor, { id: entryId })),
      'ALREADY_POSTED',
      'id',
    );
  });

  describe('foreign currency', () => {
    beforeAll(async () => {
      await org.tx(async (tx) => {
        await setExchangeRate(tx, org.actor, { currency: 'USD', date: '2026-01-01', rate: '0.9' });
        await setExchangeRate(tx, org.actor, { currency: 'USD', date: '2026-04-01', rate: '0.91' });
        // Upsert: the second rate for the day replaces the first.
        await setExchangeRate(tx, org.actor, { currency: 'USD', date: '2026-04-01', rate: '0.9155' });
      });
    });

    it('uses the latest rate on or before the date', async () => {
      const rates = await org.tx(async (tx) => [
        (await rateFor(tx, 'USD', '2026-03-31')).toString(),
        (await rateFor(tx, 'USD', '2026-04-01')).toString(),
        (await rateFor(tx, 'USD', '2026-06-30')).toString(),
        (await rateFor(tx, 'EUR', '2020-01-01')).toString(),
      ]);
      expect(rates).toEqual(['0.9', '0.9155', '0.9155', '1']);
      await expectCode(
        org.tx((tx) => rateFor(tx, 'USD', '2025-12-31')),
        'NO_EXCHANGE_RATE',
      );
      await expectCode(
        org.tx((tx) => setExchangeRate(tx, org.actor, { currency: 'EUR', date: '2026-01-01', rate: '1' })),
        'INVALID_CURRENCY',
        'currency',
      );
      await expectCode(
        org.tx((tx) => setExchangeRate(tx, org.actor, { currency: 'USD', date: '2026-01-01', rate: '0' })),
        'INVALID_AMOUNT',
        'rate',
      );
    });

    it('converts at the rate and books a rounding line for the cent conversion loses', async () => {
      const a = org.account;
      // At 0.9155: 20.02 USD -> 18.32831 -> 18.33 EUR; 10.01 USD -> 9.164155 -> 9.16 EUR, twice -> 18.32 EUR.
      const posted = await post('SAL', '2026-04-10', [
        { accountId: a['1200'], currency: 'USD', amountCurrency: '20.02' },
        { accountId: a['4000'], currency: 'USD', amountCurrency: '-10.01' },
        { accountId: a['4000'], currency: 'USD', amountCurrency: '-10.01' },
      ]);
      const lines = await t.db.prisma.journalLine.findMany({
        where: { organizationId: org.organizationId, entryId: posted.entryId },
        orderBy: { lineNo: 'asc' },
      });
      expect(
        lines.map((line) => [
          line.lineNo,
          line.accountId,
          line.debit.toFixed(2),
          line.credit.toFixed(2),
          line.currency,
          line.amountCurrency.toFixed(2),
          line.rate.toString(),
        ]),
      ).toEqual([
        [1, a['1200'], '18.33', '0.00', 'USD', '20.02', '0.9155'],
        [2, a['4000'], '0.00', '9.16', 'USD', '10.01', '0.9155'],
        [3, a['4000'], '0.00', '9.16', 'USD', '10.01', '0.9155'],
        [4, a['6900'], '0.00', '0.01', 'EUR', '0.01', '1'],
      ]);
    });

    it('refuses differences larger than a cent per foreign line and missing rates', async () => {
      const a = org.account;
      await expectCode(
        post('SAL', '2026-04-10', [
          { accountId: a['1200'], currency: 'USD', amountCurrency: '20.02' },
          { accountId: a['4000'], credit: '18.30' },
        ]),
        'UNBALANCED',
      );
      await expectCode(
        post('SAL', '2026-04-10', [
          { accountId: a['1200'], currency: 'GBP', amountCurrency: '20.00' },
          { accountId: a['4000'], credit: '23.00' },
        ]),
        'NO_EXCHANGE_RATE',
        'lines.0.currency',
      );
      await expectCode(
        post('SAL', '2026-04-10', [
          { accountId: a['1200'], currency: 'USD', debit: '20.00' },
          { accountId: a['4000'], credit: '18.00' },
        ]),
        'INVALID_LINE',
        'lines.0.amountCurrency',
      );
    });
  });
});
