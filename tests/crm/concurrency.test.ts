import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestOrg } from '../support/app.js';
import { CONTACT_CREATE, CONTACT_SET_PRIMARY, CUSTOMER, CUSTOMER_CREATE, CUSTOMER_UPDATE } from './documents.js';
import {
  createContact,
  createCustomer,
  onPostgres,
  payload,
  rowId,
  type ContactData,
  type CustomerData,
} from './helpers.js';

// PGlite runs one transaction at a time, so races only happen on PostgreSQL.
describe.skipIf(!onPostgres)('concurrent CRM mutations (PostgreSQL)', () => {
  const PARALLEL = 20;
  let t: TestApp;
  let org: TestOrg;
  let sales: string;

  beforeAll(async () => {
    t = await createTestApp();
    org = await t.newOrg('Concurrency Org');
    sales = await org.key('SALES');
  });
  afterAll(() => t.close());

  const parallel = <T>(work: (index: number) => Promise<T>) =>
    Promise.all(Array.from({ length: PARALLEL }, (_, index) => work(index)));

  async function primaries(customerId: string) {
    return t.db.prisma.contact.findMany({
      where: { organizationId: org.organizationId, customerId: rowId(customerId), isPrimary: true },
    });
  }

  it('leaves exactly one primary contact after 20 simultaneous contactSetPrimary calls', async () => {
    const customer = await createCustomer(t, sales, { name: 'Primary Race' });
    const contacts: ContactData[] = [];
    for (let i = 0; i < PARALLEL; i += 1)
      contacts.push(await createContact(t, sales, { customerId: customer.id, name: `Racer ${i}` }));

    const results = await parallel((i) => t.gql(sales, CONTACT_SET_PRIMARY, { input: { id: contacts[i].id } }));
    for (const res of results) expect(payload(res, 'contactSetPrimary').errors).toEqual([]);

    const flagged = await primaries(customer.id);
    expect(flagged).toHaveLength(1);
    expect(contacts.map((contact) => rowId(contact.id))).toContain(flagged[0].id);
    // Each call took the flag from the one before it: serialised, none lost.
    const changes = await t.db.prisma.auditLog.count({
      where: {
        organizationId: org.organizationId,
        action: 'contactSetPrimary',
        entityId: { in: contacts.map((contact) => rowId(contact.id)) },
      },
    });
    expect(changes).toBe(PARALLEL);
  });

  it('leaves exactly one primary contact after 20 simultaneous contactCreate calls with isPrimary', async () => {
    const customer = await createCustomer(t, sales, { name: 'Create Primary Race' });
    const results = await parallel((i) =>
      t.gql(sales, CONTACT_CREATE, { input: { customerId: customer.id, name: `Newcomer ${i}`, isPrimary: true } }),
    );
    for (const res of results) expect(payload(res, 'contactCreate').errors).toEqual([]);
    expect(await primaries(customer.id)).toHaveLength(1);
    expect(
      await t.db.prisma.contact.count({
        where: { organizationId: org.organizationId, customerId: rowId(customer.id) },
      }),
    ).toBe(PARALLEL);
  });

  it('lets exactly one of 20 simultaneous updates with the same expectedVersion win', async () => {
    const customer = await createCustomer(t, sales, { name: 'Version Race' });
    const results = await parallel((i) =>
      t.gql(sales, CUSTOMER_UPDATE, { input: { id: customer.id, expectedVersion: 1, name: `Winner ${i}` } }),
    );
    const payloads = results.map((res) => payload<{ customer: CustomerData | null }>(res, 'customerUpdate'));
    const winners = payloads.filter((result) => result.errors.length === 0);
    const losers = payloads.filter((result) => result.errors.length > 0);
    expect(winners).toHaveLength(1);
    expect(losers).toHaveLength(PARALLEL - 1);
    for (const loser of losers) {
      expect(loser.customer).toBeNull();
      expect(loser.errors.map((error) => [error.code, error.field])).toEqual([
        ['STALE_VERSION', ['input', 'expectedVersion']],
      ]);
    }
    const after = (await t.gql(sales, CUSTOMER, { id: customer.id })).data.customer as CustomerData;
    expect(after.version).toBe(2);
    expect(after.name).toBe(winners[0].customer!.name);
    const updates = await t.db.prisma.auditLog.count({
      where: { organizationId: org.organizationId, action: 'customerUpdate', entityId: rowId(customer.id) },
    });
    expect(updates).toBe(1);
  });

  it('generates 20 distinct codes for 20 simultaneous creates', async () => {
    const fresh = await t.newOrg('Concurrent Codes Org');
    const key = await fresh.key('SALES');
    const results = await parallel((i) => t.gql(key, CUSTOMER_CREATE, { input: { name: `Parallel ${i}` } }));
    const codes = results.map((res) => {
      const result = payload<{ customer: CustomerData }>(res, 'customerCreate');
      expect(result.errors).toEqual([]);
      return result.customer.code;
    });
    const expected = Array.from({ length: PARALLEL }, (_, i) => `CUS-${String(i + 1).padStart(5, '0')}`);
    expect([...codes].sort()).toEqual(expected);
    expect(await t.db.prisma.customer.count({ where: { organizationId: fresh.organizationId } })).toBe(PARALLEL);
  });

  it('gives one of 20 simultaneous creates with the same explicit code the code, the others CODE_TAKEN', async () => {
    const results = await parallel((i) =>
      t.gql(sales, CUSTOMER_CREATE, { input: { name: `Claimant ${i}`, code: 'CONTESTED' } }),
    );
    const payloads = results.map((res) => payload<{ customer: CustomerData | null }>(res, 'customerCreate'));
    expect(payloads.filter((result) => result.errors.length === 0)).toHaveLength(1);
    for (const result of payloads.filter((entry) => entry.errors.length > 0)) {
      expect(result.errors.map((error) => [error.code, error.field])).toEqual([['CODE_TAKEN', ['input', 'code']]]);
    }
    expect(await t.db.prisma.customer.count({ where: { organizationId: org.organizationId, code: 'CONTESTED' } })).toBe(
      1,
    );
  });

  it('treats codes differing only in case as the same code, also when created at the same moment', async () => {
    const spellings = ['mixed-case', 'MIXED-CASE', 'Mixed-Case', 'mIxEd-cAsE'];
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        t.gql(sales, CUSTOMER_CREATE, { input: { name: `Case ${i}`, code: spellings[i % spellings.length] } }),
      ),
    );
    const payloads = results.map((res) => payload<{ customer: CustomerData | null }>(res, 'customerCreate'));
    expect(payloads.filter((result) => result.errors.length === 0)).toHaveLength(1);
    expect(payloads.filter((result) => result.errors[0]?.code === 'CODE_TAKEN')).toHaveLength(19);
    expect(
      await t.db.prisma.customer.count({
        where: { organizationId: org.organizationId, code: { equals: 'mixed-case', mode: 'insensitive' } },
      }),
    ).toBe(1);
  });
});
