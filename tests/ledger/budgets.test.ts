import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  budgetVsActual,
  closeFiscalYear,
  closePeriod,
  createDraftEntry,
  postEntry,
  setBudget,
} from '../../src/domain/ledger/index.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { expectCode, ledgerOrg, pair, type LedgerOrg } from './helpers.js';

describe('budgets', () => {
  let t: TestApp;
  let org: LedgerOrg;
  const december = () => org.periods[11];

  beforeAll(async () => {
    t = await createTestApp();
    org = await ledgerOrg(t, 'Budget Org');
    await org.tx(async (tx) => {
      const { entryId } = await createDraftEntry(tx, org.actor, {
        journalId: org.journal.GEN,
        date: '2026-12-15',
        lines: pair(org.account['1000'], org.account['4000'], '500.00'),
      });
      await postEntry(tx, org.actor, { id: entryId });
    });
  });
  afterAll(() => t.close());

  it('needs the ACCOUNTING role to set amounts', async () => {
    const amounts = [{ accountId: org.account['4000'], periodId: december(), amount: '450' }];
    await expectCode(
      org.tx((tx) => setBudget(tx, org.as('SALES'), { amounts })),
      'FORBIDDEN',
    );
    await expectCode(
      org.tx((tx) => setBudget(tx, org.actor, { amounts: [] })),
      'REQUIRED',
      'amounts',
    );
    await expectCode(
      org.tx((tx) => setBudget(tx, org.actor, { amounts: [...amounts, ...amounts] })),
      'INVALID_INPUT',
      'amounts.1',
    );
    await org.tx((tx) => setBudget(tx, org.as('ACCOUNTING'), { amounts }));
  });

  it('leaves the year-end closing entry out of the actuals', async () => {
    for (const period of org.periods.slice(0, 11)) await org.tx((tx) => closePeriod(tx, org.actor, { id: period }));
    const yearId = (await t.db.prisma.period.findUniqueOrThrow({ where: { id: december() } })).fiscalYearId;
    await org.tx((tx) => closeFiscalYear(tx, org.actor, { id: yearId }));
    const report = await org.tx((tx) =>
      budgetVsActual(tx, org.actor, { fromPeriodId: december(), toPeriodId: december() }),
    );
    // 50.00 over a budget of 450.00 is 11.11%.
    expect(report.rows.map((row) => [row.code, row.budget, row.actual, row.variance, row.variancePercent])).toEqual([
      ['4000', '450.00', '500.00', '50.00', '11.11'],
    ]);
    expect(report.netIncome).toEqual({
      budget: '450.00',
      actual: '500.00',
      variance: '50.00',
      variancePercent: '11.11',
    });
  });
});
