import { expect } from 'vitest';
import type { TestApp, TestOrg } from '../../support/app.js';

/** An organization as the API sees it: an ACCOUNTING key, account and journal IDs by code, fiscal year 2026. */
export interface ApiLedgerOrg {
  org: TestOrg;
  key: string;
  account: Record<string, string>;
  journal: Record<string, string>;
  /** Period IDs of 2026, January first. */
  periods: string[];
}

const ACCOUNTS = `query { accounts(first: 100) { nodes { id code } } journals { id code } }`;
const FISCAL_YEAR = `mutation($input: FiscalYearCreateInput!) {
  fiscalYearCreate(input: $input) { fiscalYear { periods { id } } errors { code message field } }
}`;

export async function apiLedgerOrg(t: TestApp, name: string): Promise<ApiLedgerOrg> {
  const org = await t.newOrg(name);
  const key = await org.key('ACCOUNTING');
  const year = await t.gql(key, FISCAL_YEAR, { input: { name: '2026', startDate: '2026-01-01' } });
  expect(year.data.fiscalYearCreate.errors).toEqual([]);
  const chart = await t.gql(key, ACCOUNTS);
  expect(chart.errors).toBeUndefined();
  return {
    org,
    key,
    account: Object.fromEntries(
      chart.data.accounts.nodes.map((node: { id: string; code: string }) => [node.code, node.id]),
    ),
    journal: Object.fromEntries(chart.data.journals.map((node: { id: string; code: string }) => [node.code, node.id])),
    periods: year.data.fiscalYearCreate.fiscalYear.periods.map((period: { id: string }) => period.id),
  };
}

export const CREATE_ENTRY = `mutation($input: JournalEntryCreateInput!) {
  journalEntryCreate(input: $input) {
    journalEntry { id status number version totalDebit totalCredit lines { lineNo debit credit account { code } } }
    errors { code message field }
  }
}`;

export const POST_ENTRY = `mutation($input: JournalEntryIdInput!) {
  journalEntryPost(input: $input) { journalEntry { id status number postedAt } errors { code message field } }
}`;

/** Base-currency lines debiting one account and crediting another with the same amount. */
export function pair(debitAccount: string, creditAccount: string, amount: string) {
  return [
    { accountId: debitAccount, debit: amount },
    { accountId: creditAccount, credit: amount },
  ];
}

/** Creates a draft and posts it through the API; returns the posted entry. */
export async function postThroughApi(
  t: TestApp,
  ledger: ApiLedgerOrg,
  input: {
    date: string;
    memo?: string;
    lines: { accountId: string; debit?: string; credit?: string }[];
    journal?: string;
  },
): Promise<{ id: string; number: string }> {
  const { journal = 'GEN', ...rest } = input;
  const created = await t.gql(ledger.key, CREATE_ENTRY, { input: { journalId: ledger.journal[journal], ...rest } });
  expect(created.data.journalEntryCreate.errors).toEqual([]);
  const posted = await t.gql(ledger.key, POST_ENTRY, {
    input: { id: created.data.journalEntryCreate.journalEntry.id },
  });
  expect(posted.data.journalEntryPost.errors).toEqual([]);
  return posted.data.journalEntryPost.journalEntry;
}
