import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../support/app.js';
import { apiLedgerOrg, pair, postThroughApi, type ApiLedgerOrg } from './helpers.js';

const SET = `mutation($input: BudgetSetInput!) {
  budgetSet(input: $input) { amounts { account { code } period { number } amount } errors { code message field } }
}`;
const REPORT = `query($from: ID!, $to: ID!) {
  budgetVsActual(fromPeriodId: $from, toPeriodId: $to) {
    currency fromDate toDate
    rows { code type budget actual variance variancePercent }
    revenue { budget actual variance variancePercent }
    expenses { budget actual variance variancePercent }
    netIncome { budget actual variance variancePercent }
  }
}`;

describe('ledger API: budgets and budget versus actual', () => {
  let t: TestApp;
  let ledger: ApiLedgerOrg;
  const amount = (code: string, period: number, value: string) => ({
    accountId: ledger.account[code],
    periodId: ledger.periods[period - 1],
    amount: value,
  });

  beforeAll(async () => {
    t = await createTestApp();
    ledger = await apiLedgerOrg(t, 'API Budget Org');
    const a = ledger.account;
    await postThroughApi(t, ledger, { date: '2026-01-10', lines: pair(a['1000'], a['4000'], '950.00') });
    await postThroughApi(t, ledger, { date: '2026-01-20', lines: pair(a['6000'], a['1000'], '250.00') });
    await postThroughApi(t, ledger, { date: '2026-02-12', lines: pair(a['1200'], a['4000'], '1250.50') });
    await postThroughApi(t, ledger, { date: '2026-02-14', lines: pair(a['1000'], a['4900'], '40.00') });
    await postThroughApi(t, ledger, { date: '2026-03-05', lines: pair(a['6000'], a['1000'], '320.00') });
    await postThroughApi(t, ledger, { date: '2026-04-02', lines: pair(a['1000'], a['4000'], '999.00') });
  });
  afterAll(() => t.close());

  it('stores amounts per account and period and replaces them when set again', async () => {
    const first = await t.gql(ledger.key, SET, {
      input: {
        amounts: [
          amount('4000', 1, '1000'),
          amount('4000', 2, '1000'),
          amount('4000', 3, '1200'),
          amount('6000', 1, '300'),
          amount('6000', 2, '300'),
          amount('6000', 3, '300'),
          amount('5000', 1, '400'),
        ],
      },
    });
    expect(first.data.budgetSet.errors).toEqual([]);
    expect(first.data.budgetSet.amounts[0]).toEqual({
      account: { code: '4000' },
      period: { number: 1 },
      amount: '1000.00',
    });
    const revised = await t.gql(ledger.key, SET, { input: { amounts: [amount('4000', 2, '1100.00')] } });
    expect(revised.data.budgetSet.amounts).toEqual([
      { account: { code: '4000' }, period: { number: 2 }, amount: '1100.00' },
    ]);
  });

  it('compares budget with posted actuals over a run of periods', async () => {
    const result = await t.gql(ledger.key, REPORT, { from: ledger.periods[0], to: ledger.periods[2] });
    expect(result.errors).toBeUndefined();
    const report = result.data.budgetVsActual;
    expect([report.currency, report.fromDate, report.toDate]).toEqual(['EUR', '2026-01-01', '2026-03-31']);
    // Sales: budget 1000 + 1100 + 1200, actual 950.00 + 1250.50 (April's 999.00 is outside); -1099.50 / 3300 = -33.318%.
    // Other income has no budget; cost of goods sold no postings; operating expenses 250.00 + 320.00 against 3 x 300.
    expect(report.rows).toEqual([
      {
        code: '4000',
        type: 'REVENUE',
        budget: '3300.00',
        actual: '2200.50',
        variance: '-1099.50',
        variancePercent: '-33.32',
      },
      { code: '4900', type: 'REVENUE', budget: '0.00', actual: '40.00', variance: '40.00', variancePercent: null },
      {
        code: '5000',
        type: 'EXPENSE',
        budget: '400.00',
        actual: '0.00',
        variance: '-400.00',
        variancePercent: '-100.00',
      },
      {
        code: '6000',
        type: 'EXPENSE',
        budget: '900.00',
        actual: '570.00',
        variance: '-330.00',
        variancePercent: '-36.67',
      },
    ]);
    expect(report.revenue).toEqual({
      budget: '3300.00',
      actual: '2240.50',
      variance: '-1059.50',
      variancePercent: '-32.11',
    });
    expect(report.expenses).toEqual({
      budget: '1300.00',
      actual: '570.00',
      variance: '-730.00',
      variancePercent: '-56.15',
    });
    // -329.50 / 2000 = -16.475%, rounded half up (away from zero).
    expect(report.netIncome).toEqual({
      budget: '2000.00',
      actual: '1670.50',
      variance: '-329.50',
      variancePercent: '-16.48',
    });
  });

  it('reports one period on its own', async () => {
    const february = (await t.gql(ledger.key, REPORT, { from: ledger.periods[1], to: ledger.periods[1] })).data
      .budgetVsActual;
    expect(february.rows).toEqual([
      {
        code: '4000',
        type: 'REVENUE',
        budget: '1100.00',
        actual: '1250.50',
        variance: '150.50',
        variancePercent: '13.68',
      },
      { code: '4900', type: 'REVENUE', budget: '0.00', actual: '40.00', variance: '40.00', variancePercent: null },
      {
        code: '6000',
        type: 'EXPENSE',
        budget: '300.00',
        actual: '0.00',
        variance: '-300.00',
        variancePercent: '-100.00',
      },
    ]);
  });

  it('refuses amounts it cannot store and sets none of them', async () => {
    const result = await t.gql(ledger.key, SET, {
      input: { amounts: [amount('6000', 4, '10.00'), amount('4000', 4, '10.001'), amount('1000', 4, '5.00')] },
    });
    expect(result.data.budgetSet.amounts).toBeNull();
    expect(
      result.data.budgetSet.errors.map((error: { code: string; field: string[] }) => [
        error.code,
        error.field.join('.'),
      ]),
    ).toEqual([
      ['INVALID_SCALE', 'input.amounts.1.amount'],
      ['INVALID_INPUT', 'input.amounts.2.accountId'],
    ]);
    const april = (await t.gql(ledger.key, REPORT, { from: ledger.periods[3], to: ledger.periods[3] })).data
      .budgetVsActual;
    expect(april.expenses.budget).toBe('0.00');
  });

  it('needs both periods in one fiscal year, in order', async () => {
    const reversed = await t.gql(ledger.key, REPORT, { from: ledger.periods[2], to: ledger.periods[0] });
    expect(reversed.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const wrongType = await t.gql(ledger.key, REPORT, { from: ledger.account['4000'], to: ledger.periods[0] });
    expect(wrongType.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});
