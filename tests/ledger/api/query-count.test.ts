import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../support/app.js';
import { CREATE_ENTRY, apiLedgerOrg, pair, type ApiLedgerOrg } from './helpers.js';

const NESTED = `query($first: Int) {
  journalEntries(first: $first) { totalCount nodes { number journal { code } lines { debit account { code } } reversalOf { id } } }
}`;

async function orgWithEntries(t: TestApp, count: number): Promise<ApiLedgerOrg> {
  const ledger = await apiLedgerOrg(t, `Ledger ${count} Entries Org`);
  for (let index = 0; index < count; index += 1) {
    const result = await t.gql(ledger.key, CREATE_ENTRY, {
      input: {
        journalId: ledger.journal.GEN,
        date: '2026-02-10',
        lines: pair(ledger.account['6000'], ledger.account['1100'], `${index + 1}.00`),
      },
    });
    expect(result.data.journalEntryCreate.errors).toEqual([]);
  }
  return ledger;
}

describe('ledger API: nested reads', () => {
  let t: TestApp;
  let small: ApiLedgerOrg;
  let large: ApiLedgerOrg;

  beforeAll(async () => {
    t = await createTestApp();
    small = await orgWithEntries(t, 5);
    large = await orgWithEntries(t, 50);
  });
  afterAll(() => t.close());

  it('reads entries with their lines, accounts and journal in as many statements for 50 entries as for 5', async () => {
    const run = async (ledger: ApiLedgerOrg, first: number) => {
      let body: { data: any; errors?: unknown } | undefined;
      const statements = await t.countStatements(async () => {
        body = await t.gql(ledger.key, NESTED, { first });
      });
      expect(body?.errors).toBeUndefined();
      expect(body?.data.journalEntries.nodes).toHaveLength(first);
      expect(body?.data.journalEntries.nodes[0]).toMatchObject({
        journal: { code: 'GEN' },
        lines: [{ account: { code: '6000' } }, { account: { code: '1100' } }],
      });
      return statements;
    };
    // Warm both keys so both runs do the same authentication work.
    await run(small, 5);
    await run(large, 50);
    expect(await run(large, 50)).toBe(await run(small, 5));
  });
});
