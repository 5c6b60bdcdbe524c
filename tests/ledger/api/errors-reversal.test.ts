import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../support/app.js';
import { CREATE_ENTRY, POST_ENTRY, apiLedgerOrg, pair, postThroughApi, type ApiLedgerOrg } from './helpers.js';

const ENTRY_COUNT = `query { journalEntries(first: 1) { totalCount } }`;
const REVERSE = `mutation($input: JournalEntryReverseInput!) {
  journalEntryReverse(input: $input) {
    journalEntry { id number status reversalOf { id reversedBy { id } } lines { debit credit account { code } } }
    errors { code message field }
  }
}`;
const ACCOUNT_CREATE = `mutation($input: AccountCreateInput!) {
  accountCreate(input: $input) { account { id code type subtype parent { code } } errors { code message field } }
}`;

describe('ledger API: payload errors, idempotency and reversal', () => {
  let t: TestApp;
  let ledger: ApiLedgerOrg;
  const entryCount = async () => (await t.gql(ledger.key, ENTRY_COUNT)).data.journalEntries.totalCount;

  beforeAll(async () => {
    t = await createTestApp();
    ledger = await apiLedgerOrg(t, 'API Errors Org');
  });
  afterAll(() => t.close());

  it('keeps an unbalanced draft a draft: posting it reports UNBALANCED and numbers nothing', async () => {
    const a = ledger.account;
    const draft = await t.gql(ledger.key, CREATE_ENTRY, {
      input: {
        journalId: ledger.journal.GEN,
        date: '2026-02-01',
        lines: [
          { accountId: a['1100'], debit: '100.00' },
          { accountId: a['4000'], credit: '90.00' },
        ],
      },
    });
    const id = draft.data.journalEntryCreate.journalEntry.id;
    const posted = await t.gql(ledger.key, POST_ENTRY, { input: { id } });
    expect(posted.data.journalEntryPost.journalEntry).toBeNull();
    expect(posted.data.journalEntryPost.errors.map((error: any) => error.code)).toContain('UNBALANCED');
    const still = await t.gql(ledger.key, `query($id: ID!) { journalEntry(id: $id) { status number postedAt } }`, {
      id,
    });
    expect(still.data.journalEntry).toEqual({ status: 'DRAFT', number: null, postedAt: null });
  });

  it('points at the line field at fault and writes nothing', async () => {
    const before = await entryCount();
    const result = await t.gql(ledger.key, CREATE_ENTRY, {
      input: {
        journalId: ledger.journal.GEN,
        date: '2026-02-01',
        lines: [
          { accountId: ledger.account['1100'], debit: '100.00' },
          { accountId: ledger.journal.GEN, credit: '100.00' },
        ],
      },
    });
    expect(result.data.journalEntryCreate.errors).toEqual([
      { code: 'NOT_FOUND', message: expect.stringContaining('Account'), field: ['input', 'lines', '1', 'accountId'] },
    ]);
    expect(await entryCount()).toBe(before);
  });

  it('refuses to post into a closed period with PERIOD_CLOSED', async () => {
    const close = await t.gql(
      ledger.key,
      `mutation($input: PeriodIdInput!) { periodClose(input: $input) { period { status } errors { code } } }`,
      {
        input: { id: ledger.periods[11] },
      },
    );
    expect(close.data.periodClose).toEqual({ period: { status: 'CLOSED' }, errors: [] });
    const draft = await t.gql(ledger.key, CREATE_ENTRY, {
      input: {
        journalId: ledger.journal.GEN,
        date: '2026-12-15',
        lines: pair(ledger.account['6000'], ledger.account['1100'], '50.00'),
      },
    });
    const id = draft.data.journalEntryCreate.journalEntry.id;
    const posted = await t.gql(ledger.key, POST_ENTRY, { input: { id } });
    expect(posted.data.journalEntryPost.journalEntry).toBeNull();
    expect(posted.data.journalEntryPost.errors[0].code).toBe('PERIOD_CLOSED');
    const still = await t.gql(ledger.key, `query($id: ID!) { journalEntry(id: $id) { status number } }`, { id });
    expect(still.data.journalEntry).toEqual({ status: 'DRAFT', number: null });
  });

  it('reports invalid account input with codes and field paths', async () => {
    const result = await t.gql(ledger.key, ACCOUNT_CREATE, {
      input: { code: 'bad code!', name: 'Bad', type: 'ASSET', subtype: 'SALES' },
    });
    const errors = result.data.accountCreate.errors.map((error: any) => [error.code, error.field]);
    expect(errors).toEqual(
      expect.arrayContaining([
        ['INVALID_CODE', ['input', 'code']],
        ['INVALID_SUBTYPE', ['input', 'subtype']],
      ]),
    );
    const created = await t.gql(ledger.key, ACCOUNT_CREATE, {
      input: { code: '1110', name: 'Petty cash', type: 'ASSET', subtype: 'CASH', parentId: ledger.account['1'] },
    });
    expect(created.data.accountCreate).toMatchObject({
      account: { code: '1110', type: 'ASSET', subtype: 'CASH', parent: { code: '1' } },
      errors: [],
    });
    const taken = await t.gql(ledger.key, ACCOUNT_CREATE, { input: { code: '1110', name: 'Again', type: 'ASSET' } });
    expect(taken.data.accountCreate.errors[0]).toMatchObject({ code: 'CODE_TAKEN' });
  });

  it('creates a draft once per idempotency key and refuses the key with a different input', async () => {
    const before = await entryCount();
    const input = {
      journalId: ledger.journal.GEN,
      date: '2026-03-03',
      memo: 'Once',
      lines: pair(ledger.account['6000'], ledger.account['1100'], '12.34'),
      idempotencyKey: 'entry-once-1',
    };
    const first = await t.gql(ledger.key, CREATE_ENTRY, { input });
    const again = await t.gql(ledger.key, CREATE_ENTRY, { input });
    expect(again.data.journalEntryCreate.journalEntry.id).toBe(first.data.journalEntryCreate.journalEntry.id);
    expect(await entryCount()).toBe(before + 1);
    const different = await t.gql(ledger.key, CREATE_ENTRY, { input: { ...input, memo: 'Twice' } });
    expect(different.data.journalEntryCreate.errors[0].code).toBe('IDEMPOTENCY_CONFLICT');
    expect(await entryCount()).toBe(before + 1);
  });

  it('reverses a posted entry once, linking both ways', async () => {
    const original = await postThroughApi(t, ledger, {
      date: '2026-04-10',
      lines: pair(ledger.account['6000'], ledger.account['1100'], '250.00'),
    });
    const reversed = await t.gql(ledger.key, REVERSE, { input: { id: original.id, date: '2026-04-11' } });
    const reversal = reversed.data.journalEntryReverse.journalEntry;
    expect(reversed.data.journalEntryReverse.errors).toEqual([]);
    expect(reversal).toMatchObject({
      status: 'POSTED',
      reversalOf: { id: original.id, reversedBy: [{ id: reversal.id }] },
    });
    expect(reversal.lines.map((line: any) => [line.account.code, line.debit, line.credit])).toEqual([
      ['6000', '0', '250'],
      ['1100', '250', '0'],
    ]);
    const twice = await t.gql(ledger.key, REVERSE, { input: { id: original.id } });
    expect(twice.data.journalEntryReverse).toMatchObject({
      journalEntry: null,
      errors: [{ code: 'ALREADY_REVERSED' }],
    });
    const balance = await t.gql(
      ledger.key,
      `{ trialBalance(from: "2026-04-01", to: "2026-04-30") { rows { code balance } } }`,
    );
    expect(balance.data.trialBalance.rows).toEqual([
      { code: '1100', balance: '0.00' },
      { code: '6000', balance: '0.00' },
    ]);
  });

  it('updates and deletes drafts but never posted entries', async () => {
    const draft = await t.gql(ledger.key, CREATE_ENTRY, {
      input: {
        journalId: ledger.journal.GEN,
        date: '2026-05-05',
        lines: pair(ledger.account['6000'], ledger.account['1100'], '10.00'),
      },
    });
    const { id, version } = draft.data.journalEntryCreate.journalEntry;
    const update = await t.gql(
      ledger.key,
      `mutation($input: JournalEntryUpdateInput!) { journalEntryUpdate(input: $input) { journalEntry { memo totalDebit version } errors { code field } } }`,
      {
        input: {
          id,
          expectedVersion: version,
          journalId: ledger.journal.GEN,
          date: '2026-05-06',
          memo: 'Changed',
          lines: pair(ledger.account['6000'], ledger.account['1100'], '20.00'),
        },
      },
    );
    expect(update.data.journalEntryUpdate).toEqual({
      journalEntry: { memo: 'Changed', totalDebit: '20', version: version + 1 },
      errors: [],
    });
    const deleted = await t.gql(
      ledger.key,
      `mutation($input: JournalEntryIdInput!) { journalEntryDelete(input: $input) { deletedJournalEntryId errors { code } } }`,
      {
        input: { id },
      },
    );
    expect(deleted.data.journalEntryDelete).toEqual({ deletedJournalEntryId: id, errors: [] });
    const posted = await postThroughApi(t, ledger, {
      date: '2026-05-07',
      lines: pair(ledger.account['6000'], ledger.account['1100'], '5.00'),
    });
    const refused = await t.gql(
      ledger.key,
      `mutation($input: JournalEntryIdInput!) { journalEntryDelete(input: $input) { deletedJournalEntryId errors { code } } }`,
      {
        input: { id: posted.id },
      },
    );
    expect(refused.data.journalEntryDelete).toEqual({
      deletedJournalEntryId: null,
      errors: [{ code: 'ALREADY_POSTED' }],
    });
  });
});
