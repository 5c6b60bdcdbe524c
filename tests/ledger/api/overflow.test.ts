// Issue 21 item 6: rates and amounts a DECIMAL column cannot hold are refused with OUT_OF_RANGE on
// their field (not a masked "numeric field overflow"); nothing is written.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../support/app.js';
import { CREATE_ENTRY, apiLedgerOrg, type ApiLedgerOrg } from './helpers.js';

const SET_RATE = `mutation($input: ExchangeRateSetInput!) { exchangeRateSet(input: $input) { exchangeRate { rate } errors { code message field } } }`;

let t: TestApp;
let ledger: ApiLedgerOrg;

beforeAll(async () => {
  t = await createTestApp();
  ledger = await apiLedgerOrg(t, 'Overflow Ledger');
});
afterAll(() => t.close());

async function written() {
  const where = { organizationId: ledger.org.organizationId };
  const [rates, entries, lines] = await Promise.all([
    t.db.prisma.exchangeRate.count({ where }),
    t.db.prisma.journalEntry.count({ where }),
    t.db.prisma.journalLine.count({ where }),
  ]);
  return { rates, entries, lines };
}

describe('numbers too large to store in the ledger', () => {
  it('exchangeRateSet refuses a rate past DECIMAL(20,10) on rate', async () => {
    const before = await written();
    const res = await t.gql(ledger.key, SET_RATE, {
      input: { currency: 'USD', date: '2026-03-01', rate: '99999999999' },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data.exchangeRateSet).toEqual({
      exchangeRate: null,
      errors: [{ code: 'OUT_OF_RANGE', message: expect.stringContaining('too large'), field: ['input', 'rate'] }],
    });
    expect(await written()).toEqual(before);
    const largest = await t.gql(ledger.key, SET_RATE, {
      input: { currency: 'USD', date: '2026-03-01', rate: '9999999999.5' },
    });
    expect(largest.data.exchangeRateSet).toEqual({ exchangeRate: { rate: '9999999999.5' }, errors: [] });
  });

  it('journalEntryCreate refuses a huge debit on lines.N.debit', async () => {
    const before = await written();
    const res = await t.gql(ledger.key, CREATE_ENTRY, {
      input: {
        journalId: ledger.journal.GEN,
        date: '2026-03-05',
        lines: [
          { accountId: ledger.account['1000'], debit: '99999999999999999999' },
          { accountId: ledger.account['3000'], credit: '99999999999999999999' },
        ],
      },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data.journalEntryCreate.journalEntry).toBeNull();
    expect(res.data.journalEntryCreate.errors).toEqual([
      { code: 'OUT_OF_RANGE', message: expect.any(String), field: ['input', 'lines', '0', 'debit'] },
      { code: 'OUT_OF_RANGE', message: expect.any(String), field: ['input', 'lines', '1', 'credit'] },
    ]);
    expect(await written()).toEqual(before);
  });

  it('journalEntryCreate refuses a foreign amount whose base value (amount x rate) overflows, on lines.N.amountCurrency', async () => {
    const rate = await t.gql(ledger.key, SET_RATE, { input: { currency: 'CHF', date: '2026-03-01', rate: '1000000' } });
    expect(rate.data.exchangeRateSet.errors).toEqual([]);
    const before = await written();
    const res = await t.gql(ledger.key, CREATE_ENTRY, {
      input: {
        journalId: ledger.journal.GEN,
        date: '2026-03-05',
        lines: [
          { accountId: ledger.account['1000'], currency: 'CHF', amountCurrency: '99999999999999' },
          { accountId: ledger.account['3000'], currency: 'CHF', amountCurrency: '-99999999999999' },
        ],
      },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data.journalEntryCreate.journalEntry).toBeNull();
    expect(res.data.journalEntryCreate.errors).toEqual([
      {
        code: 'OUT_OF_RANGE',
        message: expect.stringContaining('rate 1000000'),
        field: ['input', 'lines', '0', 'amountCurrency'],
      },
      {
        code: 'OUT_OF_RANGE',
        message: expect.stringContaining('rate 1000000'),
        field: ['input', 'lines', '1', 'amountCurrency'],
      },
    ]);
    expect(await written()).toEqual(before);
  });
});
