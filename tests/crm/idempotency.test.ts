import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestOrg } from '../support/app.js';
import { CONTACT_CREATE, CUSTOMER_CREATE } from './documents.js';
import {
  createCustomer,
  onPostgres,
  orgCounts,
  payload,
  rowId,
  type ContactData,
  type CustomerData,
} from './helpers.js';

let t: TestApp;
let org: TestOrg;
let sales: string;

beforeAll(async () => {
  t = await createTestApp();
  org = await t.newOrg('Idempotency Org');
  sales = await org.key('SALES');
});
afterAll(() => t.close());

async function createWithKey(key: string, input: Record<string, unknown>) {
  return payload<{ customer: CustomerData | null }>(await t.gql(key, CUSTOMER_CREATE, { input }), 'customerCreate');
}

async function createContactWithKey(input: Record<string, unknown>) {
  return payload<{ contact: ContactData | null }>(await t.gql(sales, CONTACT_CREATE, { input }), 'contactCreate');
}

/** What one customer left behind: its rows, audit records and events. */
async function traces(customerId: string) {
  const id = rowId(customerId);
  return {
    rows: await t.db.prisma.customer.count({ where: { organizationId: org.organizationId, id } }),
    audits: await t.db.prisma.auditLog.count({ where: { organizationId: org.organizationId, entityId: id } }),
    events: await t.db.prisma.outboxEvent.count({
      where: { organizationId: org.organizationId, aggregateId: id, type: 'customer.created' },
    }),
  };
}

describe('customerCreate with an idempotencyKey', () => {
  it('returns the first result for a repeat with the same input and writes nothing more', async () => {
    const input = {
      name: 'Once Only GmbH',
      email: 'once@example.com',
      tags: ['a'],
      creditLimit: '10.50',
      idempotencyKey: 'create-once',
    };
    const first = await createWithKey(sales, input);
    expect(first.errors).toEqual([]);
    const countsAfterFirst = await orgCounts(t, org.organizationId);

    const second = await createWithKey(sales, input);
    expect(second.errors).toEqual([]);
    expect(second.customer).toEqual(first.customer);
    // The decimal may come as a JSON number and the key order may differ: still the same input.
    const third = await createWithKey(sales, {
      idempotencyKey: 'create-once',
      tags: ['a'],
      creditLimit: 10.5,
      email: 'once@example.com',
      name: 'Once Only GmbH',
    });
    expect(third.errors).toEqual([]);
    expect(third.customer?.id).toBe(first.customer!.id);

    expect(await orgCounts(t, org.organizationId)).toEqual(countsAfterFirst);
    expect(await traces(first.customer!.id)).toEqual({ rows: 1, audits: 1, events: 1 });
    expect(
      await t.db.prisma.customer.count({ where: { organizationId: org.organizationId, name: 'Once Only GmbH' } }),
    ).toBe(1);
  });

  it('refuses the same key with a different input (IDEMPOTENCY_CONFLICT) and writes nothing', async () => {
    const first = await createWithKey(sales, { name: 'Conflict Original', idempotencyKey: 'conflict-key' });
    expect(first.errors).toEqual([]);
    const before = await orgCounts(t, org.organizationId);
    const second = await createWithKey(sales, { name: 'Conflict Changed', idempotencyKey: 'conflict-key' });
    expect(second.customer).toBeNull();
    expect(second.errors).toEqual([
      {
        code: 'IDEMPOTENCY_CONFLICT',
        message: 'Idempotency key "conflict-key" was already used for customerCreate with a different input',
        field: ['input', 'idempotencyKey'],
      },
    ]);
    expect(await orgCounts(t, org.organizationId)).toEqual(before);
    expect(
      await t.db.prisma.customer.count({ where: { organizationId: org.organizationId, name: 'Conflict Changed' } }),
    ).toBe(0);
  });

  it('does not use up a key when the first attempt is refused', async () => {
    const refused = await createWithKey(sales, { name: 'Retry Ltd', email: 'broken', idempotencyKey: 'retry-key' });
    expect(refused.errors.map((error) => error.code)).toEqual(['INVALID_EMAIL']);
    const fixed = await createWithKey(sales, {
      name: 'Retry Ltd',
      email: 'fixed@example.com',
      idempotencyKey: 'retry-key',
    });
    expect(fixed.errors).toEqual([]);
    expect(fixed.customer?.email).toBe('fixed@example.com');
  });

  it('creates a new customer for each call without a key', async () => {
    const a = await createCustomer(t, sales, { name: 'No Key' });
    const b = await createCustomer(t, sales, { name: 'No Key' });
    expect(a.id).not.toBe(b.id);
  });

  it('lets another organization use the same key for its own customer', async () => {
    const input = { name: 'Shared Key Name', idempotencyKey: 'shared-key' };
    const mine = await createWithKey(sales, input);
    const otherOrg = await t.newOrg('Other Idempotency Org');
    const theirs = await createWithKey(await otherOrg.key('SALES'), input);
    expect(mine.errors).toEqual([]);
    expect(theirs.errors).toEqual([]);
    expect(theirs.customer!.id).not.toBe(mine.customer!.id);
    expect(
      await t.db.prisma.customer.count({ where: { organizationId: otherOrg.organizationId, name: 'Shared Key Name' } }),
    ).toBe(1);
    expect(
      await t.db.prisma.customer.count({ where: { organizationId: org.organizationId, name: 'Shared Key Name' } }),
    ).toBe(1);
  });

  it('scopes keys per mutation: customerCreate and contactCreate may share one', async () => {
    const customer = await createWithKey(sales, { name: 'Scoped Key Customer', idempotencyKey: 'scoped-key' });
    expect(customer.errors).toEqual([]);
    const contact = await createContactWithKey({
      customerId: customer.customer!.id,
      name: 'Scoped Key Contact',
      idempotencyKey: 'scoped-key',
    });
    expect(contact.errors).toEqual([]);
  });
});

