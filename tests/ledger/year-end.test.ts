import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  balanceSheet,
  closeFiscalYear,
  closePeriod,
  createDraftEntry,
  createFiscalYear,
  incomeStatement,
  postEntry,
  trialBalance,
  type EntryLineInput,
} from '../../src/domain/ledger/index.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { expectCode, ledgerOrg, pair, type LedgerOrg } from './helpers.js';

describe('year-end close', () => {
  let t: TestApp;
  let org: LedgerOrg;
  let yearId: string;

  beforeAll(async () => {
    t = await createTestApp();
    org = await ledgerOrg(t, 'Year End Org');
    yearId = (
      await t.db.prisma.fiscalYear.findFirstOrThrow({ where: { organizationId: org.organizationId, name: '2026' } })
    ).id;
    await org.tx((tx) => createFiscalYear(tx, org.actor, { name: '2027', startDate: '2027-01-01' }));
    const a = org.account;
    const post = (date: string, lines: EntryLineInput[]) =>
      org.tx(async (tx) => {
        const { entryId } = await createDraftEntry(tx, org.actor, { journalId: org.journal.GEN, date, lines });
        await postEntry(tx, org.actor, { id: entryId });
      });
    await post('2026-01-10', pair(a['1000'], a['4000'], '1000.00'));
    await post('2026-03-15', pair(a['6000'], a['1000'], '250.50'));
    await post('2026-06-01', pair(a['1000'], a['4900'], '80.25'));
    await post('2026-12-20', pair(a['5000'], a['1000'], '300.00'));
    await post('2027-01-05', pair(a['6000'], a['1000'], '40.00'));
  });
  afterAll(() => t.close());

  const close = (roles: ('ADMIN' | 'ACCOUNTING')[] = ['ADMIN']) =>
    org.tx((tx) => closeFiscalYear(tx, org.as(...roles), { id: yearId }));

  it('needs an administrator and every period but the last closed', async () => {
    await expectCode(close(['ACCOUNTING']), 'FORBIDDEN');
    await expectCode(close(), 'PERIOD_STILL_OPEN', 'id');
    for (const period of org.periods.slice(0, 11)) await org.tx((tx) => closePeriod(tx, org.actor, { id: period }));
  });

  it('moves the year’s revenue and expenses into retained earnings', async () => {
    const { closingEntryId } = await close();
    const year = await t.db.prisma.fiscalYear.findUniqueOrThrow({ where: { id: yearId } });
    expect(year.closedAt).not.toBeNull();
    expect(year.closingEntryId).toBe(closingEntryId);
    const last = await t.db.prisma.period.findUniqueOrThrow({ where: { id: org.periods[11] } });
    expect(last.status).toBe('CLOSED');

    const entry = await t.db.prisma.journalEntry.findUniqueOrThrow({
      where: { id: closingEntryId! },
      include: { lines: true },
    });
    expect([entry.status, entry.date.toISOString().slice(0, 10), entry.sourceType, entry.sourcePurpose]).toEqual([
      'POSTED',
      '2026-12-31',
      'FiscalYear',
      'YEAR_END_CLOSE',
    ]);
    const code = Object.fromEntries(Object.entries(org.account).map(([accountCode, id]) => [id, accountCode]));
    const lines = entry.lines
      .map((line) => [code[line.accountId], line.debit.toFixed(2), line.credit.toFixed(2)])
      .sort();
    // Revenue 1000.00 + 80.25, expenses 250.50 + 300.00: net income 529.75.
    expect(lines).toEqual([
      ['3900', '0.00', '529.75'],
      ['4000', '1000.00', '0.00'],
      ['4900', '80.25', '0.00'],
      ['5000', '0.00', '300.00'],
      ['6000', '0.00', '250.50'],
    ]);

    const report = await org.tx(async (tx) => ({
      spanning: await incomeStatement(tx, org.actor, { from: '2026-01-01', to: '2027-12-31' }),
      sheet: await balanceSheet(tx, org.actor, { asOf: '2026-12-31' }),
      trial: await trialBalance(tx, org.actor, { asOf: '2027-12-31' }),
    }));
    // Only 2027's 40.00 of expenses is left in revenue and expense accounts.
    expect([report.spanning.revenue.total, report.spanning.expenses.total, report.spanning.netIncome]).toEqual([
      '0.00',
      '40.00',
      '-40.00',
    ]);
    expect(report.sheet.unclosedEarnings).toBe('0.00');
    expect(report.sheet.equity.rows.find((row) => row.code === '3900')?.amount).toBe('529.75');
    expect(report.sheet.totalLiabilitiesAndEquity).toBe(report.sheet.assets.total);
    expect(report.trial.totalDebit).toBe(report.trial.totalCredit);
  });

  it('refuses to close a year twice', async () => {
    await expectCode(close(), 'FISCAL_YEAR_CLOSED', 'id');
  });
});
