import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../support/app.js';
import { CREATE_ENTRY, apiLedgerOrg, pair, postThroughApi, type ApiLedgerOrg } from './helpers.js';

/*
 * The month of a small shop from tests/ledger/worked-example.test.ts, this time through GraphQL
 * (EUR; balances are debit minus credit):
 *   1100 Cash 7,800   1200 Receivable 2,000   1300 Inventory 2,200   2000 Payable -1,500
 *   3000 Equity -10,000   4000 Sales -3,000   5000 COGS 1,800   6000 Operating 700; totals 23,000 each side.
 * Income statement: revenue 3,000 - expenses 2,500 = 500. Balance sheet: assets 12,000
 *   = liabilities 1,500 + equity 10,000 + unclosed earnings 500.
 */
describe('ledger API: worked example', () => {
  let t: TestApp;
  let ledger: ApiLedgerOrg;

  beforeAll(async () => {
    t = await createTestApp();
    ledger = await apiLedgerOrg(t, 'API Shop Org');
    const a = ledger.account;
    const entries = [
      { date: '2026-01-02', memo: 'Owner investment', lines: pair(a['1100'], a['3000'], '10000.00') },
      { date: '2026-01-05', memo: 'Inventory purchase', lines: pair(a['1300'], a['2000'], '4000.00') },
      {
        date: '2026-01-10',
        memo: 'Sale',
        lines: [...pair(a['1200'], a['4000'], '3000.00'), ...pair(a['5000'], a['1300'], '1800.00')],
      },
      { date: '2026-01-15', memo: 'Supplier payment', lines: pair(a['2000'], a['1100'], '2500.00') },
      { date: '2026-01-20', memo: 'Customer receipt', lines: pair(a['1100'], a['1200'], '1000.00') },
      { date: '2026-01-25', memo: 'Rent', lines: pair(a['6000'], a['1100'], '700.00') },
    ];
    for (const entry of entries) await postThroughApi(t, ledger, entry);
    // A draft never counts.
    const draft = await t.gql(ledger.key, CREATE_ENTRY, {
      input: { journalId: ledger.journal.GEN, date: '2026-01-26', lines: pair(a['6000'], a['1100'], '99.00') },
    });
    expect(draft.data.journalEntryCreate.journalEntry).toMatchObject({
      status: 'DRAFT',
      number: null,
      totalDebit: '99',
      totalCredit: '99',
    });
  });
  afterAll(() => t.close());

  it('gives a new organization the default chart and journals', async () => {
    expect(Object.keys(ledger.account)).toEqual(
      expect.arrayContaining(['1100', '1200', '1300', '2000', '3000', '4000', '5000', '6000']),
    );
    expect(Object.keys(ledger.journal).sort()).toEqual(['BNK', 'CSH', 'GEN', 'PUR', 'SAL', 'STK']);
  });

  it('gives the hand-computed trial balance', async () => {
    const result = await t.gql(
      ledger.key,
      `{ trialBalance(asOf: "2026-01-31") { currency rows { code debit credit balance } totalDebit totalCredit } }`,
    );
    const report = result.data.trialBalance;
    expect(Object.fromEntries(report.rows.map((row: any) => [row.code, [row.debit, row.credit, row.balance]]))).toEqual(
      {
        '1100': ['11000.00', '3200.00', '7800.00'],
        '1200': ['3000.00', '1000.00', '2000.00'],
        '1300': ['4000.00', '1800.00', '2200.00'],
        '2000': ['2500.00', '4000.00', '-1500.00'],
        '3000': ['0.00', '10000.00', '-10000.00'],
        '4000': ['0.00', '3000.00', '-3000.00'],
        '5000': ['1800.00', '0.00', '1800.00'],
        '6000': ['700.00', '0.00', '700.00'],
      },
    );
    expect(report).toMatchObject({ currency: 'EUR', totalDebit: '23000.00', totalCredit: '23000.00' });
    const range = await t.gql(
      ledger.key,
      `{ trialBalance(from: "2026-01-11", to: "2026-01-31") { totalDebit totalCredit } }`,
    );
    expect(range.data.trialBalance).toEqual({ totalDebit: '4200.00', totalCredit: '4200.00' });
  });

  it('refuses a trial balance with both asOf and a range', async () => {
    const result = await t.gql(ledger.key, `{ trialBalance(asOf: "2026-01-31", from: "2026-01-01") { totalDebit } }`);
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('gives the hand-computed income statement and balance sheet', async () => {
    const income = await t.gql(
      ledger.key,
      `{ incomeStatement(from: "2026-01-01", to: "2026-01-31") { revenue { rows { code amount } total } expenses { rows { code amount } total } netIncome } }`,
    );
    expect(income.data.incomeStatement).toEqual({
      revenue: { rows: [{ code: '4000', amount: '3000.00' }], total: '3000.00' },
      expenses: {
        rows: [
          { code: '5000', amount: '1800.00' },
          { code: '6000', amount: '700.00' },
        ],
        total: '2500.00',
      },
      netIncome: '500.00',
    });
    const sheet = await t.gql(
      ledger.key,
      `{ balanceSheet(asOf: "2026-01-31") { assets { total } liabilities { total } equity { total } unclosedEarnings totalLiabilitiesAndEquity } }`,
    );
    expect(sheet.data.balanceSheet).toEqual({
      assets: { total: '12000.00' },
      liabilities: { total: '1500.00' },
      equity: { total: '10000.00' },
      unclosedEarnings: '500.00',
      totalLiabilitiesAndEquity: '12000.00',
    });
  });

  it('lists the cash account with opening, running and closing balances', async () => {
    const result = await t.gql(
      ledger.key,
      `query($id: ID!) { generalLedger(accountId: $id, from: "2026-01-10", to: "2026-01-31") { openingBalance closingBalance lines { date debit credit balance } } }`,
      { id: ledger.account['1100'] },
    );
    expect(result.data.generalLedger).toEqual({
      openingBalance: '10000.00',
      closingBalance: '7800.00',
      lines: [
        { date: '2026-01-15', debit: '0.00', credit: '2500.00', balance: '7500.00' },
        { date: '2026-01-20', debit: '1000.00', credit: '0.00', balance: '8500.00' },
        { date: '2026-01-25', debit: '0.00', credit: '700.00', balance: '7800.00' },
      ],
    });
  });

  it('lists entries newest first and filters them by status and date', async () => {
    const result = await t.gql(
      ledger.key,
      `{ journalEntries(first: 3, where: { status: { equals: POSTED }, date: { gte: "2026-01-10" } }) { totalCount nodes { number date memo journal { code } } } }`,
    );
    expect(result.data.journalEntries.totalCount).toBe(4);
    expect(result.data.journalEntries.nodes.map((node: any) => node.date)).toEqual([
      '2026-01-25',
      '2026-01-20',
      '2026-01-15',
    ]);
    expect(result.data.journalEntries.nodes[0]).toMatchObject({
      number: 'GEN/2026/00006',
      memo: 'Rent',
      journal: { code: 'GEN' },
    });
  });

  it('combines entry filters with OR and NOT', async () => {
    const either = await t.gql(
      ledger.key,
      `{ journalEntries(first: 10, where: { OR: [{ date: { equals: "2026-01-02" } }, { date: { equals: "2026-01-25" } }] }) { totalCount } }`,
    );
    expect(either.data.journalEntries.totalCount).toBe(2);
    const drafts = await t.gql(
      ledger.key,
      `{ journalEntries(first: 10, where: { NOT: { status: { equals: POSTED } } }) { nodes { date status } } }`,
    );
    expect(drafts.data.journalEntries.nodes).toEqual([{ date: '2026-01-26', status: 'DRAFT' }]);
  });

  it('loads the accounts of all report rows in one statement, not one per row', async () => {
    const plain = `{ trialBalance(asOf: "2026-01-31") { rows { code } } }`;
    const nested = `{ trialBalance(asOf: "2026-01-31") { rows { code account { code isActive parent { code } } } } }`;
    let rows: { code: string; account: { code: string; isActive: boolean } }[] = [];
    await t.gql(ledger.key, plain);
    const withoutAccounts = await t.countStatements(() => t.gql(ledger.key, plain));
    const withAccounts = await t.countStatements(async () => {
      rows = (await t.gql(ledger.key, nested)).data.trialBalance.rows;
    });
    expect(rows).toHaveLength(8);
    expect(rows.every((row) => row.account.code === row.code && row.account.isActive)).toBe(true);
    expect(withAccounts - withoutAccounts).toBeLessThanOrEqual(2);
  });
});
