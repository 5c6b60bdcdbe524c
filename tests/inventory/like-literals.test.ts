// `%`, `_` and `\` in names, codes and filters are plain characters (found by the schema fuzzer, issue 21):
// Prisma runs case-insensitive string filters as ILIKE without escaping, so a category named `%_\`
// was a masked internal error and `%` matched every name.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';
import { CATEGORY_CREATE, PRODUCTS, createCategory, createProduct, payload } from './helpers.js';

describe('LIKE wildcards in names, codes and filters', () => {
  let t: TestApp;
  let key: string;

  beforeAll(async () => {
    t = await createTestApp();
    const org = await t.newOrg('Like Literals Org');
    key = await org.key('WAREHOUSE');
    await createProduct(t, key, { sku: 'ABC', name: 'Plain cotton' });
    await createProduct(t, key, { sku: 'A_C', name: '100% cotton' });
  });
  afterAll(() => t.close());

  it('creates a category whose name ends with a backslash', async () => {
    const res = await t.gql(key, CATEGORY_CREATE, { input: { name: '%_\\' } });
    expect(res.status).toBe(200);
    expect(res.errors).toBeUndefined();
    expect(payload(res, 'productCategoryCreate')).toMatchObject({ productCategory: { name: '%_\\' }, errors: [] });
  });

  it('does not take a name with % or _ for another one', async () => {
    await createCategory(t, key, { name: 'Bolts' });
    await createCategory(t, key, { name: 'B_lts' });
    await createCategory(t, key, { name: '%' });
    const again = payload(await t.gql(key, CATEGORY_CREATE, { input: { name: 'b_LTS' } }), 'productCategoryCreate');
    expect(again.errors).toEqual([expect.objectContaining({ code: 'NAME_TAKEN' })]);
  });

  it('matches % and _ in filters literally', async () => {
    const skus = async (where: object) => {
      const res = await t.gql(key, PRODUCTS, { where });
      expect(res.errors).toBeUndefined();
      return res.data.products.nodes.map((n: { sku: string }) => n.sku).sort();
    };
    expect(await skus({ search: '%' })).toEqual(['A_C']);
    expect(await skus({ sku: { contains: '_' } })).toEqual(['A_C']);
    expect(await skus({ sku: { startsWith: 'A_' } })).toEqual(['A_C']);
    expect(await skus({ name: { contains: '\\' } })).toEqual([]);
  });
});
