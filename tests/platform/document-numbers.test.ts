// Document numbers (orders, quotes, shipments, ...) are taken outside the creating transaction on
// PostgreSQL, so the organization's counter is not held until that transaction commits; journal entry
// numbers stay gapless, in the transaction.
import { beforeAll, describe, expect, it } from 'vitest';
import { systemActor } from '../../src/platform/actor.js';
import { tenantClient, type TenantTx } from '../../src/platform/db/tenant-client.js';
import { createOrganization } from '../../src/platform/organizations.js';
import { nextDocumentNumber, nextSequenceValue } from '../../src/platform/sequences.js';
import { createTestApp, type TestApp, type TestOrg } from '../support/app.js';
import { onPostgres } from '../crm/helpers.js';

let t: TestApp;
let org: TestOrg;

beforeAll(async () => {
  t = await createTestApp();
  org = await t.newOrg('Document Numbers');
});

class RolledBack extends Error {}

/** Runs `work` in a transaction that is rolled back afterwards; returns what it returned. */
async function inRolledBackTransaction<T>(work: (tx: TenantTx) => Promise<T>): Promise<T> {
  let result: T | undefined;
  await tenantClient(t.db.prisma, org.organizationId)
    .$transaction(async (tx) => {
      result = await work(tx);
      throw new RolledBack();
    })
    .catch((error: unknown) => {
      if (!(error instanceof RolledBack)) throw error;
    });
  return result as T;
}

const actor = () => systemActor(org.organizationId);
const take = (name: string) =>
  tenantClient(t.db.prisma, org.organizationId).$transaction((tx) => nextDocumentNumber(tx, actor(), name));

describe.skipIf(!onPostgres)('document numbers on PostgreSQL', () => {
  it('do not make a second create wait for the first to commit', async () => {
    const first = await take('test.order');
    const second = await inRolledBackTransaction(async (tx) => {
      const mine = await nextDocumentNumber(tx, actor(), 'test.order');
      // With the counter locked until this transaction ends, this would wait for it: a deadlock here.
      const other = await take('test.order');
      return [mine, other];
    });
    expect(second).toEqual([first + 1, first + 2]);
    // The rolled-back create's number is not given out again: a gap, never a duplicate.
    expect(await take('test.order')).toBe(first + 3);
  });

  it('come from the transaction that creates their organization, which nobody else can see yet', async () => {
    let numbers: number[] = [];
    await createOrganization(t.db.prisma, { name: 'Numbered At Birth', baseCurrency: 'EUR' }, async (tx, actor) => {
      numbers = [await nextDocumentNumber(tx, actor, 'test.order'), await nextDocumentNumber(tx, actor, 'test.order')];
    });
    expect(numbers).toEqual([1, 2]);
  });

  it('are unique and without gaps when 20 creates succeed at once', async () => {
    const numbers = await Promise.all(Array.from({ length: 20 }, () => take('test.burst')));
    expect([...numbers].sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
  });
});

describe('gapless counters', () => {
  it("reuse a rolled-back transaction's value", async () => {
    const client = tenantClient(t.db.prisma, org.organizationId);
    const first = await client.$transaction((tx) => nextSequenceValue(tx, actor(), 'test.entries'));
    expect(await inRolledBackTransaction((tx) => nextSequenceValue(tx, actor(), 'test.entries'))).toBe(first + 1);
    expect(await client.$transaction((tx) => nextSequenceValue(tx, actor(), 'test.entries'))).toBe(first + 1);
  });
});

describe.skipIf(onPostgres)('document numbers on PGlite', () => {
  it('come from the creating transaction, which has the one connection', async () => {
    const first = await take('test.order');
    expect(await inRolledBackTransaction((tx) => nextDocumentNumber(tx, actor(), 'test.order'))).toBe(first + 1);
    expect(await take('test.order')).toBe(first + 1);
  });
});