describe('contactCreate with an idempotencyKey', () => {
  it('creates the contact once and replays it, without moving the primary flag again', async () => {
    const customer = await createCustomer(t, sales, { name: 'Contact Replay' });
    const input = { customerId: customer.id, name: 'Replay Primary', isPrimary: true, idempotencyKey: 'contact-once' };
    const first = await createContactWithKey(input);
    expect(first.errors).toEqual([]);
    const later = await createContactWithKey({ customerId: customer.id, name: 'New Primary', isPrimary: true });
    expect(later.errors).toEqual([]);
    const before = await orgCounts(t, org.organizationId);

    const replay = await createContactWithKey(input);
    expect(replay.errors).toEqual([]);
    expect(replay.contact?.id).toBe(first.contact!.id);
    // The replay reports the contact as it is now: the later contact took the flag.
    expect(replay.contact?.isPrimary).toBe(false);
    expect(await orgCounts(t, org.organizationId)).toEqual(before);
    expect(
      await t.db.prisma.contact.count({ where: { organizationId: org.organizationId, name: 'Replay Primary' } }),
    ).toBe(1);

    const conflict = await createContactWithKey({ ...input, name: 'Someone Else' });
    expect(conflict.errors.map((error) => [error.code, error.field])).toEqual([
      ['IDEMPOTENCY_CONFLICT', ['input', 'idempotencyKey']],
    ]);
  });
});

describe.skipIf(!onPostgres)('concurrent idempotent creates (PostgreSQL)', () => {
  it('creates exactly one customer for 10 simultaneous calls with the same key', async () => {
    const input = { name: 'Concurrent Once', idempotencyKey: 'concurrent-key' };
    const results = await Promise.all(Array.from({ length: 10 }, () => createWithKey(sales, input)));
    for (const result of results) expect(result.errors).toEqual([]);
    const ids = new Set(results.map((result) => result.customer!.id));
    expect(ids.size).toBe(1);
    const [id] = ids;
    expect(await traces(id)).toEqual({ rows: 1, audits: 1, events: 1 });
    expect(
      await t.db.prisma.customer.count({ where: { organizationId: org.organizationId, name: 'Concurrent Once' } }),
    ).toBe(1);
  });
});
