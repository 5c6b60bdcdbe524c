import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestOrg } from '../support/app.js';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

/** An organization with `count` customers of 3 contacts each, written directly for speed. */
async function orgWithCustomers(count: number): Promise<TestOrg> {
  const org = await t.newOrg(`Org with ${count}`);
  const customers = Array.from({ length: count }, (_, i) => ({
    id: randomUUID(),
    organizationId: org.organizationId,
    code: `C${i}`,
    kind: 'COMPANY' as const,
    name: `Customer ${String(i).padStart(4, '0')}`,
    currency: 'EUR',
    tags: ['bulk'],
  }));
  await t.db.prisma.customer.createMany({ data: customers });
  await t.db.prisma.contact.createMany({
    data: customers.flatMap((customer) =>
      [0, 1, 2].map((n) => ({
        id: randomUUID(),
        organizationId: org.organizationId,
        customerId: customer.id,
        name: `Contact ${n} of ${customer.name}`,
        isPrimary: n === 0,
      })),
    ),
  });
  return org;
}

const NESTED = `query Nested($first: Int!) {
  customers(first: $first, orderBy: [{ field: NAME }]) {
    totalCount
    nodes {
      name
      owner { name }
      mergedInto { name }
      contacts(first: 5) { totalCount nodes { name isPrimary customer { code } } }
    }
  }
}`;

describe('SQL statements per request', () => {
  it('are the same for a nested customers -> contacts query at 10 and at 100 customers', async () => {
    const small = await orgWithCustomers(10);
    const large = await orgWithCustomers(100);
    const run = async (org: TestOrg, first: number) => {
      let body: { data: any; errors?: unknown } | undefined;
      const statements = await t.countStatements(async () => {
        body = await t.gql(org.adminKey, NESTED, { first });
      });
      expect(body?.errors).toBeUndefined();
      expect(body?.data.customers.nodes).toHaveLength(first);
      expect(body?.data.customers.nodes[0].contacts.nodes).toHaveLength(3);
      expect(body?.data.customers.nodes[0].contacts.totalCount).toBe(3);
      return statements;
    };
    // Warm the key's lastUsedAt so both runs do the same authentication work.
    await t.gql(small.adminKey, '{ viewer { name } }');
    await t.gql(large.adminKey, '{ viewer { name } }');
    const atTen = await run(small, 10);
    const atHundred = await run(large, 100);
    expect(atHundred).toBe(atTen);
    // One for the key, then customers, the count, and one per nested relation level at most.
    expect(atTen).toBeLessThanOrEqual(8);
  });
});
