import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';
import { CUSTOMER_ARCHIVE, CUSTOMERS } from './documents.js';
import { createContact, createCustomer, payload, rowId, topLevelCode, type CustomerData } from './helpers.js';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

interface Page {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  edges: { cursor: string; node: { id: string; code: string; name: string } }[];
}

async function list(key: string, variables: Record<string, unknown> = {}): Promise<Page> {
  const res = await t.gql(key, CUSTOMERS, variables);
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data.customers;
}

const codes = (page: Page) => page.edges.map((edge) => edge.node.code);

describe('customers(where:)', () => {
  let sales: string;
  const byCode: Record<string, CustomerData> = {};

  beforeAll(async () => {
    sales = await (await t.newOrg('Filter Org')).key('SALES');
    const inputs = [
      { code: 'ALPHA', name: 'Alpha Trading', email: 'sales@alpha.example', tags: ['vip', 'north'] },
      { code: 'BETA', name: 'Beta Supplies', email: 'info@beta.example', tags: ['north'], currency: 'USD' },
      { code: 'GAMMA', name: 'Gamma Foods', email: 'contact@gamma.example', tags: ['vip', 'south'] },
      { code: 'D-ALPHA-2', name: 'Delta Logistics', email: 'office@delta.example', tags: [] },
      { code: 'EPS', name: 'Epsilon Person', email: 'ALPHA-desk@eps.example', kind: 'PERSON', tags: ['south'] },
      { code: 'ZETA', name: 'Zeta Without Mail', tags: [] },
    ];
    for (const input of inputs) byCode[input.code] = await createCustomer(t, sales, input);
    const archived = payload(
      await t.gql(sales, CUSTOMER_ARCHIVE, { input: { id: byCode.GAMMA.id } }),
      'customerArchive',
    );
    expect(archived.errors).toEqual([]);
  });

  /** Codes matching the filter, in the default order (by name), and the totalCount agreeing with them. */
  async function matching(where: Record<string, unknown>): Promise<string[]> {
    const page = await list(sales, { where, first: 100 });
    expect(page.totalCount).toBe(page.edges.length);
    return codes(page);
  }

  it('lists all customers, active and archived, by name when there is no filter', async () => {
    expect(await matching({})).toEqual(['ALPHA', 'BETA', 'D-ALPHA-2', 'EPS', 'GAMMA', 'ZETA']);
  });

  it('searches name, code and email, ignoring case', async () => {
    // "alpha" is in ALPHA's name and code, D-ALPHA-2's code and EPS's email.
    expect(await matching({ search: 'alpha' })).toEqual(['ALPHA', 'D-ALPHA-2', 'EPS']);
    expect(await matching({ search: '  GAMMA.EXAMPLE ' })).toEqual(['GAMMA']);
    expect(await matching({ search: 'nothing like this' })).toEqual([]);
  });

  it('filters by status', async () => {
    expect(await matching({ status: { equals: 'ARCHIVED' } })).toEqual(['GAMMA']);
    expect(await matching({ status: { in: ['ACTIVE'] } })).toEqual(['ALPHA', 'BETA', 'D-ALPHA-2', 'EPS', 'ZETA']);
    expect(await matching({ status: { in: ['ACTIVE', 'ARCHIVED'] } })).toHaveLength(6);
  });

  it('filters by tags with has, hasSome and hasEvery', async () => {
    expect(await matching({ tags: { has: 'vip' } })).toEqual(['ALPHA', 'GAMMA']);
    expect(await matching({ tags: { hasSome: ['south', 'north'] } })).toEqual(['ALPHA', 'BETA', 'EPS', 'GAMMA']);
    expect(await matching({ tags: { hasEvery: ['vip', 'north'] } })).toEqual(['ALPHA']);
    expect(await matching({ tags: { hasEvery: ['vip', 'north', 'south'] } })).toEqual([]);
  });

  it('filters text fields with equals, in, contains and startsWith', async () => {
    expect(await matching({ code: { equals: 'BETA' } })).toEqual(['BETA']);
    // equals is exact, contains and startsWith ignore case.
    expect(await matching({ code: { equals: 'beta' } })).toEqual([]);
    expect(await matching({ code: { in: ['ZETA', 'EPS', 'NOPE'] } })).toEqual(['EPS', 'ZETA']);
    expect(await matching({ name: { contains: 'SUPPLIES' } })).toEqual(['BETA']);
    expect(await matching({ name: { startsWith: 'd' } })).toEqual(['D-ALPHA-2']);
    expect(await matching({ email: { contains: '.example' } })).toEqual(['ALPHA', 'BETA', 'D-ALPHA-2', 'EPS', 'GAMMA']);
    expect(await matching({ currency: { equals: 'USD' } })).toEqual(['BETA']);
    expect(await matching({ kind: { equals: 'PERSON' } })).toEqual(['EPS']);
  });

  it('filters by creation time ranges', async () => {
    const all = Object.values(byCode);
    const pivot = byCode['D-ALPHA-2'].createdAt;
    const expected = (keep: (createdAt: number) => boolean) =>
      all
        .filter((customer) => keep(Date.parse(customer.createdAt)))
        .sort((a, b) => a.name.localeCompare(b.name))
        .map((customer) => customer.code);
    const at = Date.parse(pivot);
    expect(await matching({ createdAt: { gte: pivot } })).toEqual(expected((time) => time >= at));
    expect(await matching({ createdAt: { lt: pivot } })).toEqual(expected((time) => time < at));
    expect(await matching({ createdAt: { equals: pivot } })).toEqual(expected((time) => time === at));
    expect(await matching({ createdAt: { gt: byCode.ALPHA.createdAt, lte: byCode.EPS.createdAt } })).toEqual(
      expected((time) => time > Date.parse(byCode.ALPHA.createdAt) && time <= Date.parse(byCode.EPS.createdAt)),
    );
    expect(await matching({ createdAt: { lt: '2000-01-01T00:00:00Z' } })).toEqual([]);
    expect(await matching({ createdAt: { gte: '2000-01-01T00:00:00+02:00' } })).toHaveLength(6);
  });

  it('combines filters with AND, OR and NOT', async () => {
    expect(await matching({ AND: [{ tags: { has: 'vip' } }, { status: { equals: 'ACTIVE' } }] })).toEqual(['ALPHA']);
    // Own conditions and AND hold together.
    expect(await matching({ tags: { has: 'north' }, AND: [{ code: { startsWith: 'b' } }] })).toEqual(['BETA']);
    expect(await matching({ OR: [{ code: { equals: 'BETA' } }, { name: { startsWith: 'gam' } }] })).toEqual([
      'BETA',
      'GAMMA',
    ]);
    expect(await matching({ NOT: { status: { equals: 'ARCHIVED' } } })).toEqual([
      'ALPHA',
      'BETA',
      'D-ALPHA-2',
      'EPS',
      'ZETA',
    ]);
    expect(
      await matching({
        status: { equals: 'ACTIVE' },
        OR: [{ tags: { has: 'south' } }, { search: 'delta' }],
        NOT: { kind: { equals: 'PERSON' } },
      }),
    ).toEqual(['D-ALPHA-2']);
  });

  it('counts a customer without an email as not containing a text (NOT over an empty field)', async () => {
    expect(await matching({ NOT: { email: { contains: 'alpha' } } })).toEqual(['BETA', 'D-ALPHA-2', 'GAMMA', 'ZETA']);
    expect(await matching({ NOT: { email: { equals: 'info@beta.example' } } })).toEqual([
      'ALPHA',
      'D-ALPHA-2',
      'EPS',
      'GAMMA',
      'ZETA',
    ]);
    expect(await matching({ NOT: { search: 'alpha' } })).toEqual(['BETA', 'GAMMA', 'ZETA']);
    // Positive filters still never match the missing email.
    expect(await matching({ email: { in: ['info@beta.example'] } })).toEqual(['BETA']);
  });

  it('counts the whole filtered list in totalCount, not just the page', async () => {
    const page = await list(sales, { where: { status: { equals: 'ACTIVE' } }, first: 2 });
    expect(page.totalCount).toBe(5);
    expect(codes(page)).toEqual(['ALPHA', 'BETA']);
    expect(page.pageInfo.hasNextPage).toBe(true);
  });
});

