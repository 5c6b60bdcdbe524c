import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accountForRole, postFromSource, type PostFromSourceInput } from '../../src/domain/ledger/index.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { expectCode, ledgerOrg, type LedgerOrg } from './helpers.js';

describe('exactly-once posting from a source document', () => {
  let t: TestApp;
  let org: LedgerOrg;

  beforeAll(async () => {
    t = await createTestApp();
    org = await ledgerOrg(t, 'Source Org');
  });
  afterAll(() => t.close());

  const invoice = (id: string, amount: string, receivable: string, sales: string): PostFromSourceInput => ({
    source: { type: 'SalesInvoice', id, purpose: 'issue' },
    journalType: 'SALES',
    date: '2026-06-01',
    reference: `INV-${id}`,
    lines: [
      {
        accountId: receivable,
        debit: amount,
        partnerType: 'Customer',
        partnerId: '11111111-1111-4111-8111-111111111111',
      },
      { accountId: sales, credit: amount },
    ],
  });

  it('posts once and returns the same entry to a retry', async () => {
    const input = await org.tx(async (tx) =>
      invoice('A-1', '250.00', (await accountForRole(tx, 'RECEIVABLE')).id, (await accountForRole(tx, 'SALES')).id),
    );
    const first = await org.tx((tx) => postFromSource(tx, org.actor, input));
    expect(first).toMatchObject({ created: true, number: 'SAL/2026/00001' });
    // Same lines written differently (trailing zeros) are still the same request.
    const retry = await org.tx((tx) =>
      postFromSource(tx, org.actor, {
        ...input,
        lines: input.lines.map((line) => ({ ...line, debit: line.debit && '250.0', credit: line.credit && '250' })),
      }),
    );
    expect(retry).toEqual({ entryId: first.entryId, number: first.number, created: false });
    expect(
      await t.db.prisma.journalEntry.count({ where: { organizationId: org.organizationId, sourceId: 'A-1' } }),
    ).toBe(1);
    expect(
      await t.db.prisma.outboxEvent.count({
        where: { organizationId: org.organizationId, type: 'journalEntry.posted' },
      }),
    ).toBe(1);
  });

  it('refuses the same key with different lines', async () => {
    const input = invoice('A-2', '100.00', org.account['1200'], org.account['4000']);
    await org.tx((tx) => postFromSource(tx, org.actor, input));
    await expectCode(
      org.tx((tx) => postFromSource(tx, org.actor, invoice('A-2', '101.00', org.account['1200'], org.account['4000']))),
      'SOURCE_CONFLICT',
      'source',
    );
    // Another purpose of the same document is another posting.
    const payment = await org.tx((tx) =>
      postFromSource(tx, org.actor, { ...input, source: { ...input.source, purpose: 'cancel' }, journalCode: 'GEN' }),
    );
    expect(payment).toMatchObject({ created: true, number: 'GEN/2026/00001' });
  });

  it('leaves nothing when the caller rolls back, so a later call posts', async () => {
    const input = invoice('A-3', '10.00', org.account['1200'], org.account['4000']);
    await expect(
      org.tx(async (tx) => {
        await postFromSource(tx, org.actor, input);
        throw new Error('the invoice failed later');
      }),
    ).rejects.toThrow('the invoice failed later');
    expect(
      await t.db.prisma.journalEntry.count({ where: { organizationId: org.organizationId, sourceId: 'A-3' } }),
    ).toBe(0);
    expect((await org.tx((tx) => postFromSource(tx, org.actor, input))).created).toBe(true);
  });

  it('validates the key and the journal', async () => {
    const input = invoice('', '10.00', org.account['1200'], org.account['4000']);
    await expectCode(
      org.tx((tx) => postFromSource(tx, org.actor, input)),
      'REQUIRED',
      'source.id',
    );
    await expectCode(
      org.tx((tx) =>
        postFromSource(tx, org.actor, {
          ...invoice('A-4', '1.00', org.account['1200'], org.account['4000']),
          journalType: null,
          journalCode: 'XYZ',
        }),
      ),
      'NO_JOURNAL',
      'journalCode',
    );
  });
});
