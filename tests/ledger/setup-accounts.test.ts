import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  accountForRole,
  activateAccount,
  createAccount,
  createDraftEntry,
  deactivateAccount,
  deleteAccount,
  setPostingRule,
  setUpLedger,
  updateAccount,
} from '../../src/domain/ledger/index.js';
import { tenantClient } from '../../src/platform/db/tenant-client.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { expectCode, ledgerOrg, orgWithoutLedger, pair, type LedgerOrg } from './helpers.js';

describe('ledger set-up, accounts and posting rules', () => {
  let t: TestApp;
  let org: LedgerOrg;

  beforeAll(async () => {
    t = await createTestApp();
    org = await ledgerOrg(t, 'Accounts Org');
  });
  afterAll(() => t.close());

  it('creates the default chart, journals, posting rules and rounding account once', async () => {
    expect(Object.keys(org.account)).toEqual(
      expect.arrayContaining([
        '1000',
        '1100',
        '1200',
        '1300',
        '2000',
        '2100',
        '2150',
        '2200',
        '2210',
        '3000',
        '3900',
        '4000',
        '4900',
        '5000',
        '5900',
        '6000',
        '6900',
        '6950',
      ]),
    );
    expect(Object.keys(org.journal).sort()).toEqual(['BNK', 'CSH', 'GEN', 'PUR', 'SAL', 'STK']);
    const again = await org.tx((tx) => setUpLedger(tx, org.actor, { baseCurrency: 'EUR' }));
    expect(again).toEqual({ created: false, accountsCreated: 0, journalsCreated: 0, postingRulesCreated: 0 });
    expect(await t.db.prisma.account.count({ where: { organizationId: org.organizationId } })).toBe(
      Object.keys(org.account).length,
    );
    const receivable = await org.tx((tx) => accountForRole(tx, 'RECEIVABLE'));
    expect(receivable.code).toBe('1200');
    const settings = await t.db.prisma.ledgerSettings.findUnique({ where: { organizationId: org.organizationId } });
    expect(settings?.roundingAccountId).toBe(org.account['6900']);
    const sub = await t.db.prisma.account.findUniqueOrThrow({ where: { id: org.account['2150'] } });
    expect(sub).toMatchObject({
      type: 'LIABILITY',
      subtype: 'GOODS_RECEIVED_NOT_INVOICED',
      parentId: org.account['2'],
    });
  });

  it('fills in only what is missing and keeps accounts the organization made itself', async () => {
    const other = await orgWithoutLedger(t, 'Own Chart Org');
    const actor = { ...org.actor, organizationId: other.organizationId };
    const client = tenantClient(t.db.prisma, other.organizationId);
    const result = await client.$transaction(async (tx) => {
      await createAccount(tx, actor, { code: '4000', name: 'Consulting fees', type: 'REVENUE' });
      await createAccount(tx, actor, { code: '5', name: 'Not expenses', type: 'ASSET' });
      return setUpLedger(tx, actor, { baseCurrency: 'EUR' });
    });
    expect(result).toEqual({ created: true, accountsCreated: 21, journalsCreated: 6, postingRulesCreated: 18 });
    const accounts = await t.db.prisma.account.findMany({ where: { organizationId: other.organizationId } });
    const byCode = Object.fromEntries(accounts.map((account) => [account.code, account]));
    expect(byCode['4000']).toMatchObject({ name: 'Consulting fees', subtype: null });
    // The expense accounts cannot hang below an asset header.
    expect(byCode['6000'].parentId).toBeNull();
    const sales = await client.$transaction((tx) => accountForRole(tx, 'SALES'));
    expect(sales.id).toBe(byCode['4000'].id);
  });

  it("refuses a base currency other than the organization's", async () => {
    await expectCode(
      org.tx((tx) => setUpLedger(tx, org.actor, { baseCurrency: 'USD' })),
      'BASE_CURRENCY_MISMATCH',
      'baseCurrency',
    );
    await expectCode(
      org.tx((tx) => setUpLedger(tx, org.actor, { baseCurrency: 'XX' })),
      'INVALID_CURRENCY',
      'baseCurrency',
    );
  });

  it('validates codes, subtypes and parents', async () => {
    await expectCode(
      org.tx((tx) => createAccount(tx, org.actor, { code: '1000', name: 'Second bank', type: 'ASSET' })),
      'CODE_TAKEN',
      'code',
    );
    await expectCode(
      org.tx((tx) => createAccount(tx, org.actor, { code: 'a b', name: 'Spaces', type: 'ASSET' })),
      'INVALID_CODE',
      'code',
    );
    await expectCode(
      org.tx((tx) =>
        createAccount(tx, org.actor, { code: '1010', name: 'Bad subtype', type: 'ASSET', subtype: 'SALES' }),
      ),
      'INVALID_SUBTYPE',
      'subtype',
    );
    await expectCode(
      org.tx((tx) =>
        createAccount(tx, org.actor, { code: '1010', name: 'Wrong parent', type: 'ASSET', parentId: org.account['2'] }),
      ),
      'INVALID_PARENT',
      'parentId',
    );
    const { accountId: savings } = await org.tx((tx) =>
      createAccount(tx, org.actor, {
        code: '1010',
        name: 'Savings',
        type: 'ASSET',
        subtype: 'BANK',
        parentId: org.account['1'],
      }),
    );
    const { accountId: deposit } = await org.tx((tx) =>
      createAccount(tx, org.actor, { code: '1011', name: 'Deposit', type: 'ASSET', parentId: savings }),
    );
    // Moving Savings below its own child would close a loop.
    await expectCode(
      org.tx((tx) => updateAccount(tx, org.actor, { id: savings, parentId: deposit })),
      'INVALID_PARENT',
      'parentId',
    );
    await expectCode(
      org.tx((tx) => updateAccount(tx, org.actor, { id: savings, parentId: savings })),
      'INVALID_PARENT',
      'parentId',
    );
  });

  it('updates with optimistic versions and keeps codes of accounts with postings', async () => {
    const { accountId } = await org.tx((tx) =>
      createAccount(tx, org.actor, { code: '6100', name: 'Rent', type: 'EXPENSE', subtype: 'OPERATING_EXPENSE' }),
    );
    await org.tx((tx) =>
      updateAccount(tx, org.actor, { id: accountId, expectedVersion: 1, name: 'Office rent', code: '6110' }),
    );
    await expectCode(
      org.tx((tx) => updateAccount(tx, org.actor, { id: accountId, expectedVersion: 1, name: 'Stale' })),
      'STALE_VERSION',
      'expectedVersion',
    );
    const updated = await t.db.prisma.account.findUniqueOrThrow({ where: { id: accountId } });
    expect(updated).toMatchObject({ code: '6110', name: 'Office rent', version: 2 });

    // A draft line is enough: the code is printed on whatever references the account.
    await org.tx((tx) =>
      createDraftEntry(tx, org.actor, {
        journalId: org.journal.GEN,
        date: '2026-02-01',
        lines: pair(accountId, org.account['1000'], '50.00'),
      }),
    );
    await expectCode(
      org.tx((tx) => updateAccount(tx, org.actor, { id: accountId, code: '6120' })),
      'ACCOUNT_HAS_POSTINGS',
      'code',
    );
    await expectCode(
      org.tx((tx) => deleteAccount(tx, org.actor, { id: accountId })),
      'ACCOUNT_HAS_POSTINGS',
      'id',
    );
    await org.tx((tx) => updateAccount(tx, org.actor, { id: accountId, name: 'Rent and service charges' }));
  });

  it('deactivates, activates and deletes unused accounts', async () => {
    const { accountId } = await org.tx((tx) =>
      createAccount(tx, org.actor, { code: '4950', name: 'Grants', type: 'REVENUE' }),
    );
    await org.tx((tx) => deactivateAccount(tx, org.actor, { id: accountId }));
    await expectCode(
      org.tx((tx) => deactivateAccount(tx, org.actor, { id: accountId })),
      'ALREADY_INACTIVE',
    );
    await org.tx((tx) => activateAccount(tx, org.actor, { id: accountId }));
    await org.tx((tx) => deleteAccount(tx, org.actor, { id: accountId }));
    expect(await t.db.prisma.account.findUnique({ where: { id: accountId } })).toBeNull();
    // Accounts that posting rules or children depend on stay.
    await expectCode(
      org.tx((tx) => deactivateAccount(tx, org.actor, { id: org.account['1200'] })),
      'ACCOUNT_IN_USE',
    );
    await expectCode(
      org.tx((tx) => deleteAccount(tx, org.actor, { id: org.account['4'] })),
      'ACCOUNT_IN_USE',
    );
    const audit = await t.db.prisma.auditLog.count({
      where: { organizationId: org.organizationId, entityId: accountId },
    });
    expect(audit).toBe(4);
  });

  it('refuses posting rules to inactive accounts and accounts of the wrong type', async () => {
    const { accountId: oldBank } = await org.tx((tx) =>
      createAccount(tx, org.actor, { code: '1090', name: 'Old bank', type: 'ASSET' }),
    );
    await org.tx((tx) => deactivateAccount(tx, org.actor, { id: oldBank }));
    await expectCode(
      org.tx((tx) => setPostingRule(tx, org.actor, { role: 'BANK', accountId: oldBank })),
      'ACCOUNT_INACTIVE',
      'accountId',
    );
    await expectCode(
      org.tx((tx) => setPostingRule(tx, org.actor, { role: 'RECEIVABLE', accountId: org.account['4000'] })),
      'INVALID_ROLE_ACCOUNT',
      'accountId',
    );
    await expectCode(
      org.tx((tx) =>
        setPostingRule(tx, org.actor, { role: 'BANK', accountId: '00000000-0000-4000-8000-000000000000' }),
      ),
      'NOT_FOUND',
      'accountId',
    );
    const { accountId: newBank } = await org.tx((tx) =>
      createAccount(tx, org.actor, { code: '1020', name: 'New bank', type: 'ASSET', subtype: 'BANK' }),
    );
    await org.tx((tx) => setPostingRule(tx, org.actor, { role: 'BANK', accountId: newBank }));
    expect((await org.tx((tx) => accountForRole(tx, 'BANK'))).id).toBe(newBank);
  });
});