describe('customers ordering and cursors', () => {
  let sales: string;
  let twins: CustomerData[];
  let others: CustomerData[];

  beforeAll(async () => {
    sales = await (await t.newOrg('Order Org')).key('SALES');
    twins = [];
    others = [];
    // Same names on purpose: only the id tiebreaker keeps pages from skipping or repeating rows.
    for (let i = 0; i < 5; i += 1) twins.push(await createCustomer(t, sales, { name: 'Twin', code: `TWIN-${i}` }));
    for (let i = 0; i < 3; i += 1) others.push(await createCustomer(t, sales, { name: 'Another', code: `OTHER-${i}` }));
  });

  // The tiebreaker is the row id (a UUID), not the opaque global ID.
  const byId = (list: CustomerData[]) =>
    [...list].sort((a, b) => (rowId(a.id) < rowId(b.id) ? -1 : 1)).map((customer) => customer.id);

  async function pageForward(orderBy: unknown, size: number) {
    const seen: string[] = [];
    let after: string | null = null;
    for (let pages = 0; pages < 20; pages += 1) {
      const page: Page = await list(sales, { orderBy, first: size, after });
      expect(page.totalCount).toBe(8);
      expect(page.pageInfo.hasPreviousPage).toBe(after !== null);
      seen.push(...page.edges.map((edge) => edge.node.id));
      if (page.edges.length > 0) {
        expect(page.pageInfo.startCursor).toBe(page.edges[0].cursor);
        expect(page.pageInfo.endCursor).toBe(page.edges.at(-1)!.cursor);
      }
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    return seen;
  }

  async function pageBackward(orderBy: unknown, size: number) {
    const seen: string[] = [];
    let before: string | null = null;
    for (let pages = 0; pages < 20; pages += 1) {
      const page: Page = await list(sales, { orderBy, last: size, before });
      expect(page.pageInfo.hasNextPage).toBe(before !== null);
      seen.unshift(...page.edges.map((edge) => edge.node.id));
      if (!page.pageInfo.hasPreviousPage) break;
      before = page.pageInfo.startCursor;
    }
    return seen;
  }

  it('pages by name ASC with first: 2 and after, each customer exactly once, ties in id order', async () => {
    const expected = [...byId(others), ...byId(twins)];
    const seen = await pageForward([{ field: 'NAME', direction: 'ASC' }], 2);
    expect(seen).toEqual(expected);
    // The default order is by name too.
    expect(await pageForward(null, 3)).toEqual(expected);
  });

  it('pages by name DESC, ties still in id order', async () => {
    const expected = [...byId(twins), ...byId(others)];
    expect(await pageForward([{ field: 'NAME', direction: 'DESC' }], 2)).toEqual(expected);
  });

  it('pages backwards with last and before to the same order', async () => {
    expect(await pageBackward([{ field: 'NAME', direction: 'ASC' }], 3)).toEqual([...byId(others), ...byId(twins)]);
    expect(await pageBackward([{ field: 'NAME', direction: 'DESC' }], 2)).toEqual([...byId(twins), ...byId(others)]);
  });

  it('orders by code and by creation time with several keys', async () => {
    const byCode = await list(sales, { orderBy: [{ field: 'CODE', direction: 'DESC' }], first: 100 });
    expect(codes(byCode)).toEqual(['TWIN-4', 'TWIN-3', 'TWIN-2', 'TWIN-1', 'TWIN-0', 'OTHER-2', 'OTHER-1', 'OTHER-0']);
    const byCreated = await list(sales, {
      orderBy: [{ field: 'NAME' }, { field: 'CREATED_AT', direction: 'DESC' }],
      first: 100,
    });
    const created = (list: CustomerData[]) =>
      [...list]
        .sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt) || (rowId(a.id) < rowId(b.id) ? -1 : 1))
        .map((customer) => customer.code);
    expect(codes(byCreated)).toEqual([...created(others), ...created(twins)]);
  });

  it('reports the first page, the last page and an empty page after the end', async () => {
    const orderBy = [{ field: 'CODE' }];
    const first = await list(sales, { orderBy, first: 3 });
    expect(codes(first)).toEqual(['OTHER-0', 'OTHER-1', 'OTHER-2']);
    expect(first.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });

    const last = await list(sales, { orderBy, last: 3 });
    expect(codes(last)).toEqual(['TWIN-2', 'TWIN-3', 'TWIN-4']);
    expect(last.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });

    const all = await list(sales, { orderBy, first: 8 });
    expect(all.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: false });
    const beyond = await list(sales, { orderBy, first: 3, after: all.pageInfo.endCursor });
    expect(beyond.edges).toEqual([]);
    expect(beyond.pageInfo).toMatchObject({ hasNextPage: false, startCursor: null, endCursor: null });
    expect(beyond.totalCount).toBe(8);

    const middle = await list(sales, { orderBy, first: 2, after: first.edges[1].cursor });
    expect(codes(middle)).toEqual(['OTHER-2', 'TWIN-0']);
    expect(middle.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: true });
  });
});

