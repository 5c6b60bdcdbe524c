// The behaviour the patches in patches/ must keep (see patches/README.md): they make the executor and
// the prisma plugin cheaper per row, and must not change a single answer.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';
import { createContact, createCustomer } from '../crm/helpers.js';

let t: TestApp;
let key: string;

beforeAll(async () => {
  t = await createTestApp();
  const org = await t.newOrg('Patches Org');
  key = await org.key('SALES');
  for (const name of ['Alpha', 'Beta']) {
    const customer = await createCustomer(t, key, { name: `${name} Ltd` });
    for (const person of ['Ann', 'Bob', 'Cyd'])
      await createContact(t, key, { customerId: customer.id, name: `${person} ${name}` });
  }
});
afterAll(() => t.close());

describe('result objects (graphql-tools executor patch)', () => {
  it('answers an alias named __proto__ as an ordinary key, without touching any prototype', async () => {
    const res = await t.gql(key, `{ __proto__: viewer { name } polluted: viewer { name } }`);
    expect(res.errors).toBeUndefined();
    expect(Object.keys(res.data)).toEqual(['__proto__', 'polluted']);
    expect(Object.getOwnPropertyDescriptor(res.data, '__proto__')?.value).toEqual({ name: 'SALES key' });
    expect(({} as Record<string, unknown>).name).toBeUndefined();
  });
});

describe('nested connections (plugin-prisma patches)', () => {
  const PAGE = `query Page($a: Int!, $b: Int!) {
    customers(first: 10, orderBy: [{ field: NAME }]) {
      nodes {
        name
        small: contacts(first: $a) { nodes { name } pageInfo { hasNextPage startCursor endCursor } edges { cursor } }
        large: contacts(first: $b) { nodes { name } pageInfo { hasNextPage } }
      }
    }
  }`;

  it('pages every parent with the arguments of its own field, when one field is selected twice', async () => {
    const res = await t.gql(key, PAGE, { a: 1, b: 3 });
    expect(res.errors).toBeUndefined();
    for (const customer of res.data.customers.nodes) {
      const suffix = customer.name.split(' ')[0];
      expect(customer.small.nodes.map((c: { name: string }) => c.name)).toEqual([`Ann ${suffix}`]);
      expect(customer.small.pageInfo.hasNextPage).toBe(true);
      expect(customer.large.nodes.map((c: { name: string }) => c.name)).toEqual([
        `Ann ${suffix}`,
        `Bob ${suffix}`,
        `Cyd ${suffix}`,
      ]);
      expect(customer.large.pageInfo.hasNextPage).toBe(false);
    }
  });

  it('still gives every edge and the page its cursor, and the cursor pages on', async () => {
    const res = await t.gql(key, PAGE, { a: 2, b: 3 });
    const alpha = res.data.customers.nodes[0];
    const cursors = alpha.small.edges.map((edge: { cursor: string }) => edge.cursor);
    expect(cursors).toHaveLength(2);
    expect(new Set(cursors).size).toBe(2);
    expect(alpha.small.pageInfo.startCursor).toBe(cursors[0]);
    expect(alpha.small.pageInfo.endCursor).toBe(cursors[1]);

    const next = await t.gql(
      key,
      `query Next($after: String!) {
      customers(first: 1, orderBy: [{ field: NAME }]) { nodes { contacts(first: 5, after: $after) { nodes { name } } } }
    }`,
      { after: cursors[1] },
    );
    expect(next.errors).toBeUndefined();
    expect(next.data.customers.nodes[0].contacts.nodes).toEqual([{ name: 'Cyd Alpha' }]);
  });
});
