import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../support/app.js';
import { CREATE_ENTRY, apiLedgerOrg, pair, postThroughApi, type ApiLedgerOrg } from './helpers.js';

const ACCOUNTS = `{ accounts(first: 5) { totalCount nodes { code } } }`;
const ENTRY = `query($id: ID!) { journalEntry(id: $id) { id number } }`;
const NODE = `query($id: ID!) { node(id: $id) { id } }`;
const PERIOD = (mutation: string) =>
  `mutation($input: PeriodIdInput!) { ${mutation}(input: $input) { period { status } errors { code } } }`;

describe('ledger API: roles and tenancy', () => {
  let t: TestApp;
  let home: ApiLedgerOrg;
  let foreign: ApiLedgerOrg;
  let entry: { id: string; number: string };

  beforeAll(async () => {
    t = await createTestApp();
    home = await apiLedgerOrg(t, 'Ledger Home Org');
    foreign = await apiLedgerOrg(t, 'Ledger Foreign Org');
    entry = await postThroughApi(t, home, {
      date: '2026-01-15',
      lines: pair(home.account['1100'], home.account['3000'], '500.00'),
    });
  });
  afterAll(() => t.close());

  it('refuses SALES on reads and writes with FORBIDDEN', async () => {
    const sales = await home.org.key('SALES');
    const read = await t.gql(sales, ACCOUNTS);
    expect(read.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const write = await t.gql(sales, CREATE_ENTRY, {
      input: {
        journalId: home.journal.GEN,
        date: '2026-01-16',
        lines: pair(home.account['1100'], home.account['3000'], '1.00'),
      },
    });
    expect(write.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(write.data?.journalEntryCreate ?? null).toBeNull();
    const report = await t.gql(sales, `{ trialBalance(asOf: "2026-01-31") { totalDebit } }`);
    expect(report.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await t.gql(sales, NODE, { id: entry.id })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('lets ACCOUNTING and ADMIN read the ledger', async () => {
    for (const key of [home.key, home.org.adminKey]) {
      const result = await t.gql(key, ACCOUNTS);
      expect(result.errors).toBeUndefined();
      expect(result.data.accounts.totalCount).toBeGreaterThan(20);
    }
  });

  it('lets ACCOUNTING close a period but only ADMIN reopen or lock it', async () => {
    const [january, february] = home.periods;
    expect((await t.gql(home.key, PERIOD('periodClose'), { input: { id: february } })).data.periodClose.errors).toEqual(
      [],
    );
    const refused = await t.gql(home.key, PERIOD('periodReopen'), { input: { id: february } });
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await t.gql(home.key, PERIOD('periodLock'), { input: { id: january } })).errors?.[0].extensions?.code).toBe(
      'FORBIDDEN',
    );
    const reopened = await t.gql(home.org.adminKey, PERIOD('periodReopen'), { input: { id: february } });
    expect(reopened.data.periodReopen).toEqual({ period: { status: 'OPEN' }, errors: [] });
  });

  it("hides one organization's ledger from another", async () => {
    expect((await t.gql(foreign.key, ENTRY, { id: entry.id })).data.journalEntry).toBeNull();
    expect((await t.gql(foreign.key, NODE, { id: entry.id })).data.node).toBeNull();
    expect((await t.gql(foreign.key, NODE, { id: home.account['1100'] })).data.node).toBeNull();
    const ledger = await t.gql(
      foreign.key,
      `query($id: ID!) { generalLedger(accountId: $id, from: "2026-01-01", to: "2026-01-31") { closingBalance } }`,
      {
        id: home.account['1100'],
      },
    );
    expect(ledger.data.generalLedger).toBeNull();
    const balance = await t.gql(foreign.key, `{ trialBalance(asOf: "2026-12-31") { rows { code } totalDebit } }`);
    expect(balance.data.trialBalance).toEqual({ rows: [], totalDebit: '0.00' });
  });

  it("refuses to post against another organization's accounts, journals or entries", async () => {
    const crossed = await t.gql(foreign.key, CREATE_ENTRY, {
      input: {
        journalId: home.journal.GEN,
        date: '2026-01-20',
        lines: pair(home.account['1100'], foreign.account['3000'], '9.00'),
      },
    });
    expect(crossed.data.journalEntryCreate.journalEntry).toBeNull();
    expect(crossed.data.journalEntryCreate.errors.map((error: any) => error.code)).toContain('NOT_FOUND');
    const reverse = await t.gql(
      foreign.key,
      `mutation($input: JournalEntryReverseInput!) { journalEntryReverse(input: $input) { journalEntry { id } errors { code field } } }`,
      { input: { id: entry.id } },
    );
    expect(reverse.data.journalEntryReverse).toEqual({
      journalEntry: null,
      errors: [{ code: 'NOT_FOUND', field: ['input', 'id'] }],
    });
    expect((await t.gql(home.key, `{ journalEntries(first: 5) { totalCount } }`)).data.journalEntries.totalCount).toBe(
      1,
    );
    expect(
      (await t.gql(foreign.key, `{ journalEntries(first: 5) { totalCount } }`)).data.journalEntries.totalCount,
    ).toBe(0);
  });
});
