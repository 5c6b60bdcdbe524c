import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../support/app.js';
import { pair, postThroughApi } from './helpers.js';
import { createCustomer, mutate, receivablesOrg, type ReceivablesOrg } from '../receivables/helpers.js';

const CREATE = `mutation($input: JournalCreateInput!) { journalCreate(input: $input) { journal { id code name type } errors { code field } } }`;
const UPDATE = `mutation($input: JournalUpdateInput!) { journalUpdate(input: $input) { journal { code name } errors { code field } } }`;

describe('ledger API: journals', () => {
  let t: TestApp;
  let ledger: ReceivablesOrg;

  beforeAll(async () => {
    t = await createTestApp();
    ledger = await receivablesOrg(t, 'Journals Org');
  });
  afterAll(() => t.close());

  it('adds a journal that numbers its own entries, without taking over the default of its type', async () => {
    // "AB1" sorts before "BNK": the default must not be chosen by code.
    const created = await t.gql(ledger.key, CREATE, { input: { code: 'ab1', name: 'Second bank', type: 'BANK' } });
    expect(created.data.journalCreate).toMatchObject({
      journal: { code: 'AB1', name: 'Second bank', type: 'BANK' },
      errors: [],
    });
    const a = ledger.account;
    const entry = await postThroughApi(
      t,
      { ...ledger, journal: { ...ledger.journal, AB1: created.data.journalCreate.journal.id } },
      {
        journal: 'AB1',
        date: '2026-03-01',
        lines: pair(a['1000'], a['3000'], '10.00'),
      },
    );
    expect(entry.number).toBe('AB1/2026/00001');
    // Payments still go to the default bank journal.
    const customer = await createCustomer(t, ledger, { name: 'Journal Payer' });
    const paid = await mutate(t, ledger.key, 'paymentCreate', 'PaymentCreateInput', 'payment { number }', {
      customerId: customer,
      date: '2026-03-01',
      amount: '5',
      method: 'BANK_TRANSFER',
    });
    expect(paid.payment.number).toBe('BNK/2026/00001');
    const journals = await t.gql(ledger.key, `{ journals { code type } }`);
    expect(journals.data.journals.map((journal: any) => journal.code)).toEqual([
      'AB1',
      'BNK',
      'CSH',
      'GEN',
      'PUR',
      'SAL',
      'STK',
    ]);
  });

  it('validates codes and refuses duplicates', async () => {
    const bad = await t.gql(ledger.key, CREATE, { input: { code: 'A/B', name: ' ', type: 'GENERAL' } });
    expect(bad.data.journalCreate.errors).toEqual([
      { code: 'INVALID_CODE', field: ['input', 'code'] },
      { code: 'REQUIRED', field: ['input', 'name'] },
    ]);
    const taken = await t.gql(ledger.key, CREATE, { input: { code: 'gen', name: 'Another', type: 'GENERAL' } });
    expect(taken.data.journalCreate.errors).toEqual([{ code: 'CODE_TAKEN', field: ['input', 'code'] }]);
  });

  it('renames freely but keeps the code once the journal has entries', async () => {
    const created = await t.gql(ledger.key, CREATE, { input: { code: 'MISC', name: 'Misc', type: 'GENERAL' } });
    const id = created.data.journalCreate.journal.id;
    const recoded = await t.gql(ledger.key, UPDATE, { input: { id, code: 'OTH', name: 'Other operations' } });
    expect(recoded.data.journalUpdate).toEqual({ journal: { code: 'OTH', name: 'Other operations' }, errors: [] });
    const renamed = await t.gql(ledger.key, UPDATE, { input: { id: ledger.journal.GEN, name: 'Miscellaneous' } });
    expect(renamed.data.journalUpdate).toEqual({ journal: { code: 'GEN', name: 'Miscellaneous' }, errors: [] });
    await postThroughApi(t, ledger, {
      date: '2026-03-02',
      lines: pair(ledger.account['6000'], ledger.account['1000'], '1.00'),
    });
    const refused = await t.gql(ledger.key, UPDATE, { input: { id: ledger.journal.GEN, code: 'GEN2' } });
    expect(refused.data.journalUpdate.errors).toEqual([{ code: 'JOURNAL_IN_USE', field: ['input', 'code'] }]);
    const sales = await ledger.org.key('SALES');
    const forbidden = await t.gql(sales, CREATE, { input: { code: 'X', name: 'X', type: 'GENERAL' } });
    expect(forbidden.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
