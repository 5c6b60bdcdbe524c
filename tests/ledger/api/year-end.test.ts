import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../support/app.js';
import { apiLedgerOrg, pair, postThroughApi, type ApiLedgerOrg } from './helpers.js';

const CLOSE_YEAR = `mutation($input: FiscalYearCloseInput!) {
  fiscalYearClose(input: $input) {
    fiscalYear { id closedAt periods { status } }
    closingEntry { date status lines { debit credit account { code } } }
    errors { code message field }
  }
}`;
const CLOSE_PERIOD = `mutation($input: PeriodIdInput!) { periodClose(input: $input) { errors { code } } }`;
const REPORTS = `query {
  next: incomeStatement(from: "2027-01-01", to: "2027-12-31") { revenue { total } expenses { total } netIncome }
  balanceSheet(asOf: "2026-12-31") { equity { rows { code amount } } unclosedEarnings }
  trialBalance(asOf: "2027-12-31") { totalDebit totalCredit }
}`;

describe('ledger API: year-end close', () => {
  let t: TestApp;
  let ledger: ApiLedgerOrg;
  let yearId: string;

  beforeAll(async () => {
    t = await createTestApp();
    ledger = await apiLedgerOrg(t, 'API Year End Org');
    const next = await t.gql(
      ledger.key,
      `mutation { fiscalYearCreate(input: { name: "2027", startDate: "2027-01-01" }) { errors { code } } }`,
    );
    expect(next.data.fiscalYearCreate.errors).toEqual([]);
    yearId = (await t.gql(ledger.key, `{ fiscalYears { id name } }`)).data.fiscalYears.find(
      (year: { name: string }) => year.name === '2026',
    ).id;
    const a = ledger.account;
    await postThroughApi(t, ledger, { date: '2026-02-03', lines: pair(a['1200'], a['4000'], '2400.00') });
    await postThroughApi(t, ledger, { date: '2026-05-12', lines: pair(a['6000'], a['1000'], '610.40') });
    await postThroughApi(t, ledger, { date: '2026-11-30', lines: pair(a['5000'], a['1300'], '900.00') });
  });
  afterAll(() => t.close());

  it('is for administrators only', async () => {
    const refused = await t.gql(ledger.key, CLOSE_YEAR, { input: { id: yearId } });
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('reports open periods as a payload error', async () => {
    const result = await t.gql(ledger.org.adminKey, CLOSE_YEAR, { input: { id: yearId } });
    expect(result.data.fiscalYearClose.fiscalYear).toBeNull();
    expect(result.data.fiscalYearClose.errors).toEqual([
      { code: 'PERIOD_STILL_OPEN', message: expect.stringContaining('2026-01'), field: ['input', 'id'] },
    ]);
  });

  it('closes the year into retained earnings; the next year starts from zero', async () => {
    for (const id of ledger.periods.slice(0, 11)) {
      expect((await t.gql(ledger.key, CLOSE_PERIOD, { input: { id } })).data.periodClose.errors).toEqual([]);
    }
    const result = await t.gql(ledger.org.adminKey, CLOSE_YEAR, { input: { id: yearId } });
    const payload = result.data.fiscalYearClose;
    expect(payload.errors).toEqual([]);
    expect(payload.fiscalYear.closedAt).not.toBeNull();
    expect(payload.fiscalYear.periods.every((period: { status: string }) => period.status === 'CLOSED')).toBe(true);
    // Revenue 2400.00, expenses 610.40 + 900.00: net income 889.60. Line amounts are plain decimals, as on every entry.
    expect(payload.closingEntry.date).toBe('2026-12-31');
    expect(payload.closingEntry.status).toBe('POSTED');
    const lines = payload.closingEntry.lines.map((line: any) => [line.account.code, line.debit, line.credit]).sort();
    expect(lines).toEqual([
      ['3900', '0', '889.6'],
      ['4000', '2400', '0'],
      ['5000', '0', '900'],
      ['6000', '0', '610.4'],
    ]);

    const reports = (await t.gql(ledger.key, REPORTS)).data;
    expect(reports.next).toEqual({ revenue: { total: '0.00' }, expenses: { total: '0.00' }, netIncome: '0.00' });
    expect(reports.balanceSheet.unclosedEarnings).toBe('0.00');
    expect(reports.balanceSheet.equity.rows).toContainEqual({ code: '3900', amount: '889.60' });
    expect(reports.trialBalance.totalDebit).toBe(reports.trialBalance.totalCredit);
  });

  it('refuses to close the year twice', async () => {
    const again = await t.gql(ledger.org.adminKey, CLOSE_YEAR, { input: { id: yearId } });
    expect(again.data.fiscalYearClose.errors).toEqual([
      { code: 'FISCAL_YEAR_CLOSED', message: expect.any(String), field: ['input', 'id'] },
    ]);
  });
});
