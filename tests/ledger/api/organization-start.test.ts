import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiKey, createOrganization } from '../../../src/platform/organizations.js';
import { createTestApp, type TestApp } from '../../support/app.js';
import { CREATE_ENTRY, POST_ENTRY, pair } from './helpers.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const today = () => new Date().toISOString().slice(0, 10);

describe('a new organization', () => {
  it('opens the current calendar year with twelve open periods and posts a journal entry dated today', async () => {
    const created = await createOrganization(t.db.prisma, { name: 'Usable From Day One', baseCurrency: 'EUR' });
    const key = (
      await createApiKey(t.db.prisma, { organizationId: created.organizationId, name: 'Books', roles: ['ACCOUNTING'] })
    ).secret;
    const year = new Date().getUTCFullYear();
    const years = await t.gql(key, '{ fiscalYears { name startDate endDate periods { status } } }');
    expect(years.data.fiscalYears).toEqual([
      {
        name: String(year),
        startDate: `${year}-01-01`,
        endDate: `${year}-12-31`,
        periods: Array.from({ length: 12 }, () => ({ status: 'OPEN' })),
      },
    ]);

    const chart = await t.gql(key, '{ accounts(first: 100) { nodes { id code } } journals { id code } }');
    const account = Object.fromEntries(
      chart.data.accounts.nodes.map((node: { id: string; code: string }) => [node.code, node.id]),
    );
    const journal = chart.data.journals.find((node: { code: string }) => node.code === 'GEN').id;
    const entry = await t.gql(key, CREATE_ENTRY, {
      input: { journalId: journal, date: today(), lines: pair(account['1000'], account['3000'], '10.00') },
    });
    expect(entry.data.journalEntryCreate.errors).toEqual([]);
    const posted = await t.gql(key, POST_ENTRY, { input: { id: entry.data.journalEntryCreate.journalEntry.id } });
    expect(posted.data.journalEntryPost.errors).toEqual([]);
    expect(posted.data.journalEntryPost.journalEntry.status).toBe('POSTED');
    // Its optional arguments are optional: with none, everything up to today.
    const balance = await t.gql(key, '{ trialBalance { totalDebit totalCredit } }');
    expect(balance.errors).toBeUndefined();
    expect(balance.data.trialBalance).toEqual({ totalDebit: '10.00', totalCredit: '10.00' });
  });

  it('opens no year when the caller opens its own (benchmarks, tests)', async () => {
    const created = await createOrganization(t.db.prisma, {
      name: 'Opens Its Own Years',
      baseCurrency: 'EUR',
      openFiscalYear: false,
    });
    const key = (
      await createApiKey(t.db.prisma, { organizationId: created.organizationId, name: 'Books', roles: ['ACCOUNTING'] })
    ).secret;
    expect((await t.gql(key, '{ fiscalYears { name } }')).data.fiscalYears).toEqual([]);
  });
});
