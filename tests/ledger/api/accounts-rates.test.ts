import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../support/app.js';
import { CREATE_ENTRY, POST_ENTRY, apiLedgerOrg, type ApiLedgerOrg } from './helpers.js';

const ACCOUNT = `{ account { code name isActive version subtype } errors { code field } }`;
const STATE = (mutation: string) => `mutation($input: AccountStateInput!) { ${mutation}(input: $input) ${ACCOUNT} }`;
const ACCOUNTS = `query($where: AccountWhere, $orderBy: [AccountOrderBy!]) {
  accounts(first: 100, where: $where, orderBy: $orderBy) { totalCount nodes { code name } }
}`;

describe('ledger API: accounts, exchange rates and posting rules', () => {
  let t: TestApp;
  let ledger: ApiLedgerOrg;

  beforeAll(async () => {
    t = await createTestApp();
    ledger = await apiLedgerOrg(t, 'API Accounts Org');
  });
  afterAll(() => t.close());

  it('filters accounts by type, subtype, activity and text, and sorts them', async () => {
    const banks = await t.gql(ledger.key, ACCOUNTS, {
      where: { type: { equals: 'ASSET' }, subtype: { in: ['BANK', 'CASH'] } },
    });
    expect(banks.data.accounts.nodes.map((node: any) => node.code)).toEqual(['1000', '1100']);
    const search = await t.gql(ledger.key, ACCOUNTS, { where: { search: 'receivable', isActive: true } });
    expect(search.data.accounts.nodes.map((node: any) => node.code)).toEqual(['1200']);
    const byName = await t.gql(ledger.key, ACCOUNTS, {
      where: { code: { startsWith: '6' } },
      orderBy: [{ field: 'NAME', direction: 'DESC' }],
    });
    const names = byName.data.accounts.nodes.map((node: any) => node.name);
    expect(names).toEqual([...names].sort().reverse());
  });

  it('updates, deactivates, activates and deletes an account with versions', async () => {
    const created = await t.gql(
      ledger.key,
      `mutation($input: AccountCreateInput!) { accountCreate(input: $input) ${ACCOUNT} }`,
      { input: { code: '6100', name: 'Travel', type: 'EXPENSE' } },
    );
    expect(created.data.accountCreate.account).toMatchObject({ code: '6100', version: 1 });
    const id = (await t.gql(ledger.key, `{ accounts(first: 1, where: { code: { equals: "6100" } }) { nodes { id } } }`))
      .data.accounts.nodes[0].id;
    const updated = await t.gql(
      ledger.key,
      `mutation($input: AccountUpdateInput!) { accountUpdate(input: $input) ${ACCOUNT} }`,
      {
        input: { id, expectedVersion: 1, name: 'Travel and lodging', subtype: 'OPERATING_EXPENSE' },
      },
    );
    expect(updated.data.accountUpdate).toEqual({
      account: { code: '6100', name: 'Travel and lodging', isActive: true, version: 2, subtype: 'OPERATING_EXPENSE' },
      errors: [],
    });
    const stale = await t.gql(ledger.key, STATE('accountDeactivate'), { input: { id, expectedVersion: 1 } });
    expect(stale.data.accountDeactivate.errors).toEqual([
      { code: 'STALE_VERSION', field: ['input', 'expectedVersion'] },
    ]);
    expect(
      (await t.gql(ledger.key, STATE('accountDeactivate'), { input: { id } })).data.accountDeactivate.account.isActive,
    ).toBe(false);
    const onInactive = await t.gql(ledger.key, CREATE_ENTRY, {
      input: {
        journalId: ledger.journal.GEN,
        date: '2026-03-01',
        lines: [
          { accountId: id, debit: '10.00' },
          { accountId: ledger.account['1100'], credit: '10.00' },
        ],
      },
    });
    // A draft may name an inactive account; posting it may not.
    const draftId = onInactive.data.journalEntryCreate.journalEntry.id;
    const posted = await t.gql(ledger.key, POST_ENTRY, { input: { id: draftId } });
    expect(posted.data.journalEntryPost.errors).toEqual([
      { code: 'ACCOUNT_INACTIVE', message: expect.any(String), field: ['input', 'lines', '0', 'accountId'] },
    ]);
    await t.gql(
      ledger.key,
      `mutation($input: JournalEntryIdInput!) { journalEntryDelete(input: $input) { errors { code } } }`,
      { input: { id: draftId } },
    );
    expect(
      (await t.gql(ledger.key, STATE('accountActivate'), { input: { id } })).data.accountActivate.account.isActive,
    ).toBe(true);
    const deleted = await t.gql(
      ledger.key,
      `mutation($input: AccountStateInput!) { accountDelete(input: $input) { deletedAccountId errors { code } } }`,
      {
        input: { id },
      },
    );
    expect(deleted.data.accountDelete).toEqual({ deletedAccountId: id, errors: [] });
    expect((await t.gql(ledger.key, `query($id: ID!) { account(id: $id) { id } }`, { id })).data.account).toBeNull();
  });

  it('converts a foreign-currency line with the exchange rate set through the API', async () => {
    const rate = await t.gql(
      ledger.key,
      `mutation($input: ExchangeRateSetInput!) { exchangeRateSet(input: $input) { exchangeRate { currency date rate } errors { code } } }`,
      { input: { currency: 'USD', date: '2026-03-01', rate: '0.9' } },
    );
    expect(rate.data.exchangeRateSet).toEqual({
      exchangeRate: { currency: 'USD', date: '2026-03-01', rate: '0.9' },
      errors: [],
    });
    const entry = await t.gql(ledger.key, CREATE_ENTRY, {
      input: {
        journalId: ledger.journal.GEN,
        date: '2026-03-05',
        lines: [
          { accountId: ledger.account['1000'], currency: 'USD', amountCurrency: '100.00' },
          { accountId: ledger.account['3000'], credit: '90.00' },
        ],
      },
    });
    expect(entry.data.journalEntryCreate.errors).toEqual([]);
    expect(entry.data.journalEntryCreate.journalEntry.lines[0]).toMatchObject({ debit: '90', credit: '0' });
  });

  it('points a posting role at another account, refusing one of the wrong type', async () => {
    const SET = `mutation($input: PostingRuleSetInput!) { postingRuleSet(input: $input) { postingRule { role account { code } } errors { code field } } }`;
    const wrong = await t.gql(ledger.key, SET, { input: { role: 'RECEIVABLE', accountId: ledger.account['4000'] } });
    expect(wrong.data.postingRuleSet).toEqual({
      postingRule: null,
      errors: [{ code: 'INVALID_ROLE_ACCOUNT', field: ['input', 'accountId'] }],
    });
    const right = await t.gql(ledger.key, SET, { input: { role: 'BANK', accountId: ledger.account['1000'] } });
    expect(right.data.postingRuleSet).toEqual({ postingRule: { role: 'BANK', account: { code: '1000' } }, errors: [] });
  });
});
