import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  balanceSheet,
  createDraftEntry,
  generalLedger,
  incomeStatement,
  postEntry,
  trialBalance,
  type EntryLineInput,
} from '../../src/domain/ledger/index.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { ledgerOrg, pair, type LedgerOrg } from './helpers.js';

/*
 * A month of a small shop, in EUR, computed by hand:
 *   01-02 owner invests 10,000 cash     Dr 1100 Cash 10,000        Cr 3000 Owner's equity 10,000
 *   01-05 buys inventory on account     Dr 1300 Inventory 4,000    Cr 2000 Accounts payable 4,000
 *   01-10 sells on account              Dr 1200 Receivable 3,000   Cr 4000 Sales 3,000
 *         cost of the goods sold        Dr 5000 COGS 1,800         Cr 1300 Inventory 1,800
 *   01-15 pays the supplier             Dr 2000 Payable 2,500      Cr 1100 Cash 2,500
 *   01-20 receives from the customer    Dr 1100 Cash 1,000         Cr 1200 Receivable 1,000
 *   01-25 pays rent                     Dr 6000 Operating exp. 700 Cr 1100 Cash 700
 *
 * Balances (debit - credit):
 *   1100 Cash         D 11,000  C 3,200   =   7,800
 *   1200 Receivable   D  3,000  C 1,000   =   2,000
 *   1300 Inventory    D  4,000  C 1,800   =   2,200
 *   2000 Payable      D  2,500  C 4,000   =  -1,500
 *   3000 Equity                 C 10,000  = -10,000
 *   4000 Sales                  C 3,000   =  -3,000
 *   5000 COGS         D  1,800            =   1,800
 *   6000 Operating    D    700            =     700
 *   totals            D 23,000  C 23,000; balances sum to 0
 *
 * Income statement for January: revenue 3,000 - expenses (1,800 + 700) 2,500 = net income 500.
 * Balance sheet at January 31: assets 7,800 + 2,000 + 2,200 = 12,000
 *   = liabilities 1,500 + equity 10,000 + unclosed earnings 500.
 */
describe('worked example: trial balance and general ledger', () => {
  let t: TestApp;
  let org: LedgerOrg;

  beforeAll(async () => {
    t = await createTestApp();
    org = await ledgerOrg(t, 'Shop Org');
    const a = org.account;
    const entries: [string, string, EntryLineInput[]][] = [
      ['2026-01-02', 'Owner investment', pair(a['1100'], a['3000'], '10000.00')],
      ['2026-01-05', 'Inventory purchase', pair(a['1300'], a['2000'], '4000.00')],
      ['2026-01-10', 'Sale', [...pair(a['1200'], a['4000'], '3000.00'), ...pair(a['5000'], a['1300'], '1800.00')]],
      ['2026-01-15', 'Supplier payment', pair(a['2000'], a['1100'], '2500.00')],
      ['2026-01-20', 'Customer receipt', pair(a['1100'], a['1200'], '1000.00')],
      ['2026-01-25', 'Rent', pair(a['6000'], a['1100'], '700.00')],
    ];
    for (const [date, memo, lines] of entries) {
      await org.tx(async (tx) => {
        const { entryId } = await createDraftEntry(tx, org.actor, { journalId: org.journal.GEN, date, memo, lines });
        await postEntry(tx, org.actor, { id: entryId });
      });
    }
    // A draft never counts.
    await org.tx((tx) =>
      createDraftEntry(tx, org.actor, {
        journalId: org.journal.GEN,
        date: '2026-01-26',
        lines: pair(a['6000'], a['1100'], '99.00'),
      }),
    );
  });
  afterAll(() => t.close());

  it('gives the hand-computed trial balance as of the month end', async () => {
    const report = await org.tx((tx) => trialBalance(tx, org.actor, { asOf: '2026-01-31' }));
    const byCode = Object.fromEntries(report.rows.map((row) => [row.code, [row.debit, row.credit, row.balance]]));
    expect(byCode).toEqual({
      '1100': ['11000.00', '3200.00', '7800.00'],
      '1200': ['3000.00', '1000.00', '2000.00'],
      '1300': ['4000.00', '1800.00', '2200.00'],
      '2000': ['2500.00', '4000.00', '-1500.00'],
      '3000': ['0.00', '10000.00', '-10000.00'],
      '4000': ['0.00', '3000.00', '-3000.00'],
      '5000': ['1800.00', '0.00', '1800.00'],
      '6000': ['700.00', '0.00', '700.00'],
    });
    expect(report).toMatchObject({ currency: 'EUR', totalDebit: '23000.00', totalCredit: '23000.00' });
  });

  it('cuts the trial balance by date and by range', async () => {
    const early = await org.tx((tx) => trialBalance(tx, org.actor, { asOf: '2026-01-12' }));
    expect(early.totalDebit).toBe('18800.00');
    expect(early.rows.find((row) => row.code === '1100')?.balance).toBe('10000.00');
    const late = await org.tx((tx) => trialBalance(tx, org.actor, { from: '2026-01-11', to: '2026-01-31' }));
    expect(late.rows.find((row) => row.code === '1100')).toMatchObject({
      debit: '1000.00',
      credit: '3200.00',
      balance: '-2200.00',
    });
    expect(late).toMatchObject({ totalDebit: '4200.00', totalCredit: '4200.00' });
  });

  it('lists the cash account with opening, running and closing balances', async () => {
    const ledger = await org.tx((tx) =>
      generalLedger(tx, org.actor, { accountId: org.account['1100'], from: '2026-01-10', to: '2026-01-31' }),
    );
    expect(ledger.openingBalance).toBe('10000.00');
    expect(ledger.lines.map((line) => [line.date, line.debit, line.credit, line.balance])).toEqual([
      ['2026-01-15', '0.00', '2500.00', '7500.00'],
      ['2026-01-20', '1000.00', '0.00', '8500.00'],
      ['2026-01-25', '0.00', '700.00', '7800.00'],
    ]);
    expect(ledger.lines.every((line) => /^GEN\/2026\/0000\d$/.test(line.number ?? ''))).toBe(true);
    expect(ledger.closingBalance).toBe('7800.00');
  });

  it('gives the hand-computed income statement and balance sheet', async () => {
    const income = await org.tx((tx) => incomeStatement(tx, org.actor, { from: '2026-01-01', to: '2026-01-31' }));
    expect(income.revenue).toEqual({
      rows: [{ accountId: org.account['4000'], code: '4000', name: 'Sales', amount: '3000.00' }],
      total: '3000.00',
    });
    expect(income.expenses.rows.map((row) => [row.code, row.amount])).toEqual([
      ['5000', '1800.00'],
      ['6000', '700.00'],
    ]);
    expect([income.expenses.total, income.netIncome]).toEqual(['2500.00', '500.00']);

    const sheet = await org.tx((tx) => balanceSheet(tx, org.actor, { asOf: '2026-01-31' }));
    expect(sheet.assets.rows.map((row) => [row.code, row.amount])).toEqual([
      ['1100', '7800.00'],
      ['1200', '2000.00'],
      ['1300', '2200.00'],
    ]);
    expect(sheet).toMatchObject({
      currency: 'EUR',
      assets: { total: '12000.00' },
      liabilities: { total: '1500.00' },
      equity: { total: '10000.00' },
      unclosedEarnings: '500.00',
      totalLiabilitiesAndEquity: '12000.00',
    });
  });
});