describe('customers page size', () => {
  let sales: string;

  beforeAll(async () => {
    sales = await (await t.newOrg('Page Size Org')).key('SALES');
    for (let i = 1; i <= 23; i += 1) await createCustomer(t, sales, { name: `Customer ${String(i).padStart(2, '0')}` });
  });

  it('returns 20 customers when first is not given', async () => {
    const page = await list(sales);
    expect(page.edges).toHaveLength(20);
    expect(page.edges[0].node.name).toBe('Customer 01');
    expect(page.edges[19].node.name).toBe('Customer 20');
    expect(page.pageInfo.hasNextPage).toBe(true);
    expect(page.totalCount).toBe(23);
  });

  it('allows first: 100', async () => {
    const page = await list(sales, { first: 100 });
    expect(page.edges).toHaveLength(23);
    expect(page.pageInfo.hasNextPage).toBe(false);
  });

  it('refuses first: 101 and last: 101 with BAD_USER_INPUT naming the limit 100', async () => {
    for (const variables of [{ first: 101 }, { last: 101 }]) {
      const res = await t.gql(sales, CUSTOMERS, variables);
      expect(topLevelCode(res)).toBe('BAD_USER_INPUT');
      expect(res.errors![0].message).toMatch(/\b100\b/);
      expect(res.data?.customers ?? null).toBeNull();
    }
    const literal = await t.gql(sales, '{ customers(first: 101) { totalCount } }');
    expect(topLevelCode(literal)).toBe('BAD_USER_INPUT');
    expect(literal.errors![0].message).toMatch(/\b100\b/);
  });

  it('refuses a negative page size', async () => {
    expect(topLevelCode(await t.gql(sales, CUSTOMERS, { first: -1 }))).toBe('BAD_USER_INPUT');
  });

  it('reads a page of customers with contacts and owners in a constant number of statements', async () => {
    const customers = (await list(sales, { first: 20 })).edges.map((edge) => edge.node);
    for (const customer of customers.slice(0, 4))
      await createContact(t, sales, { customerId: customer.id, name: `Person of ${customer.name}` });
    const query = `query($first: Int) {
      customers(first: $first) { nodes { code owner { name } contacts(first: 5) { totalCount nodes { name } } } }
    }`;
    await t.gql(sales, query, { first: 1 });
    const few = await t.countStatements(() => t.gql(sales, query, { first: 2 }));
    const many = await t.countStatements(() => t.gql(sales, query, { first: 20 }));
    expect(many).toBe(few);
    const res = await t.gql(sales, query, { first: 20 });
    expect(res.data.customers.nodes[0]).toEqual({
      code: expect.stringMatching(/^CUS-/),
      owner: { name: 'SALES key' },
      contacts: { totalCount: 1, nodes: [{ name: 'Person of Customer 01' }] },
    });
  });
});
