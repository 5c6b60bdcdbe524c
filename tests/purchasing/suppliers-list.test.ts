import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';
import { SUPPLIER_DEACTIVATE, SUPPLIERS, createSupplier, payload, type SupplierData } from './support.js';

let t: TestApp;
let buyer: string;
const byCode: Record<string, SupplierData> = {};

interface Page {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  nodes: { id: string; code: string; name: string; isActive: boolean; currency: string }[];
}

async function list(variables: Record<string, unknown> = {}, key = buyer): Promise<Page> {
  const res = await t.gql(key, SUPPLIERS, variables);
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data.suppliers;
}

/** Codes matching the filter, in the default order (by name), and the totalCount agreeing with them. */
async function matching(where: Record<string, unknown>, orderBy?: unknown): Promise<string[]> {
  const page = await list({ where, orderBy, first: 100 });
  expect(page.totalCount).toBe(page.nodes.length);
  return page.nodes.map((node) => node.code);
}

beforeAll(async () => {
  t = await createTestApp();
  buyer = await (await t.newOrg('Supplier List Org')).key('PURCHASING');
  const inputs = [
    { code: 'ALPHA', name: 'Alpha Metals', email: 'sales@alpha.example' },
    { code: 'BETA', name: 'Beta Plastics', email: 'info@beta.example', currency: 'USD' },
    { code: 'GAMMA', name: 'Gamma Paper', email: 'contact@gamma.example' },
    { code: 'D-ALPHA-2', name: 'Delta Freight', currency: 'USD' },
    { code: 'ZETA', name: 'Zeta Tools' },
  ];
  for (const input of inputs) byCode[input.code] = await createSupplier(t, buyer, input);
  const off = payload(
    await t.gql(buyer, SUPPLIER_DEACTIVATE, { input: { id: byCode.GAMMA.id } }),
    'supplierDeactivate',
  );
  expect(off.errors).toEqual([]);
});
afterAll(() => t.close());

describe('suppliers(where:)', () => {
  it('lists all suppliers, active and inactive, by name when there is no filter', async () => {
    expect(await matching({})).toEqual(['ALPHA', 'BETA', 'D-ALPHA-2', 'GAMMA', 'ZETA']);
  });

  it('searches name, code and email ignoring case', async () => {
    expect(await matching({ search: 'alpha' })).toEqual(['ALPHA', 'D-ALPHA-2']);
    expect(await matching({ search: ' GAMMA.EXAMPLE ' })).toEqual(['GAMMA']);
    expect(await matching({ search: 'nothing like this' })).toEqual([]);
  });

  it('filters by isActive, code, currency and createdAt', async () => {
    expect(await matching({ isActive: false })).toEqual(['GAMMA']);
    expect(await matching({ isActive: true })).toEqual(['ALPHA', 'BETA', 'D-ALPHA-2', 'ZETA']);
    expect(await matching({ code: { equals: 'BETA' } })).toEqual(['BETA']);
    expect(await matching({ code: { startsWith: 'd-' } })).toEqual(['D-ALPHA-2']);
    expect(await matching({ code: { in: ['ZETA', 'ALPHA'] } })).toEqual(['ALPHA', 'ZETA']);
    expect(await matching({ currency: { equals: 'USD' } })).toEqual(['BETA', 'D-ALPHA-2']);
    expect(await matching({ createdAt: { gt: byCode['D-ALPHA-2'].createdAt } })).toEqual(['ZETA']);
    expect(await matching({ createdAt: { lte: byCode.ALPHA.createdAt } })).toEqual(['ALPHA']);
  });

  it('combines filters with AND, OR and NOT', async () => {
    expect(await matching({ AND: [{ currency: { equals: 'USD' } }, { search: 'delta' }] })).toEqual(['D-ALPHA-2']);
    expect(await matching({ OR: [{ code: { equals: 'ALPHA' } }, { isActive: false }] })).toEqual(['ALPHA', 'GAMMA']);
    // NOT on email keeps suppliers without an email.
    expect(await matching({ NOT: { email: { contains: 'example' } } })).toEqual(['D-ALPHA-2', 'ZETA']);
    expect(await matching({ NOT: { isActive: true } })).toEqual(['GAMMA']);
  });
});

describe('suppliers(orderBy:) and paging', () => {
  it('sorts by code descending and by currency groups with created time', async () => {
    expect(await matching({}, [{ field: 'CODE', direction: 'DESC' }])).toEqual([
      'ZETA',
      'GAMMA',
      'D-ALPHA-2',
      'BETA',
      'ALPHA',
    ]);
    expect(await matching({}, [{ field: 'CREATED_AT', direction: 'DESC' }])).toEqual([
      'ZETA',
      'D-ALPHA-2',
      'GAMMA',
      'BETA',
      'ALPHA',
    ]);
  });

  it('pages forwards and backwards with stable cursors', async () => {
    const first = await list({ first: 2 });
    expect(first.nodes.map((node) => node.code)).toEqual(['ALPHA', 'BETA']);
    expect(first.totalCount).toBe(5);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = await list({ first: 2, after: first.pageInfo.endCursor });
    expect(second.nodes.map((node) => node.code)).toEqual(['D-ALPHA-2', 'GAMMA']);
    const last = await list({ last: 2 });
    expect(last.nodes.map((node) => node.code)).toEqual(['GAMMA', 'ZETA']);
    const before = await list({ last: 1, before: last.pageInfo.startCursor });
    expect(before.nodes.map((node) => node.code)).toEqual(['D-ALPHA-2']);
  });

  it('costs the same number of SQL statements for 10 and 50 suppliers per page', async () => {
    const key = await (await t.newOrg('Supplier Statement Org')).key('PURCHASING');
    for (let i = 0; i < 50; i += 1)
      await createSupplier(t, key, { name: `Supplier ${String(i).padStart(2, '0')}`, address: { city: `City ${i}` } });
    const query = `query ($first: Int) {
      suppliers(first: $first) { totalCount nodes { id code name email address { city country } currency paymentTermsDays isActive version } }
    }`;
    await t.gql(key, query, { first: 1 });
    const few = await t.countStatements(() => t.gql(key, query, { first: 10 }));
    const many = await t.countStatements(() => t.gql(key, query, { first: 50 }));
    expect(many).toBe(few);
    const res = await t.gql(key, query, { first: 50 });
    expect(res.data.suppliers.totalCount).toBe(50);
    expect(res.data.suppliers.nodes).toHaveLength(50);
    expect(res.data.suppliers.nodes[0]).toMatchObject({
      code: 'SUP-00001',
      name: 'Supplier 00',
      address: { city: 'City 0', country: null },
    });
  });
});
